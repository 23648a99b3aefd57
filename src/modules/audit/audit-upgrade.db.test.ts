import { afterAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { migrate } from 'drizzle-orm/pglite/migrator';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import { openDatabase, queryRows } from '../../platform/db/database.ts';
import { migrateDatabase, MIGRATIONS_DIR } from '../../platform/db/migrate.ts';
import { chainUnchainedEvents } from './audit.repository.ts';
import { verifyAuditChainInDatabase } from './audit-verify.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'karpear-audit-upgrade-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The migrations as the previous version shipped them: up to 0009. */
function migrationsBeforeTheChain(): string {
  const folder = path.join(dir, 'migrations');
  cpSync(MIGRATIONS_DIR, folder, { recursive: true });
  const journalFile = path.join(folder, 'meta/_journal.json');
  const journal = JSON.parse(readFileSync(journalFile, 'utf8')) as { entries: { tag: string }[] };
  const at = journal.entries.findIndex((entry) => entry.tag.startsWith('0010_'));
  journal.entries = journal.entries.slice(0, at);
  writeFileSync(journalFile, JSON.stringify(journal));
  return folder;
}

describe('upgrading an installation to the audit chain', () => {
  it('chains the events it already had, oldest first, at the next start', async () => {
    // PGlite whatever the server: this is about the migration's SQL, the same on both.
    const database = await openDatabase({ pgliteDir: null });
    try {
      await migrate(database.db as unknown as PgliteDatabase, {
        migrationsFolder: migrationsBeforeTheChain(),
      });
      await database.db.execute(sql`insert into audit_events (occurred_at, action, outcome,
          actor_kind, actor_user_id, ip, details)
        values ('2026-11-01T08:00:00.123456Z', 'report.submitted', 'success', 'public', null,
                null, '{"channel":"web","hasContact":true}'),
               ('2026-11-02T09:30:00Z', 'report.viewed', 'success', 'staff',
                '0B7E4F7A-8D0C-4B5E-9A43-2F1C6D9E8A10', '2001:DB8::7', '{"ក":1}')`);

      await migrateDatabase(database);
      const before = await verifyAuditChainInDatabase(database, { publicKey: null });
      expect(before.problems.map((problem) => problem.kind)).toEqual(['unchained']);

      expect(await chainUnchainedEvents(database.db)).toBe(2);
      expect(await chainUnchainedEvents(database.db)).toBe(0);
      const rows = await queryRows<{ seq: unknown; action: string }>(
        database.db,
        sql`select seq, action from audit_events order by seq`,
      );
      expect(rows.map((row) => [Number(row.seq), row.action])).toEqual([
        [1, 'report.submitted'],
        [2, 'report.viewed'],
      ]);
      const after = await verifyAuditChainInDatabase(database, { publicKey: null });
      expect(after.problems).toEqual([]);
      expect(after).toMatchObject({ ok: true, events: 2, lastSeq: 2 });
    } finally {
      await database.close();
    }
  });
});
