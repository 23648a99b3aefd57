import { randomBytes } from 'node:crypto';
import type { Db } from './platform/db/database.ts';
import { createChallengesService } from './modules/challenges/index.ts';
import { createIdempotencyService } from './modules/idempotency/index.ts';
import { createMailIntakeService } from './modules/mail-intake/index.ts';
import { createOrganisationsService } from './modules/organisations/index.ts';
import type { SecretBox } from './platform/crypto/secret-box.ts';
import {
  ephemeralInstallationKey,
  type InstallationKey,
} from './platform/crypto/installation-key.ts';
import { UNAVAILABLE_BLOB_STORE, type BlobStore } from './platform/blobs/blob-store.ts';
import { createAuditService } from './modules/audit/index.ts';
// The audit chain's hash functions, shared with the chains of custody (not in audit's index).
import { chainHashes } from './modules/audit/audit-crypto.ts';
import { createSettingsService } from './modules/settings/index.ts';
import {
  createMfaService,
  createSessionsService,
  createStaffUsersService,
} from './modules/auth/index.ts';
import { createReportsService, type NotifyReporterPayload } from './modules/reports/index.ts';
import { createIncidentsService } from './modules/incidents/index.ts';
import { createObservablesService } from './modules/observables/index.ts';
import { createNotificationsService } from './modules/notifications/index.ts';
import { createSavedViewsService } from './modules/saved-views/index.ts';
import { createLawService } from './modules/law/index.ts';
import {
  createEvidenceService,
  DEFAULT_UPLOAD_LIMITS,
  type EvidenceService,
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
  /** Signs audit checkpoints; a key in memory only when not given (tests, OpenAPI). */
  installationKey?: InstallationKey;
  /** Benchmark seam only (bench/report-intake.bench.ts --audit-overhead): false = unchained. */
  auditChain?: boolean;
  /** Queues the e-mail to a reporter who left an address (the server wires the job queue). */
  notifyReporter?: (tx: Db, payload: NotifyReporterPayload) => Promise<void>;
  /** Queues the e-mail copy of a staff notification (the server wires the job queue). */
  emailNotice?: (tx: Db, payload: { notificationId: number }) => Promise<void>;
};

/** Wires every capability's service once; main.ts, the CLI and tests share it. */
export function createServices(deps: ServiceDeps) {
  const { db, secretBox } = deps;
  const audit = createAuditService({
    db,
    installationKey: deps.installationKey ?? ephemeralInstallationKey(),
    ...(deps.auditChain === false ? { chain: false } : {}),
  });
  const settings = createSettingsService({ db, audit });
  const sessions = createSessionsService({ db, audit, settings });
  const mfa = createMfaService({ db, audit, secretBox, sessions });
  const staffUsers = createStaffUsersService({ db, audit, publicUrl: deps.publicUrl });
  // Reports and evidence each need one thing of the other; the late binding breaks the loop.
  const observables = createObservablesService({ db });
  const notifications = createNotificationsService({
    db,
    ...(deps.emailNotice ? { emailNotice: deps.emailNotice } : {}),
  });
  const reports = createReportsService({
    db,
    audit,
    secretBox,
    observables,
    onReporterMessage: (tx, reportId) => incidents.reporterReplied(tx, reportId),
    incidentOfReport: (tx, reportId) => incidents.incidentRefOfReport(tx, reportId),
    countEvidence: (reportId) => evidence.countEvidenceForReport(reportId),
    ...(deps.notifyReporter ? { notifyReporter: deps.notifyReporter } : {}),
  });
  const evidence: EvidenceService = createEvidenceService({
    db,
    audit,
    blobs: deps.blobs ?? UNAVAILABLE_BLOB_STORE,
    limits: deps.uploadLimits ?? DEFAULT_UPLOAD_LIMITS,
    findReportIdForReporter: (code, secret) => reports.findReportIdForReporter(code, secret),
    hashes: chainHashes,
    namesOf: (ids, tx) => staffUsers.namesOf(ids, tx),
    incidentScope: (tx, incidentId) => incidents.evidenceScope(tx, incidentId),
    incidentOfReport: (tx, reportId) => incidents.incidentRefOfReport(tx, reportId),
    integrityWatchers: (tx) => staffUsers.holdersOf('evidence:unseal', tx),
    notify: (tx, notice) => notifications.notify(tx, notice),
  });
  const challenges = createChallengesService({
    db,
    hmacKey: deps.challengeKey ?? randomBytes(32),
    difficulty: deps.proofOfWorkDifficulty ?? 50_000,
  });
  const mailIntake = createMailIntakeService({
    db,
    audit,
    secretBox,
    blobs: deps.blobs ?? UNAVAILABLE_BLOB_STORE,
    reports,
    evidence,
  });
  const idempotency = createIdempotencyService({ db, secretBox });
  const organisations = createOrganisationsService({ db, audit });
  const incidents = createIncidentsService({
    db,
    audit,
    reports,
    staffUsers,
    settings,
    observables,
    notifications,
    organisations,
  });
  return {
    incidents,
    law: createLawService({ incidents }),
    observables,
    notifications,
    savedViews: createSavedViewsService({ db }),
    audit,
    settings,
    sessions,
    mfa,
    staffUsers,
    reports,
    evidence,
    challenges,
    idempotency,
    organisations,
    mailIntake,
  };
}

export type Services = ReturnType<typeof createServices>;
