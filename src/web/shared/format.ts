import type { Language } from '../../domain/language.ts';

const LOCALES: Record<Language, string> = { km: 'km-KH', en: 'en' };

const KHMER_MONTHS = [
  'មករា',
  'កុម្ភៈ',
  'មីនា',
  'មេសា',
  'ឧសភា',
  'មិថុនា',
  'កក្កដា',
  'សីហា',
  'កញ្ញា',
  'តុលា',
  'វិច្ឆិកា',
  'ធ្នូ',
];

type FormatOptions = { withTime: boolean; timeZone?: string };

/**
 * Some browsers ship without Khmer locale data (Debian's Chromium, for one) and would print
 * English dates in the Khmer UI; this writes "24 វិច្ឆិកា 2026 ម៉ោង 14:05" itself.
 */
export function formatKhmerFallback(date: Date, options: FormatOptions): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: options.timeZone,
  }).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((candidate) => candidate.type === type)?.value ?? '';
  const day = `${Number(part('day'))} ${KHMER_MONTHS[Number(part('month')) - 1] ?? ''} ${part('year')}`;
  return options.withTime ? `${day} ម៉ោង ${part('hour')}:${part('minute')}` : day;
}

const hasLocaleData = (language: Language): boolean =>
  Intl.DateTimeFormat.supportedLocalesOf([LOCALES[language]]).length > 0;

function format(date: Date, language: Language, options: FormatOptions): string {
  if (Number.isNaN(date.getTime())) return '';
  if (language === 'km' && !hasLocaleData('km')) return formatKhmerFallback(date, options);
  return new Intl.DateTimeFormat(LOCALES[language], {
    dateStyle: 'long',
    timeStyle: options.withTime ? 'short' : undefined,
    timeZone: options.timeZone,
  }).format(date);
}

/** A moment in the reader's language and time zone, e.g. "24 November 2026 at 14:05". */
export function formatDateTime(iso: string, language: Language): string {
  return format(new Date(iso), language, { withTime: true }) || iso;
}

/** A calendar date given without a time ("2026-11-24"), shown as that same day everywhere. */
export function formatCalendarDate(isoDate: string, language: Language): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  return format(date, language, { withTime: false, timeZone: 'UTC' }) || isoDate;
}

/** When an incident happened: a date alone, or a date and time. */
export function formatOccurredAt(value: string, language: Language): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(value)
    ? formatCalendarDate(value, language)
    : formatDateTime(value, language);
}

/** A list's number of matches; "1,000+" when the server stopped counting (`totalCapped`). */
export function formatTotal(total: number, capped: boolean, language: Language): string {
  return `${total.toLocaleString(language)}${capped ? '+' : ''}`;
}
