import { z } from 'zod';
import type { JobDefinition } from '../../platform/jobs/queue.ts';
import type { SessionsService } from './sessions.service.ts';

/** Deletes sessions past their idle or absolute expiry, so the table holds live ones only. */
export const purgeExpiredSessionsJob = (
  sessions: SessionsService,
): JobDefinition<Record<string, never>> => ({
  name: 'auth.purge-expired-sessions',
  version: 1,
  payloadSchema: z.object({}).strict(),
  handler: async () => {
    await sessions.purgeExpiredSessions();
  },
});
