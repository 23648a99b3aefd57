import { describe, expect, it } from 'vitest';
import {
  ephemeralInstallationKey,
  readInstallationPublicKey,
} from '../../platform/crypto/installation-key.ts';
import {
  checkpointPayload,
  GENESIS_HASH,
  linkAuditEvent,
  type AuditChainEvent,
  type AuditCheckpoint,
} from './audit-chain.ts';
import {
  createChainVerifier,
  type ChainProblemKind,
  type ChainVerifierOptions,
} from './chain-verifier.ts';
import { chainHashes } from '../../modules/audit/audit-crypto.ts';

const key = ephemeralInstallationKey();
const publicKey = readInstallationPublicKey(key.publicKeyPem);
const crypto = {
  ...chainHashes,
  keyFingerprint: publicKey.fingerprint,
  verifySignature: (payload: string, signature: string) => publicKey.verify(payload, signature),
};

function chain(length: number): AuditChainEvent[] {
  const events: AuditChainEvent[] = [];
  let head: { seq: number; hash: string } = { seq: 0, hash: GENESIS_HASH };
  for (let i = 0; i < length; i++) {
    const linked = linkAuditEvent(
      head,
      {
        occurredAt: new Date(Date.UTC(2026, 10, 25, 3, 0, i)).toISOString(),
        action: i % 3 ? 'report.viewed' : 'incident.updated',
        outcome: 'success',
        actorKind: 'staff',
        actorUserId: '0b7e4f7a-8d0c-4b5e-9a43-2f1c6d9e8a10',
        targetType: 'report',
        targetId: `r-${i}`,
        requestId: `req-${i}`,
        ip: '203.0.113.7',
        details: { n: i },
      },
      chainHashes,
    );
    events.push(linked);
    head = linked;
  }
  return events;
}

function checkpointOf(event: { seq: number; hash: string }, signer = key): AuditCheckpoint {
  const unsigned = {
    seq: event.seq,
    hash: event.hash,
    signedAt: '2026-11-25T04:00:00.000Z',
    keyFingerprint: signer.fingerprint,
  };
  return { ...unsigned, signature: signer.sign(checkpointPayload(unsigned)) };
}

function verify(events: readonly AuditChainEvent[], options: Partial<ChainVerifierOptions> = {}) {
  const verifier = createChainVerifier(crypto, { checkpoints: [], ...options });
  for (const event of events) verifier.add(event);
  return verifier.finish();
}

const kinds = (result: ReturnType<typeof verify>): [ChainProblemKind, number | null][] =>
  result.problems.map((problem) => [problem.kind, problem.seq]);

describe('audit chain verification', () => {
  const events = chain(10);
  const checkpoint = checkpointOf(events[9]!);

  it('accepts an intact chain with its checkpoints and head', () => {
    const result = verify(events, {
      checkpoints: [
        checkpointOf(events[4]!),
        checkpoint,
        checkpointOf({ seq: 0, hash: GENESIS_HASH }),
      ],
      recordedHead: { seq: 10, hash: events[9]!.hash, source: 'test' },
    });
    expect(result).toMatchObject({
      ok: true,
      events: 10,
      firstSeq: 1,
      lastSeq: 10,
      headHash: events[9]!.hash,
      checkpoints: { total: 3, valid: 3 },
      problemCount: 0,
    });
  });

  it('accepts the empty chain', () => {
    expect(
      verify([], { recordedHead: { seq: 0, hash: GENESIS_HASH, source: 'test' } }),
    ).toMatchObject({
      ok: true,
      events: 0,
      lastSeq: 0,
      headHash: GENESIS_HASH,
    });
  });

  it('names an edited event by its seq, with the stored and the recomputed hash', () => {
    const edited = events.map((event) =>
      event.seq === 4 ? { ...event, details: { n: 99 } } : event,
    );
    const result = verify(edited);
    expect(result.ok).toBe(false);
    expect(kinds(result)).toEqual([['hash_mismatch', 4]]);
    expect(result.problems[0]!.message).toMatch(
      new RegExp(
        `^seq 4: content does not match its hash \\(event edited\\): expected ${events[3]!.hash}, found [0-9a-f]{64}$`,
      ),
    );
  });

  it('names an edited event whose hash was recomputed by the link of the next one', () => {
    const rehashed = linkAuditEvent(
      { seq: 3, hash: events[2]!.hash },
      { ...events[3]!, targetId: 'someone-else' },
      chainHashes,
    );
    const result = verify(events.map((event) => (event.seq === 4 ? rehashed : event)));
    expect(kinds(result)).toEqual([['broken_link', 5]]);
    expect(result.problems[0]!.message).toBe(
      `seq 5: prev_hash is not the hash of seq 4: expected ${rehashed.hash}, found ${events[3]!.hash}`,
    );
  });

  it('names deleted events as missing, in the middle and at the start', () => {
    const result = verify(events.filter((event) => ![1, 5, 6].includes(event.seq)));
    expect(kinds(result)).toEqual([
      ['missing', 1],
      ['missing', 5],
    ]);
    expect(result.problems.map((problem) => problem.message)).toEqual([
      'seq 1: missing (1 event deleted)',
      'seq 5–6: missing (2 events deleted)',
    ]);
  });

  it('names two swapped events as out of order, and nothing else', () => {
    const swapped = [...events];
    [swapped[5], swapped[6]] = [swapped[6]!, swapped[5]!];
    const result = verify(swapped);
    expect(kinds(result)).toEqual([['out_of_order', 6]]);
    expect(result.problems[0]!.message).toBe('seq 6: out of order: found after seq 7');
  });

  it('names a link broken by a reordering once the late event arrives', () => {
    const swapped = [...events];
    [swapped[5], swapped[6]] = [swapped[6]!, { ...swapped[5]!, hash: 'e'.repeat(64) }];
    expect(kinds(verify(swapped))).toEqual([
      ['hash_mismatch', 6],
      ['out_of_order', 6],
      ['broken_link', 7],
    ]);
  });

  it('names a repeated event', () => {
    expect(kinds(verify([...events.slice(0, 5), events[2]!, ...events.slice(5)]))).toEqual([
      ['duplicate', 3],
    ]);
  });

  it('detects a truncated tail against the latest signed checkpoint', () => {
    const result = verify(events.slice(0, 7), {
      checkpoints: [checkpointOf(events[2]!), checkpoint],
    });
    expect(kinds(result)).toEqual([['truncated', 8]]);
    expect(result.problems[0]!.message).toBe(
      'seq 8–10: missing at the end (truncated): the chain ends at seq 7 but the checkpoint ' +
        'signed at 2026-11-25T04:00:00.000Z covers seq 10',
    );
  });

  it('detects a truncated tail against the recorded head', () => {
    const result = verify(events.slice(0, 7), {
      recordedHead: { seq: 10, hash: events[9]!.hash, source: 'the chain head row' },
    });
    expect(kinds(result)).toEqual([['head_mismatch', 10]]);
    expect(result.problems[0]!.message).toMatch(
      /^head: the chain head row records seq 10 .* \(events truncated\)$/,
    );
  });

  it('refuses a forged checkpoint signature and does not trust what it says', () => {
    const forged = { ...checkpoint, seq: 12, signature: checkpoint.signature };
    const result = verify(events, { checkpoints: [forged] });
    expect(kinds(result)).toEqual([['checkpoint_signature', 12]]);
    expect(result.problems[0]!.message).toBe(
      'checkpoint of seq 12 signed at 2026-11-25T04:00:00.000Z: the signature does not verify (forged or altered checkpoint)',
    );
    expect(result.checkpoints.valid).toBe(0);
  });

  it('refuses a checkpoint signed by another key', () => {
    const result = verify(events, {
      checkpoints: [checkpointOf(events[9]!, ephemeralInstallationKey())],
    });
    expect(kinds(result)).toEqual([['checkpoint_key', 10]]);
  });

  it('detects a history rewritten consistently after a checkpoint was signed', () => {
    let head = { seq: 3, hash: events[2]!.hash };
    const rewritten = events.slice(0, 3).concat(
      events.slice(3).map((event) => {
        const linked = linkAuditEvent(head, { ...event, details: { n: -1 } }, chainHashes);
        head = linked;
        return linked;
      }),
    );
    // The forger also moved the head row: only the signed checkpoint tells.
    const result = verify(rewritten, {
      checkpoints: [checkpoint],
      recordedHead: { seq: 10, hash: head.hash, source: 'test' },
    });
    expect(kinds(result)).toEqual([['checkpoint_mismatch', 10]]);
    expect(result.problems[0]!.message).toBe(
      `seq 10: does not match the checkpoint signed at 2026-11-25T04:00:00.000Z (history rewritten): expected ${events[9]!.hash}, found ${head.hash}`,
    );
  });

  it('keeps a bounded list of problems but counts them all', () => {
    const edited = events.map((event) => ({ ...event, action: 'x' }));
    const result = verify(edited, { maxProblems: 3 });
    expect(result.problems).toHaveLength(3);
    expect(result.problemCount).toBe(10);
  });
});
