import { createHash, createHmac, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import {
  ProofOfWorkSolutionSchema,
  type ProofOfWorkChallenge,
} from '../../domain/proof-of-work.ts';
import type { Db } from '../../platform/db/database.ts';
import { AppError } from '../../platform/errors.ts';
import { deleteExpiredChallenges, spendChallenge } from './challenges.repository.ts';

export type ChallengesDeps = {
  db: Db;
  /** Signs challenges so the server keeps no state until one is redeemed. */
  hmacKey: Buffer;
  /** Largest secret number; the expected work is half of it. 0 turns the check off. */
  difficulty: number;
  validitySeconds?: number;
};

export type ChallengesService = ReturnType<typeof createChallengesService>;

const sha256Hex = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

function sameHex(a: string, b: string): boolean {
  const left = Buffer.from(a, 'hex');
  const right = Buffer.from(b, 'hex');
  return left.length === right.length && left.length > 0 && timingSafeEqual(left, right);
}

export function createChallengesService(deps: ChallengesDeps) {
  const validitySeconds = deps.validitySeconds ?? 20 * 60;
  const sign = (challenge: string) =>
    createHmac('sha256', deps.hmacKey).update(challenge).digest('hex');

  return {
    enabled: deps.difficulty > 0,

    issueChallenge(now = Date.now()): ProofOfWorkChallenge {
      const maxnumber = Math.max(1, deps.difficulty);
      const expires = Math.floor(now / 1000) + validitySeconds;
      const salt = `${randomBytes(12).toString('hex')}?expires=${expires}`;
      const challenge = sha256Hex(`${salt}${randomInt(0, maxnumber + 1)}`);
      return { algorithm: 'SHA-256', challenge, maxnumber, salt, signature: sign(challenge) };
    },

    /**
     * Checks a solution from the header and spends it. Refused when missing, malformed,
     * not ours, wrong, expired or already used; all answer the same validation error.
     */
    async redeemSolution(encoded: string | undefined, now = Date.now()): Promise<void> {
      if (deps.difficulty <= 0) return;
      const refuse = () =>
        new AppError('validation_failed', {
          fields: [
            {
              path: 'proofOfWork',
              message: 'the anti-spam check failed: reload the page and send again',
            },
          ],
        });
      if (!encoded || encoded.length > 2000) throw refuse();
      let parsed: unknown;
      try {
        parsed = JSON.parse(Buffer.from(encoded, 'base64').toString('utf8'));
      } catch {
        throw refuse();
      }
      const solution = ProofOfWorkSolutionSchema.safeParse(parsed);
      if (!solution.success) throw refuse();
      const { challenge, salt, number, signature } = solution.data;
      const expires = Number(new URLSearchParams(salt.split('?')[1] ?? '').get('expires'));
      const valid =
        sameHex(signature, sign(challenge)) &&
        sameHex(sha256Hex(`${salt}${number}`), challenge) &&
        Number.isFinite(expires) &&
        expires * 1000 > now;
      if (!valid) throw refuse();
      if (!(await spendChallenge(deps.db, challenge, new Date(expires * 1000)))) throw refuse();
    },

    purgeSpentChallenges: () => deleteExpiredChallenges(deps.db),
  };
}
