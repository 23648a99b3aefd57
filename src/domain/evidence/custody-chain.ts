import { GENESIS_HASH, isChainHash, type ChainHashes } from '../audit/audit-chain.ts';
import { canonicalJson } from '../audit/canonical-json.ts';
import type { CustodyProblem } from './custody.schemas.ts';

/**
 * An evidence item's chain of custody (docs/evidence-custody.md is the specification).
 * Each item has its own chain, built like the audit chain and with its helpers:
 *
 *   contentHash = SHA-256( UTF-8( canonicalJson({ v: 1, evidenceId, occurredAt, action,
 *                 actorKind, actorUserId, purpose, details }) ) )
 *   hash        = SHA-256( prevHash ‖ contentHash ‖ seq )   (32 + 32 + 8 bytes, big-endian)
 *
 * seq counts 1, 2, 3… per item; entry 1 has prevHash GENESIS_HASH and is the acquisition,
 * whose details carry the item's SHA-256. The item row keeps the head (seq, hash).
 */
export const CUSTODY_CHAIN_VERSION = 1;

export type CustodyDetails = { readonly [key: string]: string | number | boolean | null };

/** What an entry says, without its place in the chain. */
export type CustodyEntryContent = {
  evidenceId: string;
  /** ISO 8601 in UTC with milliseconds, as Date.prototype.toISOString writes it. */
  occurredAt: string;
  action: string;
  actorKind: string;
  actorUserId: string | null;
  purpose: string | null;
  details: CustodyDetails;
};

export type CustodyEntry = CustodyEntryContent & { seq: number; prevHash: string; hash: string };

export type CustodyHead = { seq: number; hash: string };

/** The head of an item without entries. */
export const EMPTY_CUSTODY_HEAD: CustodyHead = { seq: 0, hash: GENESIS_HASH };

const q = JSON.stringify;

/**
 * The text whose SHA-256 is the content hash: canonicalJson({ v: 1, ...content }), written
 * member by member in canonical (sorted) order, which is several times faster than the
 * generic form and gives the same text (a test pins that).
 */
export function custodyEntryPayload(entry: CustodyEntryContent): string {
  return (
    `{"action":${q(entry.action)},"actorKind":${q(entry.actorKind)},` +
    `"actorUserId":${q(entry.actorUserId)},"details":${canonicalJson(entry.details)},` +
    `"evidenceId":${q(entry.evidenceId)},"occurredAt":${q(entry.occurredAt)},` +
    `"purpose":${q(entry.purpose)},"v":${CUSTODY_CHAIN_VERSION}}`
  );
}

/** The entry's hash, recomputed from its content, its seq and its prevHash. */
export const custodyHashOf = (
  entry: CustodyEntryContent & { seq: number; prevHash: string },
  hashes: ChainHashes,
): string =>
  hashes.linkHash(entry.prevHash, hashes.sha256Hex(custodyEntryPayload(entry)), entry.seq);

/** The entry that follows `head` in an item's chain. */
export function linkCustodyEntry(
  head: CustodyHead,
  content: CustodyEntryContent,
  hashes: ChainHashes,
): CustodyEntry {
  const seq = head.seq + 1;
  const entry = { ...content, seq, prevHash: head.hash };
  return { ...entry, hash: custodyHashOf(entry, hashes) };
}

/** What the item row says its chain should be. */
export type CustodyExpectation = {
  evidenceId: string;
  /** The SHA-256 recorded for the item: the acquisition entry must name the same. */
  sha256: string;
  head: CustodyHead;
};

export type CustodyChainVerification = { ok: boolean; entries: number; problems: CustodyProblem[] };

const range = (from: number, to: number) => (from === to ? `seq ${from}` : `seq ${from}–${to}`);
const entriesWord = (n: number) => `${n} ${n === 1 ? 'entry' : 'entries'}`;

/**
 * Verifies one item's chain: `entries` in the order they were stored (insertion order), so
 * a reordering shows. Every problem names the seq and what was expected and found; one
 * tampering gives one problem where that can be told (an edit, a deletion, a swap).
 */
export function verifyCustodyChain(
  item: CustodyExpectation,
  entries: readonly CustodyEntry[],
  hashes: ChainHashes,
): CustodyChainVerification {
  const problems: CustodyProblem[] = [];
  const bySeq = new Map<number, CustodyEntry>();
  let maxSeq = 0;
  for (const entry of entries) {
    const { seq } = entry;
    const computed = isChainHash(entry.prevHash)
      ? custodyHashOf(entry, hashes)
      : `(not computed: prev_hash ${q(entry.prevHash)} is not 64 hex digits)`;
    if (computed !== entry.hash) {
      problems.push({
        kind: 'hash_mismatch',
        seq,
        message: `seq ${seq}: content does not match its hash (entry edited): expected ${entry.hash}, found ${computed}`,
      });
    }
    if (bySeq.has(seq)) {
      problems.push({ kind: 'duplicate', seq, message: `seq ${seq}: appears more than once` });
      continue;
    }
    if (seq < maxSeq) {
      problems.push({
        kind: 'out_of_order',
        seq,
        message: `seq ${seq}: out of order: found after seq ${maxSeq} (entries reordered)`,
      });
    }
    bySeq.set(seq, entry);
    if (seq > maxSeq) maxSeq = seq;
  }
  checkLinks(bySeq, problems);
  checkHead(item, bySeq, maxSeq, problems);
  checkAcquisition(item, bySeq.get(1), problems);
  problems.sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0));
  return { ok: problems.length === 0, entries: entries.length, problems };
}

/** Gaps (deleted entries) and links between neighbours, in seq order. */
function checkLinks(bySeq: Map<number, CustodyEntry>, problems: CustodyProblem[]): void {
  let previous = 0;
  for (const seq of [...bySeq.keys()].sort((a, b) => a - b)) {
    const entry = bySeq.get(seq)!;
    if (seq > previous + 1) {
      const n = seq - previous - 1;
      problems.push({
        kind: 'missing',
        seq: previous + 1,
        message: `${range(previous + 1, seq - 1)}: missing (${entriesWord(n)} deleted)`,
      });
    } else {
      const before = seq === 1 ? GENESIS_HASH : bySeq.get(seq - 1)?.hash;
      if (before !== undefined && entry.prevHash !== before) {
        problems.push({
          kind: 'broken_link',
          seq,
          message: `seq ${seq}: prev_hash is not the hash of seq ${seq - 1}: expected ${before}, found ${entry.prevHash}`,
        });
      }
    }
    previous = seq;
  }
}

/** The head kept on the item row: entries cut from the end, or added behind its back. */
function checkHead(
  item: CustodyExpectation,
  bySeq: Map<number, CustodyEntry>,
  maxSeq: number,
  problems: CustodyProblem[],
): void {
  const { head } = item;
  if (head.seq === 0 && bySeq.size === 0) {
    problems.push({
      kind: 'unchained',
      seq: null,
      message:
        'no custody entries: acquired before the chain of custody existed and not chained ' +
        'yet (start the server once), or the entries were all deleted',
    });
    return;
  }
  if (head.seq > maxSeq) {
    problems.push({
      kind: 'truncated',
      seq: maxSeq + 1,
      message:
        `${range(maxSeq + 1, head.seq)}: missing at the end (truncated): the item records ` +
        `${entriesWord(head.seq)}, the log ends at seq ${maxSeq}`,
    });
    return;
  }
  const last = bySeq.get(maxSeq);
  if (head.seq < maxSeq || last?.hash !== head.hash) {
    problems.push({
      kind: 'head_mismatch',
      seq: head.seq,
      message:
        `head: the item records seq ${head.seq} with hash ${head.hash}, but the log ends ` +
        `at seq ${maxSeq} with hash ${last?.hash ?? '(none)'}`,
    });
  }
}

/** Entry 1 is the acquisition and names the SHA-256 the item row records. */
function checkAcquisition(
  item: CustodyExpectation,
  first: CustodyEntry | undefined,
  problems: CustodyProblem[],
): void {
  if (!first) return;
  const acquired = first.details.sha256;
  if (first.action === 'acquired' && acquired === item.sha256) return;
  problems.push({
    kind: 'acquisition_mismatch',
    seq: 1,
    message:
      first.action === 'acquired'
        ? `seq 1: the item's SHA-256 ${item.sha256} is not the one acquired: ${String(acquired)}`
        : `seq 1: the first entry is "${first.action}", not the acquisition`,
  });
}
