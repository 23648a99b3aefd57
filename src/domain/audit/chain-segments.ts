import { GENESIS_HASH, type AuditCheckpoint } from './audit-chain.ts';
import {
  endOfChainChecks,
  missingEvents,
  type ChainProblem,
  type ChainVerification,
  type ChainVerifierOptions,
} from './chain-verifier.ts';

/**
 * Joins the results of consecutive parts of one chain, each verified on its own (in
 * parallel: `createChainVerifier` with `segment: true`, checkpoints already trusted):
 * where two parts meet, the numbers must follow and the link must hold; then the checks
 * only the end of the whole chain allows. A reordering across a boundary is reported as
 * the gaps and the out-of-order event it leaves, rather than as one move.
 */
export function mergeChainSegments(
  segments: readonly ChainVerification[],
  options: {
    /** Checkpoints whose signatures held, and problems the caller already found. */
    trusted: readonly AuditCheckpoint[];
    checkpointsTotal: number;
    problems: readonly ChainProblem[];
    recordedHead: ChainVerifierOptions['recordedHead'];
    maxProblems?: number;
  },
): ChainVerification {
  const maxProblems = options.maxProblems ?? 1000;
  const problems: ChainProblem[] = [];
  let problemCount = 0;
  const report = (problem: ChainProblem) => {
    problemCount++;
    if (problems.length < maxProblems) problems.push(problem);
  };
  for (const problem of options.problems) report(problem);
  for (const part of segments) {
    for (const problem of part.problems) report(problem);
    problemCount += part.problemCount - part.problems.length;
  }

  const parts = segments.filter((part) => part.events > 0);
  for (let i = 1; i < parts.length; i++) {
    const before = parts[i - 1]!;
    const after = parts[i]!;
    const seq = after.firstSeq!;
    if (seq > before.lastSeq + 1) {
      report(missingEvents({ from: before.lastSeq + 1, to: seq - 1 }));
    } else if (seq <= before.lastSeq) {
      report({
        kind: 'out_of_order',
        seq,
        message: `seq ${seq}: out of order: found after seq ${before.lastSeq}`,
      });
    } else if (after.firstPrevHash !== before.headHash) {
      report({
        kind: 'broken_link',
        seq,
        message: `seq ${seq}: prev_hash is not the hash of seq ${seq - 1}: expected ${before.headHash}, found ${after.firstPrevHash}`,
      });
    }
  }
  const last = parts.reduce<ChainVerification | null>(
    (found, part) => (!found || part.lastSeq > found.lastSeq ? part : found),
    null,
  );
  const lastSeq = last?.lastSeq ?? 0;
  const headHash = last?.headHash ?? GENESIS_HASH;
  const latest = options.trusted.at(-1) ?? null;
  endOfChainChecks({ lastSeq, lastHash: headHash, latest, head: options.recordedHead, report });
  problems.sort((a, b) => (a.seq ?? -1) - (b.seq ?? -1));
  return {
    ok: problemCount === 0,
    events: segments.reduce((sum, part) => sum + part.events, 0),
    firstSeq: parts[0]?.firstSeq ?? null,
    firstPrevHash: parts[0]?.firstPrevHash ?? null,
    lastSeq,
    headHash,
    checkpoints: { total: options.checkpointsTotal, valid: options.trusted.length, latest },
    problems,
    problemCount,
  };
}
