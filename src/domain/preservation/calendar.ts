import type { Language } from '../language.ts';

/*
 * Calendar days in Cambodia, and dates written in Khmer and English. Cambodia keeps
 * Indochina Time, UTC+07:00, all year (no daylight saving): the offset is a constant, so
 * day boundaries do not depend on the time-zone data of the browser or server (a test
 * checks it against Intl's Asia/Phnom_Penh). Khmer dates are written here rather than by
 * Intl, which some browsers ship without Khmer data.
 */

export const PHNOM_PENH_TIME_ZONE = 'Asia/Phnom_Penh';
const OFFSET_MS = 7 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** A calendar date, "2026-11-24". */
export type LocalDate = string;

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function parts(date: LocalDate): { year: number; month: number; day: number } {
  const match = LOCAL_DATE.exec(date);
  if (!match) throw new Error(`not a calendar date: ${date}`);
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

/** The day it is in Phnom Penh at `instant`. */
export function phnomPenhDate(instant: Date): LocalDate {
  return new Date(instant.getTime() + OFFSET_MS).toISOString().slice(0, 10);
}

/** 00:00 in Phnom Penh on `date`, as an instant. */
export function startOfPhnomPenhDay(date: LocalDate): Date {
  const { year, month, day } = parts(date);
  return new Date(Date.UTC(year, month - 1, day) - OFFSET_MS);
}

/** The calendar date `days` after (or before, if negative) `date`. */
export function addDays(date: LocalDate, days: number): LocalDate {
  const { year, month, day } = parts(date);
  return new Date(Date.UTC(year, month - 1, day) + days * DAY_MS).toISOString().slice(0, 10);
}

/** `instant` moved by whole days (24 hours; Phnom Penh has no daylight saving). */
export const shiftDays = (instant: Date, days: number): Date =>
  new Date(instant.getTime() + days * DAY_MS);

const KHMER_DIGITS = '០១២៣៤៥៦៧៨៩';

/** ASCII digits written as Khmer digits: "2027" → "២០២៧". */
export const khmerDigits = (text: string): string =>
  text.replace(/[0-9]/g, (digit) => KHMER_DIGITS[Number(digit)] ?? digit);

/** A number in the language's digits. */
export const localNumber = (value: number, language: Language): string =>
  language === 'km' ? khmerDigits(String(value)) : String(value);

export const KHMER_MONTHS = [
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
] as const;

const ENGLISH_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/**
 * "21 February 2027", or as Khmer official letters write it, "ថ្ងៃទី២១ ខែកុម្ភៈ ឆ្នាំ២០២៧".
 */
export function formatLocalDate(date: LocalDate, language: Language): string {
  const { year, month, day } = parts(date);
  if (language === 'en') return `${day} ${ENGLISH_MONTHS[month - 1] ?? ''} ${year}`;
  return `ថ្ងៃទី${khmerDigits(String(day))} ខែ${KHMER_MONTHS[month - 1] ?? ''} ឆ្នាំ${khmerDigits(String(year))}`;
}

/** A moment as a Phnom Penh date and time: "24 November 2026, 14:05". */
export function formatPhnomPenhDateTime(instant: Date, language: Language): string {
  const date = formatLocalDate(phnomPenhDate(instant), language);
  const shifted = new Date(instant.getTime() + OFFSET_MS);
  const time = shifted.toISOString().slice(11, 16);
  return language === 'en' ? `${date}, ${time}` : `${date} ម៉ោង ${khmerDigits(time)}`;
}
