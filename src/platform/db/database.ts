import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { sql, type SQL } from 'drizzle-orm';

/**
 * The query builder every repository receives. The same type covers a transaction, so a
 * repository function works inside or outside one without knowing which.
 */
export type Db = PgDatabase<PgQueryResultHKT, Record<string, never>>;

export type DatabaseKind = 'pglite' | 'postgres';

export type Database = {
  kind: DatabaseKind;
  db: Db;
  /** The raw driver, for the job queue's adapter. */
  driver: { kind: 'pglite'; client: PGlite } | { kind: 'postgres'; pool: pg.Pool; url: string };
  close(): Promise<void>;
};

export type DatabaseTarget = { databaseUrl: string } | { pgliteDir: string | null };

/**
 * Opens PostgreSQL when a URL is given, otherwise embedded PGlite (in memory when no
 * directory is given: tests). Both speak the same SQL, so nothing above this line cares.
 */
export async function openDatabase(target: DatabaseTarget): Promise<Database> {
  if ('databaseUrl' in target) return openPostgres(target.databaseUrl);
  return openPglite(target.pgliteDir);
}

async function openPglite(dir: string | null): Promise<Database> {
  if (dir) mkdirSync(path.dirname(dir), { recursive: true });
  const client = dir ? await PGlite.create(dir) : await PGlite.create();
  const db = drizzlePglite({ client }) as unknown as Db;
  return {
    kind: 'pglite',
    db,
    driver: { kind: 'pglite', client },
    close: () => client.close(),
  };
}

async function openPostgres(url: string): Promise<Database> {
  // JIT compiling costs tens of milliseconds per plan and wins nothing on the short,
  // indexed statements the product sends (measured in BENCHMARKS.md).
  const pool = new pg.Pool({ connectionString: url, max: 10, options: '-c jit=off' });
  // An idle connection the server drops (restart, admin) must not crash the process: the
  // pool replaces it on the next query.
  pool.on('error', (error) => {
    process.emitWarning(`PostgreSQL connection lost: ${error.message}`);
  });
  // Fail at start, not at the first request, when the server is unreachable.
  const probe = await pool.connect();
  probe.release();
  const db = drizzlePg({ client: pool }) as unknown as Db;
  return {
    kind: 'postgres',
    db,
    driver: { kind: 'postgres', pool, url },
    close: () => pool.end(),
  };
}

/** Runs raw SQL and returns its rows; both drivers answer with `{ rows }`. */
export async function queryRows<Row>(db: Db, query: SQL): Promise<Row[]> {
  const result: unknown = await db.execute(query);
  return (result as { rows: Row[] }).rows;
}

/** Cheap reachability check for /readyz. */
export async function pingDatabase(db: Db): Promise<void> {
  await db.execute(sql`select 1`);
}

/**
 * True when a statement failed on a unique constraint (SQLSTATE 23505); Drizzle wraps
 * the driver's error, so the code may sit on its cause.
 */
export const isUniqueViolation = (error: unknown): boolean =>
  (error as { code?: string }).code === '23505' ||
  (error as { cause?: { code?: string } }).cause?.code === '23505';
