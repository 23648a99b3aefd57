/**
 * `npm run test:e2e`: builds the web app, starts a real Karpear server on a fresh data
 * directory with the analysts of support/env.ts and a low proof-of-work difficulty, runs
 * the Playwright suite against it, stops the server and exits with Playwright's status.
 * Extra arguments go to `playwright test`.
 */
import { spawn, spawnSync, type ChildProcess, type SpawnSyncOptions } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
} from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { ANALYSTS } from './support/env.ts';

const CHROMIUM = '/usr/bin/chromium';
const ROOT = path.resolve(import.meta.dirname, '..');
/**
 * A proof of work the page solves in a blink: the tests check that it is solved and sent,
 * not how long it takes (the default makes a phone work for about a second).
 */
const POW_DIFFICULTY = '2000';

function log(message: string): void {
  process.stdout.write(`[e2e] ${message}\n`);
}

function fail(message: string): never {
  process.stderr.write(`[e2e] ${message}\n`);
  process.exit(1);
}

function run(command: string, args: string[], options: SpawnSyncOptions = {}): void {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', ...options });
  if (result.status !== 0) {
    const output = result.stderr ? String(result.stderr) : '';
    fail(
      `\`${command} ${args.join(' ')}\` failed (exit ${result.status ?? result.signal})\n${output}`,
    );
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function waitForReady(baseUrl: string, server: ChildProcess, logFile: string): Promise<void> {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) {
      fail(`the server exited with ${server.exitCode} before it was ready:\n${tail(logFile)}`);
    }
    const status = await fetch(`${baseUrl}/readyz`).then(
      (response) => response.status,
      () => 0,
    );
    if (status === 200) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  fail(`the server was not ready within 90 s:\n${tail(logFile)}`);
}

const tail = (file: string): string =>
  existsSync(file) ? readFileSync(file, 'utf8').split('\n').slice(-30).join('\n') : '';

function stop(server: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (server.exitCode !== null || server.signalCode !== null) return resolve();
    const force = setTimeout(() => server.kill('SIGKILL'), 10_000);
    server.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    server.kill('SIGTERM');
  });
}

async function main(): Promise<number> {
  if (!existsSync(CHROMIUM)) {
    const message = `Chromium is not installed at ${CHROMIUM} (Debian: apt-get install chromium).`;
    if (process.env.KARPEAR_E2E_OPTIONAL === '1') {
      log(`${message} Skipping the browser tests because KARPEAR_E2E_OPTIONAL=1.`);
      return 0;
    }
    fail(`${message} Install it, or set KARPEAR_E2E_OPTIONAL=1 to skip the browser tests.`);
  }

  log('building the web app');
  run('npx', ['vite', 'build', '--logLevel', 'warn']);

  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'karpear-e2e-'));
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const password = `e2e ${randomBytes(12).toString('base64url')}`;
  const env = {
    ...process.env,
    KARPEAR_DATA_DIR: dataDir,
    PORT: String(port),
    HOST: '127.0.0.1',
    KARPEAR_POW_DIFFICULTY: POW_DIFFICULTY,
  };
  const logFile = path.join(dataDir, 'server.log');
  let server: ChildProcess | null = null;

  try {
    log(`migrating a fresh database in ${dataDir}`);
    run('node', ['src/cli/main.ts', 'migrate'], { env });
    for (const analyst of Object.values(ANALYSTS)) {
      log(`creating the analyst ${analyst.email}`);
      run(
        'node',
        [
          'src/cli/main.ts',
          'users',
          'add',
          '--email',
          analyst.email,
          '--name',
          analyst.name,
        ].concat(['--role', 'analyst', '--password-stdin']),
        { env, input: `${password}\n`, stdio: ['pipe', 'inherit', 'pipe'] },
      );
    }

    log('issuing a one-time admin setup link');
    const link = spawnSync('node', ['src/cli/main.ts', 'users', 'create-admin'], {
      cwd: ROOT,
      env,
      encoding: 'utf8',
    });
    const setupToken = /#token=([\w-]+)/.exec(link.stdout)?.[1];
    if (link.status !== 0 || !setupToken) fail(`no setup link was printed:\n${link.stderr}`);

    log(`starting the server on ${baseUrl}`);
    const output = openSync(logFile, 'a');
    server = spawn('node', ['src/cli/main.ts', 'serve'], {
      cwd: ROOT,
      env,
      stdio: ['ignore', output, output],
    });
    await waitForReady(baseUrl, server, logFile);

    log('running Playwright');
    const playwright = spawnSync('npx', ['playwright', 'test', ...process.argv.slice(2)], {
      cwd: ROOT,
      stdio: 'inherit',
      env: {
        ...process.env,
        E2E_BASE_URL: baseUrl,
        E2E_ANALYST_PASSWORD: password,
        E2E_SETUP_TOKEN: setupToken,
      },
    });
    return playwright.status ?? 1;
  } finally {
    if (server) await stop(server);
    if (existsSync(logFile)) {
      mkdirSync(path.join(ROOT, 'test-results'), { recursive: true });
      copyFileSync(logFile, path.join(ROOT, 'test-results', 'server.log'));
      log('server log: test-results/server.log');
    }
    rmSync(dataDir, { recursive: true, force: true });
  }
}

process.exitCode = await main();
