import { describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pngWithGps } from './images.ts';

const ROOT = new URL('..', import.meta.url).pathname;

function startServer(dataDir: string, port: number): ChildProcess {
  const env: Record<string, string | undefined> = {
    ...process.env,
    KARPEAR_DATA_DIR: dataDir,
    PORT: String(port),
    LOG_LEVEL: 'warn',
    KARPEAR_POW_DIFFICULTY: '0',
  };
  delete env.DATABASE_URL;
  return spawn(process.execPath, [path.join(ROOT, 'src/cli/main.ts'), 'serve'], {
    env,
    stdio: 'ignore',
  });
}

async function waitReady(url: string): Promise<void> {
  for (let i = 0; i < 400; i++) {
    const status = await fetch(`${url}/readyz`).then(
      (r) => r.status,
      () => 0,
    );
    if (status === 200) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('server not ready');
}

const exited = (child: ChildProcess) => new Promise((resolve) => child.once('exit', resolve));

describe('nothing acknowledged is lost', () => {
  it('keeps a report and its evidence when the server is killed right after answering', async () => {
    const dataDir = path.join(mkdtempSync(path.join(tmpdir(), 'karpear-durable-')), 'data');
    const port = 19_000 + Math.floor(Math.random() * 1000);
    const url = `http://127.0.0.1:${port}`;
    let server = startServer(dataDir, port);
    await waitReady(url);

    const created = await fetch(`${url}/api/public/reports`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        incidentType: 'money-scam',
        description: 'I sent 50 dollars to an ABA account after a fake call.',
        language: 'en',
      }),
    });
    expect(created.status).toBe(201);
    const { trackingCode, secret } = (await created.json()) as {
      trackingCode: string;
      secret: string;
    };

    const { file: screenshot } = pngWithGps();
    const form = new FormData();
    form.append('file', new Blob([screenshot], { type: 'image/png' }), 'receipt.png');
    const uploaded = await fetch(`${url}/api/public/reports/${trackingCode}/evidence`, {
      method: 'POST',
      headers: { authorization: `Bearer ${secret}` },
      body: form,
    });
    expect(uploaded.status).toBe(201);
    server.kill('SIGKILL');
    await exited(server);

    server = startServer(dataDir, port);
    try {
      await waitReady(url);
      const view = await fetch(`${url}/api/public/reports/${trackingCode}`, {
        headers: { authorization: `Bearer ${secret}` },
      });
      expect(view.status).toBe(200);
      expect(await view.json()).toMatchObject({ trackingCode, evidenceCount: 1 });
      const sha256 = createHash('sha256').update(screenshot).digest('hex');
      const blob = path.join(dataDir, 'blobs', sha256.slice(0, 2), sha256.slice(2, 4), sha256);
      expect(existsSync(blob)).toBe(true);
      expect(createHash('sha256').update(readFileSync(blob)).digest('hex')).toBe(sha256);
    } finally {
      server.kill('SIGTERM');
      await exited(server);
    }
  }, 120_000);
});
