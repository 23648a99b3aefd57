import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import {
  readInstallationPublicKey,
  type InstallationPublicKey,
} from '../../platform/crypto/installation-key.ts';
import type { AuditCheckpoint } from '../../domain/audit/audit-chain.ts';
import { parseExportLine, type AuditExportHeader } from '../../domain/audit/audit-export.ts';
import {
  createChainVerifier,
  trustedCheckpoints,
  type ChainProblem,
  type ChainVerification,
} from '../../domain/audit/chain-verifier.ts';
import { mergeChainSegments } from '../../domain/audit/chain-segments.ts';
import { chainHashes, verifierCrypto } from './audit-crypto.ts';
import { mergeCheckpoints, type VerifyOptions, type VerifyResult } from './audit-verify-common.ts';

export type FileVerifyOptions = VerifyOptions & {
  /** Threads to verify with (default: the cores, at most 4); 1 keeps to this thread. */
  workers?: number;
  /** A thread gets at least this many bytes of events (default 32 MiB). */
  minBytesPerWorker?: number;
};

const CHUNK = 4 << 20;
const NEWLINE = 0x0a;

/**
 * Calls `onLine` for each line of the bytes [start, end) of a file with the offset where
 * the line starts; stops when it returns false. Lines are split on bytes and decoded one
 * by one: no promise per line (readline costs a third of the verification's time).
 */
async function readLines(
  file: string,
  start: number,
  end: number,
  onLine: (line: string, offset: number) => boolean | void,
): Promise<void> {
  if (end <= start) return;
  let rest: Buffer = Buffer.alloc(0);
  let restOffset = start;
  for await (const chunk of createReadStream(file, { start, end: end - 1, highWaterMark: CHUNK })) {
    const bytes = rest.length ? Buffer.concat([rest, chunk as Buffer]) : (chunk as Buffer);
    let from = 0;
    for (let at = bytes.indexOf(NEWLINE); at !== -1; at = bytes.indexOf(NEWLINE, from)) {
      if (onLine(bytes.toString('utf8', from, at), restOffset + from) === false) return;
      from = at + 1;
    }
    rest = bytes.subarray(from);
    restOffset += from;
  }
  if (rest.length) onLine(rest.toString('utf8'), restOffset);
}

type Preamble = {
  header: AuditExportHeader | null;
  checkpoints: AuditCheckpoint[];
  problems: ChainProblem[];
  /** Where the first event line starts (the file's size when there is none), and its number. */
  eventsOffset: number;
  eventsLine: number;
};

/** The header and checkpoint lines, up to the first event. */
async function readPreamble(file: string, size: number): Promise<Preamble> {
  const preamble: Preamble = {
    header: null,
    checkpoints: [],
    problems: [],
    eventsOffset: size,
    eventsLine: 1,
  };
  let lineNumber = 0;
  const problem = (message: string) =>
    preamble.problems.push({
      kind: 'malformed',
      seq: null,
      message: `line ${lineNumber}: ${message}`,
    });
  await readLines(file, 0, size, (line, offset) => {
    lineNumber++;
    if (line === '') return;
    let parsed;
    try {
      parsed = parseExportLine(JSON.parse(line));
    } catch {
      problem('not JSON');
      return;
    }
    if (parsed.kind === 'event') {
      preamble.eventsOffset = offset;
      preamble.eventsLine = lineNumber;
      return false;
    }
    if (parsed.kind === 'checkpoint') preamble.checkpoints.push(parsed.checkpoint);
    else if (parsed.kind === 'invalid') problem(parsed.reason);
    else if (lineNumber === 1) preamble.header = parsed.header;
    else problem('a second header (ignored)');
  });
  if (!preamble.header) {
    preamble.problems.push({
      kind: 'malformed',
      seq: null,
      message: 'line 1: not a Karpear audit export header',
    });
  }
  return preamble;
}

/** One thread's share: the event lines in [start, end) of the file. */
export type RangeJob = {
  file: string;
  start: number;
  end: number;
  first: boolean;
  checkpoints: AuditCheckpoint[];
  maxProblems: number;
};

export type RangeResult = {
  verification: ChainVerification;
  lines: number;
  /** Lines that are not events, by number within the range. */
  malformed: { line: number; reason: string }[];
};

/** Verifies one range of event lines (in a worker, or in this thread for a small file). */
export async function verifyFileRange(
  job: RangeJob,
  onProgress?: (events: number) => void,
): Promise<RangeResult> {
  // Checkpoints come verified: a part needs only the hashes.
  const crypto = { ...chainHashes, keyFingerprint: null, verifySignature: () => false };
  const verifier = createChainVerifier(crypto, {
    checkpoints: job.checkpoints,
    segment: { first: job.first },
    maxProblems: job.maxProblems,
  });
  const malformed: RangeResult['malformed'] = [];
  let lines = 0;
  let events = 0;
  await readLines(job.file, job.start, job.end, (line) => {
    lines++;
    if (line === '') return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      malformed.push({ line: lines, reason: 'not JSON' });
      return;
    }
    const parsed = parseExportLine(value);
    if (parsed.kind === 'event') {
      verifier.add(parsed.event);
      if (++events % 100_000 === 0) onProgress?.(events);
    } else if (parsed.kind === 'invalid') {
      malformed.push({ line: lines, reason: parsed.reason });
    } else {
      malformed.push({ line: lines, reason: `a ${parsed.kind} after the first event (ignored)` });
    }
  });
  return { verification: verifier.finish(), lines, malformed };
}

/** Byte ranges of about equal size, each starting at the beginning of a line. */
async function splitAtLines(file: string, start: number, end: number, parts: number) {
  const bounds = [start];
  const handle = await open(file, 'r');
  try {
    const probe = Buffer.alloc(64 * 1024);
    for (let k = 1; k < parts; k++) {
      let at = Math.max(start + Math.floor(((end - start) * k) / parts), bounds.at(-1)!);
      for (;;) {
        const { bytesRead } = await handle.read(probe, 0, probe.length, at);
        const newline = probe.subarray(0, bytesRead).indexOf(NEWLINE);
        if (newline !== -1 || bytesRead === 0) {
          at = newline === -1 ? end : at + newline + 1;
          break;
        }
        at += bytesRead;
      }
      if (at < end && at > bounds.at(-1)!) bounds.push(at);
    }
  } finally {
    await handle.close();
  }
  return bounds.map((from, i) => ({ start: from, end: bounds[i + 1] ?? end }));
}

function inWorker(job: RangeJob): Promise<RangeResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./audit-verify.worker.ts', import.meta.url), {
      workerData: job,
    });
    worker.once('message', (result: RangeResult) => resolve(result));
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`audit verification worker stopped with code ${code}`));
    });
  });
}

/** The key to check checkpoints with: the one given (pinned), else the export's own. */
function chooseKey(header: AuditExportHeader | null, given: InstallationPublicKey | null) {
  const problems: ChainProblem[] = [];
  const problem = (kind: ChainProblem['kind'], message: string) =>
    problems.push({ kind, seq: null, message });
  const named = header?.publicKey ?? null;
  if (given) {
    if (named && named.fingerprint !== given.fingerprint) {
      problem(
        'checkpoint_key',
        `the export names key ${named.fingerprint}, not the given key ${given.fingerprint}`,
      );
    }
    return { key: given, source: 'given', problems };
  }
  if (!named) return { key: null, source: 'none', problems };
  try {
    const key = readInstallationPublicKey(named.pem);
    if (key.fingerprint !== named.fingerprint) {
      problem(
        'checkpoint_key',
        `the export header's key has fingerprint ${key.fingerprint}, not ${named.fingerprint} as it states`,
      );
    }
    return { key, source: 'the export file', problems };
  } catch {
    problem('malformed', 'the export header: unreadable public key');
    return { key: null, source: 'none', problems };
  }
}

/**
 * Verifies an export file (`karpear audit export`) with no database, in constant memory:
 * the events are split into ranges verified side by side on the machine's cores, and the
 * ranges joined where they meet. The key is the one given (pinned) or else the file's own.
 */
export async function verifyAuditExportFile(
  file: string,
  options: FileVerifyOptions,
): Promise<VerifyResult> {
  const { size } = await stat(file);
  const preamble = await readPreamble(file, size);
  const chosen = chooseKey(preamble.header, options.publicKey);
  const problems = [...chosen.problems, ...preamble.problems];
  const checkpoints = mergeCheckpoints(preamble.checkpoints, options.extraCheckpoints ?? []);
  const trusted = trustedCheckpoints(verifierCrypto(chosen.key), checkpoints, (found) =>
    problems.push(found),
  );
  const maxProblems = options.maxProblems ?? 1000;
  const bytes = size - preamble.eventsOffset;
  const workers = Math.max(
    1,
    Math.min(
      options.workers ?? Math.min(4, availableParallelism()),
      Math.floor(bytes / (options.minBytesPerWorker ?? 32 << 20)),
    ),
  );
  const ranges = await splitAtLines(file, preamble.eventsOffset, size, workers);
  const jobs = ranges.map((range, i) => ({
    file,
    ...range,
    first: i === 0,
    checkpoints: trusted,
    maxProblems,
  }));
  const parts =
    jobs.length === 1
      ? [await verifyFileRange(jobs[0]!, options.onProgress)]
      : await Promise.all(jobs.map(inWorker));
  let lineBase = preamble.eventsLine - 1;
  for (const part of parts) {
    for (const { line, reason } of part.malformed) {
      problems.push({
        kind: 'malformed',
        seq: null,
        message: `line ${lineBase + line}: ${reason}`,
      });
    }
    lineBase += part.lines;
  }
  const merged = mergeChainSegments(
    parts.map((part) => part.verification),
    {
      trusted,
      checkpointsTotal: checkpoints.length,
      problems,
      recordedHead: preamble.header
        ? { ...preamble.header.head, source: 'the export header' }
        : null,
      maxProblems,
    },
  );
  return {
    ...merged,
    key: chosen.key ? { fingerprint: chosen.key.fingerprint, source: chosen.source } : null,
  };
}
