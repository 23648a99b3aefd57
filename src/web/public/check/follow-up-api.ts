import {
  PublicReportViewSchema,
  ReporterMessageSchema,
  type AddInformationBody,
  type PublicReportView,
  type ReporterMessage,
  type WithdrawReportBody,
} from '../../../domain/reports/report.schemas.ts';
import { requestJson } from '../../shared/api-client.ts';
import type { ReporterCredentials } from '../evidence/upload-file.ts';

const reportPath = (credentials: ReporterCredentials) =>
  `/api/public/reports/${encodeURIComponent(credentials.trackingCode)}`;

/** The secret travels as a bearer token, never in the URL. */
const bearer = (credentials: ReporterCredentials) => ({
  Authorization: `Bearer ${credentials.secret}`,
});

/** Where a report stands, and its conversation. */
export function checkReport(credentials: ReporterCredentials): Promise<PublicReportView> {
  return requestJson(reportPath(credentials), PublicReportViewSchema, {
    headers: bearer(credentials),
  });
}

/** Something the reporter remembered or learned since. */
export function addInformation(
  credentials: ReporterCredentials,
  body: AddInformationBody,
): Promise<ReporterMessage> {
  return requestJson(`${reportPath(credentials)}/additions`, ReporterMessageSchema, {
    method: 'POST',
    body,
    headers: bearer(credentials),
  });
}

/** The reporter no longer wants the CERT to act on the report. */
export function withdrawReport(
  credentials: ReporterCredentials,
  body: WithdrawReportBody,
): Promise<PublicReportView> {
  return requestJson(`${reportPath(credentials)}/withdraw`, PublicReportViewSchema, {
    method: 'POST',
    body,
    headers: bearer(credentials),
  });
}
