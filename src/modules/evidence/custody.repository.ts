import { asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { CustodyProblem } from '../../domain/evidence/custody.schemas.ts';
import type { CustodyEntry } from '../../domain/evidence/custody-chain.ts';
import { queryRows, type Db } from '../../platform/db/database.ts';
import { evidenceCustody, evidenceVerificationRuns } from './custody.table.ts';

export type CustodyRow = typeof evidenceCustody.$inferSelect;
export type VerificationRunRow = typeof evidenceVerificationRuns.$inferSelect;

export async function insertCustodyEntry(db: Db, entry: CustodyEntry): Promise<void> {
  await db.insert(evidenceCustody).values({
    evidenceId: entry.evidenceId,
    seq: entry.seq,
    occurredAt: new Date(entry.occurredAt),
    action: entry.action,
    actorKind: entry.actorKind,
    actorUserId: entry.actorUserId,
    purpose: entry.purpose,
    details: entry.details,
    prevHash: entry.prevHash,
    hash: entry.hash,
  });
}

/** A stored row as the chain hashes it: times cut to milliseconds, as they were written. */
export const custodyEntryOf = (row: CustodyRow): CustodyEntry => ({
  evidenceId: row.evidenceId,
  seq: row.seq,
  occurredAt: row.occurredAt.toISOString(),
  action: row.action,
  actorKind: row.actorKind,
  actorUserId: row.actorUserId,
  purpose: row.purpose,
  details: row.details,
  prevHash: row.prevHash,
  hash: row.hash,
});

/** One item's entries in the order they were stored (a reordering shows in seq). */
export async function listCustody(db: Db, evidenceId: string): Promise<CustodyRow[]> {
  return db
    .select()
    .from(evidenceCustody)
    .where(eq(evidenceCustody.evidenceId, evidenceId))
    .orderBy(asc(evidenceCustody.id));
}

type CustodyTuple = [
  evidenceId: string,
  seq: number,
  /** Epoch milliseconds, cut as the writer's are. */
  occurredAt: number,
  action: string,
  actorKind: string,
  actorUserId: string | null,
  purpose: string | null,
  details: CustodyEntry['details'],
  prevHash: string,
  hash: string,
];

/**
 * The entries of several items, grouped by item, each group in stored order. Read as one
 * JSON array of arrays: decoding rows field by field (dates above all) costs several times
 * what verifying them does, on PGlite and PostgreSQL alike (BENCHMARKS.md).
 */
export async function listCustodyOfItems(
  db: Db,
  evidenceIds: readonly string[],
): Promise<Map<string, CustodyEntry[]>> {
  const byItem = new Map<string, CustodyEntry[]>(evidenceIds.map((id) => [id, []]));
  if (evidenceIds.length === 0) return byItem;
  const [result] = await queryRows<{ page: string | null }>(
    db,
    sql`select json_agg(json_build_array(evidence_id, seq,
          floor(extract(epoch from occurred_at) * 1000)::float8, action, actor_kind,
          actor_user_id, purpose, details, prev_hash, hash) order by evidence_id, id)::text as page
        from evidence_custody where ${inArray(evidenceCustody.evidenceId, [...evidenceIds])}`,
  );
  const tuples = result?.page ? (JSON.parse(result.page) as CustodyTuple[]) : [];
  for (const t of tuples) {
    byItem.get(t[0])?.push({
      evidenceId: t[0],
      seq: t[1],
      occurredAt: new Date(t[2]).toISOString(),
      action: t[3],
      actorKind: t[4],
      actorUserId: t[5],
      purpose: t[6],
      details: t[7],
      prevHash: t[8],
      hash: t[9],
    });
  }
  return byItem;
}

export async function insertVerificationRun(
  db: Db,
  trigger: VerificationRunRow['trigger'],
): Promise<number> {
  const [row] = await db
    .insert(evidenceVerificationRuns)
    .values({ trigger })
    .returning({ id: evidenceVerificationRuns.id });
  if (!row) throw new Error('insert returned no row');
  return row.id;
}

export async function finishVerificationRun(
  db: Db,
  id: number,
  totals: {
    items: number;
    entries: number;
    bytes: number;
    failures: number;
    problems: (CustodyProblem & { evidenceId: string })[];
  },
): Promise<VerificationRunRow> {
  const [row] = await db
    .update(evidenceVerificationRuns)
    .set({ ...totals, finishedAt: new Date() })
    .where(eq(evidenceVerificationRuns.id, id))
    .returning();
  if (!row) throw new Error('verification run vanished');
  return row;
}

export function listVerificationRuns(db: Db, limit: number): Promise<VerificationRunRow[]> {
  return db
    .select()
    .from(evidenceVerificationRuns)
    .orderBy(desc(evidenceVerificationRuns.id))
    .limit(limit);
}
