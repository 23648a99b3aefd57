import { PROOF_OF_WORK_HEADER } from '../../../domain/proof-of-work.ts';
import {
  PublicReportCreatedSchema,
  type PublicReportBody,
  type PublicReportCreated,
} from '../../../domain/reports/report.schemas.ts';
import { ApiError, requestJson } from '../../shared/api-client.ts';
import type { ProofOfWork } from '../pow/proof-of-work.ts';

function randomKey(): string {
  // crypto.randomUUID needs a secure context; getRandomValues works everywhere.
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

let lastAttempt: { body: string; key: string } | null = null;

/** The server refused the proof of work (missing, expired or already used). */
export const isProofOfWorkRefusal = (error: unknown): boolean =>
  error instanceof ApiError &&
  error.status === 400 &&
  error.fields.some((field) => field.path.replace(/^[/.]+/, '') === 'proofOfWork');

/**
 * Sends a report with its proof of work. Sending the same report again (a retry after a
 * dropped connection) reuses its Idempotency-Key, so the server can answer with the first
 * result instead of a duplicate. A refused proof of work is solved anew and sent once more.
 */
export async function submitReport(
  body: PublicReportBody,
  pow: ProofOfWork,
): Promise<PublicReportCreated> {
  const serialised = JSON.stringify(body);
  if (lastAttempt?.body !== serialised) lastAttempt = { body: serialised, key: randomKey() };
  const key = lastAttempt.key;
  for (let attempt = 0; ; attempt++) {
    const solution = await pow.header();
    try {
      return await requestJson('/api/public/reports', PublicReportCreatedSchema, {
        method: 'POST',
        body,
        headers: {
          'Idempotency-Key': key,
          ...(solution ? { [PROOF_OF_WORK_HEADER]: solution } : {}),
        },
      });
    } catch (error) {
      // A solution is spent once the server has seen it: have a fresh one ready either way.
      pow.renew();
      if (attempt === 0 && isProofOfWorkRefusal(error)) continue;
      throw error;
    }
  }
}
