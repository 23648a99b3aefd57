/**
 * Report intake throughput: public report submissions per second and p50/p99 latency at
 * 16 concurrent clients on loopback, against a real `karpear serve` on PGlite and, when
 * DATABASE_URL is set, on PostgreSQL. Bounded: a fixed number of requests, then it stops.
 * Proof-of-work is off for the run (it costs the client, not the server) and the rate
 * limits are raised.
 *
 *   node bench/report-intake.bench.ts [requests=4000] [concurrency=16]
 *   DATABASE_URL=postgres://… node bench/report-intake.bench.ts
 *
 * With --audit-overhead, the cost of the tamper-evident audit chain on this path: for each
 * database, servers with the chained audit write and servers writing the same event as a
 * plain insert (the write before the chain existed) take turns, `--rounds` each (default
 * 3), each on a fresh database; the table gives the median of each and the overhead, the
 * median over rounds of 1 − chained/plain of the round's two runs.
 * The plain-insert server is this file run with --serve-unchained: `startServer` with the
 * benchmark seam `{ auditChain: false }` (no content hash), which nothing else sets, on a
 * database whose commit trigger is disabled (no linking).
 *
 *   DATABASE_URL=postgres://… node bench/report-intake.bench.ts --audit-overhead 3000 16
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';

const ROOT = new URL('..', import.meta.url).pathname;
const flags = process.argv.slice(2).filter((arg) => arg.startsWith('--'));
const positional = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
const total = Number(positional[0] ?? 4000);
const concurrency = Number(positional[1] ?? 16);
const roundsFlag = flags.find((flag) => flag.startsWith('--rounds='));
const rounds = Number(roundsFlag?.split('=')[1] ?? 3);

if (flags.includes('--serve-unchained')) {
  // The server of the "without chain" runs: everything as `karpear serve`, but audit events
  // are written as a plain insert. Stopped by the parent with SIGTERM.
  const { loadConfig } = await import('../src/platform/config.ts');
  const { createLogger } = await import('../src/platform/logger.ts');
  const { openConfiguredDatabase, startServer } = await import('../src/main.ts');
  const { migrateDatabase } = await import('../src/platform/db/migrate.ts');
  const { sql } = await import('drizzle-orm');
  const config = loadConfig(process.env);
  // And no linking at commit either: the database as it was before the chain.
  const database = await openConfiguredDatabase(config);
  await migrateDatabase(database);
  await database.db.execute(sql`alter table audit_events disable trigger audit_events_chain`);
  await database.close();
  const server = await startServer(config, createLogger(config.logLevel), { auditChain: false });
  process.once('SIGTERM', () => void server.stop().then(() => process.exit(0)));
  await new Promise(() => {});
}

const body = JSON.stringify({
  incidentType: 'money-scam',
  description: 'ខ្ញុំបានផ្ទេរប្រាក់ ៥០ ដុល្លារ ទៅគណនី ABA ០១២ ៣៤៥ ៦៧៨ ដែលក្លែងខ្លួនជាធនាគារ',
  language: 'km',
  details: { amount: '50', currency: 'USD', paymentChannel: 'aba', receivingAccount: '012345678' },
  contact: { phone: '097 123 4567' },
});

async function waitReady(url: string) {
  for (let i = 0; i < 600; i++) {
    const status = await fetch(`${url}/readyz`).then(
      (r) => r.status,
      () => 0,
    );
    if (status === 200) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('server did not become ready');
}

type Measured = { perSecond: number; p50: number; p99: number; failures: number };

async function run(
  label: string,
  databaseUrl: string | undefined,
  options: { chained: boolean; print: boolean } = { chained: true, print: true },
): Promise<Measured> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'karpear-intake-bench-'));
  const port = 18_600 + Math.floor(Math.random() * 300);
  const env: Record<string, string | undefined> = {
    ...process.env,
    KARPEAR_DATA_DIR: dataDir,
    PORT: String(port),
    LOG_LEVEL: 'warn',
    KARPEAR_POW_DIFFICULTY: '0',
    KARPEAR_RATE_LIMIT_PER_MINUTE: '10000000',
    KARPEAR_SENSITIVE_RATE_LIMIT_PER_MINUTE: '10000000',
  };
  if (databaseUrl) env.DATABASE_URL = databaseUrl;
  else delete env.DATABASE_URL;
  const command = options.chained
    ? [path.join(ROOT, 'src/cli/main.ts'), 'serve']
    : [path.join(ROOT, 'bench/report-intake.bench.ts'), '--serve-unchained'];
  const server: ChildProcess = spawn(process.execPath, command, { env, stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}`;
  const exited = new Promise((resolve) => server.once('exit', resolve));
  try {
    await waitReady(url);
    const post = () =>
      fetch(`${url}/api/public/reports`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'accept-language': 'km' },
        body,
      });
    for (let i = 0; i < 50; i++) await (await post()).arrayBuffer(); // warm-up
    const latencies: number[] = [];
    let next = 0;
    let failures = 0;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next < total) {
          next++;
          const t0 = performance.now();
          const response = await post();
          await response.arrayBuffer();
          latencies.push(performance.now() - t0);
          if (response.status !== 201) failures++;
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    latencies.sort((a, b) => a - b);
    const pct = (p: number) =>
      latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * p))]!;
    if (options.print) {
      console.log(
        `| ${label} | ${total} | ${concurrency} | ${(total / seconds).toFixed(0)} | ${pct(0.5).toFixed(1)} ms | ${pct(0.99).toFixed(1)} ms | ${failures} |`,
      );
    }
    return { perSecond: total / seconds, p50: pct(0.5), p99: pct(0.99), failures };
  } finally {
    server.kill('SIGTERM');
    await exited;
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function adminQuery(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** A fresh database per round on the server, so no round inherits another's rows. */
async function withScratchDatabase<T>(serverUrl: string, work: (url: string) => Promise<T>) {
  const name = `karpear_bench_intake_${process.pid}_${Math.floor(Math.random() * 1e6)}`;
  await adminQuery(serverUrl, `create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  try {
    return await work(url.toString());
  } finally {
    await adminQuery(serverUrl, `drop database if exists ${name} with (force)`);
  }
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function auditOverhead(label: string, serverUrl: string | undefined) {
  const results = { chained: [] as Measured[], plain: [] as Measured[] };
  for (let round = 0; round < rounds; round++) {
    // Alternate which goes first, so a drift in the machine's load favours neither.
    const order = round % 2 ? (['plain', 'chained'] as const) : (['chained', 'plain'] as const);
    for (const kind of order) {
      const options = { chained: kind === 'chained', print: false };
      const measured = serverUrl
        ? await withScratchDatabase(serverUrl, (url) => run(label, url, options))
        : await run(label, undefined, options);
      results[kind].push(measured);
      console.error(`${label} round ${round + 1} ${kind}: ${measured.perSecond.toFixed(0)}/s`);
    }
  }
  const rate = (list: Measured[]) => median(list.map((m) => m.perSecond));
  const chained = rate(results.chained);
  const plain = rate(results.plain);
  // Each round's two runs are back to back: their ratio is spared the machine's drift over
  // the whole run (other jobs starting and stopping), which the medians are not.
  const overhead = median(
    results.chained.map((run, i) => 1 - run.perSecond / results.plain[i]!.perSecond),
  );
  const p99 = (list: Measured[]) => median(list.map((m) => m.p99)).toFixed(1);
  const failures = [...results.chained, ...results.plain].reduce((sum, m) => sum + m.failures, 0);
  console.log(
    `| ${label} | ${rounds} × ${total} | ${plain.toFixed(0)} (${results.plain.map((m) => m.perSecond.toFixed(0)).join(', ')}) | ${chained.toFixed(0)} (${results.chained.map((m) => m.perSecond.toFixed(0)).join(', ')}) | ${(100 * overhead).toFixed(1)} % | ${p99(results.plain)} / ${p99(results.chained)} ms | ${failures} |`,
  );
}

console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}`);
console.log(
  `load average at start: ${loadavg()
    .map((value) => value.toFixed(2))
    .join(' ')}`,
);
if (flags.includes('--audit-overhead')) {
  console.log(
    '| database | runs × requests | plain insert, reports/s (each run) | chained, reports/s (each run) | overhead (median of rounds) | p99 plain / chained | non-201 |',
  );
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  await auditOverhead('PGlite (embedded)', undefined);
  if (process.env.DATABASE_URL)
    await auditOverhead('PostgreSQL 15 (local)', process.env.DATABASE_URL);
} else {
  console.log('| database | requests | clients | reports/s | p50 | p99 | non-201 |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  await run('PGlite (embedded)', undefined);
  if (process.env.DATABASE_URL) await run('PostgreSQL 15 (local)', process.env.DATABASE_URL);
}
