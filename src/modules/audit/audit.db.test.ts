import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestDatabase, type TestDatabase } from '../../../test/database.ts';
import { queryRows } from '../../platform/db/database.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import type { RequestContext } from '../../platform/context.ts';
import {
  ephemeralInstallationKey,
  readInstallationPublicKey,
} from '../../platform/crypto/installation-key.ts';
import { GENESIS_HASH } from '../../domain/audit/audit-chain.ts';
import { createAuditService, type AuditService } from './audit.service.ts';
import { chainUnchainedEvents, readChainHead } from './audit.repository.ts';
import { verifyAuditChainInDatabase } from './audit-verify.ts';

let database: TestDatabase;
let audit: AuditService;
const key = ephemeralInstallationKey();
const publicKey = readInstallationPublicKey(key.publicKeyPem);

beforeAll(async () => {
  database = await createTestDatabase();
  audit = createAuditService({ db: database.db, installationKey: key });
});
afterAll(() => database.close());

const staff = (ip: string | null = '192.0.2.7', userId = '0b7e4f7a-8d0c-4b5e-9a43-2f1c6d9e8a10') =>
  ({
    actor: { kind: 'staff', userId, role: 'analyst', permissions: [] },
    requestId: 'req-test',
    ip,
    language: 'en',
  }) satisfies RequestContext;

const verify = () => verifyAuditChainInDatabase(database, { publicKey });

const seqs = async () =>
  (
    await queryRows<{ seq: string | number }>(
      database.db,
      sql`select seq from audit_events where seq is not null order by seq`,
    )
  ).map((row) => Number(row.seq));

describe('audit chain in the database', () => {
  it('starts empty at the genesis hash', async () => {
    expect(await readChainHead(database.db)).toEqual({ seq: 0, hash: GENESIS_HASH });
    expect(await verify()).toMatchObject({ ok: true, events: 0, lastSeq: 0 });
  });

  it('chains events whose stored form differs from what was passed (addresses, ids, odd details)', async () => {
    const values: [string | null, string][] = [
      ['2001:DB8:0:0:0:0:0:1', '0B7E4F7A-8D0C-4B5E-9A43-2F1C6D9E8A10'],
      ['::ffff:192.0.2.1', '0b7e4f7a-8d0c-4b5e-9a43-2f1c6d9e8a10'],
      [null, '0b7e4f7a-8d0c-4b5e-9a43-2f1c6d9e8a10'],
    ];
    for (const [ip, userId] of values) {
      await audit.recordAlone(staff(ip, userId), {
        action: 'report.viewed',
        targetType: 'report',
        targetId: 'r-1',
        details: {
          khmer: 'ការពារ\u200bទិន្នន័យ',
          control: 'tab\there "quoted" \\ \u0001',
          big: 1e21,
          small: 0.1,
          negativeZero: -0,
          notANumber: Number.NaN,
          nothing: null,
          yes: true,
        },
      });
    }
    const result = await verify();
    expect(result.problems).toEqual([]);
    expect(result).toMatchObject({ ok: true, events: 3, lastSeq: 3 });
    const [row] = await queryRows<{ ip: string; actor_user_id: string }>(
      database.db,
      sql`select ip, actor_user_id from audit_events where seq = 1`,
    );
    expect(row).toEqual({
      ip: '2001:db8::1',
      actor_user_id: '0b7e4f7a-8d0c-4b5e-9a43-2f1c6d9e8a10',
    });
  });

  it('keeps one linear chain under concurrent audited transactions', async () => {
    const before = (await readChainHead(database.db))!.seq;
    await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        inTransaction(database.db, async (tx) => {
          await tx.execute(sql`select pg_sleep(${(i % 4) / 1000})`);
          await audit.record({ ...staff(), tx }, { action: 'incident.viewed', details: { i } });
          if (i % 5 === 0) {
            await audit.record({ ...staff(), tx }, { action: 'incident.updated', details: { i } });
          }
        }),
      ),
    );
    const all = await seqs();
    expect(all.length).toBe(before + 48);
    expect(all).toEqual(Array.from({ length: all.length }, (_, i) => i + 1));
    expect(await verify()).toMatchObject({ ok: true, lastSeq: before + 48 });
  });

  it('leaves no gap when an audited transaction rolls back', async () => {
    const before = (await readChainHead(database.db))!;
    await expect(
      inTransaction(database.db, async (tx) => {
        await audit.record({ ...staff(), tx }, { action: 'incident.updated' });
        throw new Error('the use case failed after its audit event');
      }),
    ).rejects.toThrow('the use case failed');
    expect(await readChainHead(database.db)).toEqual(before);
    await audit.recordAlone(staff(), { action: 'incident.viewed' });
    expect((await readChainHead(database.db))!.seq).toBe(before.seq + 1);
    expect(await verify()).toMatchObject({ ok: true });
  });

  it('stays linear with two writers (two app processes)', async () => {
    const other = createAuditService({ db: database.db, installationKey: key });
    const before = (await readChainHead(database.db))!.seq;
    await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        (i % 2 ? audit : other).recordAlone(staff(), { action: 'incident.viewed', details: { i } }),
      ),
    );
    expect((await readChainHead(database.db))!.seq).toBe(before + 30);
    expect(await verify()).toMatchObject({ ok: true });
  });

  it('numbers only what commits, savepoints included', async () => {
    await expect(
      inTransaction(database.db, async (tx) => {
        await audit.record({ ...staff(), tx }, { action: 'incident.updated' });
        // A savepoint that writes and is rolled back, inside a transaction that already wrote.
        await tx
          .transaction(async (savepoint) => {
            await audit.record({ ...staff(), tx: savepoint }, { action: 'incident.updated' });
            throw new Error('undo the savepoint');
          })
          .catch(() => undefined);
        await audit.record({ ...staff(), tx }, { action: 'incident.commented' });
        throw new Error('roll back everything');
      }),
    ).rejects.toThrow('roll back everything');
    await audit.recordAlone(staff(), { action: 'incident.viewed' });
    await inTransaction(database.db, async (tx) => {
      await audit.record({ ...staff(), tx }, { action: 'incident.updated' });
      await tx.transaction(async (savepoint) => {
        await audit.record({ ...staff(), tx: savepoint }, { action: 'incident.commented' });
      });
      await audit.record({ ...staff(), tx }, { action: 'incident.status_changed' });
    });
    expect(await verify()).toMatchObject({ ok: true });
    expect((await seqs()).at(-1)).toBe((await readChainHead(database.db))!.seq);
  });

  it('chains even when handed the database instead of a transaction', async () => {
    const before = (await readChainHead(database.db))!.seq;
    await audit.record({ ...staff(), tx: database.db }, { action: 'incident.viewed' });
    expect((await readChainHead(database.db))!.seq).toBe(before + 1);
    expect(await verify()).toMatchObject({ ok: true });
  });

  it('chains events written before the chain existed, oldest first, once', async () => {
    // As if written by the previous version: no content hash, ids up to the migration's mark.
    await database.db
      .execute(sql`insert into audit_events (occurred_at, action, outcome, actor_kind, ip, details)
      values (now() - interval '1 day', 'report.submitted', 'success', 'public', null, '{"channel":"web"}'),
             (now() - interval '1 hour', 'report.viewed', 'success', 'staff', '2001:DB8::7', '{}')`);
    await database.db.execute(
      sql`update audit_chain_head set backfill_to_id = (select max(id) from audit_events)`,
    );
    const unchained = await verify();
    expect(unchained.ok).toBe(false);
    expect(unchained.problems.map((problem) => problem.kind)).toEqual(['unchained']);
    expect(unchained.problems[0]!.message).toMatch(/^2 event\(s\) are outside the chain/);
    const before = (await readChainHead(database.db))!.seq;
    expect(await chainUnchainedEvents(database.db)).toBe(2);
    expect(await chainUnchainedEvents(database.db)).toBe(0);
    expect((await readChainHead(database.db))!.seq).toBe(before + 2);
    expect(await verify()).toMatchObject({ ok: true });
  });

  it('never chains a row slipped in by hand later, not even at the next start', async () => {
    const [row] = await queryRows<{ id: string | number }>(
      database.db,
      sql`insert into audit_events (action, outcome, actor_kind, details)
        values ('incident.viewed', 'success', 'cli', '{}') returning id`,
    );
    expect(await chainUnchainedEvents(database.db)).toBe(0);
    const result = await verify();
    expect(result.problems.map((problem) => problem.kind)).toEqual(['unchained']);
    expect(result.problems[0]!.message).toContain(`ids ${row!.id}`);
    await database.db.execute(sql`delete from audit_events where id = ${row!.id}`);
  });

  it('signs the head as a checkpoint that verifies, and lists it newest first', async () => {
    const head = (await readChainHead(database.db))!;
    const checkpoint = await audit.signCheckpoint();
    expect(checkpoint).toMatchObject({
      seq: head.seq,
      hash: head.hash,
      keyFingerprint: key.fingerprint,
    });
    await audit.recordAlone(staff(), { action: 'incident.viewed' });
    const second = await audit.signCheckpoint();
    const listed = await audit.listCheckpoints({ limit: 10 });
    expect(listed.items.map((item) => item.seq)).toEqual([second.seq, checkpoint.seq]);
    expect(listed.items[0]).toMatchObject({ algorithm: 'Ed25519', signature: second.signature });
    expect(await verify()).toMatchObject({ ok: true, checkpoints: { total: 2, valid: 2 } });
  });
});

describe('tampering with the database is detected', () => {
  /** Runs a tampering, verifies, and undoes it so that every test starts from a valid chain. */
  async function tampered(tamper: string[], undo: string[], options = {}) {
    for (const statement of tamper) await database.db.execute(sql.raw(statement));
    try {
      return await verifyAuditChainInDatabase(database, { publicKey, ...options });
    } finally {
      for (const statement of undo) await database.db.execute(sql.raw(statement));
      expect((await verify()).problems).toEqual([]);
    }
  }
  const kinds = (result: Awaited<ReturnType<typeof verify>>) =>
    result.problems.map((problem) => [problem.kind, problem.seq]);
  const backup = (where: string) =>
    `create table tamper_backup as select * from audit_events where ${where}`;
  const dropBackup = 'drop table tamper_backup';
  // Put rows back as they were: without the commit trigger, which would link them anew.
  const restoreRows = (table: string) => [
    'alter table audit_events disable trigger audit_events_chain',
    `insert into audit_events select * from ${table}`,
    'alter table audit_events enable trigger audit_events_chain',
  ];

  it('an edited field', async () => {
    const result = await tampered(
      [backup('seq = 5'), `update audit_events set details = '{"i": 999}' where seq = 5`],
      [
        'update audit_events a set details = b.details from tamper_backup b where a.id = b.id',
        dropBackup,
      ],
    );
    expect(kinds(result)).toEqual([['hash_mismatch', 5]]);
  });

  it('a deleted event', async () => {
    const result = await tampered(
      [backup('seq = 5'), 'delete from audit_events where seq = 5'],
      [...restoreRows('tamper_backup'), dropBackup],
    );
    expect(kinds(result)).toEqual([['missing', 5]]);
    expect(result.problems[0]!.message).toBe('seq 5: missing (1 event deleted)');
  });

  it('two events swapped', async () => {
    const swap = [
      'update audit_events set seq = -5 where seq = 5',
      'update audit_events set seq = 5 where seq = 6',
      'update audit_events set seq = 6 where seq = -5',
    ];
    const result = await tampered(swap, swap);
    expect(result.ok).toBe(false);
    expect(kinds(result)).toEqual(
      expect.arrayContaining([
        ['hash_mismatch', 5],
        ['hash_mismatch', 6],
      ]),
    );
  });

  it('a truncated tail, the head row moved back too: caught by the signed checkpoint', async () => {
    const head = (await readChainHead(database.db))!;
    await audit.signCheckpoint();
    const cut = head.seq - 3;
    const result = await tampered(
      [
        backup(`seq > ${cut}`),
        `delete from audit_events where seq > ${cut}`,
        `update audit_chain_head set seq = ${cut},
           hash = (select hash from audit_events where seq = ${cut})`,
      ],
      [
        ...restoreRows('tamper_backup'),
        `update audit_chain_head set seq = ${head.seq}, hash = '${head.hash}'`,
        dropBackup,
      ],
    );
    expect(kinds(result)).toEqual([['truncated', cut + 1]]);
  });

  it('a truncated tail with the checkpoints deleted too: caught by the published checkpoints only', async () => {
    const published = (await audit.listCheckpoints({ limit: 1000 })).items;
    const head = (await readChainHead(database.db))!;
    const cut = head.seq - 2;
    const tamper = [
      backup(`seq > ${cut}`),
      'create table tamper_checkpoints as select * from audit_checkpoints',
      `delete from audit_events where seq > ${cut}`,
      'delete from audit_checkpoints',
      `update audit_chain_head set seq = ${cut},
         hash = (select hash from audit_events where seq = ${cut})`,
    ];
    const undo = [
      ...restoreRows('tamper_backup'),
      'insert into audit_checkpoints select * from tamper_checkpoints',
      `update audit_chain_head set seq = ${head.seq}, hash = '${head.hash}'`,
      dropBackup,
      'drop table tamper_checkpoints',
    ];
    // With nothing kept outside the database, a consistent truncation cannot be seen…
    expect((await tampered(tamper, undo)).ok).toBe(true);
    // …which is why checkpoints are published and sent to oversight.
    const result = await tampered(tamper, undo, { extraCheckpoints: published });
    expect(kinds(result)).toEqual([['truncated', cut + 1]]);
  });
});
