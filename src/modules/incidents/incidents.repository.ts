import {
  and,
  asc,
  count,
  desc,
  eq,
  getTableColumns,
  inArray,
  isNull,
  or,
  sql,
  type SQL,
} from 'drizzle-orm';
import type { IncidentListQuery } from '../../domain/incidents/incident.schemas.ts';
import type { SlaTargets } from '../../domain/incidents/sla.ts';
import { queryRows, type Db } from '../../platform/db/database.ts';
import { inOrderOf, pageOfCandidates, timeSortKey } from '../../platform/db/few-matches.ts';
import { incidentEvents, incidentReports, incidents } from './incidents.table.ts';

export type IncidentRow = typeof incidents.$inferSelect;
/** An incident as lists show it: without its search words, which are large and never shown. */
export type IncidentListRow = Omit<IncidentRow, 'searchText' | 'searchVector'>;

const {
  searchText: _searchText,
  searchVector: _searchVector,
  ...listColumns
} = getTableColumns(incidents);

/**
 * Lists count matches up to this many past the page asked for: beyond it the number is
 * shown as "1,000+", because counting every match of a common word reads the whole table.
 */
export const TOTAL_CAP = 1_000;
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

export function findIncidentsByIds(db: Db, ids: readonly string[]): Promise<IncidentListRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .select(listColumns)
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

/**
 * What a search asks for: the incident's words (which include its reports'), or one
 * incident by its reference number.
 */
export type TextMatch = { tsQuery: string } | { referenceNumber: number };

const textCondition = (match: { tsQuery: string }): SQL =>
  sql`${incidents.searchVector} @@ to_tsquery('simple', ${match.tsQuery})`;

/**
 * The incident with that number, or the one it was merged into: a reference names one
 * incident, so the queue's other filters do not hide it.
 */
const referenceCondition = (number: number): SQL =>
  and(
    isNull(incidents.mergedIntoId),
    sql`(${incidents.number} = ${number} or ${incidents.id} =
      (select m.merged_into_id from incidents m where m.number = ${number}))`,
  )!;

/**
 * Whether an open incident's SLA clock is breached or near breach, in SQL so the breaches
 * page and the counts scale: the same arithmetic as domain/incidents/sla.ts (active time =
 * elapsed - finished pauses - the running pause; resolution stops every clock).
 */
function slaStates(targets: SlaTargets, now: Date): { breached: SQL; nearBreach: SQL } {
  const at = sql`${now.toISOString()}::timestamptz`;
  // Active time passes `ms` when the moment it does (opening + finished pauses + ms) is
  // before now, or before the running pause began. Comparing moments costs one addition
  // a row; computing durations in seconds cost 80 ms on 42,000 open incidents.
  const passed = (ms: SQL) =>
    sql`${incidents.createdAt} + (${incidents.slaPausedMs} + ${ms}) * interval '1 millisecond'
      < coalesce(${incidents.slaPausedSince}, ${at})`;
  const minutes = (field: keyof SlaTargets['critical']) =>
    sql`(case ${incidents.severity}
      when 'critical' then ${targets.critical[field]}::bigint
      when 'high' then ${targets.high[field]}::bigint
      when 'medium' then ${targets.medium[field]}::bigint
      else ${targets.low[field]}::bigint end)`;
  const milestones = [
    { done: incidents.firstRespondedAt, target: minutes('firstResponseMinutes') },
    { done: incidents.containedAt, target: minutes('containmentMinutes') },
    { done: incidents.resolvedAt, target: minutes('resolutionMinutes') },
  ];
  const breached = milestones.map(
    ({ done, target }) => sql`(${done} is null and ${passed(sql`${target} * 60000`)})`,
  );
  // Near breach: less than a fifth of the target left (four fifths passed), clock running.
  const near = milestones.map(
    ({ done, target }) =>
      sql`(${done} is null and ${incidents.slaPausedSince} is null
        and ${passed(sql`${target} * 48000`)} and not ${passed(sql`${target} * 60000`)})`,
  );
  const unresolved = isNull(incidents.resolvedAt);
  return {
    breached: and(unresolved, sql`(${sql.join(breached, sql` or `)})`)!,
    nearBreach: and(unresolved, sql`(${sql.join(near, sql` or `)})`)!,
  };
}

function slaCondition(
  state: NonNullable<IncidentListQuery['sla']>,
  targets: SlaTargets,
  now: Date,
): SQL {
  const { breached, nearBreach } = slaStates(targets, now);
  const pick =
    state === 'breached'
      ? breached
      : state === 'near_breach'
        ? nearBreach
        : or(breached, nearBreach)!;
  return and(IS_OPEN, pick)!;
}

function listConditions(
  query: IncidentListQuery,
  viewerId: string | null,
  text: TextMatch | null,
  sla: { targets: SlaTargets; now: Date },
): SQL[] {
  if (text && 'referenceNumber' in text) return [referenceCondition(text.referenceNumber)];
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

export type IncidentListResult = {
  rows: (IncidentListRow & { reportCount: number })[];
  total: number;
  /** More match than `total`: it is a lower bound. */
  totalCapped: boolean;
};

export async function listIncidents(
  db: Db,
  query: IncidentListQuery,
  viewerId: string | null,
  text: TextMatch | null,
  sla: { targets: SlaTargets; now: Date },
): Promise<IncidentListResult> {
  const where = and(...listConditions(query, viewerId, text, sla));
  // With one severity asked, its rank is the same for every row: the queue's order is
  // then the one its index keeps.
  const rankMatters = query.sort === 'severity' && query.severity?.length !== 1;
  const time = query.sort === 'created' ? incidents.createdAt : incidents.updatedAt;
  // Descending, like the list: the most severe (rank 0 → "3") first, then the newest.
  const sortKey = rankMatters
    ? sql<string>`(3 - ${SEVERITY_RANK})::text || ${timeSortKey(time)}`
    : timeSortKey(time);
  const cap = query.offset + TOTAL_CAP;
  const candidates = await db
    .select({ id: incidents.id, sortKey })
    .from(incidents)
    .where(where)
    .limit(cap + 1);
  if (candidates.length <= cap) {
    const ids = pageOfCandidates(candidates, 'desc', query.offset, query.limit);
    const rows = ids.length > 0 ? await selectListRows(db, inArray(incidents.id, ids)) : [];
    return { rows: inOrderOf(rows, ids), total: candidates.length, totalCapped: false };
  }
  const order = [...(rankMatters ? [asc(SEVERITY_RANK)] : []), desc(time), desc(incidents.id)];
  const rows = await selectListRows(db, where)
    .orderBy(...order)
    .limit(query.limit)
    .offset(query.offset);
  return { rows, total: cap, totalCapped: true };
}

/** Incidents as lists show them, with the number of their reports. */
function selectListRows(db: Db, where: SQL | undefined) {
  // Reports of the incident and of those merged straight into it: two index lookups (an
  // OR of the two would make PostgreSQL scan every link for every row).
  // Qualified by hand: Drizzle writes a bare "id", which inside the join means m.id.
  const reportCount = sql<number>`((select count(*) from incident_reports r
      where r.incident_id = "incidents"."id")
    + (select count(*) from incident_reports r join incidents m on m.id = r.incident_id
      where m.merged_into_id = "incidents"."id"))::int`;
  return db
    .select({ ...listColumns, reportCount })
    .from(incidents)
    .where(where)
    .$dynamic();
}

/** Incidents not merged away, by status: for the statuses a queue tab counts. */
export async function countByStatus(
  db: Db,
  statuses: readonly string[],
): Promise<Map<string, number>> {
  const rows = await db
    .select({ key: incidents.status, n: count() })
    .from(incidents)
    .where(and(isNull(incidents.mergedIntoId), inArray(incidents.status, [...statuses])))
    .groupBy(incidents.status);
  return new Map(rows.map((row) => [row.key, row.n]));
}

export type OpenCounts = {
  byStatus: Map<string, number>;
  bySeverity: Map<string, number>;
  unassigned: number;
  slaBreached: number;
  slaNearBreach: number;
};

/**
 * The queue's numbers for open incidents in one pass over incidents_open_counts_idx, which
 * holds every column looked at here, so no incident row is read.
 */
export async function countOpenIncidents(
  db: Db,
  sla: { targets: SlaTargets; now: Date },
): Promise<OpenCounts> {
  const { breached, nearBreach } = slaStates(sla.targets, sla.now);
  const rows = await db
    .select({
      status: incidents.status,
      severity: incidents.severity,
      n: count(),
      unassigned: sql<number>`(count(*) filter (where ${isNull(incidents.assigneeId)}))::int`,
      breached: sql<number>`(count(*) filter (where ${breached}))::int`,
      nearBreach: sql<number>`(count(*) filter (where ${nearBreach}))::int`,
    })
    .from(incidents)
    .where(and(isNull(incidents.mergedIntoId), IS_OPEN))
    .groupBy(incidents.status, incidents.severity);
  const counts: OpenCounts = {
    byStatus: new Map(),
    bySeverity: new Map(),
    unassigned: 0,
    slaBreached: 0,
    slaNearBreach: 0,
  };
  const add = (map: Map<string, number>, key: string, n: number) =>
    map.set(key, (map.get(key) ?? 0) + n);
  for (const row of rows) {
    add(counts.byStatus, row.status, row.n);
    add(counts.bySeverity, row.severity, row.n);
    counts.unassigned += Number(row.unassigned);
    counts.slaBreached += Number(row.breached);
    counts.slaNearBreach += Number(row.nearBreach);
  }
  return counts;
}
