import { toAsciiDigits } from '../reports/text.ts';

/**
 * Two-digit prefixes after the trunk 0 that Cambodian numbers start with: mobile
 * operators (Cellcard, Smart, Metfone, Seatel, qb, Cootel) and provincial landline codes.
 */
const PREFIXES = new Set([
  ...['10', '11', '12', '13', '14', '15', '16', '17', '18', '31', '38', '60', '61', '66'],
  ...['67', '68', '69', '70', '71', '76', '77', '78', '79', '80', '81', '83', '84', '85'],
  ...['86', '87', '88', '89', '90', '92', '93', '95', '96', '97', '98', '99'],
  ...['23', '24', '25', '26', '32', '33', '34', '35', '36', '42', '43', '44', '52', '53'],
  ...['54', '55', '62', '63', '64', '65', '72', '73', '74', '75'],
]);

const SEPARATORS = /[\s.\-()\u200B]/g;

/**
 * A Cambodian phone number as written ("012 345 678", "097-123-4567", "+855 (0)12 345 678",
 * "០៩៧ ១២៣ ៤៥៦៧") in E.164 ("+85512345678"), or null when it is not one. Without the
 * country code the trunk 0 is required, so amounts and dates are not taken for phones.
 */
export function normaliseCambodianPhone(text: string): string | null {
  const compact = toAsciiDigits(text).replace(SEPARATORS, '');
  const match = /^(?:(?:\+|00)?855(0?)|0)(\d{8,9})$/.exec(compact);
  const national = match?.[2];
  if (!national) return null;
  return PREFIXES.has(national.slice(0, 2)) ? `+855${national}` : null;
}

/**
 * A foreign number written with its country code ("+66 81 234 5678", "+86 138 0013 8000")
 * in E.164, or null. Scam compounds across the border call from Thai, Vietnamese and Chinese
 * numbers; without the + a number is not taken for a foreign one. +855 is left to
 * normaliseCambodianPhone, so an invalid Cambodian number is not accepted here.
 */
export function normaliseInternationalPhone(text: string): string | null {
  const compact = toAsciiDigits(text).replace('(0)', '').replace(SEPARATORS, '');
  const match = /^\+(?!855)([1-9]\d{7,14})$/.exec(compact);
  return match?.[1] && !/0{6}$/.test(match[1]) ? `+${match[1]}` : null;
}

/** A Cambodian or, with its + and country code, a foreign phone number in E.164, or null. */
export const normalisePhone = (text: string): string | null =>
  normaliseCambodianPhone(text) ?? normaliseInternationalPhone(text);
