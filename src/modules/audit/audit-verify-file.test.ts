import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  checkpointPayload,
  GENESIS_HASH,
  linkAuditEvent,
  type AuditChainEvent,
  type AuditCheckpoint,
} from '../../domain/audit/audit-chain.ts';
import {
  AUDIT_EXPORT_TYPE,
  AUDIT_EXPORT_VERSION,
  checkpointLine,
  eventLine,
} from '../../domain/audit/audit-export.ts';
import {
  ephemeralInstallationKey,
  readInstallationPublicKey,
} from '../../platform/crypto/installation-key.ts';
import { chainHashes } from './audit-crypto.ts';
import { verifyAuditExportFile } from './audit-verify-file.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'karpear-verify-file-'));
const key = ephemeralInstallationKey();
const publicKey = readInstallationPublicKey(key.publicKeyPem);

function chain(length: number): AuditChainEvent[] {
  const events: AuditChainEvent[] = [];
  let head: { seq: number; hash: string } = { seq: 0, hash: GENESIS_HASH };
  for (let i = 0; i < length; i++) {
    head = linkAuditEvent(
      head,
      {
        occurredAt: new Date(Date.UTC(2026, 10, 25, 3, 0, i)).toISOString(),
        action: 'report.viewed',
        outcome: 'success',
        actorKind: 'staff',
        actorUserId: '0b7e4f7a-8d0c-4b5e-9a43-2f1c6d9e8a10',
        targetType: 'report',
        targetId: `r-${i}`,
        requestId: `req-${i}`,
        ip: '203.0.113.7',
        details: { n: i, note: 'ការពារ' },
      },
      chainHashes,
    );
    events.push(head as AuditChainEvent);
  }
  return events;
}

function checkpointOf(event: AuditChainEvent): AuditCheckpoint {
  const unsigned = {
    seq: event.seq,
    hash: event.hash,
    signedAt: '2026-11-25T04:00:00.000Z',
    keyFingerprint: key.fingerprint,
  };
  return { ...unsigned, signature: key.sign(checkpointPayload(unsigned)) };
}

const EVENTS = chain(400);
const CHECKPOINT = checkpointOf(EVENTS.at(-1)!);

/** Writes an export of `events` (the header names the real head) and returns its path. */
function exportOf(name: string, events: AuditChainEvent[], extraLines: string[] = []) {
  const last = EVENTS.at(-1)!;
  const header = {
    type: AUDIT_EXPORT_TYPE,
    version: AUDIT_EXPORT_VERSION,
    exportedAt: '2026-11-25T05:00:00.000Z',
    head: { seq: last.seq, hash: last.hash },
    publicKey: { algorithm: 'Ed25519', pem: key.publicKeyPem, fingerprint: key.fingerprint },
  };
  const lines = [header, checkpointLine(CHECKPOINT), ...events.map(eventLine)].map((line) =>
    JSON.stringify(line),
  );
  const file = path.join(dir, `${name}.ndjson`);
  writeFileSync(file, `${[...lines, ...extraLines].join('\n')}\n`);
  return file;
}

/** The same file verified on one thread and split over four, which must agree. */
async function verifyBothWays(file: string) {
  const single = await verifyAuditExportFile(file, { publicKey, workers: 1 });
  const parallel = await verifyAuditExportFile(file, {
    publicKey,
    workers: 4,
    minBytesPerWorker: 1,
  });
  return { single, parallel };
}
const kinds = (result: Awaited<ReturnType<typeof verifyAuditExportFile>>) =>
  result.problems.map((problem) => `${problem.kind} ${problem.seq}`);

describe('verifying an export file on several threads', () => {
  it('accepts an intact export, with the same summary as one thread', async () => {
    const { single, parallel } = await verifyBothWays(exportOf('intact', EVENTS));
    expect(single).toMatchObject({ ok: true, events: 400, lastSeq: 400 });
    expect(parallel).toEqual(single);
  }, 30_000);

  it('finds the same edits, deletions and truncations', async () => {
    const tampered = EVENTS.filter((event) => event.seq !== 101 && event.seq <= 390).map((event) =>
      event.seq === 250 ? { ...event, targetId: 'someone else' } : event,
    );
    const { single, parallel } = await verifyBothWays(exportOf('tampered', tampered));
    expect(kinds(single)).toEqual([
      'missing 101',
      'hash_mismatch 250',
      'truncated 391',
      'head_mismatch 400',
    ]);
    expect(kinds(parallel)).toEqual(kinds(single));
    expect(parallel.problems.map((problem) => problem.message)).toEqual(
      single.problems.map((problem) => problem.message),
    );
  }, 30_000);

  it('numbers damaged lines as in the file', async () => {
    const file = exportOf('damaged', EVENTS, ['{"type":"event"', 'not json']);
    const { single, parallel } = await verifyBothWays(file);
    const messages = (result: typeof single) =>
      result.problems.filter((p) => p.kind === 'malformed').map((p) => p.message);
    expect(messages(single)).toEqual(['line 403: not JSON', 'line 404: not JSON']);
    expect(messages(parallel)).toEqual(messages(single));
  }, 30_000);
});
