import { describe, expect, it } from 'vitest';
import { formatCalendarDate, formatKhmerFallback, formatOccurredAt } from './format.ts';

describe('date formatting', () => {
  it('writes Khmer month names when the browser has no Khmer locale data', () => {
    const date = new Date('2026-11-24T07:05:00Z');
    expect(formatKhmerFallback(date, { withTime: true, timeZone: 'Asia/Phnom_Penh' })).toBe(
      '24 វិច្ឆិកា 2026 ម៉ោង 14:05',
    );
    expect(formatKhmerFallback(date, { withTime: false, timeZone: 'UTC' })).toBe('24 វិច្ឆិកា 2026');
  });

  it('keeps a date without a time on the same day in every time zone', () => {
    expect(formatCalendarDate('2026-01-01', 'en')).toBe('January 1, 2026');
    expect(formatOccurredAt('2026-01-01', 'km')).toContain('មករា');
  });
});
