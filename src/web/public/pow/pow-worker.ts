import type { ProofOfWorkChallenge } from '../../../domain/proof-of-work.ts';
import { solveChallenge } from './solve-challenge.ts';

/** What the page and this worker say to each other. */
export type PowWorkerRequest = Pick<ProofOfWorkChallenge, 'challenge' | 'maxnumber' | 'salt'>;
export type PowWorkerMessage =
  | { type: 'progress'; tried: number; total: number }
  | { type: 'done'; number: number | null }
  | { type: 'failed' };

/**
 * Solves a proof-of-work challenge off the page's thread, so typing stays smooth on a
 * slow phone. It imports nothing but the solver: it is a file of its own in the build.
 */
const reply = (message: PowWorkerMessage) => self.postMessage(message);

self.onmessage = (event: MessageEvent<PowWorkerRequest>) => {
  solveChallenge(event.data, (tried, total) => reply({ type: 'progress', tried, total })).then(
    (number) => reply({ type: 'done', number }),
    () => reply({ type: 'failed' }),
  );
};
