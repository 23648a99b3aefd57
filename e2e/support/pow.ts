import { createHash } from 'node:crypto';
import type { APIRequestContext } from '@playwright/test';
import {
  PROOF_OF_WORK_HEADER,
  ProofOfWorkChallengeSchema,
  encodeSolution,
} from '../../src/domain/proof-of-work.ts';

/**
 * A solved proof of work, for tests that send a report through the API rather than the
 * page (the page solves its own in the browser).
 */
export async function proofOfWorkHeaders(
  request: APIRequestContext,
): Promise<Record<string, string>> {
  const response = await request.get('/api/public/challenge');
  const challenge = ProofOfWorkChallengeSchema.parse(await response.json());
  for (let number = 0; number <= challenge.maxnumber; number++) {
    const hash = createHash('sha256').update(`${challenge.salt}${number}`).digest('hex');
    if (hash !== challenge.challenge) continue;
    const { algorithm, salt, signature } = challenge;
    const solution = encodeSolution({ algorithm, challenge: hash, salt, signature, number });
    return { [PROOF_OF_WORK_HEADER]: solution };
  }
  throw new Error('the challenge has no solution');
}
