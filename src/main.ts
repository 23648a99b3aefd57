import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Config } from './platform/config.ts';
import type { Logger } from './platform/logger.ts';
import { openDatabase, pingDatabase, type Database } from './platform/db/database.ts';
import { isFullyMigrated, migrateDatabase } from './platform/db/migrate.ts';
import { createSecretBox } from './platform/crypto/secret-box.ts';
import { deriveKey, loadOrCreateEncryptionKey } from './platform/crypto/key-file.ts';
import { openFileBlobStore } from './platform/blobs/file-blob-store.ts';
import { JobQueue } from './platform/jobs/queue.ts';
import { systemContext } from './platform/context.ts';
import { SYSTEM_ACTOR } from './domain/actor.ts';
import { createServices, type Services } from './services.ts';
import { purgeExpiredSessionsJob } from './modules/auth/index.ts';
import { purgeSpentChallengesJob } from './modules/challenges/index.ts';
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

/** Database, migrations, key and services: what the server and every CLI command share. */
export async function openRuntime(config: Config) {
  const database = await openConfiguredDatabase(config);
  await migrateDatabase(database);
  const key = loadOrCreateEncryptionKey(config.encryptionKey, config.dataDir);
  const blobs = await openFileBlobStore(config.dataDir);
  const services = createServices({
    db: database.db,
    secretBox: createSecretBox(key),
    publicUrl: config.publicUrl,
    blobs,
    uploadLimits: {
      maxFileBytes: config.uploadMaxFileBytes,
      maxReportBytes: config.uploadMaxReportBytes,
    },
    challengeKey: deriveKey(key, 'proof-of-work challenges'),
    proofOfWorkDifficulty: config.proofOfWorkDifficulty,
  });
  return { database, services };
}

export type RunningServer = { app: App; url: string; stop(): Promise<void> };

/**
 * The composition root: config → database → services → jobs → HTTP. Prints the address,
 * and on a first run with no staff accounts, a one-time link to create the first admin.
 */
export async function startServer(config: Config, logger: Logger): Promise<RunningServer> {
  const { database, services } = await openRuntime(config);
  const jobs = new JobQueue(database, logger);
  jobs.schedule(purgeExpiredSessionsJob(services.sessions), '17 * * * *', {});
  jobs.schedule(purgeSpentChallengesJob(services.challenges), '23 * * * *', {});
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
  await printSetupLinkIfNeeded(services, url);
  return {
    app,
    url,
    async stop() {
      await app.close();
      await jobs.stop();
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
