import {
  chainHashOf,
  checkpointPayload,
  GENESIS_HASH,
  type AuditChainEvent,
  type AuditCheckpoint,
  type ChainHashes,
} from './audit-chain.ts';

/**
 * Streaming verification of an audit chain: events are fed in the order they were read
 * (a database in seq order, or an export file line by line); memory stays constant
 * whatever the length of the chain. Every problem names the seq and what was expected
 * and found; one tampering gives one problem, not a cascade, where that can be told.
 */
export type ChainProblemKind =
  | 'malformed'
  | 'hash_mismatch'
  | 'broken_link'
  | 'missing'
  | 'out_of_order'
  | 'duplicate'
  | 'truncated'
  | 'head_mismatch'
  | 'checkpoint_signature'
  | 'checkpoint_key'
  | 'checkpoint_mismatch'
  | 'unchained';

export type ChainProblem = { kind: ChainProblemKind; seq: number | null; message: string };

export type ChainVerifierCrypto = ChainHashes & {
  /** The fingerprint of the key checkpoints must be signed with; null: none known. */
  keyFingerprint: string | null;
  /** Ed25519 verification of `payload` (UTF-8) against the installation's public key. */
  verifySignature: (payload: string, signatureBase64: string) => boolean;
};

export type ChainVerification = {
  ok: boolean;
  events: number;
  firstSeq: number | null;
  /** The prevHash of the first event read: where a segment joins the one before. */
  firstPrevHash: string | null;
  lastSeq: number;
  headHash: string;
  checkpoints: { total: number; valid: number; latest: AuditCheckpoint | null };
  problems: ChainProblem[];
  /** All problems found; `problems` keeps the first `maxProblems` of them. */
  problemCount: number;
};

export type ChainVerifier = {
  add(event: AuditChainEvent): void;
  /** A problem found by the reader: an unparsable line, rows outside the chain… */
  report(problem: ChainProblem): void;
  finish(): ChainVerification;
};

export type ChainVerifierOptions = {
  checkpoints: readonly AuditCheckpoint[];
  /** The head recorded beside the chain (database row, export header), and where from. */
  recordedHead?: { seq: number; hash: string; source: string } | null;
  maxProblems?: number;
  /**
   * A part of the chain read apart (a worker's share of a file): checkpoints already
   * verified by the caller, no end-of-chain checks, and unless it is the first part, no
   * gap before its first event. `mergeChainSegments` joins the parts.
   */
  segment?: { first: boolean };
};

/** How far back an out-of-order event's predecessor is still remembered. */
const WINDOW = 4096;

type Range = { from: number; to: number };

export const describeRange = (range: Range) =>
  range.from === range.to ? `seq ${range.from}` : `seq ${range.from}–${range.to}`;
const eventsIn = (range: Range) => range.to - range.from + 1;
export const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
export const missingEvents = (range: Range): ChainProblem => ({
  kind: 'missing',
  seq: range.from,
  message: `${describeRange(range)}: missing (${plural(eventsIn(range), 'event')} deleted)`,
});

export function createChainVerifier(
  crypto: ChainVerifierCrypto,
  options: ChainVerifierOptions,
): ChainVerifier {
  const maxProblems = options.maxProblems ?? 1000;
  const problems: ChainProblem[] = [];
  let problemCount = 0;
  const report = (problem: ChainProblem) => {
    problemCount++;
    if (problems.length < maxProblems) problems.push(problem);
  };

  const segment = options.segment !== undefined;
  const startsChain = options.segment?.first ?? true;
  const trusted = segment
    ? [...options.checkpoints]
    : trustedCheckpoints(crypto, options.checkpoints, report);
  const bySeq = new Map<number, AuditCheckpoint[]>();
  for (const checkpoint of trusted) {
    bySeq.set(checkpoint.seq, [...(bySeq.get(checkpoint.seq) ?? []), checkpoint]);
  }
  if (startsChain) {
    for (const checkpoint of bySeq.get(0) ?? []) {
      compareWithCheckpoint(0, GENESIS_HASH, checkpoint);
    }
  }

  // The last WINDOW stored hashes by seq, to check links even around a reordering.
  const ringSeq = new Float64Array(WINDOW).fill(-1);
  const ringHash: string[] = new Array<string>(WINDOW).fill('');
  const ringPrev: string[] = new Array<string>(WINDOW).fill('');
  const gaps: Range[] = [];
  let expected = startsChain ? 1 : -1;
  let events = 0;
  let firstSeq: number | null = null;
  let firstPrevHash: string | null = null;
  let lastHash = GENESIS_HASH;

  function compareWithCheckpoint(seq: number, hash: string, checkpoint: AuditCheckpoint) {
    if (hash === checkpoint.hash) return;
    report({
      kind: 'checkpoint_mismatch',
      seq,
      message:
        `seq ${seq}: does not match the checkpoint signed at ${checkpoint.signedAt} ` +
        `(history rewritten): expected ${checkpoint.hash}, found ${hash}`,
    });
  }

  function storedHashOf(seq: number): string | undefined {
    if (seq === 0) return GENESIS_HASH;
    const slot = seq % WINDOW;
    return ringSeq[slot] === seq ? ringHash[slot] : undefined;
  }

  /** Removes seq from the gaps; true when it was in one (it arrived late). */
  function fillGap(seq: number): boolean {
    for (let i = gaps.length - 1; i >= 0; i--) {
      const gap = gaps[i]!;
      if (seq < gap.from || seq > gap.to) continue;
      const parts: Range[] = [];
      if (gap.from < seq) parts.push({ from: gap.from, to: seq - 1 });
      if (seq < gap.to) parts.push({ from: seq + 1, to: gap.to });
      gaps.splice(i, 1, ...parts);
      return true;
    }
    return false;
  }

  function checkLink(seq: number, prevHash: string, before: string | undefined) {
    if (before === undefined || before === prevHash) return;
    report({
      kind: 'broken_link',
      seq,
      message: `seq ${seq}: prev_hash is not the hash of seq ${seq - 1}: expected ${before}, found ${prevHash}`,
    });
  }

  /** The chain hash the event should have; a sentence instead when it cannot have one. */
  function recompute(event: AuditChainEvent): string {
    const invalid = `(not computed: prev_hash ${JSON.stringify(event.prevHash)} is not 64 hex digits)`;
    if (event.prevHash.length !== 64) return invalid;
    try {
      return chainHashOf(event, crypto);
    } catch {
      return invalid; // linkHash refuses hex it cannot decode (cheaper than a regex first)
    }
  }

  function add(event: AuditChainEvent) {
    events++;
    const { seq } = event;
    if (firstSeq === null) {
      firstSeq = seq;
      firstPrevHash = event.prevHash;
      if (expected === -1) expected = seq;
    }
    const computed = recompute(event);
    if (computed !== event.hash) {
      report({
        kind: 'hash_mismatch',
        seq,
        message: `seq ${seq}: content does not match its hash (event edited): expected ${event.hash}, found ${computed}`,
      });
    }
    if (seq === expected) {
      expected++;
      lastHash = event.hash;
    } else if (seq > expected) {
      gaps.push({ from: expected, to: seq - 1 });
      expected = seq + 1;
      lastHash = event.hash;
    } else if (fillGap(seq)) {
      report({
        kind: 'out_of_order',
        seq,
        message: `seq ${seq}: out of order: found after seq ${expected - 1}`,
      });
    } else {
      report({ kind: 'duplicate', seq, message: `seq ${seq}: appears more than once` });
      return;
    }
    checkLink(seq, event.prevHash, storedHashOf(seq - 1));
    const slot = seq % WINDOW;
    ringSeq[slot] = seq;
    ringHash[slot] = event.hash;
    ringPrev[slot] = event.prevHash;
    // A late event completes the link of the one after it, already seen.
    const next = (seq + 1) % WINDOW;
    if (seq < expected - 1 && ringSeq[next] === seq + 1) {
      checkLink(seq + 1, ringPrev[next]!, event.hash);
    }
    for (const checkpoint of bySeq.get(seq) ?? [])
      compareWithCheckpoint(seq, event.hash, checkpoint);
  }

  function finish(): ChainVerification {
    const lastSeq = expected - 1;
    for (const gap of gaps) report(missingEvents(gap));
    const latest = trusted.at(-1) ?? null;
    if (!segment)
      endOfChainChecks({ lastSeq, lastHash, latest, head: options.recordedHead, report });
    problems.sort((a, b) => (a.seq ?? -1) - (b.seq ?? -1));
    return {
      ok: problemCount === 0,
      events,
      firstSeq,
      firstPrevHash,
      lastSeq: Math.max(lastSeq, 0),
      headHash: lastHash,
      checkpoints: { total: options.checkpoints.length, valid: trusted.length, latest },
      problems,
      problemCount,
    };
  }

  return { add, report, finish };
}

/**
 * What only the end of the whole chain tells: events cut after the latest valid
 * checkpoint, and a head recorded elsewhere that the last event does not match.
 */
export function endOfChainChecks(end: {
  lastSeq: number;
  lastHash: string;
  latest: AuditCheckpoint | null;
  head: ChainVerifierOptions['recordedHead'];
  report: (problem: ChainProblem) => void;
}): void {
  const { lastSeq, lastHash, latest, head, report } = end;
  if (latest && latest.seq > lastSeq) {
    const range = { from: lastSeq + 1, to: latest.seq };
    report({
      kind: 'truncated',
      seq: range.from,
      message:
        `${describeRange(range)}: missing at the end (truncated): the chain ends at seq ` +
        `${lastSeq} but the checkpoint signed at ${latest.signedAt} covers seq ${latest.seq}`,
    });
  }
  if (head && (head.seq !== lastSeq || head.hash !== lastHash)) {
    report({
      kind: 'head_mismatch',
      seq: head.seq,
      message:
        `head: ${head.source} records seq ${head.seq} with hash ${head.hash}, ` +
        `but the chain ends at seq ${lastSeq} with hash ${lastHash}` +
        (head.seq > lastSeq ? ' (events truncated)' : ''),
    });
  }
}

/** Checkpoints whose signature holds, in seq order; the others are reported. */
export function trustedCheckpoints(
  crypto: ChainVerifierCrypto,
  checkpoints: readonly AuditCheckpoint[],
  report: (problem: ChainProblem) => void,
): AuditCheckpoint[] {
  const trusted: AuditCheckpoint[] = [];
  for (const checkpoint of checkpoints) {
    const where = `checkpoint of seq ${checkpoint.seq} signed at ${checkpoint.signedAt}`;
    if (crypto.keyFingerprint === null) {
      report({
        kind: 'checkpoint_key',
        seq: checkpoint.seq,
        message: `${where}: no public key to verify it with (give --public-key)`,
      });
    } else if (checkpoint.keyFingerprint !== crypto.keyFingerprint) {
      report({
        kind: 'checkpoint_key',
        seq: checkpoint.seq,
        message: `${where}: signed by key ${checkpoint.keyFingerprint}, expected the installation key ${crypto.keyFingerprint}`,
      });
    } else if (!crypto.verifySignature(checkpointPayload(checkpoint), checkpoint.signature)) {
      report({
        kind: 'checkpoint_signature',
        seq: checkpoint.seq,
        message: `${where}: the signature does not verify (forged or altered checkpoint)`,
      });
    } else {
      trusted.push(checkpoint);
    }
  }
  return trusted.sort((a, b) => a.seq - b.seq || a.signedAt.localeCompare(b.signedAt));
}
