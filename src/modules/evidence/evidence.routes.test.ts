import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import {
  createStaff,
  createTestApp,
  signInWithNewMfa,
  type SignedIn,
  type TestApp,
} from '../../../test/app.ts';
import { jpegWithGps, pngWithGps } from '../../../test/images.ts';

const MiB = 1024 * 1024;
let t: TestApp;
let base: string;
let analyst: SignedIn;
let oversight: SignedIn;
beforeAll(async () => {
  t = await createTestApp({ uploadLimits: { maxFileBytes: 1 * MiB, maxReportBytes: 3 * MiB } });
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  const address = t.app.server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  analyst = await signInWithNewMfa(t.app, await createStaff(t.services, 'analyst'));
  oversight = await signInWithNewMfa(t.app, await createStaff(t.services, 'oversight'));
});
afterAll(() => t.close());

const sha256 = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');

type Created = { trackingCode: string; secret: string };
type Item = { id: string; sha256: string; size: number; contentType: string; originalName: string };
type ErrorBody = {
  error: { code: string; message: string; fields?: { path: string; message: string }[] };
};

async function newReport(): Promise<Created> {
  const response = await fetch(`${base}/api/public/reports`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      incidentType: 'account-takeover',
      description: 'Someone took over my Facebook page and posts scam links.',
      language: 'en',
    }),
  });
  return (await response.json()) as Created;
}

function upload(
  report: Created,
  files: { name: string; data: Uint8Array; type?: string }[],
  headers: Record<string, string> = {},
) {
  const form = new FormData();
  for (const file of files) {
    form.append(
      'file',
      new Blob([new Uint8Array(file.data)], { type: file.type ?? '' }),
      file.name,
    );
  }
  return fetch(`${base}/api/public/reports/${report.trackingCode}/evidence`, {
    method: 'POST',
    headers: { authorization: `Bearer ${report.secret}`, 'accept-language': 'en', ...headers },
    body: form,
  });
}

async function reportIdOf(report: Created): Promise<string> {
  const queue = await t.app.inject({
    url: '/api/reports?status=new&limit=100',
    headers: analyst.headers,
  });
  const found = queue
    .json<{ items: { id: string; trackingCode: string }[] }>()
    .items.find((item) => item.trackingCode === report.trackingCode);
  return found!.id;
}

const tempFiles = () => readdir(path.join(t.dataDir, 'blobs', 'tmp'));

describe('POST /api/public/reports/:trackingCode/evidence', () => {
  it('stores each file and answers 201 with the SHA-256 of exactly the bytes sent', async () => {
    const report = await newReport();
    const { file: jpg } = jpegWithGps();
    const note = Buffer.from('ខ្ញុំបានទទួលសារនេះពីលេខ ០១២ ៣៤៥ ៦៧៨\n', 'utf8');
    const response = await upload(report, [
      { name: 'រូបថតអេក្រង់.jpg', data: jpg, type: 'image/jpeg' },
      { name: 'note.txt', data: note, type: 'text/plain' },
    ]);
    expect(response.status).toBe(201);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const { items } = (await response.json()) as { items: Item[] };
    expect(items).toEqual([
      {
        id: expect.any(String) as unknown,
        sha256: sha256(jpg),
        size: jpg.length,
        contentType: 'image/jpeg',
        originalName: 'រូបថតអេក្រង់.jpg',
      },
      {
        id: expect.any(String) as unknown,
        sha256: sha256(note),
        size: note.length,
        contentType: 'text/plain',
        originalName: 'note.txt',
      },
    ]);
  });

  it('answers 413 for a file over the limit and keeps nothing of it', async () => {
    const report = await newReport();
    const big = Buffer.alloc(MiB + 1, 'a');
    const response = await upload(report, [{ name: 'big.txt', data: big }]);
    expect(response.status).toBe(413);
    const { error } = (await response.json()) as ErrorBody;
    expect(error.code).toBe('payload_too_large');
    expect(error.fields).toEqual([
      { path: 'file[0]', message: 'big.txt is larger than 1 MB, the most one file may be.' },
    ]);
    expect(await tempFiles()).toEqual([]);
    expect(await t.blobs.has(sha256(big))).toBe(false);
  });

  it('answers 415 when the content contradicts the name, in the reader’s language', async () => {
    const report = await newReport();
    const { file: png } = pngWithGps();
    const response = await upload(
      report,
      [{ name: 'invoice.pdf', data: png, type: 'application/pdf' }],
      {
        'accept-language': 'km',
      },
    );
    expect(response.status).toBe(415);
    const { error } = (await response.json()) as ErrorBody;
    expect(error.code).toBe('unsupported_media_type');
    expect(error.fields?.[0]?.message).toBe(
      'ឯកសារ invoice.pdf មានឈ្មោះជា .pdf ប៉ុន្តែតាមពិតវាជា រូបភាព PNG។ សូមផ្ញើឯកសារដើម ដោយមិនប្ដូរឈ្មោះ។',
    );
    const exe = await upload(report, [
      { name: 'photo.jpg', data: Buffer.from('MZ\x90\0\x03\0\0\0', 'latin1') },
    ]);
    expect(exe.status).toBe(415);
  });

  it('answers 400 for an empty file and for a request without files', async () => {
    const report = await newReport();
    const empty = await upload(report, [{ name: 'empty.png', data: new Uint8Array(0) }]);
    expect(empty.status).toBe(400);
    expect(((await empty.json()) as ErrorBody).error.fields?.[0]?.message).toBe(
      'empty.png is empty.',
    );
    const none = await upload(report, []);
    expect(none.status).toBe(400);
    const json = await fetch(`${base}/api/public/reports/${report.trackingCode}/evidence`, {
      method: 'POST',
      headers: { authorization: `Bearer ${report.secret}`, 'content-type': 'application/json' },
      body: '{}',
    });
    expect(json.status).toBe(415);
  });

  it('answers the same 404 as the status check for a wrong secret, a wrong code or none', async () => {
    const report = await newReport();
    const other = await newReport();
    const note = { name: 'a.txt', data: Buffer.from('hello') };
    const answers = await Promise.all([
      upload({ ...report, secret: other.secret }, [note]),
      upload({ ...report, trackingCode: 'AAAA-AAAA' }, [note]),
      fetch(`${base}/api/public/reports/${report.trackingCode}/evidence`, {
        method: 'POST',
        headers: { 'accept-language': 'en' },
        body: new FormData(),
      }),
    ]);
    const status = await fetch(`${base}/api/public/reports/${report.trackingCode}`, {
      headers: { authorization: `Bearer ${other.secret}`, 'accept-language': 'en' },
    });
    const expected = ((await status.json()) as ErrorBody).error;
    for (const answer of answers) {
      expect(answer.status).toBe(404);
      const { error } = (await answer.json()) as ErrorBody;
      expect([error.code, error.message]).toEqual([expected.code, expected.message]);
    }
  });
});

describe('staff access to evidence', () => {
  it('lists a report’s evidence and streams it as a verified download', async () => {
    const report = await newReport();
    const { file: jpg, gps } = jpegWithGps();
    const [item] = (
      (await (await upload(report, [{ name: 'chat "1".jpg', data: jpg }])).json()) as {
        items: Item[];
      }
    ).items;
    const reportId = await reportIdOf(report);

    const list = await fetch(`${base}/api/reports/${reportId}/evidence`, {
      headers: analyst.headers,
    });
    expect(list.status).toBe(200);
    expect(((await list.json()) as { items: unknown[] }).items).toEqual([
      expect.objectContaining({
        id: item!.id,
        reportId,
        source: 'public-report',
        hasDisplayCopy: true,
      }),
    ]);

    const original = await fetch(`${base}/api/evidence/${item!.id}/content`, {
      headers: analyst.headers,
    });
    expect(original.status).toBe(200);
    expect(original.headers.get('content-type')).toBe('image/jpeg');
    expect(original.headers.get('content-disposition')).toBe(
      `attachment; filename="chat _1_.jpg"; filename*=UTF-8''chat%20%221%22.jpg`,
    );
    expect(original.headers.get('x-content-type-options')).toBe('nosniff');
    expect(original.headers.get('content-security-policy')).toBe("default-src 'none'; sandbox");
    expect(original.headers.get('repr-digest')).toBe(
      `sha-256=:${createHash('sha256').update(jpg).digest('base64')}:`,
    );
    expect(Buffer.from(await original.arrayBuffer()).equals(jpg)).toBe(true);

    const display = await fetch(`${base}/api/evidence/${item!.id}/content?variant=display`, {
      headers: analyst.headers,
    });
    expect(display.status).toBe(200);
    const shown = Buffer.from(await display.arrayBuffer());
    expect(shown.includes(gps)).toBe(false);
    expect(shown.length).toBeLessThan(jpg.length);
  });

  it('refuses the public (401) and roles without reports:read (403)', async () => {
    const report = await newReport();
    const [item] = (
      (await (await upload(report, [{ name: 'a.txt', data: Buffer.from('x') }])).json()) as {
        items: Item[];
      }
    ).items;
    const reportId = await reportIdOf(report);
    for (const url of [`/api/reports/${reportId}/evidence`, `/api/evidence/${item!.id}/content`]) {
      expect((await fetch(`${base}${url}`)).status, url).toBe(401);
      expect((await fetch(`${base}${url}`, { headers: oversight.headers })).status, url).toBe(403);
    }
    const unknown = await fetch(
      `${base}/api/evidence/00000000-0000-4000-8000-000000000000/content`,
      {
        headers: analyst.headers,
      },
    );
    expect(unknown.status).toBe(404);
  });
});
