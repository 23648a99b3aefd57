import { pino, type Logger } from 'pino';

export type { Logger };

/**
 * Paths never written to the log: credentials, tokens and anything a reporter typed about
 * themselves. Fastify's request serializer already omits bodies; this is the second line.
 */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
  '*.password',
  '*.secret',
  '*.token',
  '*.setupToken',
  '*.code',
  '*.recoveryCode',
  '*.contact',
  '*.encryptionKey',
];

export function createLogger(level: string): Logger {
  return pino({
    level,
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    base: { service: 'karpear' },
  });
}
