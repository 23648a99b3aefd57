import { z } from 'zod';
import type { JobDefinition } from '../../platform/jobs/queue.ts';
import type { IncidentsService } from './incidents.service.ts';

/** Every few minutes: warn assignees of SLA milestones nearly or already missed. */
export const slaWatchJob = (incidents: IncidentsService): JobDefinition<Record<string, never>> => ({
  name: 'incidents.sla-watch',
  version: 1,
  payloadSchema: z.object({}).strict(),
  handler: async () => {
    await incidents.notifySlaRisks();
  },
});
