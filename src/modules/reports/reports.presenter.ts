import type { IncidentTypeId } from '../../domain/taxonomy/incident-types.ts';
import {
  publicStatusOf,
  type PublicReportView,
  type ReportContact,
  type ReportDetail,
  type ReporterMessage,
  type ReportSummary,
} from '../../domain/reports/report.schemas.ts';
import { formatTrackingCode } from '../../domain/reports/tracking-code.ts';
import type { ReportMessageRow, ReportRow } from './reports.repository.ts';

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

export function presentSummary(row: ReportRow, hasContact: boolean): ReportSummary {
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

export function presentDetail(
  row: ReportRow,
  contact: ReportContact | null,
  hasContact: boolean,
  messages: ReportMessageRow[],
): ReportDetail {
  return {
    ...presentSummary(row, hasContact),
    description: row.description,
    occurredAt: row.occurredAt,
    rsit: { class: row.rsitClass, type: row.rsitType },
    localSubtype: row.localSubtype,
    details: row.details,
    messages: messages.map(presentMessage),
    contact: contact
      ? { name: contact.name ?? null, email: contact.email ?? null, phone: contact.phone ?? null }
      : null,
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
