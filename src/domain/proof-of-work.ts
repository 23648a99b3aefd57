import { z } from 'zod';

/**
 * A self-hosted proof-of-work challenge in the ALTCHA format: the client finds the number
 * n ≤ maxnumber with SHA-256(salt + n) = challenge, which costs a phone about a second and
 * a bulk sender that second for every report. No third party sees the reporter.
 */
export const ProofOfWorkChallengeSchema = z.object({
  algorithm: z.literal('SHA-256'),
  challenge: z.string().regex(/^[0-9a-f]{64}$/),
  maxnumber: z.number().int().positive(),
  salt: z.string().max(200),
  signature: z.string().regex(/^[0-9a-f]{64}$/),
});
export type ProofOfWorkChallenge = z.infer<typeof ProofOfWorkChallengeSchema>;

export const ProofOfWorkSolutionSchema = ProofOfWorkChallengeSchema.omit({
  maxnumber: true,
}).extend({ number: z.number().int().min(0) });
export type ProofOfWorkSolution = z.infer<typeof ProofOfWorkSolutionSchema>;

/** The header that carries the solution: base64 of its JSON, as ALTCHA widgets send it. */
export const PROOF_OF_WORK_HEADER = 'x-karpear-pow';

export const encodeSolution = (solution: ProofOfWorkSolution): string =>
  btoa(JSON.stringify(solution));
