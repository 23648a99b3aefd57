import { z } from 'zod';
import type { JobDefinition } from '../../platform/jobs/queue.ts';
import type { AuditService } from './audit.service.ts';

/** Every N minutes (KARPEAR_AUDIT_CHECKPOINT_MINUTES): sign the audit chain's head. */
export const auditCheckpointJob = (audit: AuditService): JobDefinition<Record<string, never>> => ({
  name: 'audit.checkpoint',
  version: 1,
  payloadSchema: z.object({}).strict(),
  handler: async () => {
    await audit.signCheckpoint();
  },
});

/** The cron expression for a checkpoint every `minutes` minutes (1–60), in UTC. */
export const checkpointCron = (minutes: number): string =>
  minutes >= 60 ? '0 * * * *' : `*/${minutes} * * * *`;
