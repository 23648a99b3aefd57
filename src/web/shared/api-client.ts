import type { z } from 'zod';
import {
  ErrorEnvelopeSchema,
  type FieldErrorView,
} from '../../domain/api/error-envelope.schemas.ts';
import { currentLanguage } from '../i18n/i18n.ts';

/**
 * A failed API call. `serverMessage` is the server's message, already in the reader's
 * language; it is null when the server could not be reached (status 0) or did not answer
 * with the error envelope.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly serverMessage: string | null;
  readonly fields: FieldErrorView[];
  readonly requestId: string | null;

  constructor(init: {
    status: number;
    code: string;
    serverMessage?: string | null;
    fields?: FieldErrorView[];
    requestId?: string | null;
    cause?: unknown;
  }) {
    super(init.serverMessage ?? `${init.code} (${init.status})`, { cause: init.cause });
    this.name = 'ApiError';
    this.status = init.status;
    this.code = init.code;
    this.serverMessage = init.serverMessage ?? null;
    this.fields = init.fields ?? [];
    this.requestId = init.requestId ?? null;
  }
}

export type RequestOptions = {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  headers?: Record<string, string>;
};

async function send(path: string, options: RequestOptions): Promise<Response> {
  const headers: Record<string, string> = {
    Accept: 'application/json',
    'Accept-Language': currentLanguage(),
    ...options.headers,
  };
  const init: RequestInit = {
    method: options.method ?? 'GET',
    headers,
    credentials: 'same-origin',
  };
  if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(options.body);
  }
  let response: Response;
  try {
    response = await fetch(path, init);
  } catch (cause) {
    throw new ApiError({ status: 0, code: 'network', cause });
  }
  if (!response.ok) throw await errorFrom(response);
  return response;
}

async function errorFrom(response: Response): Promise<ApiError> {
  const body: unknown = await response.json().catch(() => null);
  const envelope = ErrorEnvelopeSchema.safeParse(body);
  if (!envelope.success) return new ApiError({ status: response.status, code: 'unexpected' });
  const { code, message, fields, requestId } = envelope.data.error;
  return new ApiError({
    status: response.status,
    code,
    serverMessage: message,
    fields: fields ?? [],
    requestId,
  });
}

/** Calls the API and checks the answer against the shared schema of its response. */
export async function requestJson<Schema extends z.ZodType>(
  path: string,
  schema: Schema,
  options: RequestOptions = {},
): Promise<z.output<Schema>> {
  const response = await send(path, options);
  const parsed = schema.safeParse(await response.json().catch(() => null));
  if (!parsed.success) {
    throw new ApiError({ status: response.status, code: 'unexpected_response' });
  }
  return parsed.data;
}

/** Calls the API when no body is expected back (204). */
export async function requestVoid(path: string, options: RequestOptions = {}): Promise<void> {
  await send(path, options);
}
