import { and, asc, count, eq, gt, inArray, ne, or, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import { queryRows } from '../../platform/db/database.ts';
import { evidenceItems } from './evidence.table.ts';

export type EvidenceRow = typeof evidenceItems.$inferSelect;
export type NewEvidenceRow = typeof evidenceItems.$inferInsert;
/** What may change on an item: its standing, the custody head, the last check. */
export type EvidenceChange = Partial<
  Pick<
    EvidenceRow,
    | 'state'
    | 'legalHold'
    | 'destroyedAt'
    | 'custodySeq'
    | 'custodyHash'
    | 'integrityStatus'
    | 'integrityCheckedAt'
    | 'integrityProblem'
  >
>;

export async function insertEvidenceItem(db: Db, item: NewEvidenceRow): Promise<EvidenceRow> {
  const [row] = await db.insert(evidenceItems).values(item).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

export async function findEvidenceItem(db: Db, id: string): Promise<EvidenceRow | null> {
  const [row] = await db.select().from(evidenceItems).where(eq(evidenceItems.id, id));
  return row ?? null;
}

export function listEvidenceByReport(db: Db, reportId: string): Promise<EvidenceRow[]> {
  return db
    .select()
    .from(evidenceItems)
    .where(eq(evidenceItems.reportId, reportId))
    .orderBy(asc(evidenceItems.acquiredAt), asc(evidenceItems.id));
}

/** The item, its row locked until the transaction ends: its custody chain grows linearly. */
export async function lockEvidenceItem(db: Db, id: string): Promise<EvidenceRow | null> {
  const [row] = await db.select().from(evidenceItems).where(eq(evidenceItems.id, id)).for('update');
  return row ?? null;
}

/** The item, locked against changes (not against readers) while its chain is read. */
export async function shareLockEvidenceItem(db: Db, id: string): Promise<EvidenceRow | null> {
  const [row] = await db.select().from(evidenceItems).where(eq(evidenceItems.id, id)).for('share');
  return row ?? null;
}

export async function updateEvidenceItem(db: Db, id: string, change: EvidenceChange) {
  await db.update(evidenceItems).set(change).where(eq(evidenceItems.id, id));
}

/** Items already held for a report or an incident, by their hashes (retried uploads). */
export function findEvidenceByHashes(
  db: Db,
  owner: { reportId: string | null; incidentId: string | null },
  sha256s: string[],
): Promise<EvidenceRow[]> {
  if (sha256s.length === 0) return Promise.resolve([]);
  const ownedBy = owner.reportId
    ? eq(evidenceItems.reportId, owner.reportId)
    : owner.incidentId
      ? eq(evidenceItems.incidentId, owner.incidentId)
      : null;
  if (!ownedBy) return Promise.resolve([]);
  return db
    .select()
    .from(evidenceItems)
    .where(and(ownedBy, inArray(evidenceItems.sha256, sha256s)));
}

/** An incident's evidence: items added to its incidents and items of their reports. */
export function listEvidenceInScope(
  db: Db,
  scope: { incidentIds: readonly string[]; reportIds: readonly string[] },
): Promise<EvidenceRow[]> {
  const conditions = [
    ...(scope.incidentIds.length
      ? [inArray(evidenceItems.incidentId, [...scope.incidentIds])]
      : []),
    ...(scope.reportIds.length ? [inArray(evidenceItems.reportId, [...scope.reportIds])] : []),
  ];
  if (conditions.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(evidenceItems)
    .where(or(...conditions))
    .orderBy(asc(evidenceItems.acquiredAt), asc(evidenceItems.id));
}

/** Items in id order after `afterId`: the scheduled verification walks them in batches. */
export function listEvidenceAfter(db: Db, afterId: string | null, limit: number) {
  return db
    .select()
    .from(evidenceItems)
    .where(afterId ? gt(evidenceItems.id, afterId) : undefined)
    .orderBy(asc(evidenceItems.id))
    .limit(limit);
}

/** Items whose bytes and chain a check found as they should be. */
export async function markVerified(db: Db, ids: readonly string[], at: Date): Promise<void> {
  if (ids.length === 0) return;
  await db
    .update(evidenceItems)
    .set({ integrityStatus: 'ok', integrityCheckedAt: at, integrityProblem: null })
    .where(inArray(evidenceItems.id, [...ids]));
}

/** Items without a custody entry yet (held before the chain of custody existed). */
export function listUncustodiedEvidence(db: Db, limit: number): Promise<EvidenceRow[]> {
  return db
    .select()
    .from(evidenceItems)
    .where(eq(evidenceItems.custodySeq, 0))
    .orderBy(asc(evidenceItems.id))
    .limit(limit);
}

/** Whether other items not destroyed still hold these bytes (as original or display copy). */
export async function blobStillReferenced(db: Db, sha256: string, exceptId: string) {
  const [row] = await db
    .select({ n: count() })
    .from(evidenceItems)
    .where(
      and(
        ne(evidenceItems.id, exceptId),
        ne(evidenceItems.state, 'destroyed'),
        or(eq(evidenceItems.sha256, sha256), eq(evidenceItems.displaySha256, sha256)),
      ),
    );
  return (row?.n ?? 0) > 0;
}

/**
 * Serialises, per blob, taking the bytes into an item and removing them after a
 * destruction, so that a new upload of the same bytes never loses them to the removal.
 */
export async function lockBlob(db: Db, sha256: string): Promise<void> {
  await queryRows(
    db,
    sql`select pg_advisory_xact_lock(hashtextextended(${'evidence-blob:' + sha256}, 0))`,
  );
}

/** Bytes of evidence already held for a report (originals only). */
export async function sumEvidenceBytes(db: Db, reportId: string): Promise<number> {
  const [row] = await db
    .select({ total: sql<string | number | null>`sum(${evidenceItems.sizeBytes})` })
    .from(evidenceItems)
    .where(eq(evidenceItems.reportId, reportId));
  return Number(row?.total ?? 0);
}

/**
 * Serialises intake for one report until the transaction ends, so two uploads at once
 * cannot both pass the per-report limit.
 */
export async function lockReportEvidence(db: Db, reportId: string): Promise<void> {
  await queryRows(
    db,
    sql`select pg_advisory_xact_lock(hashtextextended(${'evidence:' + reportId}, 0))`,
  );
}

export async function countEvidenceByReport(db: Db, reportId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(evidenceItems)
    .where(eq(evidenceItems.reportId, reportId));
  return row?.n ?? 0;
}
