import type { Db } from './database.ts';

/**
 * Runs `work` in one transaction: everything it writes, audit events and enqueued jobs
 * included, commits together or not at all.
 */
export function inTransaction<T>(db: Db, work: (tx: Db) => Promise<T>): Promise<T> {
  return db.transaction((tx) => work(tx as unknown as Db));
}
