import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { chainHashes } from '../../modules/audit/audit-crypto.ts';
import { GENESIS_HASH } from '../audit/audit-chain.ts';
import { canonicalJson } from '../audit/canonical-json.ts';
import {
  custodyEntryPayload,
  EMPTY_CUSTODY_HEAD,
  linkCustodyEntry,
  verifyCustodyChain,
  type CustodyEntry,
  type CustodyEntryContent,
} from './custody-chain.ts';

const ITEM = 'c1d2e3f4-0000-4000-8000-000000000001';
const USER = '0b7e4f7a-8d0c-4b5e-9a43-2f1c6d9e8a10';
const SHA = createHash('sha256').update('the evidence').digest('hex');

function content(i: number, overrides: Partial<CustodyEntryContent> = {}): CustodyEntryContent {
  return {
    evidenceId: ITEM,
    occurredAt: new Date(Date.UTC(2026, 10, 25, 3, 4, 5, 678) + i * 1000).toISOString(),
    action: i === 0 ? 'acquired' : 'downloaded',
    actorKind: i === 0 ? 'public' : 'staff',
    actorUserId: i === 0 ? null : USER,
    purpose: i === 0 ? null : 'triage',
    details:
      i === 0 ? { sha256: SHA, size: 12, originalName: 'រូបថត.png' } : { variant: 'original' },
    ...overrides,
  };
}

/** A valid chain of `n` entries, and the head the item row would record. */
function chain(n: number) {
  const entries: CustodyEntry[] = [];
  let head = EMPTY_CUSTODY_HEAD;
  for (let i = 0; i < n; i++) {
    const entry = linkCustodyEntry(head, content(i), chainHashes);
    entries.push(entry);
    head = { seq: entry.seq, hash: entry.hash };
  }
  return { entries, item: { evidenceId: ITEM, sha256: SHA, head } };
}

const kinds = (result: { problems: { kind: string }[] }) => result.problems.map((p) => p.kind);

describe('custody entry hashing', () => {
  it('hashes the canonical JSON of the entry (RFC 8785), written member by member', () => {
    const entry = content(0, {
      details: { size: 12, b: 'line\n"quoted" ឯកសារ', a: true, Z: null, '10': 0.5 },
    });
    expect(custodyEntryPayload(entry)).toBe(
      canonicalJson({
        v: 1,
        evidenceId: entry.evidenceId,
        occurredAt: entry.occurredAt,
        action: entry.action,
        actorKind: entry.actorKind,
        actorUserId: entry.actorUserId,
        purpose: entry.purpose,
        details: entry.details,
      }),
    );
  });

  it('pins the worked example of docs/evidence-custody.md', () => {
    const entry = linkCustodyEntry(
      EMPTY_CUSTODY_HEAD,
      {
        evidenceId: ITEM,
        occurredAt: '2026-11-25T03:04:05.678Z',
        action: 'acquired',
        actorKind: 'staff',
        actorUserId: USER,
        purpose: null,
        details: {
          sha256: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
          size: 0,
        },
      },
      chainHashes,
    );
    const payload = custodyEntryPayload(entry);
    expect(payload).toBe(
      '{"action":"acquired","actorKind":"staff","actorUserId":"0b7e4f7a-8d0c-4b5e-9a43-2f1c6d9e8a10",' +
        '"details":{"sha256":"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855","size":0},' +
        '"evidenceId":"c1d2e3f4-0000-4000-8000-000000000001","occurredAt":"2026-11-25T03:04:05.678Z",' +
        '"purpose":null,"v":1}',
    );
    const contentHash = createHash('sha256').update(payload, 'utf8').digest('hex');
    const link = Buffer.concat([
      Buffer.from(GENESIS_HASH, 'hex'),
      Buffer.from(contentHash, 'hex'),
      Buffer.from([0, 0, 0, 0, 0, 0, 0, 1]),
    ]);
    expect(entry.hash).toBe(createHash('sha256').update(link).digest('hex'));
    expect(entry).toMatchObject({ seq: 1, prevHash: GENESIS_HASH });
    expect(entry.hash).toBe('92fc871cca74d6fa8493b86301ca12d042a437bbad03ed7b63999d684a84bcac');
  });
});

describe('verifyCustodyChain', () => {
  it('accepts an untouched chain', () => {
    const { entries, item } = chain(5);
    expect(verifyCustodyChain(item, entries, chainHashes)).toEqual({
      ok: true,
      entries: 5,
      problems: [],
    });
  });

  it('names an edited entry (hash kept) by its seq', () => {
    const { entries, item } = chain(5);
    entries[2] = { ...entries[2]!, purpose: 'something else' };
    const result = verifyCustodyChain(item, entries, chainHashes);
    expect(kinds(result)).toEqual(['hash_mismatch']);
    expect(result.problems[0]?.message).toMatch(/^seq 3: content does not match its hash/);
  });

  it('names an entry edited and re-hashed by the broken link after it', () => {
    const { entries, item } = chain(5);
    const edited = { ...entries[1]!, purpose: 'covered up' };
    entries[1] = linkCustodyEntry({ seq: 1, hash: entries[0]!.hash }, { ...edited }, chainHashes);
    const result = verifyCustodyChain(item, entries, chainHashes);
    expect(kinds(result)).toEqual(['broken_link']);
    expect(result.problems[0]?.message).toMatch(/^seq 3: prev_hash is not the hash of seq 2/);
  });

  it('names entries deleted in the middle and at the end', () => {
    const { entries, item } = chain(6);
    const middle = verifyCustodyChain(
      item,
      [...entries.slice(0, 2), ...entries.slice(4)],
      chainHashes,
    );
    expect(middle.problems).toEqual([
      { kind: 'missing', seq: 3, message: 'seq 3–4: missing (2 entries deleted)' },
    ]);
    const end = verifyCustodyChain(item, entries.slice(0, 5), chainHashes);
    expect(kinds(end)).toEqual(['truncated']);
    expect(end.problems[0]?.message).toMatch(/^seq 6: missing at the end \(truncated\)/);
  });

  it('names a reordering and a duplicate', () => {
    const { entries, item } = chain(5);
    const swapped = [entries[0]!, entries[1]!, entries[3]!, entries[2]!, entries[4]!];
    const reordered = verifyCustodyChain(item, swapped, chainHashes);
    expect(reordered.problems).toEqual([
      {
        kind: 'out_of_order',
        seq: 3,
        message: 'seq 3: out of order: found after seq 4 (entries reordered)',
      },
    ]);
    const twice = verifyCustodyChain(item, [...entries, entries[1]!], chainHashes);
    expect(kinds(twice)).toEqual(['duplicate']);
  });

  it('names entries added behind the head, and an item whose hash no longer matches', () => {
    const { entries, item } = chain(3);
    const extra = linkCustodyEntry(item.head, content(3), chainHashes);
    expect(kinds(verifyCustodyChain(item, [...entries, extra], chainHashes))).toEqual([
      'head_mismatch',
    ]);
    const swapped = verifyCustodyChain({ ...item, sha256: 'f'.repeat(64) }, entries, chainHashes);
    expect(kinds(swapped)).toEqual(['acquisition_mismatch']);
  });

  it('names an item that has no entries at all', () => {
    expect(
      kinds(
        verifyCustodyChain(
          { evidenceId: ITEM, sha256: SHA, head: EMPTY_CUSTODY_HEAD },
          [],
          chainHashes,
        ),
      ),
    ).toEqual(['unchained']);
  });
});
