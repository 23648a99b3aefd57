import { and, asc, count, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import { queryRows } from '../../platform/db/database.ts';
import { evidenceItems } from './evidence.table.ts';

export type EvidenceRow = typeof evidenceItems.$inferSelect;
export type NewEvidenceRow = typeof evidenceItems.$inferInsert;

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

export function findEvidenceByHashes(
  db: Db,
  reportId: string,
  sha256s: string[],
): Promise<EvidenceRow[]> {
  if (sha256s.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(evidenceItems)
    .where(and(eq(evidenceItems.reportId, reportId), inArray(evidenceItems.sha256, sha256s)));
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
