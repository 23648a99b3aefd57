import { queryOptions } from '@tanstack/react-query';
import {
  EvidenceListSchema,
  type EvidenceVariant,
} from '../../../domain/evidence/evidence.schemas.ts';
import {
  ReportDetailSchema,
  ReportListSchema,
  ReporterMessageSchema,
  type ReporterMessage,
  type ReportStatus,
  type StaffMessageBody,
} from '../../../domain/reports/report.schemas.ts';
import { staffGet, staffSend } from '../staff-api.ts';

export const REPORTS_PAGE_SIZE = 50;

export const reportListQuery = (status: ReportStatus, page: number) =>
  queryOptions({
    queryKey: ['reports', status, page],
    queryFn: () => {
      const params = new URLSearchParams({
        status,
        limit: String(REPORTS_PAGE_SIZE),
        offset: String((page - 1) * REPORTS_PAGE_SIZE),
      });
      return staffGet(`/api/reports?${params.toString()}`, ReportListSchema);
    },
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
