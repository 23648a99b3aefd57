import type { z } from 'zod';
import { REPORT_DETAILS_SCHEMAS, type ReportDetails } from '../../domain/reports/report-details.ts';
import type { IncidentTypeId } from '../../domain/taxonomy/incident-types.ts';

/**
 * How the web app asks the questions of each kind of incident (report-details.ts): which
 * control each answer gets, in which order. The allowed answers of a choice come from the
 * schema itself; a unit test checks that every field of every schema is asked here.
 */
export type OptionSet =
  | 'answer'
  | 'platform'
  | 'accountKind'
  | 'contactChannel'
  | 'paymentChannel'
  | 'currency'
  | 'demand';

export type QuestionKind =
  | { kind: 'text'; inputMode?: 'url' | 'text' | 'tel' }
  | { kind: 'longText' }
  | { kind: 'choice'; set: OptionSet; control: 'radio' | 'select' }
  | { kind: 'amount' }
  | { kind: 'moment' }
  | { kind: 'count' };

export type Question<Field extends string = string> = QuestionKind & { field: Field };

type QuestionsOf = {
  [K in IncidentTypeId]: readonly Question<Extract<keyof ReportDetails[K], string>>[];
};

const yesNo = { kind: 'choice', set: 'answer', control: 'radio' } as const;
const url = { kind: 'text', inputMode: 'url' } as const;
const text = { kind: 'text' } as const;
const moment = { kind: 'moment' } as const;

export const REPORT_QUESTIONS: QuestionsOf = {
  'account-takeover': [
    { field: 'platform', kind: 'choice', set: 'platform', control: 'select' },
    { field: 'accountKind', kind: 'choice', set: 'accountKind', control: 'radio' },
    { field: 'profileLink', ...url },
    { field: 'stillControlsRecovery', ...yesNo },
  ],
  phishing: [
    { field: 'link', ...url },
    { field: 'channel', kind: 'choice', set: 'contactChannel', control: 'select' },
    { field: 'sender', ...text },
    { field: 'impersonated', ...text },
    { field: 'enteredCredentials', ...yesNo },
  ],
  'money-scam': [
    { field: 'amount', kind: 'amount' },
    { field: 'currency', kind: 'choice', set: 'currency', control: 'radio' },
    { field: 'paymentChannel', kind: 'choice', set: 'paymentChannel', control: 'select' },
    { field: 'receivingAccount', kind: 'text', inputMode: 'text' },
    { field: 'receivingName', ...text },
    { field: 'transferredAt', ...moment },
    { field: 'contactChannel', kind: 'choice', set: 'contactChannel', control: 'select' },
    { field: 'scammerContact', ...text },
  ],
  defacement: [
    { field: 'url', ...url },
    { field: 'firstSeenAt', ...moment },
  ],
  'service-down': [
    { field: 'service', ...text },
    { field: 'since', ...moment },
    { field: 'ransomDemanded', ...yesNo },
  ],
  malware: [
    { field: 'filesEncrypted', ...yesNo },
    { field: 'ransomNote', kind: 'longText' },
    { field: 'devicesAffected', kind: 'count' },
  ],
  sextortion: [
    { field: 'platform', kind: 'choice', set: 'platform', control: 'select' },
    { field: 'demand', kind: 'choice', set: 'demand', control: 'radio' },
    { field: 'paid', ...yesNo },
    { field: 'offenderContact', ...text },
  ],
  'data-leak': [
    { field: 'dataKind', ...text },
    { field: 'whereSeen', ...url },
    { field: 'recordsEstimate', kind: 'count' },
  ],
  other: [],
};

export const questionsOf = (type: IncidentTypeId | ''): readonly Question[] =>
  type ? REPORT_QUESTIONS[type] : [];

/** Every field name asked anywhere (a field such as `platform` is shared by two kinds). */
export const ALL_DETAIL_FIELDS: readonly string[] = [
  ...new Set(Object.values(REPORT_QUESTIONS).flatMap((list) => list.map((q) => q.field))),
];

/** The answers a choice allows, read from its schema: `z.enum([...]).optional()`. */
export function optionsOf(type: IncidentTypeId, field: string): readonly string[] {
  const shape: Record<string, z.ZodType> = REPORT_DETAILS_SCHEMAS[type].shape;
  let schema: z.ZodType | undefined = shape[field];
  while (schema && schema.def.type === 'optional') {
    schema = (schema as z.ZodOptional).unwrap() as z.ZodType;
  }
  return schema && schema.def.type === 'enum' ? (schema as z.ZodEnum).options.map(String) : [];
}

/** The id of the control an error about a detail field leads to. */
export function detailControlId(type: IncidentTypeId, question: Question): string {
  const base = `detail-${question.field}`;
  if (question.kind === 'moment') return `${base}-date`;
  if (question.kind === 'choice' && question.control === 'radio') {
    return `${base}-${optionsOf(type, question.field)[0] ?? ''}`;
  }
  return base;
}
