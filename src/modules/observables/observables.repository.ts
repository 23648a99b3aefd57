import { and, eq, inArray, sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../platform/db/database.ts';
import { observableSightings, observables } from './observables.table.ts';

export type SightingInput = { type: string; value: string; source: 'extracted' | 'supplied' };

/**
 * Records what a report names, in one statement: new observables are created, known ones
 * reused, and each gets one sighting for the report.
 */
export async function insertReportSightings(
  db: Db,
  reportId: string,
  items: readonly SightingInput[],
): Promise<void> {
  if (items.length === 0) return;
  // One JSON parameter: drivers differ in how they pass arrays, and the list is short.
  await db.execute(sql`
    with input as (
      select * from jsonb_to_recordset(${JSON.stringify(items)}::jsonb)
        as x(type text, value text, source text)
    ),
    created as (
      insert into observables (type, value)
      select distinct type, value from input
      on conflict (type, value) do nothing
      returning id, type, value
    ),
    known as (
      select id, type, value from created
      union all
      select o.id, o.type, o.value from observables o join input i using (type, value)
    )
    insert into observable_sightings (observable_id, report_id, source)
    select distinct on (k.id) k.id, ${reportId}::uuid, i.source
    from known k join input i using (type, value)
    order by k.id, i.source = 'supplied' desc
    on conflict do nothing`);
}

/** A report moved into (or out of) an incident takes its sightings along. */
export async function setIncidentOfReportSightings(
  db: Db,
  reportIds: readonly string[],
  incidentId: string | null,
): Promise<void> {
  if (reportIds.length === 0) return;
  await db
    .update(observableSightings)
    .set({ incidentId })
    .where(inArray(observableSightings.reportId, [...reportIds]));
}

export async function upsertObservable(db: Db, type: string, value: string): Promise<number> {
  const [row] = await db
    .insert(observables)
    .values({ type, value })
    .onConflictDoUpdate({ target: [observables.type, observables.value], set: { type } })
    .returning({ id: observables.id });
  if (!row) throw new Error('upsert returned no row');
  return row.id;
}

export async function upsertDecision(
  db: Db,
  decision: {
    observableId: number;
    incidentId: string;
    state: 'confirmed' | 'removed';
    by: string | null;
  },
): Promise<void> {
  await db
    .insert(observableSightings)
    .values({
      observableId: decision.observableId,
      incidentId: decision.incidentId,
      source: 'analyst',
      state: decision.state,
      decidedBy: decision.by,
    })
    .onConflictDoUpdate({
      target: [observableSightings.observableId, observableSightings.incidentId],
      targetWhere: sql`${observableSightings.source} = 'analyst'`,
      set: { state: decision.state, decidedBy: decision.by, createdAt: sql`now()` },
    });
}

export type IncidentSightingRow = {
  observable_id: number;
  type: string;
  value: string;
  source: 'extracted' | 'supplied' | 'analyst';
  state: 'confirmed' | 'removed' | null;
  other_reports: number;
  other_incidents: number;
};

/**
 * The observables of a set of incidents (one incident and those merged into it), each
 * with how many reports and incidents outside that set also name it.
 */
export function incidentSightings(db: Db, incidentIds: readonly string[]) {
  const ids = [...incidentIds];
  return queryRows<IncidentSightingRow>(
    db,
    sql`
    with tree as (
      select jsonb_array_elements_text(${JSON.stringify(ids)}::jsonb)::uuid as id
    ),
    mine as (
      select observable_id, source, state from observable_sightings
      where incident_id in (select id from tree)
    ),
    per_observable as (
      select observable_id,
        case when bool_or(source = 'supplied') then 'supplied'
             when bool_or(source = 'extracted') then 'extracted'
             else 'analyst' end as source,
        max(state) filter (where source = 'analyst') as state
      from mine group by observable_id
    )
    select p.observable_id, o.type, o.value, p.source, p.state,
      (select count(distinct s.report_id) from observable_sightings s
        where s.observable_id = p.observable_id and s.report_id is not null
          and (s.incident_id is null or s.incident_id not in (select id from tree)))::int
        as other_reports,
      (select count(distinct s.incident_id) from observable_sightings s
        where s.observable_id = p.observable_id and s.incident_id is not null
          and s.incident_id not in (select id from tree)
          and (s.state is null or s.state = 'confirmed'))::int as other_incidents
    from per_observable p join observables o on o.id = p.observable_id
    order by o.type, o.value`,
  );
}

export async function findObservable(db: Db, type: string, value: string) {
  const [row] = await db
    .select()
    .from(observables)
    .where(and(eq(observables.type, type), eq(observables.value, value)));
  return row ?? null;
}

/**
 * Where one observable was seen: the newest `limit` report ids and incident ids, and how
 * many there are in all. Every read is answered from observable_sightings_observable_idx.
 */
export async function sightingsOf(db: Db, observableId: number, limit: number) {
  const reports = await queryRows<{ report_id: string }>(
    db,
    sql`select report_id from observable_sightings
      where observable_id = ${observableId} and report_id is not null
      order by created_at desc, id desc limit ${limit}`,
  );
  const incidents = await queryRows<{ incident_id: string }>(
    db,
    sql`select incident_id from observable_sightings
      where observable_id = ${observableId} and incident_id is not null
        and (state is null or state = 'confirmed')
      group by incident_id order by max(created_at) desc limit ${limit}`,
  );
  const [totals] = await queryRows<{ reports: number; incidents: number }>(
    db,
    sql`select count(*) filter (where report_id is not null)::int as reports,
        count(distinct incident_id)
          filter (where state is null or state = 'confirmed')::int as incidents
      from observable_sightings where observable_id = ${observableId}`,
  );
  return {
    reportIds: reports.map((row) => row.report_id),
    incidentIds: incidents.map((row) => row.incident_id),
    reportTotal: totals?.reports ?? 0,
    incidentTotal: totals?.incidents ?? 0,
  };
}
