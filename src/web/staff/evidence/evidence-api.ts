import { queryOptions, type QueryClient } from '@tanstack/react-query';
import {
  EvidenceVerificationSchema,
  type CustodyActionName,
  type EvidenceVerification,
} from '../../../domain/evidence/custody.schemas.ts';
import {
  EvidenceDetailSchema,
  EvidenceListSchema,
  type EvidenceDetail,
  type EvidenceList,
} from '../../../domain/evidence/evidence.schemas.ts';
import { ErrorEnvelopeSchema } from '../../../domain/api/error-envelope.schemas.ts';
import { ApiError } from '../../shared/api-client.ts';
import { currentLanguage } from '../../i18n/i18n.ts';
import { staffGet, staffSend } from '../staff-api.ts';

const itemPath = (evidenceId: string, rest = '') =>
  `/api/evidence/${encodeURIComponent(evidenceId)}${rest}`;

/** The evidence of an incident (its reports', its own, its merged incidents'). */
export const incidentEvidenceQuery = (incidentId: string) =>
  queryOptions({
    queryKey: ['evidence', 'incident', incidentId],
    queryFn: () =>
      staffGet(`/api/incidents/${encodeURIComponent(incidentId)}/evidence`, EvidenceListSchema),
  });

/** One item with its chain of custody. */
export const evidenceDetailQuery = (evidenceId: string) =>
  queryOptions({
    queryKey: ['evidence', 'item', evidenceId],
    queryFn: () => staffGet(itemPath(evidenceId), EvidenceDetailSchema),
  });

/** Where an item's original bytes are; the server records the download in its custody. */
export const evidenceDownloadUrl = (evidenceId: string): string =>
  itemPath(evidenceId, '/content?variant=original');

export type LockerAction = CustodyActionName | 'transfer';

/** Seal, unseal, hold, release, destroy (a reason), or transfer (a recipient and a reason). */
export const takeEvidenceAction = (
  evidenceId: string,
  action: LockerAction,
  body: { reason: string; to?: string },
): Promise<EvidenceDetail> =>
  staffSend(itemPath(evidenceId, `/${action}`), EvidenceDetailSchema, { body });

/** Re-hashes the bytes and verifies the chain; the check is recorded in the chain too. */
export const verifyEvidence = (evidenceId: string): Promise<EvidenceVerification> =>
  staffGet(itemPath(evidenceId, '/custody/verify'), EvidenceVerificationSchema);

/** After a change: the item's detail as answered, and the incident's list fetched again. */
export async function showEvidence(queryClient: QueryClient, detail: EvidenceDetail) {
  queryClient.setQueryData(evidenceDetailQuery(detail.id).queryKey, detail);
  await queryClient.invalidateQueries({ queryKey: ['evidence', 'incident'] });
}

export type NewEvidence = {
  file: File;
  description: string;
  method: string;
  tool: string;
};

/**
 * Adds a file to an incident (multipart: the text fields first, then the file, with its
 * last-modified time as the browser knows it). The CSRF token is the session's.
 */
export async function addIncidentEvidence(
  incidentId: string,
  input: NewEvidence,
  csrfToken: string,
): Promise<EvidenceList> {
  const form = new FormData();
  form.append('description', input.description);
  form.append('method', input.method);
  if (input.tool.trim()) form.append('tool', input.tool.trim());
  if (input.file.lastModified > 0) {
    form.append('fileModifiedAt', new Date(input.file.lastModified).toISOString());
  }
  form.append('file', input.file, input.file.name);
  let response: Response;
  try {
    response = await fetch(`/api/incidents/${encodeURIComponent(incidentId)}/evidence`, {
      method: 'POST',
      headers: {
        Accept: 'application/json',
        'Accept-Language': currentLanguage(),
        'X-CSRF-Token': csrfToken,
      },
      credentials: 'same-origin',
      body: form,
    });
  } catch (cause) {
    throw new ApiError({ status: 0, code: 'network', cause });
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const envelope = ErrorEnvelopeSchema.safeParse(body);
    if (!envelope.success) throw new ApiError({ status: response.status, code: 'unexpected' });
    const { code, message, fields, requestId } = envelope.data.error;
    throw new ApiError({
      status: response.status,
      code,
      serverMessage: message,
      fields: fields ?? [],
      requestId,
    });
  }
  const parsed = EvidenceListSchema.safeParse(body);
  if (!parsed.success) throw new ApiError({ status: response.status, code: 'unexpected_response' });
  return parsed.data;
}
