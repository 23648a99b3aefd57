import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BlobStore } from './blob-store.ts';
import { openFileBlobStore } from './file-blob-store.ts';

let dataDir: string;
let store: BlobStore;
beforeEach(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'karpear-blobs-'));
  store = await openFileBlobStore(dataDir);
});
afterEach(() => rm(dataDir, { recursive: true, force: true }));

const sha256 = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');
const tempFiles = () => readdir(path.join(dataDir, 'blobs', 'tmp'));

async function* chunked(data: Buffer, size = 1000) {
  for (let at = 0; at < data.length; at += size) yield data.subarray(at, at + size);
}

async function readAll(sha: string) {
  const out: Buffer[] = [];
  for await (const chunk of await store.open(sha)) out.push(chunk as Buffer);
  return Buffer.concat(out);
}

describe('file blob store', () => {
  it('stores a stream under blobs/ab/cd/<sha256>, read-only, and reads it back', async () => {
    const data = randomBytes(10_000);
    const put = await store.put(chunked(data), { maxBytes: 1_000_000 });
    expect(put).toEqual({ sha256: sha256(data), size: 10_000, created: true });
    const file = path.join(
      dataDir,
      'blobs',
      put.sha256.slice(0, 2),
      put.sha256.slice(2, 4),
      put.sha256,
    );
    expect((await readFile(file)).equals(data)).toBe(true);
    expect((await stat(file)).mode & 0o777).toBe(0o400);
    expect(await store.has(put.sha256)).toBe(true);
    expect(await store.stat(put.sha256)).toEqual({ sha256: put.sha256, size: 10_000 });
    expect((await readAll(put.sha256)).equals(data)).toBe(true);
    expect(await tempFiles()).toEqual([]);
  });

  it('stores the same bytes once', async () => {
    const data = randomBytes(5000);
    const first = await store.put(chunked(data), { maxBytes: 10_000 });
    const again = await store.put(chunked(data, 333), { maxBytes: 10_000 });
    expect(again).toEqual({ ...first, created: false });
    const [both] = await Promise.all([
      store.put(chunked(Buffer.from('same')), { maxBytes: 10 }),
      store.put(chunked(Buffer.from('same')), { maxBytes: 10 }),
    ]);
    expect(both.sha256).toBe(sha256(Buffer.from('same')));
    expect(await tempFiles()).toEqual([]);
  });

  it('aborts past maxBytes and leaves neither a blob nor a temp file', async () => {
    const data = randomBytes(4097);
    await expect(store.put(chunked(data), { maxBytes: 4096 })).rejects.toMatchObject({
      code: 'payload_too_large',
      params: { limit: 4096 },
    });
    expect(await store.has(sha256(data))).toBe(false);
    expect(await tempFiles()).toEqual([]);
    // Exactly at the limit is fine.
    await expect(
      store.put(chunked(data.subarray(0, 4096)), { maxBytes: 4096 }),
    ).resolves.toMatchObject({
      size: 4096,
    });
  });

  it('refuses an empty stream and one that fails midway, cleaning up both', async () => {
    await expect(store.put(chunked(Buffer.alloc(0)), { maxBytes: 10 })).rejects.toMatchObject({
      code: 'validation_failed',
      params: { reason: 'empty' },
    });
    async function* broken() {
      yield Buffer.from('partial upload');
      throw new Error('client went away');
    }
    await expect(store.put(broken(), { maxBytes: 100 })).rejects.toThrow('client went away');
    expect(await tempFiles()).toEqual([]);
  });

  it('answers not_found for unknown or malformed hashes, never touching other paths', async () => {
    await expect(store.open('a'.repeat(64))).rejects.toMatchObject({ code: 'not_found' });
    await expect(store.open('../../etc/passwd')).rejects.toMatchObject({ code: 'not_found' });
    expect(await store.stat('b'.repeat(64))).toBeNull();
  });

  it('gives random access for parsers', async () => {
    const data = Buffer.from('0123456789');
    const { sha256: sha } = await store.put(chunked(data), { maxBytes: 100 });
    const reader = await store.openReader(sha);
    expect(reader.size).toBe(10);
    expect((await reader.read(3, 4)).toString()).toBe('3456');
    expect((await reader.read(8, 100)).toString()).toBe('89');
    await reader.close();
  });

  it('removes a blob for good (evidence destruction), once', async () => {
    const { sha256: sha } = await store.put(chunked(Buffer.from('to be destroyed')), {
      maxBytes: 100,
    });
    expect(await store.remove(sha)).toBe(true);
    expect(await store.has(sha)).toBe(false);
    await expect(store.open(sha)).rejects.toMatchObject({ code: 'not_found' });
    expect(await store.remove(sha)).toBe(false);
    await expect(store.remove('../../etc/passwd')).rejects.toMatchObject({ code: 'not_found' });
  });

  it('removes temp files left by a crash when opened again, but not fresh ones', async () => {
    const tmp = path.join(dataDir, 'blobs', 'tmp');
    await writeFile(path.join(tmp, 'crashed.part'), 'half an upload');
    await writeFile(path.join(tmp, 'in-progress.part'), 'being written');
    const anHourAgo = new Date(Date.now() - 3600_000);
    await utimes(path.join(tmp, 'crashed.part'), anHourAgo, anHourAgo);
    await openFileBlobStore(dataDir);
    expect(await tempFiles()).toEqual(['in-progress.part']);
    // A second ago, so file-system timestamp granularity cannot make it look newer than now.
    const aSecondAgo = new Date(Date.now() - 1000);
    await utimes(path.join(tmp, 'in-progress.part'), aSecondAgo, aSecondAgo);
    expect(await store.removeStaleTempFiles(0)).toBe(1);
    expect(await tempFiles()).toEqual([]);
  });
});
