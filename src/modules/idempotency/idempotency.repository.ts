import { and, eq, lt } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import { idempotencyRecords } from './idempotency.table.ts';

export type IdempotencyRow = typeof idempotencyRecords.$inferSelect;

export async function findIdempotencyRecord(
  db: Db,
  scope: string,
  key: string,
): Promise<IdempotencyRow | null> {
  const [row] = await db
    .select()
    .from(idempotencyRecords)
    .where(and(eq(idempotencyRecords.scope, scope), eq(idempotencyRecords.key, key)));
  return row ?? null;
}

/** Fails with a unique violation when a concurrent request stored the same key first. */
export async function insertIdempotencyRecord(
  db: Db,
  record: Omit<IdempotencyRow, 'createdAt'>,
): Promise<void> {
  await db.insert(idempotencyRecords).values(record);
}

export async function deleteIdempotencyRecordsBefore(db: Db, before: Date): Promise<number> {
  const rows = await db
    .delete(idempotencyRecords)
    .where(lt(idempotencyRecords.createdAt, before))
    .returning({ key: idempotencyRecords.key });
  return rows.length;
}
