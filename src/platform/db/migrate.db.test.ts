import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { readFileSync } from 'node:fs';
import { queryRows } from './database.ts';
import {
  countAppliedMigrations,
  isFullyMigrated,
  migrateDatabase,
  MIGRATIONS_DIR,
} from './migrate.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/database.ts';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

describe('migrations', () => {
  it('applies every migration once, and a second run applies none', async () => {
    const journal = JSON.parse(readFileSync(`${MIGRATIONS_DIR}/meta/_journal.json`, 'utf8')) as {
      entries: unknown[];
    };
    expect(await countAppliedMigrations(database)).toBe(journal.entries.length);
    expect(await isFullyMigrated(database)).toBe(true);
    expect(await migrateDatabase(database)).toEqual({ applied: 0 });
  });

  it('creates the tables the product uses', async () => {
    const rows = await queryRows<{ table_name: string }>(
      database.db,
      sql`select table_name from information_schema.tables where table_schema = 'public' order by 1`,
    );
    expect(rows.map((row) => row.table_name)).toEqual([
      'api_tokens',
      'audit_chain_head',
      'audit_checkpoints',
      'audit_events',
      'evidence_custody',
      'evidence_items',
      'evidence_verification_runs',
      'idempotency_records',
      'incident_events',
      'incident_reports',
      'incident_tasks',
      'incidents',
      'mail_intake_messages',
      'observable_sightings',
      'observables',
      'organisations',
      'playbooks',
      'report_contacts',
      'report_messages',
      'reports',
      'saved_views',
      'settings',
      'setup_tokens',
      'spent_challenges',
      'staff_notifications',
      'staff_recovery_codes',
      'staff_sessions',
      'staff_users',
    ]);
  });
});
