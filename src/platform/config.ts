import path from 'node:path';
import { z } from 'zod';

/**
 * Boot configuration, parsed once from the environment at start. Settings that admins
 * change at run time live in the database (see modules/settings), not here.
 */
const booleanString = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

/** Evidence upload limits by default: 25 MiB a file, 100 MiB for all files of a report. */
const UPLOAD_FILE_BYTES = 25 * 1024 * 1024;
const UPLOAD_REPORT_BYTES = 100 * 1024 * 1024;

/** E-mail intake: the largest message accepted (the whole message, attachments included). */
const SMTP_MESSAGE_BYTES = 30 * 1024 * 1024;

const ConfigSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  KARPEAR_DATA_DIR: z.string().min(1).default('./data'),
  KARPEAR_PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
  KARPEAR_ENCRYPTION_KEY: z
    .string()
    .refine((value) => Buffer.from(value, 'base64').length === 32, {
      message: 'must be 32 bytes, base64-encoded (openssl rand -base64 32)',
    })
    .optional(),
  KARPEAR_TRUST_PROXY: booleanString.default(false),
  KARPEAR_BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).default(1_048_576),
  KARPEAR_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(300),
  KARPEAR_SENSITIVE_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(10),
  KARPEAR_POW_DIFFICULTY: z.coerce.number().int().min(0).max(10_000_000).default(50_000),
  KARPEAR_WEB_DIR: z.string().min(1).default('./dist/web'),
  KARPEAR_UPLOAD_MAX_FILE_BYTES: z.coerce.number().int().min(1024).default(UPLOAD_FILE_BYTES),
  KARPEAR_UPLOAD_MAX_REPORT_BYTES: z.coerce.number().int().min(1024).default(UPLOAD_REPORT_BYTES),
  /** smtp://user:pass@host:587 (STARTTLS when offered) or smtps://user:pass@host:465. */
  KARPEAR_SMTP_RELAY_URL: z.url({ protocol: /^smtps?$/ }).optional(),
  KARPEAR_SMTP_INTAKE_PORT: z.coerce.number().int().min(0).max(65535).optional(),
  KARPEAR_SMTP_INTAKE_HOST: z.string().min(1).default('127.0.0.1'),
  KARPEAR_INTAKE_ADDRESS: z.email().optional(),
  KARPEAR_SMTP_MAX_MESSAGE_BYTES: z.coerce.number().int().min(1024).default(SMTP_MESSAGE_BYTES),
  KARPEAR_SMTP_MAX_CONNECTIONS_PER_IP: z.coerce.number().int().min(1).default(5),
  /** Minutes between signed audit chain heads (checkpoints), 1–60. */
  KARPEAR_AUDIT_CHECKPOINT_MINUTES: z.coerce.number().int().min(1).max(60).default(10),
  /** Hours between re-verifications of all evidence (bytes and chains of custody), 1–720. */
  KARPEAR_EVIDENCE_VERIFY_HOURS: z.coerce.number().int().min(1).max(720).default(24),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type Config = {
  port: number;
  host: string;
  databaseUrl: string | null;
  dataDir: string;
  publicUrl: string;
  encryptionKey: Buffer | null;
  trustProxy: boolean;
  bodyLimitBytes: number;
  rateLimitPerMinute: number;
  /** Sign-in, MFA, setup and public report submission, per client address. */
  sensitiveRateLimitPerMinute: number;
  webDir: string;
  /** Largest number a reporter's browser may have to try; 0 turns the check off. */
  proofOfWorkDifficulty: number;
  /** Evidence uploads: the largest file, and the most all files of one report may add up to. */
  uploadMaxFileBytes: number;
  uploadMaxReportBytes: number;
  /** Outgoing mail (auto-replies, notifications); null: mail is not sent, only logged. */
  smtpRelayUrl: string | null;
  /** E-mail intake: the SMTP listener's port, or null when intake is off. */
  smtpIntakePort: number | null;
  smtpIntakeHost: string;
  /** The one address the listener accepts mail for, e.g. report@cert.gov.kh. */
  intakeAddress: string | null;
  smtpMaxMessageBytes: number;
  /** Simultaneous SMTP connections from one client address. */
  smtpMaxConnectionsPerIp: number;
  /** Minutes between checkpoints: the audit chain's head signed with the installation key. */
  auditCheckpointMinutes: number;
  /** Hours between scheduled re-verifications of every evidence item's bytes and custody. */
  evidenceVerifyHours: number;
  logLevel: z.infer<typeof ConfigSchema>['LOG_LEVEL'];
  secureCookies: boolean;
};

export class ConfigError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`invalid configuration: ${problems.join('; ')}`);
    this.problems = problems;
  }
}

/** Parses the environment; throws ConfigError naming every bad key at once. */
export function loadConfig(env: Record<string, string | undefined>): Config {
  // An empty variable means "not set", as in most shells' `FOO= cmd`.
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const parsed = ConfigSchema.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`),
    );
  }
  const raw = parsed.data;
  if (raw.KARPEAR_SMTP_INTAKE_PORT !== undefined && !raw.KARPEAR_INTAKE_ADDRESS) {
    throw new ConfigError([
      'KARPEAR_INTAKE_ADDRESS: is required when KARPEAR_SMTP_INTAKE_PORT is set',
    ]);
  }
  const publicUrl = (
    raw.KARPEAR_PUBLIC_URL ?? `http://${hostForUrl(raw.HOST)}:${raw.PORT}`
  ).replace(/\/+$/, '');
  return {
    port: raw.PORT,
    host: raw.HOST,
    databaseUrl: raw.DATABASE_URL ?? null,
    dataDir: path.resolve(raw.KARPEAR_DATA_DIR),
    publicUrl,
    encryptionKey: raw.KARPEAR_ENCRYPTION_KEY
      ? Buffer.from(raw.KARPEAR_ENCRYPTION_KEY, 'base64')
      : null,
    trustProxy: raw.KARPEAR_TRUST_PROXY,
    bodyLimitBytes: raw.KARPEAR_BODY_LIMIT_BYTES,
    rateLimitPerMinute: raw.KARPEAR_RATE_LIMIT_PER_MINUTE,
    sensitiveRateLimitPerMinute: raw.KARPEAR_SENSITIVE_RATE_LIMIT_PER_MINUTE,
    webDir: path.resolve(raw.KARPEAR_WEB_DIR),
    proofOfWorkDifficulty: raw.KARPEAR_POW_DIFFICULTY,
    uploadMaxFileBytes: raw.KARPEAR_UPLOAD_MAX_FILE_BYTES,
    uploadMaxReportBytes: raw.KARPEAR_UPLOAD_MAX_REPORT_BYTES,
    smtpRelayUrl: raw.KARPEAR_SMTP_RELAY_URL ?? null,
    smtpIntakePort: raw.KARPEAR_SMTP_INTAKE_PORT ?? null,
    smtpIntakeHost: raw.KARPEAR_SMTP_INTAKE_HOST,
    intakeAddress: raw.KARPEAR_INTAKE_ADDRESS?.toLowerCase() ?? null,
    smtpMaxMessageBytes: raw.KARPEAR_SMTP_MAX_MESSAGE_BYTES,
    smtpMaxConnectionsPerIp: raw.KARPEAR_SMTP_MAX_CONNECTIONS_PER_IP,
    auditCheckpointMinutes: raw.KARPEAR_AUDIT_CHECKPOINT_MINUTES,
    evidenceVerifyHours: raw.KARPEAR_EVIDENCE_VERIFY_HOURS,
    logLevel: raw.LOG_LEVEL,
    secureCookies: publicUrl.startsWith('https://'),
  };
}

function hostForUrl(host: string): string {
  if (host === '0.0.0.0' || host === '::') return '127.0.0.1';
  return host.includes(':') ? `[${host}]` : host;
}
