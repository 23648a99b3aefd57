import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { CLI_ACTOR } from '../../domain/actor.ts';
import type { Config } from '../../platform/config.ts';
import { systemContext } from '../../platform/context.ts';
import { isFullyMigrated } from '../../platform/db/migrate.ts';
import {
  findInstallationKey,
  readInstallationPublicKey,
  type InstallationPublicKey,
} from '../../platform/crypto/installation-key.ts';
import {
  exportAuditChain,
  readCheckpointsFile,
  recordAuditEventAlone,
  verifyAuditChainInDatabase,
  verifyAuditExportFile,
  type VerifyResult,
} from '../../modules/audit/index.ts';
import { openConfiguredDatabase, openRuntime } from '../../main.ts';

type DatabaseOption = { databaseUrl?: string };
type VerifyOptions = DatabaseOption & {
  publicKey?: string;
  checkpoints?: string;
  maxProblems?: string;
};

const n = (value: number) => value.toLocaleString('en-US');

function maxProblems(options: VerifyOptions): number {
  const value = Number(options.maxProblems ?? 1000);
  if (!Number.isInteger(value) || value < 1) {
    throw new Error(`--max-problems: not a positive whole number: ${options.maxProblems}`);
  }
  return value;
}
const count = (value: number, noun: string) => `${n(value)} ${noun}${value === 1 ? '' : 's'}`;

const withDatabase = (config: Config, options: DatabaseOption): Config =>
  options.databaseUrl ? { ...config, databaseUrl: options.databaseUrl } : config;

/** The key to verify with: the one given (pinned), else the installation's own, if any. */
function publicKeyFrom(
  config: Config,
  file: string | undefined,
): { key: InstallationPublicKey; source: string } | null {
  if (file) return { key: readInstallationPublicKey(readFileSync(file, 'utf8')), source: file };
  const own = findInstallationKey(config.dataDir);
  return own
    ? { key: readInstallationPublicKey(own.publicKeyPem), source: 'the installation key file' }
    : null;
}

/** Progress on an interactive terminal only: scripts get the summary alone. */
const progress = (label: string) =>
  process.stderr.isTTY
    ? (count: number) => process.stderr.write(`\r${label} ${n(count)} events…`)
    : undefined;
const endProgress = () => {
  if (process.stderr.isTTY) process.stderr.write('\r\x1b[K');
};

function printResult(result: VerifyResult, seconds: number): void {
  const rate = seconds > 0 ? Math.round(result.events / seconds) : result.events;
  const timing = `in ${seconds.toFixed(2)} s (${n(rate)} events/s)`;
  if (!result.ok) {
    for (const problem of result.problems) console.log(problem.message);
    const hidden = result.problemCount - result.problems.length;
    if (hidden > 0) console.log(`… and ${count(hidden, 'more problem')}`);
    console.log(
      `${count(result.events, 'event')} read ${timing}; ${count(result.problemCount, 'problem')}`,
    );
    throw new Error(`the audit chain does not verify: ${count(result.problemCount, 'problem')}`);
  }
  const range = result.events ? `, seq ${n(result.firstSeq ?? 1)}–${n(result.lastSeq)}` : '';
  console.log(`audit chain verified: ${count(result.events, 'event')}${range} ${timing}`);
  console.log(`head: seq ${result.lastSeq} hash ${result.headHash}`);
  const latest = result.checkpoints.latest;
  if (latest) {
    console.log(
      `checkpoints: ${count(result.checkpoints.valid, 'signature')} verified, latest seq ${latest.seq} at ${latest.signedAt}`,
    );
  } else {
    console.log('checkpoints: none (events cut from the end of the chain could not be detected)');
  }
  if (result.key) {
    console.log(
      `key: Ed25519 ${result.key.fingerprint} (from ${result.key.source}); compare it with the fingerprint the installation published`,
    );
  }
}

async function verifyDatabase(config: Config, options: VerifyOptions) {
  const database = await openConfiguredDatabase(config);
  try {
    if (!(await isFullyMigrated(database))) {
      throw new Error('the database is not migrated to this version: run `karpear migrate`');
    }
    const key = publicKeyFrom(config, options.publicKey);
    const started = performance.now();
    const result = await verifyAuditChainInDatabase(database, {
      publicKey: key?.key ?? null,
      keySource: key?.source ?? 'none',
      extraCheckpoints: options.checkpoints ? await readCheckpointsFile(options.checkpoints) : [],
      maxProblems: maxProblems(options),
      ...withProgress('verified'),
    });
    endProgress();
    printResult(result, (performance.now() - started) / 1000);
  } finally {
    await database.close();
  }
}

const withProgress = (label: string) => {
  const onProgress = progress(label);
  return onProgress ? { onProgress } : {};
};

export function registerAuditCommands(program: Command, config: () => Config): void {
  const audit = program
    .command('audit')
    .description('export and verify the tamper-evident audit chain (docs/audit-chain.md)');

  audit
    .command('verify')
    .description(
      'verify the audit chain offline: an export FILE, or else the database (--database-url or the configured one)',
    )
    .argument('[file]', 'an export written by `karpear audit export` (no database needed)')
    .option('--database-url <url>', 'verify this PostgreSQL database instead of the configured one')
    .option('--public-key <pem-file>', 'the installation public key to check checkpoints with')
    .option(
      '--checkpoints <file>',
      'checkpoints kept apart (the JSON of GET /api/audit/checkpoints, or one per line)',
    )
    .option('--max-problems <n>', 'how many problems to print at most', '1000')
    .action(async (file: string | undefined, options: VerifyOptions) => {
      const cfg = withDatabase(config(), options);
      if (!file) return verifyDatabase(cfg, options);
      const started = performance.now();
      const result = await verifyAuditExportFile(file, {
        publicKey: options.publicKey
          ? readInstallationPublicKey(readFileSync(options.publicKey, 'utf8'))
          : null,
        extraCheckpoints: options.checkpoints ? await readCheckpointsFile(options.checkpoints) : [],
        maxProblems: maxProblems(options),
        ...withProgress('verified'),
      });
      endProgress();
      printResult(
        options.publicKey && result.key
          ? { ...result, key: { ...result.key, source: options.publicKey } }
          : result,
        (performance.now() - started) / 1000,
      );
    });

  audit
    .command('checkpoint')
    .description(
      'sign the chain head now with the installation key (the server does it every few minutes)',
    )
    .option('--json', 'print the checkpoint as JSON, as GET /api/audit/checkpoints gives it')
    .action(async (options: { json?: boolean }) => {
      const runtime = await openRuntime(config());
      try {
        const checkpoint = await runtime.services.audit.signCheckpoint();
        if (options.json) console.log(JSON.stringify({ ...checkpoint, algorithm: 'Ed25519' }));
        else
          console.log(
            `signed seq ${checkpoint.seq} hash ${checkpoint.hash} at ${checkpoint.signedAt}`,
          );
      } finally {
        await runtime.database.close();
      }
    });

  audit
    .command('export')
    .description('write the audit chain, its checkpoints and the public key to an NDJSON file')
    .requiredOption('--out <file>', 'the file to write')
    .option('--database-url <url>', 'export this PostgreSQL database instead of the configured one')
    .action(async (options: DatabaseOption & { out: string }) => {
      const cfg = withDatabase(config(), options);
      // Never creates a key: an export must carry the installation's own, or none.
      const own = findInstallationKey(cfg.dataDir);
      if (!own) {
        process.stderr.write(
          `karpear: warning: no installation key in ${cfg.dataDir}: the export carries no public key (verify it with --public-key)\n`,
        );
      }
      const database = await openConfiguredDatabase(cfg);
      try {
        if (!(await isFullyMigrated(database))) {
          throw new Error('the database is not migrated to this version: run `karpear migrate`');
        }
        const summary = await exportAuditChain(database, options.out, {
          publicKey: own ? readInstallationPublicKey(own.publicKeyPem) : null,
          ...withProgress('exported'),
        });
        endProgress();
        await recordAuditEventAlone(database.db, systemContext(CLI_ACTOR, `cli-${process.pid}`), {
          action: 'audit.exported',
          details: {
            events: summary.events,
            checkpoints: summary.checkpoints,
            headSeq: summary.head.seq,
          },
        });
        console.log(
          `exported ${count(summary.events, 'event')} and ${count(summary.checkpoints, 'checkpoint')} (head seq ${summary.head.seq}) to ${options.out}`,
        );
      } finally {
        await database.close();
      }
    });
}
