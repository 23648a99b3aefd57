import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash, randomBytes } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { createTestApp, type TestApp } from '../../../test/app.ts';

/**
 * Large uploads over a real socket: the file is generated while it is sent, so neither
 * side could hold it whole. 200 MiB always; 1 GiB with KARPEAR_LARGE_TESTS=1.
 */
const MiB = 1024 * 1024;
const LARGE = process.env.KARPEAR_LARGE_TESTS === '1';
const STREAMED_BYTES = (LARGE ? 1024 : 200) * MiB;
const MAX_RSS_GROWTH = 100 * MiB;

let t: TestApp;
let base: string;
beforeAll(async () => {
  t = await createTestApp({
    uploadLimits: { maxFileBytes: 1100 * MiB, maxReportBytes: 2048 * MiB },
    sensitiveRateLimitPerMinute: 10_000,
  });
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  const address = t.app.server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
afterAll(() => t.close());

async function newReport() {
  const response = await fetch(`${base}/api/public/reports`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      incidentType: 'sextortion',
      description: 'A screen recording of the video call and the threats that followed.',
      language: 'en',
    }),
  });
  return (await response.json()) as { trackingCode: string; secret: string };
}

/**
 * A multipart body with one MP4-looking file of `size` bytes: an ftyp box, then random
 * blocks, produced on demand. `hash` sees exactly the file's bytes.
 */
function streamedUpload(size: number, boundary: string) {
  const hash = createHash('sha256');
  const block = randomBytes(MiB);
  const ftyp = Buffer.from('00000018667479706d703432000000006d70343269736f6d', 'hex');
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="call-recording.mp4"\r\n` +
      `Content-Type: video/mp4\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  let sent = 0;
  let stage: 'head' | 'file' | 'tail' | 'done' = 'head';
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (stage === 'head') {
        controller.enqueue(head);
        stage = 'file';
      } else if (stage === 'file') {
        let chunk = block.subarray(0, Math.min(block.length, size - sent));
        if (sent === 0) chunk = Buffer.concat([ftyp, chunk.subarray(ftyp.length)]);
        hash.update(chunk);
        sent += chunk.length;
        controller.enqueue(chunk);
        if (sent >= size) stage = 'tail';
      } else if (stage === 'tail') {
        controller.enqueue(tail);
        stage = 'done';
      } else {
        controller.close();
      }
    },
  });
  return { body, digest: () => hash.digest('hex') };
}

describe('streamed uploads', () => {
  it(`stores a ${STREAMED_BYTES / MiB} MiB upload with memory staying flat`, async () => {
    const report = await newReport();
    const boundary = `karpear${randomBytes(12).toString('hex')}`;
    const upload = streamedUpload(STREAMED_BYTES, boundary);
    global.gc?.();
    const before = process.memoryUsage().rss;
    let peak = before;
    const sampler = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().rss);
    }, 20);
    const started = performance.now();
    const response = await fetch(`${base}/api/public/reports/${report.trackingCode}/evidence`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${report.secret}`,
        'content-type': `multipart/form-data; boundary=${boundary}`,
      },
      body: upload.body,
      duplex: 'half',
    } as RequestInit);
    const seconds = (performance.now() - started) / 1000;
    clearInterval(sampler);
    expect(response.status).toBe(201);
    const { items } = (await response.json()) as { items: { sha256: string; size: number }[] };
    expect(items[0]).toMatchObject({ sha256: upload.digest(), size: STREAMED_BYTES });
    const growth = peak - before;
    console.log(
      `streamed ${STREAMED_BYTES / MiB} MiB in ${seconds.toFixed(1)} s ` +
        `(${(STREAMED_BYTES / MiB / seconds).toFixed(0)} MiB/s), RSS +${(growth / MiB).toFixed(0)} MiB`,
    );
    expect(growth).toBeLessThan(MAX_RSS_GROWTH);
    expect(await readdir(path.join(t.dataDir, 'blobs', 'tmp'))).toEqual([]);
  }, 600_000);

  it('answers 413 to a sender still sending far past the limit, and keeps nothing', async () => {
    const small = await createTestApp({
      uploadLimits: { maxFileBytes: MiB, maxReportBytes: 4 * MiB },
    });
    try {
      await small.app.listen({ port: 0, host: '127.0.0.1' });
      const address = small.app.server.address();
      const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
      const created = await small.app.inject({
        method: 'POST',
        url: '/api/public/reports',
        payload: {
          incidentType: 'sextortion',
          description: 'A screen recording of the video call and the threats that followed.',
          language: 'en',
        },
      });
      const report = created.json<{ trackingCode: string; secret: string }>();
      const boundary = `karpear${randomBytes(12).toString('hex')}`;
      const upload = streamedUpload(64 * MiB, boundary);
      const response = await fetch(`${url}/api/public/reports/${report.trackingCode}/evidence`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${report.secret}`,
          'content-type': `multipart/form-data; boundary=${boundary}`,
        },
        body: upload.body,
        duplex: 'half',
      } as RequestInit);
      expect(response.status).toBe(413);
      expect(await readdir(path.join(small.dataDir, 'blobs', 'tmp'))).toEqual([]);
    } finally {
      await small.close();
    }
  }, 120_000);
});
