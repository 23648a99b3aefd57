import type { ProofOfWorkChallenge } from '../../../domain/proof-of-work.ts';

/** Called after each batch: how many numbers were tried, of how many there are. */
export type SolveProgress = (tried: number, total: number) => void;

/** Numbers hashed at once: enough to keep the hashing busy, few enough to report progress. */
const BATCH = 1_000;

function hexBytes(hex: string): Uint8Array {
  const bytes = new Uint8Array(hex.length / 2);
  for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return bytes;
}

function sameBytes(digest: ArrayBuffer, target: Uint8Array): boolean {
  const bytes = new Uint8Array(digest);
  for (let i = 0; i < target.length; i++) if (bytes[i] !== target[i]) return false;
  return bytes.length === target.length;
}

/**
 * Finds n in [0, maxnumber] with SHA-256(salt + n) = challenge (the ALTCHA scheme), with
 * the browser's own SHA-256. Null when no number matches or when `signal` aborts.
 */
export async function solveChallenge(
  challenge: Pick<ProofOfWorkChallenge, 'challenge' | 'maxnumber' | 'salt'>,
  onProgress?: SolveProgress,
  signal?: AbortSignal,
): Promise<number | null> {
  const target = hexBytes(challenge.challenge);
  const encoder = new TextEncoder();
  const total = challenge.maxnumber + 1;
  for (let start = 0; start < total; start += BATCH) {
    if (signal?.aborted) return null;
    const end = Math.min(start + BATCH, total);
    const pending: Promise<ArrayBuffer>[] = [];
    for (let n = start; n < end; n++) {
      pending.push(crypto.subtle.digest('SHA-256', encoder.encode(`${challenge.salt}${n}`)));
    }
    const digests = await Promise.all(pending);
    const found = digests.findIndex((digest) => sameBytes(digest, target));
    if (found >= 0) return start + found;
    onProgress?.(end, total);
  }
  return null;
}
