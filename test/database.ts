import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type Database } from '../src/platform/db/database.ts';
import { migrateDatabase } from '../src/platform/db/migrate.ts';

/**
 * A fresh, migrated database for one test file: in-memory PGlite by default, or a new
 * database on the PostgreSQL server named by TEST_DATABASE_URL or DATABASE_URL (CI runs the db and http
 * tiers both ways). Dropped again by `close()`.
 */
export type TestDatabase = Database & { label: string };

export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  if (!serverUrl) {
    const database = await openDatabase({ pgliteDir: null });
    await migrateDatabase(database);
    return { ...database, label: 'pglite' };
  }
  const name = `karpear_test_${randomBytes(6).toString('hex')}`;
  await adminQuery(serverUrl, `create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ databaseUrl: url.toString() });
  await migrateDatabase(database);
  return {
    ...database,
    label: 'postgres',
    async close() {
      await database.close();
      await dropDatabase(serverUrl, name);
    },
  };
}

/**
 * Drops a test database. `with (force)` ends the test's own connections, but not an
 * autovacuum worker that happens to be in it (owned by the server's superuser): the
 * drop is tried again until the worker is gone.
 */
async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await adminQuery(serverUrl, `drop database if exists ${name} with (force)`);
      return;
    } catch (error) {
      const insufficientPrivilege = (error as { code?: string }).code === '42501';
      if (!insufficientPrivilege || attempt === 20) throw error;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}

async function adminQuery(serverUrl: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
