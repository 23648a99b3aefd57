import { afterEach, describe, expect, it, vi } from 'vitest';
import { ProofOfWorkSolutionSchema } from '../../../domain/proof-of-work.ts';
import { createProofOfWork } from './proof-of-work.ts';

async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** A server that hands out challenges whose secret number is 42, valid for `seconds`. */
function serveChallenges(seconds: number) {
  let issued = 0;
  const fetch = vi.fn(async () => {
    issued++;
    const expires = Math.floor(Date.now() / 1000) + seconds;
    const salt = `salt${issued}?expires=${expires}`;
    const body = {
      algorithm: 'SHA-256',
      challenge: await sha256(`${salt}42`),
      maxnumber: 100,
      salt,
      signature: 'ab'.repeat(32),
    };
    return new Response(JSON.stringify(body), { status: 200 });
  });
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

const decode = (header: string | null) =>
  ProofOfWorkSolutionSchema.parse(JSON.parse(atob(header ?? '')));

describe('the proof of work of a report form', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('is solved as soon as it starts, and its header carries the solution', async () => {
    const fetch = serveChallenges(1200);
    const pow = createProofOfWork();
    pow.start();
    const solution = decode(await pow.header());
    expect(solution).toMatchObject({ algorithm: 'SHA-256', number: 42 });
    expect(solution.salt).toMatch(/^salt1\?expires=\d+$/);
    expect(pow.getSnapshot()).toEqual({ phase: 'ready', progress: 1 });
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('solves a new challenge when the old one is about to expire or was refused', async () => {
    const fetch = serveChallenges(30);
    const pow = createProofOfWork();
    // Valid for 30 s only: too close to its expiry to be sent, so a second one is solved.
    expect(decode(await pow.header()).salt).toMatch(/^salt2\?/);
    pow.renew();
    expect(decode(await pow.header()).salt).toMatch(/^salt4\?/);
    expect(fetch).toHaveBeenCalledTimes(4);
  });

  it('answers null when no challenge can be had', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('offline'))),
    );
    const pow = createProofOfWork();
    expect(await pow.header()).toBeNull();
    expect(pow.getSnapshot().phase).toBe('failed');
  });
});
