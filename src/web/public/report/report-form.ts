import type { TFunction } from 'i18next';
import type { z } from 'zod';
import type { Language } from '../../../domain/language.ts';
import {
  PublicReportBodySchema,
  type PublicReportBody,
} from '../../../domain/reports/report.schemas.ts';
import { INCIDENT_TYPES, type IncidentTypeId } from '../../../domain/taxonomy/incident-types.ts';

export type ReportFormValues = {
  incidentType: IncidentTypeId | '';
  description: string;
  date: string;
  time: string;
  name: string;
  email: string;
  phone: string;
};

export const EMPTY_REPORT_FORM: ReportFormValues = {
  incidentType: '',
  description: '',
  date: '',
  time: '',
  name: '',
  email: '',
  phone: '',
};

export const DESCRIPTION_MAX = 10_000;

/** Fields as the schema (and the server) name them, in the order they appear on the page. */
export const REPORT_FIELDS = [
  'incidentType',
  'description',
  'occurredAt',
  'contact.name',
  'contact.email',
  'contact.phone',
] as const;
export type ReportField = (typeof REPORT_FIELDS)[number];
export type ReportFieldErrors = Partial<Record<ReportField, string>>;

export const isReportField = (path: string): path is ReportField =>
  (REPORT_FIELDS as readonly string[]).includes(path);

/** The control an error about each field leads to. */
export const FIELD_IDS: Record<ReportField, string> = {
  incidentType: `incident-type-${INCIDENT_TYPES[0]?.id ?? 'other'}`,
  description: 'description',
  occurredAt: 'occurred-date',
  'contact.name': 'contact-name',
  'contact.email': 'contact-email',
  'contact.phone': 'contact-phone',
};

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

/** What the form sends, before validation: contact details only when some were given. */
export function rawReportBody(values: ReportFormValues, language: Language): unknown {
  const hasContact = [values.name, values.email, values.phone].some((value) => value.trim());
  return {
    incidentType: values.incidentType || undefined,
    description: values.description,
    occurredAt: occurredAtOf(values.date, values.time),
    language,
    contact: hasContact
      ? { name: values.name, email: values.email, phone: values.phone }
      : undefined,
  };
}

type Issue = z.core.$ZodIssue;

function issueMessage(field: ReportField, issue: Issue, t: TFunction): string {
  switch (field) {
    case 'incidentType':
      return t('errors.chooseType');
    case 'description':
      if (issue.code === 'too_small') return t('errors.descriptionShort', { min: 10 });
      if (issue.code === 'too_big') return t('errors.descriptionLong', { max: DESCRIPTION_MAX });
      return t('errors.invalidField');
    case 'occurredAt':
      return issue.code === 'custom' ? t('errors.futureDate') : t('errors.invalidDate');
    case 'contact.name':
      return t('errors.tooLong');
    case 'contact.email':
      return issue.code === 'too_big' ? t('errors.tooLong') : t('errors.invalidEmail');
    case 'contact.phone':
      return issue.code === 'too_big' ? t('errors.tooLong') : t('errors.invalidPhone');
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
  const result = PublicReportBodySchema.safeParse(rawReportBody(values, language));
  if (result.success) return { ok: true, body: result.data };
  const errors: ReportFieldErrors = {};
  for (const issue of result.error.issues) {
    const path = issue.path.join('.');
    const field: ReportField = isReportField(path) ? path : 'description';
    errors[field] ??= issueMessage(field, issue, t);
  }
  return { ok: false, errors };
}
