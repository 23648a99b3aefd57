import { createHash, randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, open, readdir, rename, stat, unlink, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../errors.ts';
import {
  assertSha256,
  type BlobPutOptions,
  type BlobPutResult,
  type BlobStore,
} from './blob-store.ts';

/** Temp files untouched this long belong to an upload that died: a live one writes often. */
export const DEFAULT_STALE_TEMP_MS = 10 * 60_000;

const TEMP_SUFFIX = '.part';

/**
 * Blobs as files under `<dataDir>/blobs`: `ab/cd/<sha256>`, read-only once in place, with
 * uploads in progress under `tmp/` on the same filesystem so the final rename is atomic.
 * Opening the store removes temp files left by a crash.
 */
export async function openFileBlobStore(
  dataDir: string,
  options: { staleTempAfterMs?: number } = {},
): Promise<BlobStore> {
  const root = path.join(dataDir, 'blobs');
  const tmpDir = path.join(root, 'tmp');
  await mkdir(tmpDir, { recursive: true });
  const store = createFileBlobStore(root, tmpDir);
  await store.removeStaleTempFiles(options.staleTempAfterMs ?? DEFAULT_STALE_TEMP_MS);
  return store;
}

function createFileBlobStore(root: string, tmpDir: string): BlobStore {
  const blobPath = (sha256: string) => {
    assertSha256(sha256);
    return path.join(root, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
  };

  return {
    async put(source, options) {
      const tempPath = path.join(tmpDir, `${randomUUID()}${TEMP_SUFFIX}`);
      const handle = await open(tempPath, 'wx', 0o600);
      let written: { sha256: string; size: number };
      try {
        written = await writeHashing(handle, source, options);
        // Read-only once written: evidence is never modified in place.
        await handle.chmod(0o400);
        await handle.sync();
      } catch (error) {
        await handle.close().catch(() => undefined);
        await unlink(tempPath).catch(() => undefined);
        throw error;
      }
      await handle.close();
      return moveIntoPlace(tempPath, blobPath(written.sha256), written);
    },

    async open(sha256) {
      // Opened first so a missing blob is an error here, not after headers were sent.
      const handle = await openExisting(blobPath(sha256));
      return createReadStream('', { fd: handle, highWaterMark: 256 * 1024 });
    },

    async openReader(sha256) {
      const handle = await openExisting(blobPath(sha256));
      const { size } = await handle.stat();
      return {
        size,
        async read(position, length) {
          const buffer = Buffer.alloc(Math.max(0, Math.min(length, size - position)));
          const { bytesRead } = await handle.read(buffer, 0, buffer.length, position);
          return buffer.subarray(0, bytesRead);
        },
        close: () => handle.close(),
      };
    },

    async has(sha256) {
      return (await this.stat(sha256)) !== null;
    },

    async stat(sha256) {
      try {
        const info = await stat(blobPath(sha256));
        return { sha256, size: info.size };
      } catch (error) {
        if (isMissing(error)) return null;
        throw error;
      }
    },

    async remove(sha256) {
      const file = blobPath(sha256);
      try {
        await unlink(file);
      } catch (error) {
        if (isMissing(error)) return false;
        throw error;
      }
      await fsyncDir(path.dirname(file));
      return true;
    },

    async removeStaleTempFiles(olderThanMs) {
      const cutoff = Date.now() - olderThanMs;
      let removed = 0;
      for (const name of await readdir(tmpDir)) {
        if (!name.endsWith(TEMP_SUFFIX)) continue;
        const file = path.join(tmpDir, name);
        const info = await stat(file).catch(() => null);
        if (info && info.mtimeMs <= cutoff) {
          await unlink(file).catch(() => undefined);
          removed++;
        }
      }
      return removed;
    },
  };
}

/**
 * Copies the stream to the file and hashes it on the way. The write of one chunk runs in
 * the thread pool while the main thread hashes it, so disk and hash overlap.
 */
async function writeHashing(
  handle: FileHandle,
  source: AsyncIterable<Uint8Array>,
  options: BlobPutOptions,
): Promise<{ sha256: string; size: number }> {
  const hash = createHash('sha256');
  let size = 0;
  for await (const chunk of source) {
    size += chunk.byteLength;
    if (size > options.maxBytes) {
      throw new AppError('payload_too_large', {
        detail: `more than ${options.maxBytes} bytes`,
        params: { limit: options.maxBytes },
      });
    }
    const writing = writeAll(handle, chunk);
    hash.update(chunk);
    await writing;
  }
  if (size === 0) {
    throw new AppError('validation_failed', {
      detail: 'empty stream',
      params: { reason: 'empty' },
    });
  }
  return { sha256: hash.digest('hex'), size };
}

async function writeAll(handle: FileHandle, chunk: Uint8Array): Promise<void> {
  let offset = 0;
  while (offset < chunk.byteLength) {
    const { bytesWritten } = await handle.write(chunk, offset, chunk.byteLength - offset);
    offset += bytesWritten;
  }
}

/**
 * Renames the fsynced temp file to its content address and fsyncs the directories whose
 * entries changed, so the name survives a power cut too. Bytes already there win: the
 * temp file is dropped (same hash, same bytes).
 */
async function moveIntoPlace(
  tempPath: string,
  finalPath: string,
  written: { sha256: string; size: number },
): Promise<BlobPutResult> {
  if (await exists(finalPath)) {
    await unlink(tempPath);
    return { ...written, created: false };
  }
  const dir = path.dirname(finalPath);
  const created = await mkdir(dir, { recursive: true });
  await rename(tempPath, finalPath);
  await fsyncDir(dir);
  if (created) {
    // mkdir reports the first directory it made: every parent from there gained an entry.
    for (let made = dir; made !== path.dirname(created); made = path.dirname(made)) {
      await fsyncDir(path.dirname(made));
    }
  }
  return { ...written, created: true };
}

function openExisting(file: string): Promise<FileHandle> {
  return open(file, 'r').catch((error: unknown) => {
    throw isMissing(error) ? new AppError('not_found', { detail: 'no such blob' }) : error;
  });
}

async function fsyncDir(dir: string): Promise<void> {
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function exists(file: string): Promise<boolean> {
  try {
    await stat(file);
    return true;
  } catch (error) {
    if (isMissing(error)) return false;
    throw error;
  }
}

const isMissing = (error: unknown): boolean =>
  (error as NodeJS.ErrnoException | null)?.code === 'ENOENT';
