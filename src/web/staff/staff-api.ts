import type { z } from 'zod';
import type { SessionView } from '../../domain/auth/auth.schemas.ts';
import { requestJson, requestVoid, type RequestOptions } from '../shared/api-client.ts';

/** The CSRF token of the latest SessionView; every state-changing call carries it. */
let csrfToken: string | null = null;

export function rememberCsrfToken(session: SessionView | null): void {
  csrfToken = session?.csrfToken ?? null;
}

type SendOptions = { method?: 'POST' | 'PUT' | 'PATCH' | 'DELETE'; body?: unknown };

function withCsrf(options: SendOptions): RequestOptions {
  return {
    method: options.method ?? 'POST',
    body: options.body,
    headers: csrfToken ? { 'X-CSRF-Token': csrfToken } : {},
  };
}

export function staffGet<Schema extends z.ZodType>(
  path: string,
  schema: Schema,
): Promise<z.output<Schema>> {
  return requestJson(path, schema);
}

export function staffSend<Schema extends z.ZodType>(
  path: string,
  schema: Schema,
  options: SendOptions = {},
): Promise<z.output<Schema>> {
  return requestJson(path, schema, withCsrf(options));
}

/** A state-changing call that answers 204 No Content. */
export function staffSendVoid(path: string, options: SendOptions = {}): Promise<void> {
  return requestVoid(path, withCsrf(options));
}
