import type { IncidentTypeId } from '../../domain/taxonomy/incident-types.ts';
import {
  extractObservables,
  normaliseObservableValue,
} from '../../domain/observables/extract-observables.ts';
import {
  ObservableTypeSchema,
  type ReportObservable,
} from '../../domain/observables/observable.schemas.ts';
import {
  publicStatusOf,
  type PublicReportView,
  type ReportContact,
  type ReportDetail,
  type ReporterMessage,
  type ReportSummary,
} from '../../domain/reports/report.schemas.ts';
import { formatTrackingCode } from '../../domain/reports/tracking-code.ts';
import type { ReportListRow, ReportMessageRow, ReportRow } from './reports.repository.ts';

const EXCERPT_LENGTH = 140;

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= EXCERPT_LENGTH) return flat;
  // Cut at a grapheme boundary so a Khmer cluster is never split in half.
  const graphemes = [...new Intl.Segmenter('km', { granularity: 'grapheme' }).segment(flat)];
  let out = '';
  for (const { segment } of graphemes) {
    if (out.length + segment.length > EXCERPT_LENGTH) break;
    out += segment;
  }
  return `${out}…`;
}

export function presentSummary(row: ReportListRow, hasContact: boolean): ReportSummary {
  return {
    id: row.id,
    trackingCode: formatTrackingCode(row.trackingCode),
    incidentType: row.incidentType as IncidentTypeId,
    status: row.status,
    language: row.language,
    channel: row.channel,
    hasContact,
    excerpt: excerpt(row.description),
    submittedAt: row.submittedAt.toISOString(),
  };
}

export const presentMessage = (row: ReportMessageRow): ReporterMessage => ({
  id: row.id,
  from: row.author,
  body: row.body,
  sentAt: row.createdAt.toISOString(),
});

/** A reporter may add to a report until it is closed or withdrawn. */
export const isOpenToReporter = (row: ReportRow): boolean =>
  row.status !== 'closed' && row.status !== 'withdrawn';

/** Answers that name the account money went to: a number there is an account number. */
const ACCOUNT_ANSWERS = new Set(['receivingAccount']);

/**
 * What the report's texts name (description, string answers, the reporter's messages),
 * then what the sending organisation supplied; a value both found and supplied counts as
 * supplied. Supplied values of an unknown type (older rows) are left out.
 */
export function reportObservables(
  row: Pick<ReportRow, 'description' | 'details' | 'observables'>,
  messages: ReportMessageRow[],
): ReportObservable[] {
  const texts: { text: string; accountContext: boolean }[] = [
    { text: row.description, accountContext: false },
    ...Object.entries(row.details).flatMap(([field, answer]) =>
      typeof answer === 'string'
        ? [{ text: answer, accountContext: ACCOUNT_ANSWERS.has(field) }]
        : [],
    ),
    ...messages
      .filter((message) => message.author === 'reporter')
      .map((message) => ({ text: message.body, accountContext: false })),
  ];
  const byKey = new Map<string, ReportObservable>();
  for (const supplied of row.observables) {
    const type = ObservableTypeSchema.safeParse(supplied.type);
    if (!type.success) continue;
    const value = normaliseObservableValue(type.data, supplied.value);
    byKey.set(`${type.data} ${value}`, { type: type.data, value, raw: null, source: 'supplied' });
  }
  const extracted = texts.flatMap(({ text, accountContext }) =>
    extractObservables(text, { accountContext }),
  );
  for (const { type, value, raw } of extracted) {
    const key = `${type} ${value}`;
    if (!byKey.has(key)) byKey.set(key, { type, value, raw, source: 'extracted' });
  }
  const all = [...byKey.values()];
  return [
    ...all.filter((o) => o.source === 'extracted'),
    ...all.filter((o) => o.source === 'supplied'),
  ];
}

export function presentDetail(
  row: ReportRow,
  contact: ReportContact | null,
  hasContact: boolean,
  messages: ReportMessageRow[],
  incident: ReportDetail['incident'] = null,
): ReportDetail {
  return {
    ...presentSummary(row, hasContact),
    description: row.description,
    occurredAt: row.occurredAt,
    rsit: { class: row.rsitClass, type: row.rsitType },
    localSubtype: row.localSubtype,
    details: row.details,
    messages: messages.map(presentMessage),
    observables: reportObservables(row, messages),
    contact: contact
      ? { name: contact.name ?? null, email: contact.email ?? null, phone: contact.phone ?? null }
      : null,
    incident,
  };
}

export function presentForReporter(
  row: ReportRow,
  messages: ReportMessageRow[],
  evidenceCount: number,
): PublicReportView {
  return {
    trackingCode: formatTrackingCode(row.trackingCode),
    status: publicStatusOf(row.status),
    incidentType: row.incidentType as IncidentTypeId,
    submittedAt: row.submittedAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    messages: messages.map(presentMessage),
    evidenceCount,
    canAddInformation: isOpenToReporter(row),
  };
}
