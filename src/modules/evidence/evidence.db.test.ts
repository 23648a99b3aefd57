import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash, randomBytes } from 'node:crypto';
import { chmod, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { createTestDatabase, type TestDatabase } from '../../../test/database.ts';
import { jpegWithGps, pngWithGps } from '../../../test/images.ts';
import { createSecretBox } from '../../platform/crypto/secret-box.ts';
import { openFileBlobStore } from '../../platform/blobs/file-blob-store.ts';
import { queryRows } from '../../platform/db/database.ts';
import { systemContext, type RequestContext } from '../../platform/context.ts';
import { CLI_ACTOR, PUBLIC_ACTOR } from '../../domain/actor.ts';
import { createServices, type Services } from '../../services.ts';
import type { IncomingFile } from './index.ts';

let database: TestDatabase;
let services: Services;
let dataDir: string;
const KiB = 1024;
beforeAll(async () => {
  database = await createTestDatabase();
  dataDir = await mkdtemp(path.join(tmpdir(), 'karpear-evidence-'));
  services = createServices({
    db: database.db,
    secretBox: createSecretBox(randomBytes(32)),
    publicUrl: 'http://127.0.0.1:8080',
    blobs: await openFileBlobStore(dataDir),
    uploadLimits: { maxFileBytes: 40 * KiB, maxReportBytes: 100 * KiB },
  });
});
afterAll(async () => {
  await database.close();
  await rm(dataDir, { recursive: true, force: true });
});

const publicCtx: RequestContext = {
  actor: PUBLIC_ACTOR,
  requestId: 'test-request',
  ip: '192.0.2.7',
  language: 'en',
};
const staffCtx = systemContext(CLI_ACTOR, 'test');
const sha256 = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');

async function newReport() {
  const created = await services.reports.submitReport(publicCtx, {
    incidentType: 'phishing',
    description: 'A fake ABA message asked for my PIN and I sent a screenshot.',
    language: 'en',
  });
  const id = await services.reports.findReportIdForReporter(created.trackingCode, created.secret);
  return { ...created, id };
}

function file(name: string | null, data: Buffer, declaredType: string | null = null): IncomingFile {
  return {
    originalName: name,
    declaredType,
    stream: (async function* () {
      for (let at = 0; at < data.length; at += 4096) yield data.subarray(at, at + 4096);
    })(),
  };
}

async function* files(...list: IncomingFile[]) {
  yield* list;
}

/** A text file of `size` bytes whose content differs with `seed`. */
const text = (size: number, seed: string) => Buffer.from(seed.padEnd(size, '.'), 'utf8');

const tempFiles = () => readdir(path.join(dataDir, 'blobs', 'tmp'));
const countRows = async (reportId: string) =>
  (
    await queryRows<{ n: number }>(
      database.db,
      sql`select count(*)::int as n from evidence_items where report_id = ${reportId}`,
    )
  )[0]?.n;

function upload(report: { trackingCode: string; secret: string }, ...list: IncomingFile[]) {
  return services.evidence.acquireReporterEvidence(publicCtx, {
    trackingCode: report.trackingCode,
    secret: report.secret,
    files: files(...list),
  });
}

describe('acquiring evidence', () => {
  it('stores a picture with its hash, a display copy without GPS, and an audit event', async () => {
    const report = await newReport();
    const { file: png } = pngWithGps();
    const [item] = await upload(report, file('../../etc/រូបថត\u202e.png', png, 'image/png'));
    expect(item).toMatchObject({
      sha256: sha256(png),
      size: png.length,
      contentType: 'image/png',
      originalName: 'រូបថត.png',
    });
    const [row] = await queryRows<{
      display_sha256: string;
      source: string;
      acquired_by_kind: string;
    }>(
      database.db,
      sql`select display_sha256, source, acquired_by_kind from evidence_items where id = ${item!.id}`,
    );
    expect(row).toMatchObject({ source: 'public-report', acquired_by_kind: 'public' });
    expect(row?.display_sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(row?.display_sha256).not.toBe(sha256(png));
    const [audit] = await queryRows<{ details: Record<string, unknown>; ip: string }>(
      database.db,
      sql`select details, host(ip) as ip from audit_events where action = 'evidence.acquired' and target_id = ${item!.id}`,
    );
    expect(audit?.details).toMatchObject({
      reportId: report.id,
      sha256: sha256(png),
      displayCopy: true,
    });
    expect(JSON.stringify(audit?.details)).not.toContain('រូបថត');
  });

  it('stores the same bytes once: a retry gives back the same item, another report a new one', async () => {
    const report = await newReport();
    const data = text(3000, 'dedup me');
    const [first] = await upload(report, file('note.txt', data));
    const [retry] = await upload(report, file('note-again.txt', data));
    expect(retry?.id).toBe(first?.id);
    expect(await countRows(report.id)).toBe(1);
    const other = await newReport();
    const [elsewhere] = await upload(other, file('note.txt', data));
    expect(elsewhere?.id).not.toBe(first?.id);
    expect(elsewhere?.sha256).toBe(first?.sha256);
    const sha = sha256(data);
    expect(await readdir(path.join(dataDir, 'blobs', sha.slice(0, 2), sha.slice(2, 4)))).toEqual([
      sha,
    ]);
  });

  it('aborts a file over the limit: a clear message, no temp file, no blob, no row', async () => {
    const report = await newReport();
    const big = text(40 * KiB + 1, 'too big');
    const refusal = upload(report, file('big.txt', big));
    await expect(refusal).rejects.toMatchObject({
      code: 'payload_too_large',
      fields: [
        { path: 'file[0]', message: 'big.txt is larger than 40 KB, the most one file may be.' },
      ],
    });
    expect(await tempFiles()).toEqual([]);
    expect(await services.evidence.listEvidenceForReport(staffCtx, report.id)).toEqual([]);
    expect(await openFileBlobStore(dataDir).then((store) => store.has(sha256(big)))).toBe(false);
  });

  it('keeps the files of one report under the per-report limit, counting what it holds', async () => {
    const report = await newReport();
    await upload(report, file('a.txt', text(40 * KiB, 'a')), file('b.txt', text(40 * KiB, 'b')));
    await expect(upload(report, file('c.txt', text(30 * KiB, 'c')))).rejects.toMatchObject({
      code: 'payload_too_large',
      fields: [{ message: 'c.txt does not fit: the files of one report may be 100 KB in all.' }],
    });
    await upload(report, file('d.txt', text(20 * KiB, 'd')));
    expect(await countRows(report.id)).toBe(3);
    expect(await tempFiles()).toEqual([]);
  });

  it('re-checks the per-report limit when concurrent uploads commit', async () => {
    const report = await newReport();
    const results = await Promise.allSettled([
      upload(report, file('x.txt', text(35 * KiB, 'x')), file('y.txt', text(35 * KiB, 'y'))),
      upload(report, file('z.txt', text(35 * KiB, 'z'))),
    ]);
    expect(results.map((result) => result.status).sort()).toEqual(['fulfilled', 'rejected']);
    const [total] = await queryRows<{ bytes: number }>(
      database.db,
      sql`select sum(size_bytes)::int as bytes from evidence_items where report_id = ${report.id}`,
    );
    expect(total?.bytes).toBeLessThanOrEqual(100 * KiB);
  });

  it('refuses empty, mismatched and unknown files, and records nothing of a refused batch', async () => {
    const report = await newReport();
    const { file: jpg } = jpegWithGps();
    await expect(upload(report, file('empty.txt', Buffer.alloc(0)))).rejects.toMatchObject({
      code: 'validation_failed',
      fields: [{ path: 'file[0]', message: 'empty.txt is empty.' }],
    });
    await expect(
      upload(report, file('ok.txt', text(100, 'ok')), file('scan.pdf', jpg)),
    ).rejects.toMatchObject({
      code: 'unsupported_media_type',
      fields: [
        {
          path: 'file[1]',
          message:
            'scan.pdf is named .pdf, but it is a JPEG image. Send the original file without renaming it.',
        },
      ],
    });
    await expect(
      upload(report, file('tool', Buffer.from([0x4d, 0x5a, 0x90, 0, 3]))),
    ).rejects.toMatchObject({
      code: 'unsupported_media_type',
    });
    const latin1 = Buffer.concat([text(SNIFF_SAFE, 'plain'), Buffer.from([0xe9, 0x0a])]);
    await expect(upload(report, file('notes.txt', latin1))).rejects.toMatchObject({
      code: 'unsupported_media_type',
      fields: [{ message: expect.stringContaining('not UTF-8') as unknown }],
    });
    await expect(upload(report)).rejects.toMatchObject({ code: 'validation_failed' });
    expect(await countRows(report.id)).toBe(0);
    expect(await tempFiles()).toEqual([]);
  });

  it('reads no file for a wrong secret', async () => {
    const report = await newReport();
    let read = false;
    const untouched: IncomingFile = {
      originalName: 'a.txt',
      declaredType: null,
      stream: (async function* () {
        read = true;
        yield Buffer.from('secret stuff');
      })(),
    };
    await expect(
      services.evidence.acquireReporterEvidence(publicCtx, {
        trackingCode: report.trackingCode,
        secret: 'WRONG-SECRET',
        files: files(untouched),
      }),
    ).rejects.toMatchObject({ code: 'not_found' });
    expect(read).toBe(false);
  });
});

/** More than the sniffed head, so the bad byte is found by the streaming check. */
const SNIFF_SAFE = 20_000;

describe('opening evidence', () => {
  it('streams the bytes after auditing the access, and refuses the public', async () => {
    const report = await newReport();
    const data = text(9000, 'open me');
    const [item] = await upload(report, file('open.txt', data));
    const opened = await services.evidence.openEvidence(staffCtx, item!.id, 'original');
    const chunks: Buffer[] = [];
    for await (const chunk of opened.stream) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks).equals(data)).toBe(true);
    const [audit] = await queryRows<{ n: number }>(
      database.db,
      sql`select count(*)::int as n from audit_events where action = 'evidence.accessed' and target_id = ${item!.id}`,
    );
    expect(audit?.n).toBe(1);
    await expect(
      services.evidence.openEvidence(staffCtx, item!.id, 'display'),
    ).rejects.toMatchObject({
      code: 'not_found',
    });
    await expect(
      services.evidence.openEvidence(publicCtx, item!.id, 'original'),
    ).rejects.toMatchObject({
      code: 'unauthenticated',
    });
    await expect(
      services.evidence.listEvidenceForReport(publicCtx, report.id),
    ).rejects.toMatchObject({
      code: 'unauthenticated',
    });
  });

  it('fails the transfer, holding back its end, and audits when the stored bytes changed', async () => {
    const report = await newReport();
    const data = text(600 * KiB, 'tamper');
    const [item] = await services.evidence.acquireEvidence(staffCtx, {
      reportId: report.id,
      source: 'staff',
      files: files(file('big-note.txt', data)),
      limits: { maxFileBytes: 1024 * KiB, maxReportBytes: 1024 * KiB },
    });
    const sha = item!.sha256;
    const blobFile = path.join(dataDir, 'blobs', sha.slice(0, 2), sha.slice(2, 4), sha);
    await chmod(blobFile, 0o600);
    const tampered = Buffer.from(data);
    tampered[tampered.length - 10] = 0x21;
    await writeFile(blobFile, tampered);

    const opened = await services.evidence.openEvidence(staffCtx, item!.id, 'original');
    let received = 0;
    const reading = (async () => {
      for await (const chunk of opened.stream) received += (chunk as Buffer).length;
    })();
    await expect(reading).rejects.toThrow(/SHA-256 mismatch/);
    expect(received).toBeLessThan(data.length);
    await expect
      .poll(async () => {
        const [row] = await queryRows<{ n: number }>(
          database.db,
          sql`select count(*)::int as n from audit_events where action = 'evidence.integrity_failed' and target_id = ${item!.id}`,
        );
        return row?.n;
      })
      .toBe(1);
  });
});
