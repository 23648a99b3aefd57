import {
  ProofOfWorkChallengeSchema,
  encodeSolution,
  type ProofOfWorkChallenge,
} from '../../../domain/proof-of-work.ts';
import { requestJson } from '../../shared/api-client.ts';
import type { PowWorkerMessage } from './pow-worker.ts';
import { solveChallenge, type SolveProgress } from './solve-challenge.ts';

export type PowSnapshot = { phase: 'idle' | 'solving' | 'ready' | 'failed'; progress: number };

type Solved = { header: string; expiresAt: number };

/** A solution this close to its challenge's expiry is not worth sending: solve a new one. */
const EXPIRY_MARGIN_MS = 60_000;

const fetchChallenge = () => requestJson('/api/public/challenge', ProofOfWorkChallengeSchema);

/** The challenge's salt ends in `?expires=<unix seconds>` (ALTCHA's convention). */
function expiryOf(salt: string): number {
  const expires = Number(new URLSearchParams(salt.split('?')[1] ?? '').get('expires'));
  return Number.isFinite(expires) && expires > 0 ? expires * 1000 : Infinity;
}

/**
 * Solves in a Web Worker; on the page itself where workers are not available. `onCancel`
 * receives the way to stop it, which answers null.
 */
function solve(
  challenge: ProofOfWorkChallenge,
  onProgress: SolveProgress,
  onCancel: (cancel: () => void) => void,
): Promise<number | null> {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./pow-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    const controller = new AbortController();
    onCancel(() => controller.abort());
    return solveChallenge(challenge, onProgress, controller.signal);
  }
  return new Promise((resolve) => {
    onCancel(() => {
      worker.terminate();
      resolve(null);
    });
    worker.onmessage = (event: MessageEvent<PowWorkerMessage>) => {
      const message = event.data;
      if (message.type === 'progress') return onProgress(message.tried, message.total);
      worker.terminate();
      if (message.type === 'done') resolve(message.number);
      else resolve(solveChallenge(challenge, onProgress));
    };
    worker.onerror = () => {
      worker.terminate();
      resolve(solveChallenge(challenge, onProgress));
    };
    worker.postMessage({
      challenge: challenge.challenge,
      maxnumber: challenge.maxnumber,
      salt: challenge.salt,
    });
  });
}

/**
 * The proof of work of one report form: started when the form opens so it is usually
 * ready by the time the person sends; `header()` waits for it (or solves a new challenge
 * when the old one failed or is about to expire), `renew()` after the server refused one.
 */
export function createProofOfWork() {
  let snapshot: PowSnapshot = { phase: 'idle', progress: 0 };
  const listeners = new Set<() => void>();
  let job: Promise<Solved | null> | null = null;
  let generation = 0;
  let cancel: (() => void) | null = null;

  const publish = (next: PowSnapshot) => {
    snapshot = next;
    for (const listener of listeners) listener();
  };

  async function run(current: number): Promise<Solved | null> {
    const mine = () => current === generation;
    publish({ phase: 'solving', progress: 0 });
    try {
      const challenge = await fetchChallenge();
      if (!mine()) return null;
      const number = await solve(
        challenge,
        (tried, total) => {
          if (mine()) publish({ phase: 'solving', progress: tried / total });
        },
        (stopSolving) => {
          if (mine()) cancel = stopSolving;
          else stopSolving();
        },
      );
      if (number === null) throw new Error('no number solves the challenge');
      const { algorithm, salt, signature } = challenge;
      const header = encodeSolution({
        algorithm,
        challenge: challenge.challenge,
        salt,
        signature,
        number,
      });
      if (mine()) publish({ phase: 'ready', progress: 1 });
      return { header, expiresAt: expiryOf(salt) };
    } catch {
      if (mine()) publish({ phase: 'failed', progress: 0 });
      return null;
    }
  }

  const stop = () => {
    generation++;
    cancel?.();
    cancel = null;
  };

  const renew = () => {
    stop();
    job = run(generation);
  };

  /** The result of the latest job, even if a newer one replaced it while waiting. */
  const settled = async (): Promise<Solved | null> => {
    let current: typeof job;
    let result: Solved | null;
    do {
      current = job;
      result = current ? await current : null;
    } while (current !== job);
    return result;
  };

  return {
    start(): void {
      if (!job) renew();
    },
    renew,
    /** The header value to send, or null when no challenge could be solved. */
    async header(): Promise<string | null> {
      if (!job) renew();
      let solved = await settled();
      if (!solved || solved.expiresAt - Date.now() < EXPIRY_MARGIN_MS) {
        renew();
        solved = await settled();
      }
      return solved?.header ?? null;
    },
    subscribe: (listener: () => void): (() => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: (): PowSnapshot => snapshot,
    dispose(): void {
      stop();
      job = null;
    },
  };
}

export type ProofOfWork = ReturnType<typeof createProofOfWork>;
