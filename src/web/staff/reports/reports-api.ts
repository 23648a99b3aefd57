import { queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import {
  EvidenceListSchema,
  type EvidenceVariant,
} from '../../../domain/evidence/evidence.schemas.ts';
import {
  BulkResultSchema,
  type BulkRejectBodySchema,
  type BulkResult,
} from '../../../domain/incidents/incident.schemas.ts';
import {
  ReportDetailSchema,
  ReportListSchema,
  ReporterMessageSchema,
  type ReporterMessage,
  type StaffMessageBody,
} from '../../../domain/reports/report.schemas.ts';
import { staffGet, staffSend } from '../staff-api.ts';
import type { ReportsSearch } from './reports-search.ts';

export const REPORTS_PAGE_SIZE = 50;

/** The query string of GET /api/reports: new reports, newest first, unless filtered. */
export function reportListParams(filters: ReportsSearch): URLSearchParams {
  const params = new URLSearchParams({ status: filters.status ?? 'new' });
  if (filters.incidentType) params.set('incidentType', filters.incidentType);
  if (filters.channel) params.set('channel', filters.channel);
  if (filters.language) params.set('language', filters.language);
  const q = filters.q?.trim();
  if (q) params.set('q', q);
  params.set('sort', filters.sort ?? 'newest');
  params.set('limit', String(REPORTS_PAGE_SIZE));
  params.set('offset', String(((filters.page ?? 1) - 1) * REPORTS_PAGE_SIZE));
  return params;
}

export const reportListQuery = (filters: ReportsSearch) =>
  queryOptions({
    queryKey: ['reports', filters],
    queryFn: () =>
      staffGet(`/api/reports?${reportListParams(filters).toString()}`, ReportListSchema),
  });

export const reportDetailQuery = (reportId: string) =>
  queryOptions({
    queryKey: ['report', reportId],
    queryFn: () => staffGet(`/api/reports/${encodeURIComponent(reportId)}`, ReportDetailSchema),
  });

export const reportEvidenceQuery = (reportId: string) =>
  queryOptions({
    queryKey: ['report', reportId, 'evidence'],
    queryFn: () =>
      staffGet(`/api/reports/${encodeURIComponent(reportId)}/evidence`, EvidenceListSchema),
  });

/** A message the reporter will read on their check page. */
export const sendMessageToReporter = (
  reportId: string,
  body: StaffMessageBody,
): Promise<ReporterMessage> =>
  staffSend(`/api/reports/${encodeURIComponent(reportId)}/messages`, ReporterMessageSchema, {
    body,
  });

/** Where an evidence item's bytes are; opening it is audited by the server. */
export const evidenceContentUrl = (evidenceId: string, variant: EvidenceVariant): string =>
  `/api/evidence/${encodeURIComponent(evidenceId)}/content?variant=${variant}`;

/**
 * Rejects many reports for one reason; each reporter is told in the language they wrote
 * in. The answer says what became of each (one refused does not stop the others).
 */
export const bulkRejectReports = (
  body: z.input<typeof BulkRejectBodySchema>,
): Promise<BulkResult> => staffSend('/api/reports/bulk-reject', BulkResultSchema, { body });
