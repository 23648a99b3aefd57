import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError, ERROR_CODES, type ErrorCode, type FieldError } from '../errors.ts';
import { errorMessage } from './error-messages.ts';
import { localiseFieldErrors, localiseValidation, type ValidationEntry } from './field-messages.ts';

export const ErrorEnvelopeSchema = z.object({
  error: z.object({
    code: z.enum(ERROR_CODES),
    message: z.string(),
    requestId: z.string(),
    fields: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  }),
});
export type ErrorEnvelope = z.infer<typeof ErrorEnvelopeSchema>;

export const STATUS_OF: Record<ErrorCode, number> = {
  validation_failed: 400,
  unauthenticated: 401,
  mfa_required: 401,
  invalid_credentials: 401,
  invalid_mfa_code: 401,
  forbidden: 403,
  csrf_failed: 403,
  setup_token_invalid: 403,
  not_found: 404,
  conflict: 409,
  invalid_transition: 409,
  evidence_sealed: 409,
  evidence_destroyed: 410,
  payload_too_large: 413,
  unsupported_media_type: 415,
  account_locked: 423,
  rate_limited: 429,
  internal: 500,
  not_ready: 503,
};

/** Fastify's own errors that a client caused, by their code. */
const FASTIFY_CODES: Record<string, ErrorCode> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'payload_too_large',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported_media_type',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'validation_failed',
  FST_ERR_CTP_INVALID_JSON_BODY: 'validation_failed',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'validation_failed',
  FST_ERR_VALIDATION: 'validation_failed',
};

/** Turns every error into the one envelope; internals are logged, never echoed. */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const { code, fields, params } = classify(error, request);
    const status = STATUS_OF[code];
    if (status >= 500) request.log.error({ err: error }, 'request failed');
    else request.log.info({ code, status }, 'request refused');
    return sendError(reply, request, code, { fields, params });
  });
}

export function sendError(
  reply: FastifyReply,
  request: FastifyRequest,
  code: ErrorCode,
  extra: { fields?: FieldError[] | undefined; params?: Record<string, string | number> } = {},
): FastifyReply {
  const envelope: ErrorEnvelope = {
    error: {
      code,
      message: errorMessage(code, request.language, extra.params),
      requestId: request.id,
      ...(extra.fields?.length ? { fields: extra.fields } : {}),
    },
  };
  // Sent as a string so a route's response schema for success cannot reshape the error.
  return reply.code(STATUS_OF[code]).type('application/json').send(JSON.stringify(envelope));
}

function classify(
  error: FastifyError,
  request: FastifyRequest,
): { code: ErrorCode; fields?: FieldError[]; params?: Record<string, string | number> } {
  if (error instanceof AppError) {
    const fields = error.fields && localiseFieldErrors(error.fields, request.language);
    return { code: error.code, fields, params: error.params };
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    const entries = error.validation as unknown as ValidationEntry[];
    const part = error.validationContext ?? 'body';
    return {
      code: 'validation_failed',
      fields: localiseValidation(entries, part, request.language),
    };
  }
  const known = error.code ? FASTIFY_CODES[error.code] : undefined;
  if (known) return { code: known };
  if (error.statusCode === 429) return { code: 'rate_limited' };
  if (error instanceof SyntaxError || error.statusCode === 400) {
    return { code: 'validation_failed' };
  }
  return { code: 'internal' };
}
