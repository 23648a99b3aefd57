import { queryOptions } from '@tanstack/react-query';
import {
  ReportDetailSchema,
  ReportListSchema,
  type ReportStatus,
} from '../../../domain/reports/report.schemas.ts';
import { staffGet } from '../staff-api.ts';

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
