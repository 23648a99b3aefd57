import {
  PublicReportCreatedSchema,
  type PublicReportBody,
  type PublicReportCreated,
} from '../../../domain/reports/report.schemas.ts';
import { requestJson } from '../../shared/api-client.ts';

function randomKey(): string {
  // crypto.randomUUID needs a secure context; getRandomValues works everywhere.
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

let lastAttempt: { body: string; key: string } | null = null;

/**
 * Sends a report. Sending the same report again (a retry after a dropped connection) reuses
 * its Idempotency-Key, so the server can answer with the first result instead of a duplicate.
 */
export function submitReport(body: PublicReportBody): Promise<PublicReportCreated> {
  const serialised = JSON.stringify(body);
  if (lastAttempt?.body !== serialised) lastAttempt = { body: serialised, key: randomKey() };
  return requestJson('/api/public/reports', PublicReportCreatedSchema, {
    method: 'POST',
    body,
    headers: { 'Idempotency-Key': lastAttempt.key },
  });
}
