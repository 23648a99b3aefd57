import { randomBytes } from 'node:crypto';
import type { Db } from './platform/db/database.ts';
import { createChallengesService } from './modules/challenges/index.ts';
import type { SecretBox } from './platform/crypto/secret-box.ts';
import { UNAVAILABLE_BLOB_STORE, type BlobStore } from './platform/blobs/blob-store.ts';
import { createAuditService } from './modules/audit/index.ts';
import { createSettingsService } from './modules/settings/index.ts';
import {
  createMfaService,
  createSessionsService,
  createStaffUsersService,
} from './modules/auth/index.ts';
import { createReportsService } from './modules/reports/index.ts';
import {
  createEvidenceService,
  DEFAULT_UPLOAD_LIMITS,
  type UploadLimits,
} from './modules/evidence/index.ts';

export type ServiceDeps = {
  db: Db;
  secretBox: SecretBox;
  publicUrl: string;
  /** Evidence bytes; without one (e.g. generating the OpenAPI document) uploads answer 503. */
  blobs?: BlobStore;
  uploadLimits?: UploadLimits;
  /** Signs proof-of-work challenges; a random key per process when not given. */
  challengeKey?: Buffer;
  proofOfWorkDifficulty?: number;
};

/** Wires every capability's service once; main.ts, the CLI and tests share it. */
export function createServices(deps: ServiceDeps) {
  const { db, secretBox } = deps;
  const audit = createAuditService({ db });
  const settings = createSettingsService({ db, audit });
  const sessions = createSessionsService({ db, audit, settings });
  const mfa = createMfaService({ db, audit, secretBox, sessions });
  const staffUsers = createStaffUsersService({ db, audit, publicUrl: deps.publicUrl });
  const reports = createReportsService({ db, audit, secretBox });
  const evidence = createEvidenceService({
    db,
    audit,
    blobs: deps.blobs ?? UNAVAILABLE_BLOB_STORE,
    limits: deps.uploadLimits ?? DEFAULT_UPLOAD_LIMITS,
    findReportIdForReporter: (code, secret) => reports.findReportIdForReporter(code, secret),
  });
  const challenges = createChallengesService({
    db,
    hmacKey: deps.challengeKey ?? randomBytes(32),
    difficulty: deps.proofOfWorkDifficulty ?? 50_000,
  });
  return { audit, settings, sessions, mfa, staffUsers, reports, evidence, challenges };
}

export type Services = ReturnType<typeof createServices>;
