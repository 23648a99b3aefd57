import { z } from 'zod';
import type { JobDefinition } from '../../platform/jobs/queue.ts';
import type { EvidenceService } from './evidence.service.ts';

/**
 * Every N hours (KARPEAR_EVIDENCE_VERIFY_HOURS): every evidence item's bytes hashed again
 * and its chain of custody verified; what fails is recorded, audited and alerted.
 */
export const evidenceVerifyJob = (
  evidence: Pick<EvidenceService, 'verifyAllEvidence'>,
): JobDefinition<Record<string, never>> => ({
  name: 'evidence.verify-custody',
  version: 1,
  payloadSchema: z.object({}).strict(),
  handler: async () => {
    await evidence.verifyAllEvidence('schedule');
  },
});

/**
 * The cron expression (UTC) for a run every `hours` hours: at minute 41 (away from the
 * other jobs), every N hours of the day below a day, else every N/24 days at 02:41.
 */
export function evidenceVerifyCron(hours: number): string {
  if (hours < 24) return `41 */${hours} * * *`;
  const days = Math.max(1, Math.round(hours / 24));
  return days === 1 ? '41 2 * * *' : `41 2 */${days} * *`;
}
