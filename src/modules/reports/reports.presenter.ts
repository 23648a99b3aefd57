import type { IncidentTypeId } from '../../domain/taxonomy/incident-types.ts';
import {
  publicStatusOf,
  type PublicReportView,
  type ReportContact,
  type ReportDetail,
  type ReportSummary,
} from '../../domain/reports/report.schemas.ts';
import { formatTrackingCode } from '../../domain/reports/tracking-code.ts';
import type { ReportRow } from './reports.repository.ts';

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

export function presentDetail(
  row: ReportRow,
  contact: ReportContact | null,
  hasContact: boolean,
): ReportDetail {
  return {
    ...presentSummary(row, hasContact),
    description: row.description,
    occurredAt: row.occurredAt,
    rsit: { class: row.rsitClass, type: row.rsitType },
    localSubtype: row.localSubtype,
    contact: contact
      ? { name: contact.name ?? null, email: contact.email ?? null, phone: contact.phone ?? null }
      : null,
  };
}

export function presentForReporter(row: ReportRow): PublicReportView {
  return {
    trackingCode: formatTrackingCode(row.trackingCode),
    status: publicStatusOf(row.status),
    incidentType: row.incidentType as IncidentTypeId,
    submittedAt: row.submittedAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
