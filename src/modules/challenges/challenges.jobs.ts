import { z } from 'zod';
import type { JobDefinition } from '../../platform/jobs/queue.ts';
import type { ChallengesService } from './challenges.service.ts';

/** Forgets spent challenges once they have expired and could not be replayed anyway. */
export const purgeSpentChallengesJob = (
  challenges: ChallengesService,
): JobDefinition<Record<string, never>> => ({
  name: 'challenges.purge-spent',
  version: 1,
  payloadSchema: z.object({}).strict(),
  handler: async () => {
    await challenges.purgeSpentChallenges();
  },
});
