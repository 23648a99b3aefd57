import type { TFunction } from 'i18next';
import type { z } from 'zod';
import type { Language } from '../../../domain/language.ts';
import {
  PublicReportBodySchema,
  toAsciiDigits,
  type PublicReportBody,
} from '../../../domain/reports/report.schemas.ts';
import { INCIDENT_TYPES, type IncidentTypeId } from '../../../domain/taxonomy/incident-types.ts';
import { detailControlId, questionsOf, type Question } from '../../shared/report-questions.ts';

export type ReportFormValues = {
  incidentType: IncidentTypeId | '';
  /**
   * Answers to the kind's questions as typed, by field name; a moment keeps its time under
   * `<field>Time`. Answers of other kinds stay here (switching back keeps them) but are
   * not sent.
   */
  details: Record<string, string>;
  description: string;
  date: string;
  time: string;
  name: string;
  email: string;
  phone: string;
};

export const EMPTY_REPORT_FORM: ReportFormValues = {
  incidentType: '',
  details: {},
  description: '',
  date: '',
  time: '',
  name: '',
  email: '',
  phone: '',
};

export const DESCRIPTION_MAX = 10_000;

/** Problems by field path as the schema and the server name them (`details.amount`). */
export type ReportFieldErrors = Record<string, string>;

const BASE_FIELDS = ['description', 'occurredAt', 'contact.name', 'contact.email', 'contact.phone'];

/** The paths of the fields on the page for this kind, in the order they appear. */
export function reportFields(type: IncidentTypeId | ''): string[] {
  return [
    'incidentType',
    ...questionsOf(type).map((question) => `details.${question.field}`),
    ...BASE_FIELDS,
  ];
}

const BASE_FIELD_IDS: Record<string, string> = {
  incidentType: `incident-type-${INCIDENT_TYPES[0]?.id ?? 'other'}`,
  description: 'description',
  occurredAt: 'occurred-date',
  'contact.name': 'contact-name',
  'contact.email': 'contact-email',
  'contact.phone': 'contact-phone',
};

const questionAt = (type: IncidentTypeId | '', path: string): Question | undefined =>
  questionsOf(type).find((question) => `details.${question.field}` === path);

/** The control an error about a field leads to. */
export function fieldIdOf(type: IncidentTypeId | '', path: string): string {
  const question = questionAt(type, path);
  if (type && question) return detailControlId(type, question);
  return BASE_FIELD_IDS[path] ?? 'description';
}

/** A date alone, or a date and local time with this device's UTC offset. */
export function occurredAtOf(date: string, time: string): string | undefined {
  if (!date) return undefined;
  if (!time) return date;
  const withSeconds = time.length === 5 ? `${time}:00` : time;
  const local = new Date(`${date}T${withSeconds}`);
  if (Number.isNaN(local.getTime())) return `${date}T${withSeconds}`;
  const offset = -local.getTimezoneOffset();
  const abs = Math.abs(offset);
  const hours = String(Math.floor(abs / 60)).padStart(2, '0');
  const minutes = String(abs % 60).padStart(2, '0');
  return `${date}T${withSeconds}${offset >= 0 ? '+' : '-'}${hours}:${minutes}`;
}

/** The answers of the chosen kind that were given, ready for its schema; none: undefined. */
export function rawDetails(
  type: IncidentTypeId | '',
  answers: Record<string, string>,
): Record<string, string> | undefined {
  const details: Record<string, string> = {};
  for (const question of questionsOf(type)) {
    const value = (answers[question.field] ?? '').trim();
    if (question.kind === 'moment') {
      const moment = occurredAtOf(value, answers[`${question.field}Time`] ?? '');
      if (moment) details[question.field] = moment;
    } else if (question.kind === 'count') {
      if (value) details[question.field] = toAsciiDigits(value).replace(/[\s,]/g, '');
    } else if (value) {
      details[question.field] = value;
    }
  }
  return Object.keys(details).length > 0 ? details : undefined;
}

/** What the form sends, before validation: contact details only when some were given. */
export function rawReportBody(
  values: ReportFormValues,
  language: Language,
): Record<string, unknown> {
  const hasContact = [values.name, values.email, values.phone].some((value) => value.trim());
  return {
    incidentType: values.incidentType || undefined,
    description: values.description,
    occurredAt: occurredAtOf(values.date, values.time),
    language,
    details: rawDetails(values.incidentType, values.details),
    contact: hasContact
      ? { name: values.name, email: values.email, phone: values.phone }
      : undefined,
  };
}

type Issue = z.core.$ZodIssue;

function detailMessage(question: Question, issue: Issue, t: TFunction): string {
  switch (question.kind) {
    case 'amount':
      if (issue.code === 'too_small') return t('errors.amountPositive');
      if (issue.code === 'too_big') return t('errors.amountTooBig');
      return t('errors.amountNumber');
    case 'count':
      return issue.code === 'too_big' ? t('errors.amountTooBig') : t('errors.wholeNumber');
    case 'moment':
      return issue.code === 'custom' ? t('errors.futureDate') : t('errors.invalidDate');
    case 'text':
    case 'longText':
      return issue.code === 'too_big' ? t('errors.tooLong') : t('errors.invalidField');
    case 'choice':
      return t('errors.invalidField');
  }
}

function issueMessage(type: IncidentTypeId | '', path: string, issue: Issue, t: TFunction) {
  const question = questionAt(type, path);
  if (question) return detailMessage(question, issue, t);
  switch (path) {
    case 'incidentType':
      return t('errors.chooseType');
    case 'description':
      if (issue.code === 'too_small') return t('errors.descriptionShort', { min: 10 });
      if (issue.code === 'too_big') return t('errors.descriptionLong', { max: DESCRIPTION_MAX });
      return t('errors.invalidField');
    case 'occurredAt':
      return issue.code === 'custom' ? t('errors.futureDate') : t('errors.invalidDate');
    case 'contact.email':
      return issue.code === 'too_big' ? t('errors.tooLong') : t('errors.invalidEmail');
    case 'contact.phone':
      return issue.code === 'too_big' ? t('errors.tooLong') : t('errors.invalidPhone');
    default:
      return issue.code === 'too_big' ? t('errors.tooLong') : t('errors.invalidField');
  }
}

export type ReportValidation =
  { ok: true; body: PublicReportBody } | { ok: false; errors: ReportFieldErrors };

/** Checks the form with the same schema the server uses; messages in the UI language. */
export function validateReport(
  values: ReportFormValues,
  language: Language,
  t: TFunction,
): ReportValidation {
  const raw = rawReportBody(values, language);
  const result = PublicReportBodySchema.safeParse(raw);
  if (result.success) return { ok: true, body: result.data };
  const known = reportFields(values.incidentType);
  const errors: ReportFieldErrors = {};
  // Without a kind the schema stops at the discriminator: check the rest as "other" too,
  // so that every problem is named at once.
  const issues = values.incidentType
    ? result.error.issues
    : [
        ...result.error.issues,
        ...(PublicReportBodySchema.safeParse({ ...raw, incidentType: 'other' }).error?.issues ??
          []),
      ];
  for (const issue of issues) {
    const joined = issue.path.join('.');
    const path = known.includes(joined) ? joined : 'description';
    errors[path] ??= issueMessage(values.incidentType, joined, issue, t);
  }
  return { ok: false, errors };
}
