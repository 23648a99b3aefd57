import {
  PublicReportViewSchema,
  type PublicReportView,
} from '../../../domain/reports/report.schemas.ts';
import { requestJson } from '../../shared/api-client.ts';

/** Asks for a report's status; the secret travels as a bearer token, never in the URL. */
export function checkReport(trackingCode: string, secret: string): Promise<PublicReportView> {
  return requestJson(
    `/api/public/reports/${encodeURIComponent(trackingCode)}`,
    PublicReportViewSchema,
    { headers: { Authorization: `Bearer ${secret}` } },
  );
}
