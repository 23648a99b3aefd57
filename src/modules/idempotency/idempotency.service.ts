import { createHash } from 'node:crypto';
import { isUniqueViolation, type Db } from '../../platform/db/database.ts';
import { AppError } from '../../platform/errors.ts';
import type { SecretBox } from '../../platform/crypto/secret-box.ts';
import {
  deleteIdempotencyRecordsBefore,
  findIdempotencyRecord,
  insertIdempotencyRecord,
} from './idempotency.repository.ts';

export type IdempotencyDeps = { db: Db; secretBox: SecretBox };

/** A request made idempotent: who may replay it (scope), its key, and what it asked. */
export type IdempotentRequest = { scope: string; key: string; body: unknown };

export type StoredAnswer = { statusCode: number; body: unknown };

export type IdempotencyService = ReturnType<typeof createIdempotencyService>;

const RETENTION_HOURS = 24;

const requestHash = (body: unknown) =>
  createHash('sha256')
    .update(JSON.stringify(body ?? null))
    .digest('hex');

const aad = (scope: string, key: string) => `idempotency:${scope}:${key}`;

/**
 * Idempotency-Key handling (as in the IETF draft): the first request with a key runs and
 * its answer is stored in the same transaction as its effect; a retry with the same key
 * and the same body gets that answer; the same key with another body is a 409.
 */
export function createIdempotencyService(deps: IdempotencyDeps) {
  const { db, secretBox } = deps;

  async function replay(request: IdempotentRequest): Promise<StoredAnswer | null> {
    const found = await findIdempotencyRecord(db, request.scope, request.key);
    if (!found) return null;
    if (found.requestHash !== requestHash(request.body)) {
      throw new AppError('conflict', {
        detail: 'this Idempotency-Key was used for a different request',
      });
    }
    const body: unknown = JSON.parse(
      secretBox.open(found.responseSealed, aad(request.scope, request.key)),
    );
    return { statusCode: found.statusCode, body };
  }

  return {
    /**
     * Runs `work` once per key. `work` receives `remember`, to call inside its own
     * transaction with the answer it is about to give, so the effect and the stored answer
     * commit together.
     */
    async runOnce(
      request: IdempotentRequest,
      work: (remember: (tx: Db, answer: StoredAnswer) => Promise<void>) => Promise<StoredAnswer>,
    ): Promise<StoredAnswer & { replayed: boolean }> {
      const earlier = await replay(request);
      if (earlier) return { ...earlier, replayed: true };
      const remember = (tx: Db, answer: StoredAnswer) =>
        insertIdempotencyRecord(tx, {
          scope: request.scope,
          key: request.key,
          requestHash: requestHash(request.body),
          statusCode: answer.statusCode,
          responseSealed: secretBox.seal(
            JSON.stringify(answer.body),
            aad(request.scope, request.key),
          ),
        });
      try {
        return { ...(await work(remember)), replayed: false };
      } catch (error) {
        // A concurrent twin committed first: answer as it did.
        if (!isUniqueViolation(error)) throw error;
        const twin = await replay(request);
        if (!twin) throw error;
        return { ...twin, replayed: true };
      }
    },

    purgeExpired: () =>
      deleteIdempotencyRecordsBefore(db, new Date(Date.now() - RETENTION_HOURS * 3_600_000)),
  };
}
