import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createLogger } from '../logger.ts';
import { inTransaction } from '../db/transaction.ts';
import { JobQueue, type JobDefinition } from './queue.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/database.ts';

let database: TestDatabase;
let queue: JobQueue;
const handled: string[] = [];

const noteJob: JobDefinition<{ note: string }> = {
  name: 'test.note',
  version: 1,
  payloadSchema: z.object({ note: z.string() }),
  handler: async ({ note }) => {
    handled.push(note);
  },
};

beforeAll(async () => {
  database = await createTestDatabase();
  queue = new JobQueue(database, createLogger('silent'), {
    pollingIntervalSeconds: 0.5,
    maintenance: false,
  });
  queue.register(noteJob);
  await queue.start();
}, 60_000);

afterAll(async () => {
  await queue.stop();
  await database.close();
});

async function waitFor(predicate: () => boolean, ms: number): Promise<boolean> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (predicate()) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return predicate();
}

describe('job queue', () => {
  it('runs a job enqueued in a committed transaction', async () => {
    await inTransaction(database.db, async (tx) => {
      await queue.enqueue(noteJob, { note: 'committed' }, { tx });
    });
    expect(await waitFor(() => handled.includes('committed'), 15_000)).toBe(true);
  });

  it('never runs a job enqueued in a transaction that rolled back', async () => {
    await expect(
      inTransaction(database.db, async (tx) => {
        await queue.enqueue(noteJob, { note: 'rolled-back' }, { tx });
        throw new Error('the use case failed after enqueueing');
      }),
    ).rejects.toThrow('the use case failed');
    // A later committed job proves the worker kept polling past the rolled-back one.
    await queue.enqueue(noteJob, { note: 'after' });
    expect(await waitFor(() => handled.includes('after'), 15_000)).toBe(true);
    expect(handled).not.toContain('rolled-back');
  });

  it('refuses a payload that does not match the job schema', async () => {
    await expect(
      queue.enqueue(noteJob, { note: 42 } as unknown as { note: string }),
    ).rejects.toThrow();
  });
});
