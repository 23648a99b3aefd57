import type { ParseKeys, TFunction } from 'i18next';
import type { Language } from '../../domain/language.ts';
import type { IncidentTypeId } from '../../domain/taxonomy/incident-types.ts';
import { formatOccurredAt } from './format.ts';
import { questionsOf, type OptionSet, type Question } from './report-questions.ts';

/*
 * Keys built from a field or answer name. Every one of them exists in both catalogues:
 * report-questions.test.ts checks it for every field and every answer of every schema.
 */
const key = (path: string) => path as ParseKeys;

export const detailLabel = (t: TFunction, field: string): string =>
  t(key(`details.fields.${field}.label`));

export const detailHint = (t: TFunction, field: string): string =>
  t(key(`details.fields.${field}.hint`));

export const optionLabel = (t: TFunction, set: OptionSet, value: string): string =>
  t(key(`details.options.${set}.${value}`));

const CURRENCY_SIGNS: Record<string, string> = { KHR: '៛', USD: '$' };

/** 500000 and KHR → "500,000 ៛"; 50 and USD → "$50"; without a currency, the number. */
export function formatAmount(amount: number, currency: string | undefined): string {
  const number = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 }).format(amount);
  if (currency === 'USD') return `$${number}`;
  const sign = currency ? (CURRENCY_SIGNS[currency] ?? currency) : '';
  return sign ? `${number} ${sign}` : number;
}

/** One stored answer as a person reads it, in the UI language. */
export function formatDetailValue(
  question: Question | undefined,
  value: unknown,
  details: Record<string, unknown>,
  t: TFunction,
  language: Language,
): string {
  if (value === null || value === undefined) return '';
  if (question?.kind === 'choice' && typeof value === 'string') {
    return optionLabel(t, question.set, value);
  }
  if (question?.kind === 'amount' && typeof value === 'number') {
    const currency = typeof details.currency === 'string' ? details.currency : undefined;
    return formatAmount(value, currency);
  }
  if (question?.kind === 'moment' && typeof value === 'string') {
    return formatOccurredAt(value, language);
  }
  if (typeof value === 'number') return new Intl.NumberFormat('en-US').format(value);
  return typeof value === 'string' ? value : JSON.stringify(value);
}

export type DetailAnswer = { field: string; label: string; value: string };

/**
 * A report's answers in the order its kind asks them, labelled in the UI language; fields
 * this version of the app does not know are listed after them under their own names.
 */
export function detailAnswers(
  type: IncidentTypeId,
  details: Record<string, unknown>,
  t: TFunction,
  language: Language,
): DetailAnswer[] {
  const questions = questionsOf(type);
  const known = questions
    .filter((question) => question.kind !== 'choice' || question.set !== 'currency')
    .filter((question) => details[question.field] !== undefined)
    .map((question) => ({
      field: question.field,
      label: detailLabel(t, question.field),
      value: formatDetailValue(question, details[question.field], details, t, language),
    }));
  const unknown = Object.entries(details)
    .filter(([field]) => !questions.some((question) => question.field === field))
    .map(([field, value]) => ({
      field,
      label: field,
      value: formatDetailValue(undefined, value, details, t, language),
    }));
  // A currency without an amount is listed on its own; with one, it is part of the amount.
  const currency =
    details.amount === undefined && typeof details.currency === 'string'
      ? [
          {
            field: 'currency',
            label: detailLabel(t, 'currency'),
            value: optionLabel(t, 'currency', details.currency),
          },
        ]
      : [];
  return [...known, ...currency, ...unknown];
}
