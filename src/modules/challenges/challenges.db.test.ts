import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash, randomBytes } from 'node:crypto';
import { encodeSolution, type ProofOfWorkChallenge } from '../../domain/proof-of-work.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/database.ts';
import { createChallengesService, type ChallengesService } from './challenges.service.ts';

let database: TestDatabase;
let challenges: ChallengesService;
beforeAll(async () => {
  database = await createTestDatabase();
  challenges = createChallengesService({
    db: database.db,
    hmacKey: randomBytes(32),
    difficulty: 2000,
  });
});
afterAll(() => database.close());

/** Solves a challenge the way the browser does: try every number up to maxnumber. */
function solve(challenge: ProofOfWorkChallenge): number {
  for (let n = 0; n <= challenge.maxnumber; n++) {
    const hash = createHash('sha256').update(`${challenge.salt}${n}`).digest('hex');
    if (hash === challenge.challenge) return n;
  }
  throw new Error('unsolvable challenge');
}

const encode = (challenge: ProofOfWorkChallenge, number: number) =>
  encodeSolution({
    algorithm: challenge.algorithm,
    challenge: challenge.challenge,
    salt: challenge.salt,
    signature: challenge.signature,
    number,
  });

describe('proof of work', () => {
  it('accepts a solved challenge once', async () => {
    const challenge = challenges.issueChallenge();
    const solution = encode(challenge, solve(challenge));
    await expect(challenges.redeemSolution(solution)).resolves.toBeUndefined();
    await expect(challenges.redeemSolution(solution)).rejects.toMatchObject({
      code: 'validation_failed',
    });
  });

  it('refuses a wrong number, a forged signature, an expired challenge and garbage', async () => {
    const challenge = challenges.issueChallenge();
    const number = solve(challenge);
    await expect(challenges.redeemSolution(encode(challenge, number + 1))).rejects.toThrow();
    const forged = { ...challenge, signature: '0'.repeat(64) };
    await expect(challenges.redeemSolution(encode(forged, number))).rejects.toThrow();
    const old = challenges.issueChallenge(Date.now() - 3_600_000);
    await expect(challenges.redeemSolution(encode(old, solve(old)))).rejects.toThrow();
    await expect(challenges.redeemSolution('not base64 json')).rejects.toThrow();
    await expect(challenges.redeemSolution(undefined)).rejects.toThrow();
    // The genuine solution still works: refusals spent nothing.
    await expect(challenges.redeemSolution(encode(challenge, number))).resolves.toBeUndefined();
  });

  it('refuses a challenge signed by another installation', async () => {
    const other = createChallengesService({
      db: database.db,
      hmacKey: randomBytes(32),
      difficulty: 2000,
    });
    const challenge = other.issueChallenge();
    await expect(challenges.redeemSolution(encode(challenge, solve(challenge)))).rejects.toThrow();
  });
});
