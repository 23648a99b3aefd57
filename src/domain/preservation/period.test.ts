import { describe, expect, it } from 'vitest';
import {
  addDays,
  formatLocalDate,
  formatPhnomPenhDateTime,
  khmerDigits,
  PHNOM_PENH_TIME_ZONE,
  phnomPenhDate,
  startOfPhnomPenhDay,
} from './calendar.ts';
import {
  expiresAt,
  isExpired,
  periodFrom,
  preservationPeriod,
  recordReminderSent,
  reminderText,
  remindersDue,
  type PreservationReminder,
} from './period.ts';
import type { PreservationOrder, PreservationStatus } from './preservation.schemas.ts';

type Timed = Pick<
  PreservationOrder,
  'status' | 'sentAt' | 'days' | 'renewal' | 'remindersSent' | 'reference'
>;

const order = (
  sentAt: string | null,
  days: number,
  status: PreservationStatus = 'sent',
): Timed => ({
  reference: 'PO-000042',
  status,
  sentAt,
  days,
  renewal: null,
  remindersSent: [],
});

const renewed = (base: Timed, days: number, renewedAt: string): Timed => {
  const previous = expiresAt(base);
  if (!previous) throw new Error('not sent');
  return {
    ...base,
    renewal: {
      days,
      justification: 'x',
      proportionality: 'y',
      renewedAt,
      renewedBy: '11111111-1111-4111-8111-111111111111',
      previousExpiresAt: previous.toISOString(),
    },
  };
};

describe('days in Phnom Penh', () => {
  it('agree with Intl’s Asia/Phnom_Penh for every hour of a year', () => {
    const intl = new Intl.DateTimeFormat('en-CA', {
      timeZone: PHNOM_PENH_TIME_ZONE,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    for (let hour = 0; hour < 366 * 24; hour += 1) {
      const instant = new Date(Date.UTC(2026, 0, 1) + hour * 3_600_000);
      expect(phnomPenhDate(instant)).toBe(intl.format(instant));
    }
  });

  it('start at 17:00 UTC the evening before', () => {
    expect(startOfPhnomPenhDay('2026-11-24').toISOString()).toBe('2026-11-23T17:00:00.000Z');
    expect(phnomPenhDate(new Date('2026-11-23T16:59:59Z'))).toBe('2026-11-23');
    expect(phnomPenhDate(new Date('2026-11-23T17:00:00Z'))).toBe('2026-11-24');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });

  it('are written in Khmer with Khmer digits and month names, and in English', () => {
    expect(formatLocalDate('2027-02-21', 'km')).toBe('ថ្ងៃទី២១ ខែកុម្ភៈ ឆ្នាំ២០២៧');
    expect(formatLocalDate('2027-02-21', 'en')).toBe('21 February 2027');
    expect(formatLocalDate('2026-11-05', 'km')).toBe('ថ្ងៃទី៥ ខែវិច្ឆិកា ឆ្នាំ២០២៦');
    expect(formatPhnomPenhDateTime(new Date('2026-11-19T19:14:00Z'), 'km')).toBe(
      'ថ្ងៃទី២០ ខែវិច្ឆិកា ឆ្នាំ២០២៦ ម៉ោង ០២:១៤',
    );
    expect(formatPhnomPenhDateTime(new Date('2026-11-19T19:14:00Z'), 'en')).toBe(
      '20 November 2026, 02:14',
    );
    expect(khmerDigits('0123456789')).toBe('០១២៣៤៥៦៧៨៩');
  });

  it('refuse what is not a calendar date', () => {
    expect(() => addDays('24/11/2026', 1)).toThrow(/not a calendar date/);
  });
});

describe('the period of an order', () => {
  it('counts the day it was sent as day 1: 90 days from 24 November end on 21 February', () => {
    const period = preservationPeriod(order('2026-11-24T03:00:00Z', 90));
    expect(period).toMatchObject({
      firstDay: '2026-11-24',
      lastDay: '2027-02-21',
      days: 90,
      renewal: null,
    });
    expect(period?.expiresAt.toISOString()).toBe('2027-02-21T17:00:00.000Z');
  });

  it('never lasts more than 90 × 24 hours, whatever the hour it was sent', () => {
    for (const sentAt of ['2026-11-23T17:00:00Z', '2026-11-24T03:00:00Z', '2026-11-24T16:59:59Z']) {
      const end = expiresAt(order(sentAt, 90));
      if (!end) throw new Error('no expiry');
      expect(end.getTime() - new Date(sentAt).getTime()).toBeLessThanOrEqual(90 * 86_400_000);
    }
  });

  it('takes the Phnom Penh day, not the UTC one', () => {
    // 23:30 on 24 November in Phnom Penh is still the 24th there (16:30 UTC).
    expect(periodFrom(new Date('2026-11-24T16:30:00Z'), 1)).toMatchObject({
      firstDay: '2026-11-24',
      lastDay: '2026-11-24',
    });
    // 00:30 on 25 November in Phnom Penh is 24 November 17:30 UTC.
    expect(periodFrom(new Date('2026-11-24T17:30:00Z'), 1)).toMatchObject({
      firstDay: '2026-11-25',
      lastDay: '2026-11-25',
    });
  });

  it('has none before the order is sent', () => {
    expect(preservationPeriod(order(null, 90, 'approved'))).toBeNull();
    expect(expiresAt(order(null, 90, 'approved'))).toBeNull();
  });

  it('adds a renewal after the old last day', () => {
    const base = order('2026-11-24T03:00:00Z', 90);
    const period = preservationPeriod(renewed(base, 90, '2027-02-10T03:00:00Z'));
    expect(period).toMatchObject({
      firstDay: '2026-11-24',
      lastDay: '2027-05-22',
      days: 180,
      initial: { days: 90, lastDay: '2027-02-21' },
      renewal: { days: 90, firstDay: '2027-02-22', lastDay: '2027-05-22' },
    });
    const previous = expiresAt(base);
    const next = period?.expiresAt;
    if (!previous || !next) throw new Error('no expiry');
    expect(next.getTime() - previous.getTime()).toBe(90 * 86_400_000);
  });
});

describe('isExpired', () => {
  const sent = order('2026-11-24T03:00:00Z', 30);
  const expiry = new Date('2026-12-23T17:00:00Z');

  it('turns true at 00:00 Phnom Penh time after the last day', () => {
    expect(isExpired(sent, new Date(expiry.getTime() - 1))).toBe(false);
    expect(isExpired(sent, expiry)).toBe(true);
  });

  it('is true once marked, and never for an order not running', () => {
    const later = new Date('2027-06-01T00:00:00Z');
    expect(isExpired({ ...sent, status: 'expired' }, new Date('2026-11-25T00:00:00Z'))).toBe(true);
    for (const status of ['requested', 'approved', 'refused', 'released'] as const) {
      expect(isExpired({ ...sent, status }, later), status).toBe(false);
    }
    for (const status of ['sent', 'acknowledged', 'preserved'] as const) {
      expect(isExpired({ ...sent, status }, later), status).toBe(true);
    }
  });
});

describe('remindersDue', () => {
  // Sent 24 November for 90 days: expires 2027-02-21T17:00Z (00:00 on 22 February).
  const sent = order('2026-11-24T03:00:00Z', 90);
  const expiry = new Date('2027-02-21T17:00:00Z');
  const before = (days: number, minutes = 0) =>
    new Date(expiry.getTime() - days * 86_400_000 + minutes * 60_000);
  const due = (o: Timed, now: Date) => remindersDue(o, now).map((r) => r.daysBefore);

  it('reminds 14, 7 and 1 days before expiry', () => {
    expect(due(sent, before(15))).toEqual([]);
    expect(due(sent, before(14))).toEqual([14]);
    expect(due(sent, before(10))).toEqual([14]);
    expect(due(sent, before(7))).toEqual([7]);
    expect(due(sent, before(1))).toEqual([1]);
    expect(due(sent, before(0, -1))).toEqual([1]);
    expect(due(sent, expiry)).toEqual([]);
    const [reminder] = remindersDue(sent, before(7));
    expect(reminder).toEqual({
      daysBefore: 7,
      dueAt: new Date('2027-02-14T17:00:00Z'),
      expiresAt: expiry,
      lastDay: '2027-02-21',
    });
  });

  it('sends each once', () => {
    let current = sent;
    const sentLog: number[] = [];
    for (let hour = 0; hour < 100 * 24; hour += 6) {
      const now = new Date(new Date('2026-11-24T03:00:00Z').getTime() + hour * 3_600_000);
      for (const reminder of remindersDue(current, now)) {
        sentLog.push(reminder.daysBefore);
        current = recordReminderSent(current, reminder, now);
      }
    }
    expect(sentLog).toEqual([14, 7, 1]);
    expect(current.remindersSent.map((r) => r.expiresAt)).toEqual([
      expiry.toISOString(),
      expiry.toISOString(),
      expiry.toISOString(),
    ]);
  });

  it('skips a reminder overtaken by the next, rather than sending it late', () => {
    // The job did not run between 14 and 7 days before: only the 7-day one is sent.
    expect(due(sent, before(6))).toEqual([7]);
  });

  it('does not remind of a deadline closer than the period was when sent', () => {
    const short = order('2026-11-24T03:00:00Z', 10);
    const shortExpiry = expiresAt(short);
    if (!shortExpiry) throw new Error('no expiry');
    const at = (days: number) => new Date(shortExpiry.getTime() - days * 86_400_000);
    expect(due(short, new Date('2026-11-24T03:00:00Z'))).toEqual([]);
    expect(due(short, at(7))).toEqual([7]);
    expect(due(order('2026-11-24T03:00:00Z', 7), new Date('2026-11-24T04:00:00Z'))).toEqual([]);
  });

  it('reminds nobody of an order not running', () => {
    for (const status of ['approved', 'released', 'expired', 'refused'] as const) {
      expect(due({ ...sent, status }, before(7)), status).toEqual([]);
    }
  });

  it('starts again for the new expiry after a renewal', () => {
    let current = sent;
    const reminder = remindersDue(current, before(7))[0] as PreservationReminder;
    current = recordReminderSent(current, reminder, before(7));
    expect(due(current, before(6))).toEqual([]);
    const renewedOrder = renewed(current, 30, before(6).toISOString());
    expect(due(renewedOrder, before(6))).toEqual([]);
    const newExpiry = expiresAt(renewedOrder);
    if (!newExpiry) throw new Error('no expiry');
    expect(due(renewedOrder, new Date(newExpiry.getTime() - 14 * 86_400_000))).toEqual([14]);
  });

  it('says so in Khmer and English', () => {
    const [reminder] = remindersDue(sent, before(7));
    if (!reminder) throw new Error('no reminder');
    const text = reminderText(sent, reminder);
    expect(text.en).toBe(
      'Preservation order PO-000042 expires at the end of 21 February 2027 (in 7 days). It can be renewed once before then, with a new justification.',
    );
    expect(text.km).toContain('ថ្ងៃទី២១ ខែកុម្ភៈ ឆ្នាំ២០២៧');
    expect(text.km).toContain('៧ ថ្ងៃ');
  });
});
