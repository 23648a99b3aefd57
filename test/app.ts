import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as OTPAuth from 'otpauth';
import { buildApp, type App } from '../src/app.ts';
import { createLogger } from '../src/platform/logger.ts';
import { createSecretBox } from '../src/platform/crypto/secret-box.ts';
import { isFullyMigrated } from '../src/platform/db/migrate.ts';
import { pingDatabase } from '../src/platform/db/database.ts';
import { createServices, type Services } from '../src/services.ts';
import { CLI_ACTOR } from '../src/domain/actor.ts';
import { systemContext } from '../src/platform/context.ts';
import type { StaffRole } from '../src/domain/roles.ts';
import { createTestDatabase, type TestDatabase } from './database.ts';
import type { BlobStore } from '../src/platform/blobs/blob-store.ts';
import { openFileBlobStore } from '../src/platform/blobs/file-blob-store.ts';
import type { UploadLimits } from '../src/modules/evidence/index.ts';

export const TEST_PUBLIC_URL = 'http://127.0.0.1:8080';

export type TestApp = {
  app: App;
  services: Services;
  database: TestDatabase;
  blobs: BlobStore;
  /** The data directory of this app's blob store (a fresh temp directory). */
  dataDir: string;
  close(): Promise<void>;
};

/** The real application on a fresh database, driven through app.inject(). */
export async function createTestApp(
  options: {
    proofOfWorkDifficulty?: number;
    rateLimitPerMinute?: number;
    sensitiveRateLimitPerMinute?: number;
    bodyLimitBytes?: number;
    uploadLimits?: UploadLimits;
  } = {},
): Promise<TestApp> {
  const database = await createTestDatabase();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'karpear-test-data-'));
  const blobs = await openFileBlobStore(dataDir);
  const services = createServices({
    db: database.db,
    secretBox: createSecretBox(randomBytes(32)),
    publicUrl: TEST_PUBLIC_URL,
    blobs,
    ...(options.uploadLimits ? { uploadLimits: options.uploadLimits } : {}),
    // Off unless a test is about it: proof-of-work.routes.test.ts turns it on.
    proofOfWorkDifficulty: options.proofOfWorkDifficulty ?? 0,
  });
  const app = await buildApp({
    services,
    logger: createLogger('silent'),
    isReady: async () => {
      await pingDatabase(database.db);
      return isFullyMigrated(database);
    },
    publicUrl: TEST_PUBLIC_URL,
    secureCookies: false,
    bodyLimitBytes: options.bodyLimitBytes ?? 1_048_576,
    rateLimitPerMinute: options.rateLimitPerMinute ?? 10_000,
    sensitiveRateLimitPerMinute: options.sensitiveRateLimitPerMinute ?? 10_000,
    trustProxy: false,
    webDir: null,
    version: 'test',
  });
  await app.ready();
  return {
    app,
    services,
    database,
    blobs,
    dataDir,
    async close() {
      await app.close();
      await database.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

let counter = 0;
/** A unique e-mail address per call: tests share a database file, never an account. */
export const uniqueEmail = (prefix = 'staff') =>
  `${prefix}.${Date.now().toString(36)}.${++counter}@cert.example`;

export const TEST_PASSWORD = 'correct horse battery staple';

export async function createStaff(services: Services, role: StaffRole, email = uniqueEmail(role)) {
  const ctx = systemContext(CLI_ACTOR, 'test');
  await services.staffUsers.createUser(
    ctx,
    { email, displayName: `Test ${role}`, role },
    TEST_PASSWORD,
  );
  return { email, password: TEST_PASSWORD };
}

export type SignedIn = {
  cookie: string;
  csrfToken: string;
  totpSecret: string;
  recoveryCodes: string[];
  headers: Record<string, string>;
};

function sessionCookie(setCookie: string | string[] | undefined): string {
  const all = Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : [];
  const found = all.find((value) => value.startsWith('karpear_session='));
  if (!found) throw new Error('no session cookie was set');
  return found.split(';')[0]!;
}

/** Signs in through the API, enrolling an authenticator on the way, as a person would. */
export async function signInWithNewMfa(
  app: App,
  credentials: { email: string; password: string },
): Promise<SignedIn> {
  const signIn = await app.inject({
    method: 'POST',
    url: '/api/auth/sign-in',
    payload: credentials,
  });
  if (signIn.statusCode !== 200) throw new Error(`sign-in failed: ${signIn.body}`);
  let cookie = sessionCookie(signIn.headers['set-cookie']);
  const pending = signIn.json<{ csrfToken: string; stage: string }>();
  const enrolment = await app.inject({
    method: 'POST',
    url: '/api/auth/mfa/enrolment',
    headers: { cookie, 'x-csrf-token': pending.csrfToken },
  });
  const { secret } = enrolment.json<{ secret: string }>();
  const confirm = await app.inject({
    method: 'POST',
    url: '/api/auth/mfa/enrolment/confirm',
    headers: { cookie, 'x-csrf-token': pending.csrfToken },
    payload: { code: totpNow(secret) },
  });
  if (confirm.statusCode !== 200) throw new Error(`enrolment failed: ${confirm.body}`);
  cookie = sessionCookie(confirm.headers['set-cookie']);
  const body = confirm.json<{ recoveryCodes: string[]; session: { csrfToken: string } }>();
  return {
    cookie,
    csrfToken: body.session.csrfToken,
    totpSecret: secret,
    recoveryCodes: body.recoveryCodes,
    headers: { cookie, 'x-csrf-token': body.session.csrfToken },
  };
}

export const totpNow = (secret: string, timestamp = Date.now()) =>
  new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret) }).generate({ timestamp });

export { sessionCookie };
