import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import { queryRows, type Database } from './database.ts';

export const MIGRATIONS_DIR = fileURLToPath(new URL('../../../migrations', import.meta.url));

type Journal = { entries: { idx: number; tag: string }[] };

function readJournal(): Journal {
  return JSON.parse(readFileSync(`${MIGRATIONS_DIR}/meta/_journal.json`, 'utf8')) as Journal;
}

/** Applies every migration not yet applied, in order. Safe to run on every start. */
export async function migrateDatabase(database: Database): Promise<{ applied: number }> {
  const before = await countAppliedMigrations(database);
  const config = { migrationsFolder: MIGRATIONS_DIR };
  // The two migrators differ only in the driver type they accept.
  if (database.kind === 'pglite') {
    await migratePglite(database.db as unknown as PgliteDatabase, config);
  } else {
    await migratePg(database.db as unknown as NodePgDatabase, config);
  }
  const after = await countAppliedMigrations(database);
  return { applied: after - before };
}

export async function countAppliedMigrations(database: Database): Promise<number> {
  const [exists] = await queryRows<{ present: boolean }>(
    database.db,
    sql`select to_regclass('drizzle.__drizzle_migrations') is not null as present`,
  );
  if (!exists?.present) return 0;
  const [result] = await queryRows<{ n: number }>(
    database.db,
    sql`select count(*)::int as n from drizzle.__drizzle_migrations`,
  );
  return result?.n ?? 0;
}

/** True when every migration shipped with this build has been applied. */
export async function isFullyMigrated(database: Database): Promise<boolean> {
  return (await countAppliedMigrations(database)) >= readJournal().entries.length;
}
