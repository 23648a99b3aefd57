import { z } from 'zod';

/** Khmer digits (U+17E0–U+17E9) typed by victims become ASCII digits. */
export const toAsciiDigits = (value: string): string =>
  value.replace(/[\u17E0-\u17E9]/g, (digit) => String(digit.charCodeAt(0) - 0x17e0));

/** NFC, and no zero-width characters that Khmer keyboards leave between words. */
export const normaliseText = (value: string): string =>
  value
    .normalize('NFC')
    .replace(/[\u200B\u200C\uFEFF]/g, '')
    .trim();

/** A free-text field: normalised, then its length checked. */
export const textField = (min: number, max: number) =>
  z.string().transform(normaliseText).pipe(z.string().min(min).max(max));

/** An optional free-text field; blank counts as absent. */
export const optionalTextField = (max: number) =>
  z
    .string()
    .max(max * 2)
    .transform(normaliseText)
    .pipe(z.string().max(max))
    .optional()
    .transform((value) => (value ? value : undefined));
