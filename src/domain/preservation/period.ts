import type { Bilingual } from '../language.ts';
import {
  addDays,
  formatLocalDate,
  khmerDigits,
  phnomPenhDate,
  shiftDays,
  startOfPhnomPenhDay,
  type LocalDate,
} from './calendar.ts';
import type {
  PreservationOrder,
  PreservationStatus,
  ReminderRecord,
} from './preservation.schemas.ts';

/*
 * How long an order runs. The period starts on the day (Phnom Penh time) the order is
 * sent, which counts as day 1, and covers `days` calendar days: an order sent on
 * 24 November 2026 for 90 days covers 24 November 2026 to 21 February 2027 and expires at
 * 00:00 on 22 February. Counting the day of sending keeps the order within "at most 90
 * days" whatever the hour it was sent. A renewal adds its days after the last day.
 */

/** Statuses in which an order binds the provider and its clock runs. */
export const RUNNING_STATUSES: readonly PreservationStatus[] = [
  'sent',
  'acknowledged',
  'preserved',
];

export const isRunning = (status: PreservationStatus): boolean => RUNNING_STATUSES.includes(status);

export type PreservationPeriod = {
  /** The day it was sent: day 1. */
  firstDay: LocalDate;
  /** The last day it binds, renewal included. */
  lastDay: LocalDate;
  /** 00:00 Phnom Penh time the day after the last day. */
  expiresAt: Date;
  /** Days in all, renewal included. */
  days: number;
  initial: { days: number; lastDay: LocalDate; expiresAt: Date };
  renewal: { days: number; firstDay: LocalDate; lastDay: LocalDate; expiresAt: Date } | null;
};

/** The first day, last day and expiry of `days` days from the day of `sentAt`. */
export function periodFrom(
  sentAt: Date,
  days: number,
): { firstDay: LocalDate; lastDay: LocalDate; expiresAt: Date } {
  const firstDay = phnomPenhDate(sentAt);
  const lastDay = addDays(firstDay, days - 1);
  return { firstDay, lastDay, expiresAt: startOfPhnomPenhDay(addDays(lastDay, 1)) };
}

/** The period of an order that was sent; null before it is sent. */
export function preservationPeriod(
  order: Pick<PreservationOrder, 'sentAt' | 'days' | 'renewal'>,
): PreservationPeriod | null {
  if (order.sentAt === null) return null;
  const initial = periodFrom(new Date(order.sentAt), order.days);
  const renewal = order.renewal
    ? (() => {
        const firstDay = addDays(initial.lastDay, 1);
        const lastDay = addDays(initial.lastDay, order.renewal.days);
        return {
          days: order.renewal.days,
          firstDay,
          lastDay,
          expiresAt: startOfPhnomPenhDay(addDays(lastDay, 1)),
        };
      })()
    : null;
  return {
    firstDay: initial.firstDay,
    lastDay: renewal?.lastDay ?? initial.lastDay,
    expiresAt: renewal?.expiresAt ?? initial.expiresAt,
    days: order.days + (renewal?.days ?? 0),
    initial: { days: order.days, lastDay: initial.lastDay, expiresAt: initial.expiresAt },
    renewal,
  };
}

/** When the order stops binding the provider; null before it is sent. */
export const expiresAt = (
  order: Pick<PreservationOrder, 'sentAt' | 'days' | 'renewal'>,
): Date | null => preservationPeriod(order)?.expiresAt ?? null;

/**
 * Expired: marked so, or running past its expiry (the system has not marked it yet). An
 * order never sent, refused or released does not expire.
 */
export function isExpired(
  order: Pick<PreservationOrder, 'status' | 'sentAt' | 'days' | 'renewal'>,
  now: Date,
): boolean {
  if (order.status === 'expired') return true;
  if (!isRunning(order.status)) return false;
  const end = expiresAt(order);
  return end !== null && now.getTime() >= end.getTime();
}

/** Days before expiry at which the people on the order are reminded, each once. */
export const REMINDER_DAYS = [14, 7, 1] as const;
export type ReminderDays = (typeof REMINDER_DAYS)[number];

export type PreservationReminder = {
  daysBefore: ReminderDays;
  dueAt: Date;
  expiresAt: Date;
  lastDay: LocalDate;
};

/**
 * The reminder to send now, if any (a list of at most one). The reminder "d days before"
 * is due from expiry − d days until the next one is; one overtaken (the job did not run)
 * is skipped, not sent late. None is due that would have fallen before the order was sent
 * (or renewed), none after expiry, none already sent for this expiry, none unless running.
 */
export function remindersDue(
  order: Pick<PreservationOrder, 'status' | 'sentAt' | 'days' | 'renewal' | 'remindersSent'>,
  now: Date,
): PreservationReminder[] {
  if (!isRunning(order.status)) return [];
  const period = preservationPeriod(order);
  if (!period || now >= period.expiresAt) return [];
  const startedAt = new Date(order.renewal?.renewedAt ?? order.sentAt ?? 0);
  const expiry = period.expiresAt.toISOString();
  const sent = (days: number) =>
    order.remindersSent.some(
      (record) => record.daysBefore === days && new Date(record.expiresAt).toISOString() === expiry,
    );
  const windows = REMINDER_DAYS.map((daysBefore, i) => ({
    daysBefore,
    dueAt: shiftDays(period.expiresAt, -daysBefore),
    until: shiftDays(period.expiresAt, -(REMINDER_DAYS[i + 1] ?? 0)),
  }));
  return windows
    .filter((w) => w.dueAt > startedAt && now >= w.dueAt && now < w.until && !sent(w.daysBefore))
    .map((w) => ({
      daysBefore: w.daysBefore,
      dueAt: w.dueAt,
      expiresAt: period.expiresAt,
      lastDay: period.lastDay,
    }));
}

/** The order with the reminder recorded as sent at `now`. */
export function recordReminderSent<T extends Pick<PreservationOrder, 'remindersSent'>>(
  order: T,
  reminder: PreservationReminder,
  now: Date,
): T {
  const record: ReminderRecord = {
    daysBefore: reminder.daysBefore,
    expiresAt: reminder.expiresAt.toISOString(),
    sentAt: now.toISOString(),
  };
  return { ...order, remindersSent: [...order.remindersSent, record] };
}

/** "Preservation order PO-000042 expires at the end of 21 February 2027 (in 7 days)…" */
export function reminderText(
  order: Pick<PreservationOrder, 'reference' | 'renewal'>,
  reminder: PreservationReminder,
): Bilingual {
  const days = reminder.daysBefore;
  const renewable = order.renewal === null;
  return {
    en:
      `Preservation order ${order.reference} expires at the end of ${formatLocalDate(reminder.lastDay, 'en')} (in ${days} day${days === 1 ? '' : 's'}).` +
      (renewable
        ? ' It can be renewed once before then, with a new justification.'
        : ' It has been renewed once already and cannot be renewed again.'),
    km:
      `ដីកាបង្គាប់ឱ្យរក្សាទុកទិន្នន័យ ${order.reference} ផុតកំណត់នៅចុងបញ្ចប់នៃ${formatLocalDate(reminder.lastDay, 'km')} (ក្នុងរយៈពេល ${khmerDigits(String(days))} ថ្ងៃទៀត)។` +
      (renewable
        ? ' វាអាចបន្តបានម្ដង មុនពេលនោះ ដោយមានយុត្តិកម្មថ្មី។'
        : ' វាត្រូវបានបន្តម្ដងរួចហើយ ហើយមិនអាចបន្តម្ដងទៀតបានទេ។'),
  };
}
