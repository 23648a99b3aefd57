import { createHash } from 'node:crypto';
import { pipeline, Transform, type Readable } from 'node:stream';
import { AppError } from '../../platform/errors.ts';

/**
 * Passes a blob's bytes through while hashing them again, holding back the last chunk
 * until the hash is known: a reader of a corrupted blob gets an aborted transfer, never
 * a complete-looking wrong file. `onMismatch` hears of it (to audit it).
 */
export function verifyingStream(
  source: Readable,
  expectedSha256: string,
  onMismatch: (actualSha256: string) => void,
): Readable {
  const hash = createHash('sha256');
  let held: Buffer | null = null;
  const verifier = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk);
      const previous = held;
      held = chunk;
      done(null, previous ?? undefined);
    },
    flush(done) {
      const actual = hash.digest('hex');
      if (actual === expectedSha256) {
        done(null, held ?? undefined);
        return;
      }
      onMismatch(actual);
      done(
        new AppError('internal', {
          detail: `SHA-256 mismatch: expected ${expectedSha256}, read ${actual}`,
        }),
      );
    },
  });
  // Errors of either side destroy both; the consumer sees them on the returned stream.
  return pipeline(source, verifier, () => undefined);
}
