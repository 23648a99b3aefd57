import { createHash } from 'node:crypto';
import type { CustodyProblem } from '../../domain/evidence/custody.schemas.ts';
import type { BlobStore } from '../../platform/blobs/blob-store.ts';
import { AppError } from '../../platform/errors.ts';

/** A problem found, with the values a custody entry keeps of it. */
export type Finding = CustodyProblem & { expected?: string; actual?: string | null };

/** What is wrong with stored bytes: missing (actual null), or not hashing as recorded. */
export function blobFinding(
  what: 'content' | 'display_copy',
  expected: string,
  actual: string | null,
): Finding {
  const label = what === 'content' ? 'content' : 'display copy';
  return actual === null
    ? {
        kind: `${what}_missing`,
        seq: null,
        message: `${label}: the stored bytes are missing (blob ${expected} removed)`,
        expected,
        actual,
      }
    : {
        kind: `${what}_mismatch`,
        seq: null,
        message: `${label}: the stored bytes do not match the recorded SHA-256 (file changed): expected ${expected}, found ${actual}`,
        expected,
        actual,
      };
}

/** Re-hashes stored bytes: a problem when they are missing or no longer hash as recorded. */
export async function checkBlob(
  blobs: BlobStore,
  sha256: string,
  what: 'content' | 'display_copy',
): Promise<{ finding: Finding | null; bytes: number }> {
  if (!(await blobs.stat(sha256))) return { finding: blobFinding(what, sha256, null), bytes: 0 };
  const hash = createHash('sha256');
  let bytes = 0;
  try {
    for await (const chunk of await blobs.open(sha256)) {
      hash.update(chunk as Buffer);
      bytes += (chunk as Buffer).length;
    }
  } catch (error) {
    if (error instanceof AppError && error.code === 'not_found') {
      return { finding: blobFinding(what, sha256, null), bytes };
    }
    throw error;
  }
  const actual = hash.digest('hex');
  return { finding: actual === sha256 ? null : blobFinding(what, sha256, actual), bytes };
}
