import { and, asc, count, desc, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import type { IncidentListQuery } from '../../domain/incidents/incident.schemas.ts';
import type { SlaTargets } from '../../domain/incidents/sla.ts';
import { queryRows, type Db } from '../../platform/db/database.ts';
import { incidentEvents, incidentReports, incidents } from './incidents.table.ts';

export type IncidentRow = typeof incidents.$inferSelect;
export type NewIncidentRow = typeof incidents.$inferInsert;
export type IncidentEventRow = typeof incidentEvents.$inferSelect;
export type NewIncidentEvent = typeof incidentEvents.$inferInsert;

export async function insertIncident(db: Db, row: NewIncidentRow): Promise<IncidentRow> {
  const [inserted] = await db.insert(incidents).values(row).returning();
  if (!inserted) throw new Error('insert returned no row');
  return inserted;
}

export async function findIncident(db: Db, id: string): Promise<IncidentRow | null> {
  const [row] = await db.select().from(incidents).where(eq(incidents.id, id));
  return row ?? null;
}

/** Reads an incident and locks it until the transaction ends, so two changes queue. */
export async function lockIncident(tx: Db, id: string): Promise<IncidentRow | null> {
  const [row] = await tx.select().from(incidents).where(eq(incidents.id, id)).for('update');
  return row ?? null;
}

export async function updateIncident(
  db: Db,
  id: string,
  patch: Partial<NewIncidentRow>,
): Promise<IncidentRow> {
  const [row] = await db
    .update(incidents)
    .set({ ...patch, updatedAt: sql`now()` })
    .where(eq(incidents.id, id))
    .returning();
  if (!row) throw new Error('update returned no row');
  return row;
}

/** The incident and every incident merged into it, however deep. */
export async function mergeTreeIds(db: Db, id: string): Promise<string[]> {
  const rows = await queryRows<{ id: string }>(
    db,
    sql`
    with recursive tree(id) as (
      select ${id}::uuid
      union
      select i.id from incidents i join tree t on i.merged_into_id = t.id
    )
    select id from tree`,
  );
  return rows.map((row) => row.id);
}

export function findIncidentsByIds(db: Db, ids: readonly string[]): Promise<IncidentRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(incidents)
    .where(inArray(incidents.id, [...ids]))
    .orderBy(asc(incidents.number));
}

export function findMergedInto(db: Db, id: string): Promise<IncidentRow[]> {
  return db
    .select()
    .from(incidents)
    .where(eq(incidents.mergedIntoId, id))
    .orderBy(asc(incidents.number));
}

/** Links the reports no incident holds yet; returns the ids it linked. */
export async function linkReports(
  db: Db,
  incidentId: string,
  reportIds: readonly string[],
  linkedBy: string | null,
): Promise<string[]> {
  if (reportIds.length === 0) return [];
  const rows = await db
    .insert(incidentReports)
    .values(reportIds.map((reportId) => ({ reportId, incidentId, linkedBy })))
    .onConflictDoNothing({ target: incidentReports.reportId })
    .returning({ reportId: incidentReports.reportId });
  return rows.map((row) => row.reportId);
}

export async function unlinkReport(db: Db, incidentId: string, reportId: string): Promise<boolean> {
  const rows = await db
    .delete(incidentReports)
    .where(and(eq(incidentReports.incidentId, incidentId), eq(incidentReports.reportId, reportId)))
    .returning({ reportId: incidentReports.reportId });
  return rows.length > 0;
}

export async function linkedReportIds(db: Db, incidentIds: readonly string[]): Promise<string[]> {
  if (incidentIds.length === 0) return [];
  const rows = await db
    .select({ reportId: incidentReports.reportId })
    .from(incidentReports)
    .where(inArray(incidentReports.incidentId, [...incidentIds]))
    .orderBy(asc(incidentReports.linkedAt), asc(incidentReports.reportId));
  return rows.map((row) => row.reportId);
}

/** Which incident holds each of these reports, if any. */
export async function incidentsOfReports(
  db: Db,
  reportIds: readonly string[],
): Promise<Map<string, string>> {
  if (reportIds.length === 0) return new Map();
  const rows = await db
    .select()
    .from(incidentReports)
    .where(inArray(incidentReports.reportId, [...reportIds]));
  return new Map(rows.map((row) => [row.reportId, row.incidentId]));
}

export async function insertEvents(db: Db, events: NewIncidentEvent[]): Promise<void> {
  if (events.length > 0) await db.insert(incidentEvents).values(events);
}

export function listEvents(db: Db, incidentIds: readonly string[]): Promise<IncidentEventRow[]> {
  return db
    .select()
    .from(incidentEvents)
    .where(inArray(incidentEvents.incidentId, [...incidentIds]))
    .orderBy(asc(incidentEvents.createdAt), asc(incidentEvents.id));
}

/**
 * The open queue, written as constants so PostgreSQL matches it to the partial index
 * `incidents_open_queue_idx` (a parameter would hide that the predicates are the same).
 */
const IS_OPEN = sql`${incidents.status} not in ('resolved', 'closed')`;

const SEVERITY_RANK = sql`case ${incidents.severity}
  when 'critical' then 0 when 'high' then 1 when 'medium' then 2 else 3 end`;

/** A full-text match on the incident's words, which include those of its reports. */
export type TextMatch = { tsQuery: string };

const textCondition = (match: TextMatch): SQL =>
  sql`${incidents.searchVector} @@ to_tsquery('simple', ${match.tsQuery})`;

/**
 * Open incidents by the state of their SLA clock, in SQL so the breaches page scales: the
 * same arithmetic as domain/incidents/sla.ts (active time = elapsed - finished pauses -
 * the running pause; resolution stops every clock).
 */
function slaCondition(
  state: NonNullable<IncidentListQuery['sla']>,
  targets: SlaTargets,
  now: Date,
): SQL {
  const at = now.toISOString();
  const active = sql`(extract(epoch from (${at}::timestamptz - ${incidents.createdAt})) * 1000
    - ${incidents.slaPausedMs}
    - coalesce(extract(epoch from (${at}::timestamptz - ${incidents.slaPausedSince})) * 1000, 0))`;
  const targetMs = (field: keyof SlaTargets['critical']) =>
    sql`(case ${incidents.severity}
      when 'critical' then ${targets.critical[field]}::bigint
      when 'high' then ${targets.high[field]}::bigint
      when 'medium' then ${targets.medium[field]}::bigint
      else ${targets.low[field]}::bigint end) * 60000`;
  const milestones = [
    { done: incidents.firstRespondedAt, target: targetMs('firstResponseMinutes') },
    { done: incidents.containedAt, target: targetMs('containmentMinutes') },
    { done: incidents.resolvedAt, target: targetMs('resolutionMinutes') },
  ];
  const breached = milestones.map(
    ({ done, target }) => sql`(${done} is null and ${active} > ${target})`,
  );
  const near = milestones.map(
    ({ done, target }) =>
      sql`(${done} is null and ${incidents.slaPausedSince} is null
        and ${active} > ${target} * 0.8 and ${active} <= ${target})`,
  );
  const pick =
    state === 'breached' ? breached : state === 'near_breach' ? near : [...breached, ...near];
  return and(isNull(incidents.resolvedAt), IS_OPEN, sql`(${sql.join(pick, sql` or `)})`)!;
}

function listConditions(
  query: IncidentListQuery,
  viewerId: string | null,
  text: TextMatch | null,
  sla: { targets: SlaTargets; now: Date },
): SQL[] {
  const conditions: SQL[] = [isNull(incidents.mergedIntoId)];
  if (text) conditions.push(textCondition(text));
  if (query.sla) conditions.push(slaCondition(query.sla, sla.targets, sla.now));
  if (query.status === 'open') conditions.push(IS_OPEN);
  else if (query.status !== 'all') conditions.push(eq(incidents.status, query.status));
  if (query.severity?.length) conditions.push(inArray(incidents.severity, query.severity));
  if (query.rsitClass) conditions.push(eq(incidents.rsitClass, query.rsitClass));
  if (query.localSubtype) conditions.push(eq(incidents.localSubtype, query.localSubtype));
  if (query.targetSector) conditions.push(eq(incidents.targetSector, query.targetSector));
  if (query.assignee === 'none') conditions.push(isNull(incidents.assigneeId));
  else if (query.assignee === 'me') {
    conditions.push(viewerId ? eq(incidents.assigneeId, viewerId) : sql`false`);
  } else if (query.assignee) conditions.push(eq(incidents.assigneeId, query.assignee));
  return conditions;
}

export async function listIncidents(
  db: Db,
  query: IncidentListQuery,
  viewerId: string | null,
  text: TextMatch | null,
  sla: { targets: SlaTargets; now: Date },
): Promise<{ rows: (IncidentRow & { reportCount: number })[]; total: number }> {
  const where = and(...listConditions(query, viewerId, text, sla));
  const order =
    query.sort === 'created'
      ? [desc(incidents.createdAt), desc(incidents.id)]
      : query.sort === 'severity'
        ? [asc(SEVERITY_RANK), desc(incidents.updatedAt), desc(incidents.id)]
        : [desc(incidents.updatedAt), desc(incidents.id)];
  // Reports of the incident and of those merged straight into it: two index lookups (an
  // OR of the two would make PostgreSQL scan every link for every row).
  // Qualified by hand: Drizzle writes a bare "id", which inside the join means m.id.
  const reportCount = sql<number>`((select count(*) from incident_reports r
      where r.incident_id = "incidents"."id")
    + (select count(*) from incident_reports r join incidents m on m.id = r.incident_id
      where m.merged_into_id = "incidents"."id"))::int`;
  const rows = await db
    .select({ incident: incidents, reportCount })
    .from(incidents)
    .where(where)
    .orderBy(...order)
    .limit(query.limit)
    .offset(query.offset);
  const [total] = await db.select({ n: count() }).from(incidents).where(where);
  return {
    rows: rows.map((row) => ({ ...row.incident, reportCount: Number(row.reportCount) })),
    total: total?.n ?? 0,
  };
}

/** Rows per value of a column among incidents not merged away (and open ones, if asked). */
export async function countIncidentsBy(
  db: Db,
  column: 'status' | 'severity',
  openOnly: boolean,
): Promise<Map<string, number>> {
  const field = column === 'status' ? incidents.status : incidents.severity;
  const rows = await db
    .select({ key: field, n: count() })
    .from(incidents)
    .where(and(isNull(incidents.mergedIntoId), openOnly ? IS_OPEN : undefined))
    .groupBy(field);
  return new Map(rows.map((row) => [row.key, row.n]));
}

export async function countMatching(
  db: Db,
  query: IncidentListQuery,
  sla: { targets: SlaTargets; now: Date },
): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(incidents)
    .where(and(...listConditions(query, null, null, sla)));
  return row?.n ?? 0;
}
