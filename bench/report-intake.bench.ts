/**
 * Report intake throughput: public report submissions per second and p50/p99 latency at
 * 16 concurrent clients on loopback, against a real `karpear serve` on PGlite and, when
 * DATABASE_URL is set, on PostgreSQL. Bounded: a fixed number of requests, then it stops.
 * Proof-of-work is off for the run (it costs the client, not the server) and the rate
 * limits are raised.
 *
 *   node bench/report-intake.bench.ts [requests=4000] [concurrency=16]
 *   DATABASE_URL=postgres://… node bench/report-intake.bench.ts
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import path from 'node:path';

const ROOT = new URL('..', import.meta.url).pathname;
const total = Number(process.argv[2] ?? 4000);
const concurrency = Number(process.argv[3] ?? 16);

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

async function run(label: string, databaseUrl: string | undefined) {
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
  const server: ChildProcess = spawn(
    process.execPath,
    [path.join(ROOT, 'src/cli/main.ts'), 'serve'],
    {
      env,
      stdio: 'ignore',
    },
  );
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
    console.log(
      `| ${label} | ${total} | ${concurrency} | ${(total / seconds).toFixed(0)} | ${pct(0.5).toFixed(1)} ms | ${pct(0.99).toFixed(1)} ms | ${failures} |`,
    );
  } finally {
    server.kill('SIGTERM');
    await exited;
    rmSync(dataDir, { recursive: true, force: true });
  }
}

console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}`);
console.log('| database | requests | clients | reports/s | p50 | p99 | non-201 |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
await run('PGlite (embedded)', undefined);
if (process.env.DATABASE_URL) await run('PostgreSQL 15 (local)', process.env.DATABASE_URL);
