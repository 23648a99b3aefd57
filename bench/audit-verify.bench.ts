/**
 * Audit chain verification rate: N chained audit events (default 1,000,000) with realistic
 * fields are generated (checkpoints signed every 100,000), written as an export file and
 * loaded into PGlite (and PostgreSQL with --database-url), then verified (target ≥ 200,000
 * events/s):
 *   - the export file, in this process (`verifyAuditExportFile`, on one thread and on the
 *     default number of threads) and through the command line (`karpear audit verify FILE`);
 *   - the database, in this process (`verifyAuditChainInDatabase`) and through the command
 *     line (`karpear audit verify`): PGlite in a temp directory; PostgreSQL in a scratch
 *     database karpear_bench_audit_<pid>, dropped at the end;
 *   - the verifier alone on events already in memory (canonical JSON + SHA-256 + links).
 * Generation streams in batches, so no measurement runs with a million objects on the heap
 * except the last one, which is about exactly that.
 *
 *   node bench/audit-verify.bench.ts [--events N] [--database-url URL] [--no-pglite] [--runs 3] [--keep]
 */
import { spawnSync } from 'node:child_process';
import { generateKeyPairSync, randomUUID } from 'node:crypto';
import {
  createReadStream,
  createWriteStream,
  mkdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { readFile } from 'node:fs/promises';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import {
  checkpointPayload,
  GENESIS_HASH,
  linkAuditEvent,
  type AuditChainEvent,
  type AuditCheckpoint,
} from '../src/domain/audit/audit-chain.ts';
import {
  AUDIT_EXPORT_TYPE,
  AUDIT_EXPORT_VERSION,
  checkpointLine,
  eventLine,
  parseExportLine,
} from '../src/domain/audit/audit-export.ts';
import { createChainVerifier } from '../src/domain/audit/chain-verifier.ts';
import { AUDIT_ACTIONS } from '../src/modules/audit/audit.events.ts';
import { chainHashes, verifierCrypto } from '../src/modules/audit/audit-crypto.ts';
import { verifyAuditChainInDatabase, verifyAuditExportFile } from '../src/modules/audit/index.ts';
import {
  INSTALLATION_KEY_FILE_NAME,
  installationKeyFromPem,
  readInstallationPublicKey,
} from '../src/platform/crypto/installation-key.ts';
import { openDatabase, type Database } from '../src/platform/db/database.ts';
import { migrateDatabase } from '../src/platform/db/migrate.ts';

const { values: args } = parseArgs({
  options: {
    events: { type: 'string', default: '1000000' },
    runs: { type: 'string', default: '3' },
    'database-url': { type: 'string' },
    'no-pglite': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
});
const total = Number(args.events);
const runs = Number(args.runs);
const ROOT = new URL('..', import.meta.url).pathname;
const TARGET = 200_000;
const n = (value: number) => Math.round(value).toLocaleString('en-US');
const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const dir = path.join(tmpdir(), `karpear-audit-bench-${process.pid}`);
const dataDir = path.join(dir, 'data');
mkdirSync(dataDir, { recursive: true });
// The bench's installation key sits where the command line looks for it.
const privatePem = generateKeyPairSync('ed25519')
  .privateKey.export({ type: 'pkcs8', format: 'pem' })
  .toString();
writeFileSync(path.join(dataDir, INSTALLATION_KEY_FILE_NAME), privatePem, { mode: 0o600 });
const key = installationKeyFromPem(privatePem);
const publicKey = readInstallationPublicKey(key.publicKeyPem);
const rows: string[] = [];
/**
 * One result: wall-clock rate (the figure against the target), and for work done in this
 * process, the rate per second of this process's CPU time, which other jobs on a shared
 * machine disturb far less.
 */
const row = (what: string, events: number, seconds: number, note = '', cpuSeconds?: number) => {
  const rate = events / seconds;
  const cpu = cpuSeconds ? n(events / cpuSeconds) : '—';
  rows.push(
    `| ${what} | ${n(events)} | ${seconds.toFixed(2)} s | ${n(rate)} | ${rate >= TARGET ? 'yes' : '**no**'} | ${cpu} | ${note} |`,
  );
  console.log(`${what}: ${n(events)} events in ${seconds.toFixed(2)} s = ${n(rate)} events/s`);
};

/** Seconds of CPU (user + system) this process spends in `work`. */
const cpuTime = (before: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1e6;
};

/** What the product writes, in its proportions: reads and refusals dominate. */
async function generate(
  sinks: ((batch: AuditChainEvent[]) => Promise<void>)[],
): Promise<{ checkpoints: AuditCheckpoint[]; head: AuditChainEvent; hashSeconds: number }> {
  const users = Array.from({ length: 40 }, () => randomUUID());
  const targets = Array.from({ length: 5000 }, () => randomUUID());
  const ips = ['203.0.113.7', '198.51.100.23', '192.0.2.44', '2001:db8::1a', '2001:db8:0:1::7'];
  const start = Date.UTC(2026, 0, 1);
  const checkpoints: AuditCheckpoint[] = [];
  let head: { seq: number; hash: string } = { seq: 0, hash: GENESIS_HASH };
  let last: AuditChainEvent | null = null;
  let hashSeconds = 0;
  for (let from = 0; from < total; from += BATCH) {
    const began = performance.now();
    const batch: AuditChainEvent[] = [];
    for (let i = from; i < Math.min(total, from + BATCH); i++) {
      const staff = i % 4 !== 0;
      const action = AUDIT_ACTIONS[(i * 7) % AUDIT_ACTIONS.length]!;
      last = linkAuditEvent(
        head,
        {
          occurredAt: new Date(start + i * 1500).toISOString(),
          action,
          outcome: i % 50 === 0 ? 'denied' : 'success',
          actorKind: staff ? 'staff' : 'public',
          actorUserId: staff ? users[i % users.length]! : null,
          targetType: action.split('.')[0]!,
          targetId: targets[i % targets.length]!,
          requestId: `req-${(i * 2654435761) % 4294967296}`,
          ip: staff ? ips[i % ips.length]! : null,
          details:
            i % 3 === 0
              ? { incidentType: 'money-scam', channel: 'web', hasContact: i % 2 === 0 }
              : i % 3 === 1
                ? { method: 'GET', route: '/api/incidents/:id', reason: 'forbidden' }
                : { taskId: targets[(i * 13) % targets.length]!, count: i % 17 },
        },
        chainHashes,
      );
      batch.push(last);
      head = last;
      if ((i + 1) % 100_000 === 0 || i + 1 === total) {
        const unsigned = {
          seq: last.seq,
          hash: last.hash,
          signedAt: new Date(start + i * 1500 + 60_000).toISOString(),
          keyFingerprint: key.fingerprint,
        };
        checkpoints.push({ ...unsigned, signature: key.sign(checkpointPayload(unsigned)) });
      }
    }
    hashSeconds += (performance.now() - began) / 1000;
    for (const sink of sinks) await sink(batch);
  }
  return { checkpoints, head: last!, hashSeconds };
}

const BATCH = 10_000;

/** Events go to a side file first: the export puts checkpoints before them. */
function fileSink(file: string) {
  const out = createWriteStream(file);
  return {
    sink: async (batch: AuditChainEvent[]) => {
      const text = batch.map((event) => `${JSON.stringify(eventLine(event))}\n`).join('');
      if (!out.write(text))
        await new Promise<void>((resolve) => out.once('drain', () => resolve()));
    },
    close: () => new Promise<void>((resolve) => out.end(() => resolve())),
  };
}

async function assembleExport(
  file: string,
  eventsFile: string,
  head: AuditChainEvent,
  checkpoints: AuditCheckpoint[],
) {
  const header = {
    type: AUDIT_EXPORT_TYPE,
    version: AUDIT_EXPORT_VERSION,
    exportedAt: new Date().toISOString(),
    head: { seq: head.seq, hash: head.hash },
    publicKey: { algorithm: 'Ed25519', pem: key.publicKeyPem, fingerprint: key.fingerprint },
  };
  const lines = [header, ...checkpoints.map(checkpointLine)].map(
    (line) => `${JSON.stringify(line)}\n`,
  );
  writeFileSync(file, lines.join(''));
  await pipeline(createReadStream(eventsFile), createWriteStream(file, { flags: 'a' }));
  rmSync(eventsFile);
}

const databaseSink = (database: Database) => async (batch: AuditChainEvent[]) => {
  await database.db.execute(sql`insert into audit_events (seq, prev_hash, hash, occurred_at,
      action, outcome, actor_kind, actor_user_id, target_type, target_id, request_id, ip, details)
    select seq, "prevHash", hash, "occurredAt", action, outcome, "actorKind", "actorUserId",
      "targetType", "targetId", "requestId", ip, details
    from jsonb_to_recordset(${JSON.stringify(batch)}::jsonb) as x(seq bigint, "prevHash" text,
      hash text, "occurredAt" timestamptz, action text, outcome text, "actorKind" text,
      "actorUserId" uuid, "targetType" text, "targetId" text, "requestId" text, ip inet,
      details jsonb)`);
};

async function finishLoad(
  database: Database,
  head: AuditChainEvent,
  checkpoints: AuditCheckpoint[],
) {
  await database.db.execute(
    sql`update audit_chain_head set seq = ${head.seq}, hash = ${head.hash} where id = 1`,
  );
  for (const checkpoint of checkpoints) {
    await database.db
      .execute(sql`insert into audit_checkpoints (seq, hash, signed_at, key_fingerprint, signature)
      values (${checkpoint.seq}, ${checkpoint.hash}, ${checkpoint.signedAt}, ${checkpoint.keyFingerprint}, ${checkpoint.signature})`);
  }
  await database.db.execute(sql`vacuum analyze audit_events`);
}

async function timed(
  times: number,
  work: () => Promise<{ ok: boolean; events: number; problems: { message: string }[] }>,
) {
  const seconds: number[] = [];
  const cpu: number[] = [];
  for (let run = 0; run < times; run++) {
    const started = performance.now();
    const before = process.cpuUsage();
    const result = await work();
    seconds.push((performance.now() - started) / 1000);
    cpu.push(cpuTime(before));
    if (!result.ok || result.events !== total) {
      throw new Error(
        `did not verify: ${result.problems[0]?.message ?? `${result.events} events`}`,
      );
    }
  }
  return { seconds: median(seconds), cpu: median(cpu) };
}

/** `karpear audit verify …` in a process of its own; the figure it prints itself. */
function command(extraArgs: string[], env: Record<string, string> = {}) {
  const childEnv: Record<string, string | undefined> = {
    ...process.env,
    KARPEAR_DATA_DIR: dataDir,
    ...env,
  };
  delete childEnv.DATABASE_URL;
  const started = performance.now();
  const result = spawnSync(
    process.execPath,
    [path.join(ROOT, 'bin/karpear.js'), 'audit', 'verify', ...extraArgs],
    {
      encoding: 'utf8',
      env: childEnv,
    },
  );
  const wall = (performance.now() - started) / 1000;
  if (result.status !== 0)
    throw new Error(`karpear audit verify failed: ${result.stdout}${result.stderr}`);
  const reported = Number(/ in (\d+\.\d+) s/.exec(result.stdout)?.[1]);
  return { reported, wall };
}

async function adminQuery(url: string, statement: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

const serverUrl = args['database-url'];
const scratchName = `karpear_bench_audit_${process.pid}`;
let pglite: Database | null = null;
let postgres: Database | null = null;
let postgresUrl: string | null = null;
try {
  console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}`);
  console.log(
    `load average at start: ${loadavg()
      .map((value) => value.toFixed(2))
      .join(' ')}`,
  );
  const sinks: ((batch: AuditChainEvent[]) => Promise<void>)[] = [];
  const eventsFile = path.join(dir, 'events.part');
  const file = path.join(dir, 'audit.ndjson');
  const events = fileSink(eventsFile);
  sinks.push(events.sink);
  if (!args['no-pglite']) {
    pglite = await openDatabase({ pgliteDir: path.join(dataDir, 'pglite') });
    await migrateDatabase(pglite);
    sinks.push(databaseSink(pglite));
  }
  if (serverUrl) {
    await adminQuery(serverUrl, `create database ${scratchName}`);
    const url = new URL(serverUrl);
    url.pathname = `/${scratchName}`;
    postgresUrl = url.toString();
    postgres = await openDatabase({ databaseUrl: postgresUrl });
    await migrateDatabase(postgres);
    sinks.push(databaseSink(postgres));
  }
  const started = performance.now();
  const { checkpoints, head, hashSeconds } = await generate(sinks);
  await events.close();
  await assembleExport(file, eventsFile, head, checkpoints);
  for (const database of [pglite, postgres])
    if (database) await finishLoad(database, head, checkpoints);
  console.log(
    `generated and loaded ${n(total)} events in ${((performance.now() - started) / 1000).toFixed(1)} s; export file ${(statSync(file).size / 2 ** 20).toFixed(0)} MiB`,
  );
  row(
    'generating: link + hash each event (the writer work)',
    total,
    hashSeconds,
    'linkAuditEvent, in memory',
  );

  const oneThread = await timed(runs, () => verifyAuditExportFile(file, { publicKey, workers: 1 }));
  row(
    'export file, in process, one thread (verifyAuditExportFile)',
    total,
    oneThread.seconds,
    `${runs} runs, median`,
    oneThread.cpu,
  );
  const threads = Math.min(4, availableParallelism());
  const parallel = await timed(runs, () => verifyAuditExportFile(file, { publicKey }));
  row(
    `export file, in process, ${threads} threads (the default)`,
    total,
    parallel.seconds,
    `${runs} runs, median; CPU of all threads`,
    parallel.cpu,
  );
  const fileCli = command([file]);
  row(
    'export file: `karpear audit verify FILE` (default threads)',
    total,
    fileCli.reported,
    `its own timing; process ${fileCli.wall.toFixed(1)} s`,
  );

  if (pglite) {
    const measured = await timed(Math.min(runs, 2), () =>
      verifyAuditChainInDatabase(pglite!, { publicKey }),
    );
    row(
      'PGlite, in process (verifyAuditChainInDatabase)',
      total,
      measured.seconds,
      `${Math.min(runs, 2)} runs, median; the database runs in this process`,
      measured.cpu,
    );
    await pglite.close();
    pglite = null;
    const cli = command([]);
    row(
      'PGlite: `karpear audit verify`',
      total,
      cli.reported,
      `its own timing; process ${cli.wall.toFixed(1)} s (opens PGlite)`,
    );
  }
  if (postgres && postgresUrl) {
    const measured = await timed(Math.min(runs, 2), () =>
      verifyAuditChainInDatabase(postgres!, { publicKey }),
    );
    row(
      'PostgreSQL 15, in process (verifyAuditChainInDatabase)',
      total,
      measured.seconds,
      `${Math.min(runs, 2)} runs, median; CPU is this process's only, not the server's`,
      measured.cpu,
    );
    const cli = command(['--database-url', postgresUrl]);
    row(
      'PostgreSQL 15: `karpear audit verify --database-url`',
      total,
      cli.reported,
      `its own timing; process ${cli.wall.toFixed(1)} s`,
    );
  }

  // Last: the verifier alone, the events parsed beforehand (a million objects on the heap).
  const parsed: AuditChainEvent[] = [];
  for (const line of (await readFile(file, 'utf8')).split('\n')) {
    if (!line) continue;
    const item = parseExportLine(JSON.parse(line));
    if (item.kind === 'event') parsed.push(item.event);
  }
  const memory: number[] = [];
  const memoryCpu: number[] = [];
  for (let run = 0; run < runs; run++) {
    const began = performance.now();
    const before = process.cpuUsage();
    const verifier = createChainVerifier(verifierCrypto(publicKey), { checkpoints });
    for (const event of parsed) verifier.add(event);
    const result = verifier.finish();
    memory.push((performance.now() - began) / 1000);
    memoryCpu.push(cpuTime(before));
    if (!result.ok) throw new Error(`in memory: ${result.problems[0]?.message}`);
  }
  row(
    'in memory: the verifier alone (canonical JSON + SHA-256 + links)',
    total,
    median(memory),
    `${runs} runs, median`,
    median(memoryCpu),
  );

  console.log('');
  console.log(
    `load average at end: ${loadavg()
      .map((value) => value.toFixed(2))
      .join(' ')}`,
  );
  console.log(
    '| verification | events | time | events/s | ≥ 200,000/s | events per CPU-second | notes |',
  );
  console.log('| --- | ---: | ---: | ---: | --- | ---: | --- |');
  for (const line of rows) console.log(line);
} finally {
  await pglite?.close();
  await postgres?.close();
  if (serverUrl && args.keep) console.log(`kept database ${scratchName}`);
  else if (serverUrl)
    await adminQuery(serverUrl, `drop database if exists ${scratchName} with (force)`);
  if (args.keep) console.log(`kept ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
}
