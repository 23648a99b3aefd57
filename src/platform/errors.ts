/**
 * The one error type services throw. The HTTP edge maps `code` to a status and the
 * message to the reader's language (platform/http/error-envelope.ts); domain code never
 * speaks HTTP.
 */
export const ERROR_CODES = [
  'validation_failed',
  'unauthenticated',
  'mfa_required',
  'forbidden',
  'csrf_failed',
  'not_found',
  'conflict',
  'invalid_transition',
  'evidence_sealed',
  'evidence_destroyed',
  'invalid_credentials',
  'account_locked',
  'invalid_mfa_code',
  'setup_token_invalid',
  'payload_too_large',
  'unsupported_media_type',
  'rate_limited',
  'not_ready',
  'internal',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export type FieldError = { path: string; message: string };

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly fields: FieldError[] | undefined;
  /** Extra values for the localised message, e.g. { minutes: 15 }. */
  readonly params: Record<string, string | number>;

  constructor(
    code: ErrorCode,
    options: {
      detail?: string;
      fields?: FieldError[];
      params?: Record<string, string | number>;
      cause?: unknown;
    } = {},
  ) {
    super(options.detail ?? code, { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.fields = options.fields;
    this.params = options.params ?? {};
  }
}

export const isAppError = (value: unknown): value is AppError => value instanceof AppError;
