import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Config } from './platform/config.ts';
import type { Logger } from './platform/logger.ts';
import { openDatabase, pingDatabase, type Database } from './platform/db/database.ts';
import { isFullyMigrated, migrateDatabase } from './platform/db/migrate.ts';
import { createSecretBox } from './platform/crypto/secret-box.ts';
import { deriveKey, loadOrCreateEncryptionKey } from './platform/crypto/key-file.ts';
import { loadOrCreateInstallationKey } from './platform/crypto/installation-key.ts';
import { openFileBlobStore } from './platform/blobs/file-blob-store.ts';
import { JobQueue } from './platform/jobs/queue.ts';
import { systemContext } from './platform/context.ts';
import { SYSTEM_ACTOR } from './domain/actor.ts';
import { createServices, type ServiceDeps, type Services } from './services.ts';
import { createMailSender } from './platform/mail/mail-sender.ts';
import { notifyReporterJob } from './modules/reports/index.ts';
import { emailNoticeJob } from './modules/notifications/index.ts';
import { slaWatchJob } from './modules/incidents/index.ts';
import { evidenceVerifyCron, evidenceVerifyJob } from './modules/evidence/index.ts';
import { retryOwedRepliesJob, startMailIntake } from './modules/mail-intake/index.ts';
import { purgeExpiredSessionsJob } from './modules/auth/index.ts';
import { purgeSpentChallengesJob } from './modules/challenges/index.ts';
import {
  auditCheckpointJob,
  chainUnchainedAuditEvents,
  checkpointCron,
} from './modules/audit/index.ts';
import { buildApp, type App } from './app.ts';

export const VERSION = (
  JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
    version: string;
  }
).version;

/** Opens the configured database: PostgreSQL when DATABASE_URL is set, else PGlite on disk. */
export function openConfiguredDatabase(config: Config): Promise<Database> {
  return config.databaseUrl
    ? openDatabase({ databaseUrl: config.databaseUrl })
    : openDatabase({ pgliteDir: path.join(config.dataDir, 'pglite') });
}

/** The database (migrated), the data key and the blob store of an installation. */
export async function openStores(config: Config) {
  const database = await openConfiguredDatabase(config);
  await migrateDatabase(database);
  // Events written before the audit chain existed are chained once, oldest first.
  await chainUnchainedAuditEvents(database.db);
  const key = loadOrCreateEncryptionKey(config.encryptionKey, config.dataDir);
  const installationKey = loadOrCreateInstallationKey(null, config.dataDir);
  const blobs = await openFileBlobStore(config.dataDir);
  return { database, key, installationKey, secretBox: createSecretBox(key), blobs };
}

type Stores = Awaited<ReturnType<typeof openStores>>;

function servicesFor(config: Config, stores: Stores, extra: Partial<ServiceDeps> = {}) {
  return createServices({
    ...extra,
    db: stores.database.db,
    secretBox: stores.secretBox,
    installationKey: stores.installationKey,
    publicUrl: config.publicUrl,
    blobs: stores.blobs,
    uploadLimits: {
      maxFileBytes: config.uploadMaxFileBytes,
      maxReportBytes: config.uploadMaxReportBytes,
    },
    challengeKey: deriveKey(stores.key, 'proof-of-work challenges'),
    proofOfWorkDifficulty: config.proofOfWorkDifficulty,
  });
}

/** Stores and services: what every CLI command shares with the server. */
export async function openRuntime(config: Config) {
  const stores = await openStores(config);
  return { database: stores.database, services: servicesFor(config, stores) };
}

export type RunningServer = { app: App; url: string; stop(): Promise<void> };

/**
 * The composition root: config → database → services → jobs → HTTP. Prints the address,
 * and on a first run with no staff accounts, a one-time link to create the first admin.
 */
export async function startServer(
  config: Config,
  logger: Logger,
  /** Benchmarks only (bench/report-intake.bench.ts): e.g. `{ auditChain: false }`. */
  benchmarkDeps: Pick<ServiceDeps, 'auditChain'> = {},
): Promise<RunningServer> {
  const stores = await openStores(config);
  const { database } = stores;
  const jobs = new JobQueue(database, logger);
  const mail = createMailSender(config, logger);
  const notify = notifyReporterJob({
    db: database.db,
    secretBox: stores.secretBox,
    mail,
    from: config.intakeAddress ?? `no-reply@${new URL(config.publicUrl).hostname}`,
    publicUrl: config.publicUrl,
  });
  jobs.register(notify);
  const from = config.intakeAddress ?? `no-reply@${new URL(config.publicUrl).hostname}`;
  const emailNotice = emailNoticeJob({
    db: database.db,
    mail,
    from,
    publicUrl: config.publicUrl,
    // Bound late: the services are built with this job's enqueue function.
    contactOf: (userId) => services.staffUsers.contactOf(userId),
  });
  jobs.register(emailNotice);
  const services: Services = servicesFor(config, stores, {
    ...benchmarkDeps,
    notifyReporter: async (tx, payload) => {
      await jobs.enqueue(notify, payload, { tx });
    },
    emailNotice: async (tx, payload) => {
      await jobs.enqueue(emailNotice, payload, { tx });
    },
  });
  // Evidence held from before the chain of custody existed gets its "acquired" entry.
  await services.evidence.chainUncustodiedEvidence();
  jobs.schedule(slaWatchJob(services.incidents), '*/5 * * * *', {});
  jobs.schedule(
    evidenceVerifyJob(services.evidence),
    evidenceVerifyCron(config.evidenceVerifyHours),
    {},
  );
  jobs.schedule(purgeExpiredSessionsJob(services.sessions), '17 * * * *', {});
  jobs.schedule(purgeSpentChallengesJob(services.challenges), '23 * * * *', {});
  jobs.schedule(
    auditCheckpointJob(services.audit),
    checkpointCron(config.auditCheckpointMinutes),
    {},
  );
  if (config.intakeAddress) {
    const replyOptions = { intakeAddress: config.intakeAddress, publicUrl: config.publicUrl };
    jobs.schedule(
      retryOwedRepliesJob(services.mailIntake, mail, replyOptions, logger),
      '*/15 * * * *',
      {},
    );
  }
  await jobs.start();
  const app = await buildApp({
    services,
    logger,
    isReady: async () => {
      await pingDatabase(database.db);
      return isFullyMigrated(database);
    },
    publicUrl: config.publicUrl,
    secureCookies: config.secureCookies,
    bodyLimitBytes: config.bodyLimitBytes,
    rateLimitPerMinute: config.rateLimitPerMinute,
    sensitiveRateLimitPerMinute: config.sensitiveRateLimitPerMinute,
    trustProxy: config.trustProxy,
    webDir: config.webDir,
    version: VERSION,
  });
  await app.listen({ port: config.port, host: config.host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = config.publicUrl.replace(`:${config.port}`, `:${port}`);
  console.log(`Karpear ${VERSION} is running at ${url}`);
  console.log(
    `  database: ${database.kind === 'pglite' ? `PGlite in ${config.dataDir}` : 'PostgreSQL'}`,
  );
  let mailIntake: Awaited<ReturnType<typeof startMailIntake>> = null;
  try {
    mailIntake = await startMailIntake(services, config, logger);
  } catch (error) {
    // The SMTP port may be taken: stop cleanly rather than serve half a product.
    await app.close();
    await jobs.stop();
    await database.close();
    throw error;
  }
  if (mailIntake) {
    console.log(
      `  e-mail intake: SMTP on ${config.smtpIntakeHost}:${mailIntake.port} for ${config.intakeAddress}`,
    );
  }
  await printSetupLinkIfNeeded(services, url);
  return {
    app,
    url,
    async stop() {
      await mailIntake?.stop();
      await app.close();
      await jobs.stop();
      mail.close();
      await database.close();
    },
  };
}

async function printSetupLinkIfNeeded(services: Services, url: string): Promise<void> {
  if (!(await services.staffUsers.needsSetup())) return;
  const ctx = systemContext(SYSTEM_ACTOR, 'first-run');
  const link = await services.staffUsers.issueSetupLink(ctx, 'server');
  const fixed = link.replace(/^https?:\/\/[^/]+/, url);
  console.log('');
  console.log(
    'No staff accounts yet. Create the first admin with this one-time link (valid 24 h):',
  );
  console.log(`  ${fixed}`);
  console.log('');
}
