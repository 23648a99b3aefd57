import { describe, expect, it } from 'vitest';
import { checkpointCron } from './audit.jobs.ts';

describe('checkpoint schedule', () => {
  it('runs every N minutes, at most hourly', () => {
    expect(checkpointCron(10)).toBe('*/10 * * * *');
    expect(checkpointCron(1)).toBe('*/1 * * * *');
    expect(checkpointCron(60)).toBe('0 * * * *');
  });
});
