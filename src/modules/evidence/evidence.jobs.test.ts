import { describe, expect, it } from 'vitest';
import { evidenceVerifyCron, evidenceVerifyJob } from './evidence.jobs.ts';

describe('the scheduled re-verification of evidence', () => {
  it('runs every N hours below a day, every N/24 days above', () => {
    expect(evidenceVerifyCron(1)).toBe('41 */1 * * *');
    expect(evidenceVerifyCron(6)).toBe('41 */6 * * *');
    expect(evidenceVerifyCron(24)).toBe('41 2 * * *');
    expect(evidenceVerifyCron(168)).toBe('41 2 */7 * *');
  });

  it('checks every item when it runs', async () => {
    const runs: string[] = [];
    const job = evidenceVerifyJob({
      verifyAllEvidence: async (trigger) => {
        runs.push(trigger ?? 'schedule');
        return {} as never;
      },
    });
    expect(job.name).toBe('evidence.verify-custody');
    await job.handler(job.payloadSchema.parse({}));
    expect(runs).toEqual(['schedule']);
  });
});
