/**
 * Start-up benchmark: time from `npm start` to GET /readyz = 200 and the server's resident
 * memory once ready, on the embedded default (PGlite), for a first run (empty data
 * directory: database created, migrated, key generated) and a warm one. Also reports the
 * gzip size of the JavaScript the public report page loads.
 *
 *   npm run build:web && node bench/startup.bench.ts [runs=3]
 */
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const ROOT = new URL('..', import.meta.url).pathname;
const runs = Number(process.argv[2] ?? 3);

function descendants(pid: number): number[] {
  const out = execFileSync('ps', ['-e', '-o', 'pid=,ppid='], { encoding: 'utf8' });
  const children = new Map<number, number[]>();
  for (const line of out.trim().split('\n')) {
    const [child, parent] = line.trim().split(/\s+/).map(Number) as [number, number];
    children.set(parent, [...(children.get(parent) ?? []), child]);
  }
  const all: number[] = [];
  const walk = (p: number) => {
    for (const c of children.get(p) ?? []) {
      all.push(c);
      walk(c);
    }
  };
  walk(pid);
  return all;
}

function rssMiB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return kb / 1024;
}

async function startOnce(dataDir: string, port: number) {
  const started = performance.now();
  const child = spawn('npm', ['start', '--silent'], {
    cwd: ROOT,
    env: { ...process.env, KARPEAR_DATA_DIR: dataDir, PORT: String(port), LOG_LEVEL: 'warn' },
    stdio: 'ignore',
    detached: true,
  });
  let readyMs = NaN;
  for (let i = 0; i < 600; i++) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/readyz`);
      if (response.status === 200) {
        readyMs = performance.now() - started;
        break;
      }
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  await new Promise((resolve) => setTimeout(resolve, 500));
  const nodePids = descendants(child.pid!).filter((pid) => {
    try {
      return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('serve');
    } catch {
      return false;
    }
  });
  const rss = Math.max(...nodePids.map(rssMiB));
  process.kill(-child.pid!, 'SIGTERM');
  await new Promise((resolve) => child.once('exit', resolve));
  return { readyMs, rss };
}

function publicPageJsGzip(): number {
  const html = readFileSync(path.join(ROOT, 'dist/web/index.html'), 'utf8');
  const scripts = [...html.matchAll(/(?:src|href)="\/([^"]+\.js)"/g)].map((m) => m[1]!);
  return scripts.reduce(
    (sum, file) => sum + gzipSync(readFileSync(path.join(ROOT, 'dist/web', file))).length,
    0,
  );
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const cold: { readyMs: number; rss: number }[] = [];
const warm: { readyMs: number; rss: number }[] = [];
for (let run = 0; run < runs; run++) {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), 'karpear-bench-')), 'data');
  cold.push(await startOnce(dir, 18_400 + run));
  warm.push(await startOnce(dir, 18_500 + run));
  rmSync(path.dirname(dir), { recursive: true, force: true });
}

const row = (label: string, samples: { readyMs: number; rss: number }[]) =>
  `| ${label} | ${(median(samples.map((s) => s.readyMs)) / 1000).toFixed(2)} s | ${median(samples.map((s) => s.rss)).toFixed(0)} MiB | ${runs} |`;

console.log(
  `machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`,
);
console.log('| start | npm start → /readyz 200 (median) | server RSS when ready (median) | runs |');
console.log('| --- | --- | --- | --- |');
console.log(row('first run (empty data dir)', cold));
console.log(row('warm (existing data dir)', warm));
console.log(`public report page JavaScript: ${(publicPageJsGzip() / 1024).toFixed(1)} KB gzip`);
