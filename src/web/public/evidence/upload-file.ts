import { ErrorEnvelopeSchema } from '../../../domain/api/error-envelope.schemas.ts';
import {
  PublicEvidenceUploadedSchema,
  type PublicEvidenceItem,
} from '../../../domain/evidence/evidence.schemas.ts';
import { currentLanguage } from '../../i18n/i18n.ts';

export type ReporterCredentials = { trackingCode: string; secret: string };

export type UploadOutcome =
  | { ok: true; item: PublicEvidenceItem }
  | {
      ok: false;
      /** 0 when the server could not be reached or cut the connection. */
      status: number;
      /** The server's own words about this file, in the reader's language, if it gave some. */
      message: string | null;
      /** Seconds to wait before trying again (429). */
      retryAfter: number | null;
    };

function failure(request: XMLHttpRequest): UploadOutcome {
  let message: string | null = null;
  try {
    const envelope = ErrorEnvelopeSchema.safeParse(JSON.parse(request.responseText));
    if (envelope.success) {
      message = envelope.data.error.fields?.[0]?.message ?? envelope.data.error.message;
    }
  } catch {
    // Not JSON (a proxy's page, a cut connection): the caller words it.
  }
  const retryAfter = Number(request.getResponseHeader('retry-after'));
  return {
    ok: false,
    status: request.status,
    message,
    retryAfter: Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : null,
  };
}

/**
 * Sends one file as evidence of a report. XMLHttpRequest rather than fetch, because only
 * it reports upload progress; the secret goes in the Authorization header.
 */
export function uploadFile(
  credentials: ReporterCredentials,
  file: File,
  onProgress: (fraction: number) => void,
): Promise<UploadOutcome> {
  return new Promise((resolve) => {
    const request = new XMLHttpRequest();
    const code = encodeURIComponent(credentials.trackingCode);
    request.open('POST', `/api/public/reports/${code}/evidence`);
    request.setRequestHeader('Authorization', `Bearer ${credentials.secret}`);
    request.setRequestHeader('Accept', 'application/json');
    request.setRequestHeader('Accept-Language', currentLanguage());
    request.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    };
    request.onload = () => {
      if (request.status !== 201) return resolve(failure(request));
      try {
        const parsed = PublicEvidenceUploadedSchema.safeParse(JSON.parse(request.responseText));
        const item = parsed.success ? parsed.data.items[0] : undefined;
        if (item) return resolve({ ok: true, item });
      } catch {
        // Falls through to the failure below.
      }
      resolve({ ok: false, status: request.status, message: null, retryAfter: null });
    };
    request.onerror = () => resolve({ ok: false, status: 0, message: null, retryAfter: null });
    request.onabort = request.onerror;
    const form = new FormData();
    form.append('file', file, file.name);
    request.send(form);
  });
}
