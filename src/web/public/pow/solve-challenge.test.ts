import { describe, expect, it } from 'vitest';
import { solveChallenge } from './solve-challenge.ts';

async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

describe('solving a proof-of-work challenge', () => {
  it('finds the number the server hashed, reporting progress on the way', async () => {
    const salt = 'a1b2c3d4e5f6?expires=1900000000';
    const progress: number[] = [];
    const number = await solveChallenge(
      { challenge: await sha256(`${salt}2345`), maxnumber: 5000, salt },
      (tried) => progress.push(tried),
    );
    expect(number).toBe(2345);
    expect(progress).toEqual([1000, 2000]);
  });

  it('answers null when no number up to maxnumber matches', async () => {
    const salt = 'ffff';
    expect(
      await solveChallenge({ challenge: await sha256('other'), maxnumber: 50, salt }),
    ).toBeNull();
  });

  it('stops when aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    const salt = 'abcd';
    const challenge = { challenge: await sha256(`${salt}10`), maxnumber: 100, salt };
    expect(await solveChallenge(challenge, undefined, controller.signal)).toBeNull();
  });
});
