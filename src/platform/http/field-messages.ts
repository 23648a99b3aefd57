import { z } from 'zod';
import type { Language } from '../../domain/language.ts';
import type { FieldError } from '../errors.ts';

/**
 * Validation issues → field messages in the reader's language. Zod's own locales word the
 * built-in checks; the custom messages our schemas carry are translated here.
 */
const CUSTOM_MESSAGES_KM: Record<string, string> = {
  'the anti-spam check failed: reload the page and send again':
    'ការត្រួតពិនិត្យប្រឆាំងសារឥតបានការមិនបានសម្រេច។ សូមផ្ទុកទំព័រឡើងវិញ ហើយផ្ញើម្ដងទៀត។',
  'must be more than zero': 'ត្រូវតែធំជាងសូន្យ',
  'printable ASCII without spaces': 'តួអក្សរ ASCII ដែលអាចបោះពុម្ពបាន គ្មានដកឃ្លា',
  'use at least 12 characters': 'សូមប្រើយ៉ាងហោចណាស់ ១២ តួអក្សរ',
  'use at most 256 characters': 'សូមប្រើមិនលើសពី ២៥៦ តួអក្សរ',
  'the code has 6 digits': 'លេខកូដមាន ៦ ខ្ទង់',
  'cannot be in the future': 'មិនអាចជាពេលអនាគតបានទេ',
  'a phone number has digits, spaces, dashes or +': 'លេខទូរស័ព្ទមានតែលេខ ដកឃ្លា សញ្ញាដក ឬ +',
  'give at least one way to reach you, or leave contact details out':
    'សូមផ្ដល់មធ្យោបាយទំនាក់ទំនងយ៉ាងហោចណាស់មួយ ឬទុកព័ត៌មានទំនាក់ទំនងឱ្យនៅទទេ',
};

const locales = { km: z.locales.km() };

/** The shape fastify-type-provider-zod gives each failed check. */
export type ValidationEntry = {
  keyword: string;
  instancePath: string;
  message?: string;
  params: Record<string, unknown>;
};

export function localiseValidation(
  entries: readonly ValidationEntry[],
  part: string,
  language: Language,
): FieldError[] {
  return entries.map((entry) => {
    const path = entry.instancePath.replace(/^\//, '').replace(/\//g, '.');
    const issue = { ...entry.params, code: entry.keyword, path: [], message: entry.message };
    const english = entry.message ?? 'invalid value';
    return { path: path || part, message: translate(issue, english, language) };
  });
}

function translate(issue: Record<string, unknown>, english: string, language: Language): string {
  if (language === 'en') return english;
  const custom = CUSTOM_MESSAGES_KM[english];
  if (custom) return custom;
  // Not one of ours: Zod's Khmer locale words the check from the issue itself.
  const rawIssue = issue as unknown as Parameters<
    ReturnType<typeof z.locales.km>['localeError']
  >[0];
  return messageText(locales.km.localeError(rawIssue)) ?? english;
}

function messageText(result: string | { message: string } | undefined | null): string | undefined {
  if (!result) return undefined;
  return typeof result === 'string' ? result : result.message;
}

/** Field errors a service raised (in English) → the reader's language. */
export function localiseFieldErrors(
  fields: readonly FieldError[],
  language: Language,
): FieldError[] {
  if (language === 'en') return [...fields];
  return fields.map((field) => ({
    path: field.path,
    message: CUSTOM_MESSAGES_KM[field.message] ?? field.message,
  }));
}
