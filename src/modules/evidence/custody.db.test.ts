import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash, randomBytes } from 'node:crypto';
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql, type SQL } from 'drizzle-orm';
import { createTestDatabase, type TestDatabase } from '../../../test/database.ts';
import { createSecretBox } from '../../platform/crypto/secret-box.ts';
import { openFileBlobStore } from '../../platform/blobs/file-blob-store.ts';
import type { BlobStore } from '../../platform/blobs/blob-store.ts';
import { queryRows } from '../../platform/db/database.ts';
import { systemContext, type RequestContext } from '../../platform/context.ts';
import { CLI_ACTOR, PUBLIC_ACTOR } from '../../domain/actor.ts';
import { permissionsOf, type StaffRole } from '../../domain/roles.ts';
import { createServices, type Services } from '../../services.ts';
import type { IncomingFile } from './index.ts';

/**
 * The chain of custody on a real database (PGlite, or PostgreSQL with DATABASE_URL):
 * entries written with what they record, sealing and destruction, and tampering with the
 * stored bytes or the custody rows, each named by the verifier and by the scheduled job.
 */
let database: TestDatabase;
let services: Services;
let blobs: BlobStore;
let dataDir: string;
let analyst: RequestContext;
let coordinator: RequestContext;
let coordinatorId: string;
const cli = systemContext(CLI_ACTOR, 'test');
const publicCtx: RequestContext = {
  actor: PUBLIC_ACTOR,
  requestId: 'test-request',
  ip: '192.0.2.7',
  language: 'en',
};

async function staff(role: StaffRole): Promise<{ ctx: RequestContext; id: string }> {
  const { user } = await services.staffUsers.createUser(
    cli,
    {
      email: `${role}.${randomBytes(4).toString('hex')}@cert.example`,
      displayName: `A ${role}`,
      role,
    },
    'correct horse battery staple',
  );
  const actor = { kind: 'staff' as const, userId: user.id, role, permissions: permissionsOf(role) };
  return {
    id: user.id,
    ctx: { actor, requestId: `req-${role}`, ip: '203.0.113.9', language: 'en' },
  };
}

beforeAll(async () => {
  database = await createTestDatabase();
  dataDir = await mkdtemp(path.join(tmpdir(), 'karpear-custody-'));
  blobs = await openFileBlobStore(dataDir);
  services = createServices({
    db: database.db,
    secretBox: createSecretBox(randomBytes(32)),
    publicUrl: 'http://127.0.0.1:8080',
    blobs,
  });
  analyst = (await staff('analyst')).ctx;
  const lead = await staff('coordinator');
  coordinator = lead.ctx;
  coordinatorId = lead.id;
});
afterAll(async () => {
  await database.close();
  await rm(dataDir, { recursive: true, force: true });
});

const sha256 = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');

function file(name: string, data: Buffer): IncomingFile {
  return {
    originalName: name,
    declaredType: null,
    stream: (async function* () {
      yield data;
    })(),
  };
}

/** A report from the public with one text file; the item and the report's id. */
async function reportWithFile(content = `evidence ${randomBytes(8).toString('hex')}\n`) {
  const created = await services.reports.submitReport(publicCtx, {
    incidentType: 'phishing',
    description: 'A fake bank message asked for my PIN; the screenshot is attached.',
    language: 'en',
  });
  const [item] = await services.evidence.acquireReporterEvidence(publicCtx, {
    trackingCode: created.trackingCode,
    secret: created.secret,
    files: (async function* () {
      yield file('message.txt', Buffer.from(content));
    })(),
  });
  return { item: item!, bytes: Buffer.from(content) };
}

async function readAll(stream: AsyncIterable<unknown>) {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

const custodyRows = (evidenceId: string) =>
  queryRows<{
    id: number;
    seq: number;
    action: string;
    purpose: string | null;
    details: Record<string, unknown>;
  }>(
    database.db,
    sql`select id::int, seq, action, purpose, details from evidence_custody where evidence_id = ${evidenceId} order by id`,
  );

/** Changes custody rows the way someone with the database would: past the trigger. */
async function tamper(statement: SQL) {
  await database.db.execute(
    sql`alter table evidence_custody disable trigger evidence_custody_append_only`,
  );
  try {
    await database.db.execute(statement);
  } finally {
    await database.db.execute(
      sql`alter table evidence_custody enable trigger evidence_custody_append_only`,
    );
  }
}

const blobPath = (sha: string) =>
  path.join(dataDir, 'blobs', sha.slice(0, 2), sha.slice(2, 4), sha);

/** An item with a few entries: acquired, downloaded ×2, held, released. */
async function itemWithHistory() {
  const { item } = await reportWithFile();
  await readAll(
    (await services.evidence.openEvidence(analyst, item.id, 'original', 'triage')).stream,
  );
  await readAll((await services.evidence.openEvidence(analyst, item.id, 'original')).stream);
  await services.evidence.applyAction(analyst, item.id, 'hold', { reason: 'police request' });
  await services.evidence.applyAction(analyst, item.id, 'release', { reason: 'request withdrawn' });
  return item;
}

/** What the scheduled job finds about one item. */
async function jobFindings(evidenceId: string) {
  const run = await services.evidence.verifyAllEvidence('manual');
  return run.problems
    .filter((problem) => problem.evidenceId === evidenceId)
    .map(({ kind, seq, message }) => ({ kind, seq, message }));
}

/**
 * What the verifier (a person's check) and the scheduled job find about one item, each
 * on its own copy of the tampering: a check records its finding in the chain, which the
 * next check then reads too (an entry cut from the end is no longer at the end).
 */
async function findings(tampered: () => Promise<string>) {
  const verified = await services.evidence.verifyEvidence(coordinator, await tampered());
  return { verified: verified.problems, job: await jobFindings(await tampered()) };
}

describe('the chain of custody', () => {
  it('starts at acquisition and records every opening, with its purpose', async () => {
    const { item, bytes } = await reportWithFile();
    const opened = await services.evidence.openEvidence(analyst, item.id, 'original', 'triage');
    expect((await readAll(opened.stream)).equals(bytes)).toBe(true);
    const rows = await custodyRows(item.id);
    expect(rows.map((row) => [row.seq, row.action, row.purpose])).toEqual([
      [1, 'acquired', null],
      [2, 'downloaded', 'triage'],
    ]);
    expect(rows[0]?.details).toMatchObject({
      sha256: sha256(bytes),
      size: bytes.length,
      method: 'reporter_upload',
    });
    const detail = await services.evidence.getEvidence(analyst, item.id);
    expect(detail).toMatchObject({ custodyEntries: 2, state: 'active', legalHold: false });
    expect(detail.custodyLog[1]?.actor).toMatchObject({ kind: 'staff', name: 'A analyst' });
    const [audit] = await queryRows<{ details: Record<string, unknown> }>(
      database.db,
      sql`select details from audit_events where action = 'evidence.accessed' and target_id = ${item.id}`,
    );
    expect(audit?.details).toMatchObject({ custodySeq: 2, custodyHash: detail.custodyHead });
    expect(await services.evidence.verifyEvidence(analyst, item.id)).toMatchObject({
      ok: true,
      entries: 2,
      bytesChecked: bytes.length,
      problems: [],
    });
  });

  it('stays one linear chain when many people open an item at once', async () => {
    const { item } = await reportWithFile();
    await Promise.all(
      Array.from({ length: 12 }, async () =>
        readAll((await services.evidence.openEvidence(analyst, item.id, 'original')).stream),
      ),
    );
    const rows = await custodyRows(item.id);
    expect(rows.map((row) => row.seq)).toEqual(Array.from({ length: 13 }, (_, i) => i + 1));
    expect((await services.evidence.verifyEvidence(analyst, item.id)).problems).toEqual([]);
  });

  it('refuses the content of a sealed item until a coordinator unseals it, with a reason', async () => {
    const { item } = await reportWithFile();
    await services.evidence.applyAction(analyst, item.id, 'seal', {
      reason: 'court order 12/2026',
    });
    await expect(
      services.evidence.openEvidence(analyst, item.id, 'original'),
    ).rejects.toMatchObject({
      code: 'evidence_sealed',
    });
    await expect(
      services.evidence.applyAction(analyst, item.id, 'unseal', { reason: 'I need it' }),
    ).rejects.toMatchObject({ code: 'forbidden' });
    await expect(
      services.evidence.applyAction(analyst, item.id, 'seal', { reason: 'again' }),
    ).rejects.toMatchObject({ code: 'conflict', fields: [{ path: 'state' }] });
    const unsealed = await services.evidence.applyAction(coordinator, item.id, 'unseal', {
      reason: 'prosecutor asked for a copy',
    });
    expect(unsealed.state).toBe('active');
    await readAll((await services.evidence.openEvidence(analyst, item.id, 'original')).stream);
    expect((await custodyRows(item.id)).map((row) => [row.action, row.purpose])).toEqual([
      ['acquired', null],
      ['sealed', 'court order 12/2026'],
      ['unsealed', 'prosecutor asked for a copy'],
      ['downloaded', null],
    ]);
    const [denied] = await queryRows<{ n: number }>(
      database.db,
      sql`select count(*)::int as n from audit_events where action = 'evidence.accessed' and outcome = 'denied' and target_id = ${item.id}`,
    );
    expect(denied?.n).toBe(1);
  });

  it('destroys the bytes (never on hold) but keeps the row, the hash and the custody', async () => {
    const content = `shared bytes ${randomBytes(6).toString('hex')}`;
    const { item } = await reportWithFile(content);
    const { item: twin } = await reportWithFile(content);
    await services.evidence.applyAction(analyst, item.id, 'hold', { reason: 'preservation order' });
    await expect(
      services.evidence.applyAction(coordinator, item.id, 'destroy', { reason: 'retention' }),
    ).rejects.toMatchObject({ code: 'conflict' });
    await services.evidence.applyAction(analyst, item.id, 'release', { reason: 'order expired' });
    await expect(
      services.evidence.applyAction(analyst, item.id, 'destroy', { reason: 'retention' }),
    ).rejects.toMatchObject({ code: 'forbidden' });
    const destroyed = await services.evidence.applyAction(coordinator, item.id, 'destroy', {
      reason: 'retention period over',
    });
    expect(destroyed).toMatchObject({ state: 'destroyed', sha256: item.sha256 });
    // The same bytes belong to another report's item too: they stay for it.
    expect(await blobs.has(item.sha256)).toBe(true);
    await expect(
      services.evidence.openEvidence(analyst, item.id, 'original'),
    ).rejects.toMatchObject({
      code: 'evidence_destroyed',
    });
    await services.evidence.applyAction(coordinator, twin.id, 'destroy', { reason: 'retention' });
    expect(await blobs.has(item.sha256)).toBe(false);
    expect((await custodyRows(item.id)).at(-1)).toMatchObject({
      action: 'destroyed',
      purpose: 'retention period over',
      details: { sha256: item.sha256 },
    });
    expect((await services.evidence.verifyEvidence(coordinator, item.id)).problems).toEqual([]);
    await expect(
      services.evidence.applyAction(coordinator, item.id, 'hold', { reason: 'too late' }),
    ).rejects.toMatchObject({ code: 'conflict' });
  });

  it('records a transfer of custody and who holds the item now', async () => {
    const { item } = await reportWithFile();
    const detail = await services.evidence.transferEvidence(analyst, item.id, {
      to: 'Cybercrime Office, National Police',
      reason: 'referral for investigation',
    });
    expect(detail.custodian).toBe('Cybercrime Office, National Police');
    expect(detail.custodyLog.at(-1)).toMatchObject({
      action: 'transferred',
      purpose: 'referral for investigation',
      details: { to: 'Cybercrime Office, National Police' },
    });
  });

  it('is append-only, and what was acquired never changes, in the database itself', async () => {
    const { item } = await reportWithFile();
    await expect(
      database.db.execute(
        sql`update evidence_custody set purpose = 'x' where evidence_id = ${item.id}`,
      ),
    ).rejects.toThrow();
    await expect(
      database.db.execute(sql`delete from evidence_custody where evidence_id = ${item.id}`),
    ).rejects.toThrow();
    await expect(
      database.db.execute(
        sql`update evidence_items set sha256 = ${'f'.repeat(64)} where id = ${item.id}`,
      ),
    ).rejects.toThrow();
    await expect(
      database.db.execute(sql`delete from evidence_items where id = ${item.id}`),
    ).rejects.toThrow();
  });

  it('gives items held from before the chain their acquisition entry, once', async () => {
    const old = async () => {
      const data = Buffer.from(`old evidence ${randomBytes(6).toString('hex')}`);
      const put = await blobs.put(
        (async function* () {
          yield data;
        })(),
        { maxBytes: 1024 },
      );
      const [row] = await queryRows<{ id: string }>(
        database.db,
        sql`insert into evidence_items (sha256, size_bytes, content_type, original_name, source, acquired_by_kind, acquisition_method)
            values (${put.sha256}, ${put.size}, 'text/plain', 'old.txt', 'email', 'system', 'email_intake') returning id`,
      );
      return { id: row!.id, sha256: put.sha256 };
    };
    const checkedFirst = await old();
    expect(
      (await services.evidence.verifyEvidence(analyst, checkedFirst.id)).problems.map(
        (p) => p.kind,
      ),
    ).toEqual(['unchained']);
    // Recording that check starts the chain with the acquisition, as every chain starts.
    expect((await custodyRows(checkedFirst.id)).map((row) => row.action)).toEqual([
      'acquired',
      'verification_failed',
    ]);

    const chainedAtStart = await old();
    expect(await services.evidence.chainUncustodiedEvidence()).toBe(1);
    expect(await services.evidence.chainUncustodiedEvidence()).toBe(0);
    expect(await custodyRows(chainedAtStart.id)).toEqual([
      expect.objectContaining({
        seq: 1,
        action: 'acquired',
        details: expect.objectContaining({
          sha256: chainedAtStart.sha256,
          recordedLater: true,
        }) as unknown,
      }),
    ]);
    expect((await services.evidence.verifyEvidence(analyst, chainedAtStart.id)).problems).toEqual(
      [],
    );
  });
});

describe('tampering', () => {
  it('a changed byte of a stored blob: named, recorded with expected and found, alerted', async () => {
    const { item, bytes } = await reportWithFile();
    const file = blobPath(item.sha256);
    await chmod(file, 0o600);
    const changed = Buffer.from(bytes);
    changed[3] = changed[3]! ^ 0x01;
    await writeFile(file, changed);
    const verified = (await services.evidence.verifyEvidence(coordinator, item.id)).problems;
    const job = await jobFindings(item.id);
    const message = `content: the stored bytes do not match the recorded SHA-256 (file changed): expected ${item.sha256}, found ${sha256(changed)}`;
    expect(verified).toEqual([{ kind: 'content_mismatch', seq: null, message }]);
    expect(job).toEqual([{ kind: 'content_mismatch', seq: null, message }]);
    const failed = (await custodyRows(item.id)).filter(
      (row) => row.action === 'verification_failed',
    );
    expect(failed[0]?.details).toMatchObject({
      problem: 'content_mismatch',
      expected: item.sha256,
      actual: sha256(changed),
    });
    const [audit] = await queryRows<{ n: number }>(
      database.db,
      sql`select count(*)::int as n from audit_events where action = 'evidence.integrity_failed' and target_id = ${item.id}`,
    );
    expect(audit?.n).toBeGreaterThanOrEqual(1);
    const notices = await queryRows<{ kind: string; details: Record<string, unknown> }>(
      database.db,
      sql`select kind, details from staff_notifications where user_id = ${coordinatorId} and details->>'evidenceId' = ${item.id}`,
    );
    // Once, however many checks find the same thing.
    expect(notices).toEqual([
      expect.objectContaining({
        kind: 'evidence_integrity_failed',
        details: expect.objectContaining({ problem: 'content_mismatch' }) as unknown,
      }),
    ]);
    expect((await services.evidence.getEvidence(analyst, item.id)).integrity).toMatchObject({
      status: 'failed',
      problem: message,
    });
    // The opening fails too, and the reader gets no complete-looking file.
    const opened = await services.evidence.openEvidence(analyst, item.id, 'original');
    await expect(readAll(opened.stream)).rejects.toThrow(/SHA-256 mismatch/);
  });

  it('a custody entry edited in SQL: named by its seq', async () => {
    const { verified, job } = await findings(async () => {
      const item = await itemWithHistory();
      await tamper(
        sql`update evidence_custody set purpose = 'nothing to see' where evidence_id = ${item.id} and seq = 2`,
      );
      return item.id;
    });
    for (const found of [verified, job]) {
      expect(found.map((p) => [p.kind, p.seq])).toEqual([['hash_mismatch', 2]]);
      expect(found[0]?.message).toMatch(/^seq 2: content does not match its hash \(entry edited\)/);
    }
  });

  it('a custody entry deleted, in the middle or at the end: named', async () => {
    const middle = await findings(async () => {
      const item = await itemWithHistory();
      await tamper(sql`delete from evidence_custody where evidence_id = ${item.id} and seq = 3`);
      return item.id;
    });
    for (const found of [middle.verified, middle.job]) {
      expect(found).toEqual([
        { kind: 'missing', seq: 3, message: 'seq 3: missing (1 entry deleted)' },
      ]);
    }
    const end = await findings(async () => {
      const item = await itemWithHistory();
      await tamper(sql`delete from evidence_custody where evidence_id = ${item.id} and seq = 5`);
      return item.id;
    });
    for (const found of [end.verified, end.job]) {
      expect(found.map((p) => [p.kind, p.seq])).toEqual([['truncated', 5]]);
      expect(found[0]?.message).toMatch(/^seq 5: missing at the end \(truncated\)/);
    }
  });

  it('custody entries reordered: named', async () => {
    // Rows 2 and 3 swap places in the table (their ids), each keeping its content.
    const moved = await findings(async () => {
      const item = await itemWithHistory();
      const id = (seq: number) =>
        sql`(select -id from evidence_custody where evidence_id = ${item.id} and seq = ${seq})`;
      await tamper(
        sql`update evidence_custody set id = -id where evidence_id = ${item.id} and seq in (2, 3)`,
      );
      await tamper(
        sql`update evidence_custody set id = case when seq = 2 then ${id(3)} else ${id(2)} end where evidence_id = ${item.id} and seq in (2, 3)`,
      );
      return item.id;
    });
    for (const found of [moved.verified, moved.job]) {
      expect(found).toEqual([
        {
          kind: 'out_of_order',
          seq: 2,
          message: 'seq 2: out of order: found after seq 3 (entries reordered)',
        },
      ]);
    }
    // Swapping their numbers instead breaks their hashes too.
    const renumbered = await findings(async () => {
      const item = await itemWithHistory();
      await tamper(
        sql`update evidence_custody set seq = case seq when 2 then -3 else -2 end where evidence_id = ${item.id} and seq in (2, 3)`,
      );
      await tamper(
        sql`update evidence_custody set seq = -seq where evidence_id = ${item.id} and seq < 0`,
      );
      return item.id;
    });
    for (const found of [renumbered.verified, renumbered.job]) {
      expect(found.map((p) => p.kind)).toEqual(
        expect.arrayContaining(['hash_mismatch', 'out_of_order']),
      );
    }
  });

  it('the job keeps its runs, marks good items verified and finishes interrupted destructions', async () => {
    const { item } = await reportWithFile();
    const run = await services.evidence.verifyAllEvidence('schedule');
    expect(run.items).toBeGreaterThan(1);
    expect(run.finishedAt).not.toBeNull();
    const { items } = await services.evidence.listVerificationRuns(analyst, 5);
    expect(items[0]).toMatchObject({ id: run.id, trigger: 'schedule', failures: run.failures });
    expect((await services.evidence.getEvidence(analyst, item.id)).integrity.status).toBe('ok');
    await expect(services.evidence.listVerificationRuns(publicCtx, 5)).rejects.toMatchObject({
      code: 'unauthenticated',
    });
  });

  it('a blob removed from disk is named as missing', async () => {
    const { verified, job } = await findings(async () => {
      const { item } = await reportWithFile();
      await rm(blobPath(item.sha256));
      return item.id;
    });
    expect(verified.map((p) => p.kind)).toEqual(['content_missing']);
    expect(job.map((p) => p.kind)).toEqual(['content_missing']);
  });
});
