import { readFile } from 'node:fs/promises';
import type { Database, Db } from '../../platform/db/database.ts';
import type { AuditCheckpoint } from '../../domain/audit/audit-chain.ts';
import { parseCheckpoint } from '../../domain/audit/audit-export.ts';
import { createChainVerifier, type ChainVerifier } from '../../domain/audit/chain-verifier.ts';
import {
  countUnchainedEvents,
  findUnchainedEventIds,
  readChainHead,
  selectAllCheckpoints,
} from './audit.repository.ts';
import { withChainSnapshot } from './audit-snapshot.repository.ts';
import { verifierCrypto } from './audit-crypto.ts';
import {
  mergeCheckpoints,
  withKey,
  type VerifyOptions,
  type VerifyResult,
} from './audit-verify-common.ts';

const PAGE = 10_000;

/**
 * Verifies the chain in a database: the events in seq order, page by page, in one
 * read-only snapshot (so a running server can keep writing), against the checkpoints
 * stored there and any given apart.
 */
export async function verifyAuditChainInDatabase(
  database: Pick<Database, 'db' | 'driver'>,
  options: VerifyOptions & { keySource?: string },
): Promise<VerifyResult> {
  return withChainSnapshot(database, async (snapshot) => {
    const head = await readChainHead(snapshot.db);
    const checkpoints = mergeCheckpoints(
      await selectAllCheckpoints(snapshot.db),
      options.extraCheckpoints ?? [],
    );
    const verifier = createChainVerifier(verifierCrypto(options.publicKey), {
      checkpoints,
      recordedHead: head ? { ...head, source: 'the chain head row' } : null,
      ...(options.maxProblems ? { maxProblems: options.maxProblems } : {}),
    });
    await reportUnchained(snapshot.db, verifier);
    let events = 0;
    let next = snapshot.readPage(0, PAGE);
    for (;;) {
      const page = await next;
      if (!page.length) break;
      // Ask for the next page before checking this one: a server works meanwhile.
      next = snapshot.readPage(page.at(-1)!.seq, PAGE);
      for (const event of page) verifier.add(event);
      events += page.length;
      options.onProgress?.(events);
    }
    return withKey(verifier.finish(), options.publicKey, options.keySource ?? 'given');
  });
}

async function reportUnchained(db: Db, verifier: ChainVerifier): Promise<void> {
  const count = await countUnchainedEvents(db);
  if (!count) return;
  const ids = await findUnchainedEventIds(db, 20);
  verifier.report({
    kind: 'unchained',
    seq: null,
    message:
      `${count} event(s) are outside the chain (no seq), ids ${ids.join(', ')}` +
      `${count > ids.length ? ', …' : ''}: written before the upgrade and not chained yet ` +
      '(start the server once), or inserted behind its back',
  });
}

/**
 * Checkpoints kept apart from the database: the answer of GET /api/audit/checkpoints
 * (`{ items: [...] }`), a JSON array, or one checkpoint per line.
 */
export async function readCheckpointsFile(file: string): Promise<AuditCheckpoint[]> {
  const text = (await readFile(file, 'utf8')).trim();
  let values: unknown[];
  try {
    const whole = JSON.parse(text) as unknown;
    values = Array.isArray(whole)
      ? whole
      : typeof whole === 'object' &&
          whole !== null &&
          'items' in whole &&
          Array.isArray(whole.items)
        ? whole.items
        : [whole];
  } catch {
    values = text.split('\n').map((line) => JSON.parse(line) as unknown);
  }
  return values.map((value, index) => {
    const parsed =
      typeof value === 'object' && value !== null
        ? parseCheckpoint(value as Record<string, unknown>)
        : 'not an object';
    if (typeof parsed === 'string') throw new Error(`${file}: checkpoint ${index + 1}: ${parsed}`);
    return parsed;
  });
}
