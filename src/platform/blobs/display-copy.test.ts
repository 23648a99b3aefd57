import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inflateSync } from 'node:zlib';
import jpeg from 'jpeg-js';
import type { MediaType } from '../../domain/evidence/media-types.ts';
import type { BlobStore } from './blob-store.ts';
import { emitPieces, orientationSegment, planDisplayCopy } from './display-copy.ts';
import { openFileBlobStore } from './file-blob-store.ts';
import { jpegWithGps, pngWithGps, webpWithGps, XMP_WITH_LOCATION } from '../../../test/images.ts';

let dataDir: string;
let store: BlobStore;
beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'karpear-display-'));
  store = await openFileBlobStore(dataDir);
});
afterAll(() => rm(dataDir, { recursive: true, force: true }));

const sha256 = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');

async function* once(data: Buffer) {
  yield data;
}

/** Stores the original, makes its display copy as the intake does, returns both. */
async function displayCopyOf(file: Buffer, type: MediaType) {
  const original = await store.put(once(file), { maxBytes: 1 << 20 });
  const reader = await store.openReader(original.sha256);
  const plan = await planDisplayCopy(reader, type);
  if (!plan) throw new Error('no display copy');
  const copy = await store.put(emitPieces(reader, plan), { maxBytes: file.length + 64 });
  await reader.close();
  const blobFile = (sha: string) =>
    path.join(dataDir, 'blobs', sha.slice(0, 2), sha.slice(2, 4), sha);
  return {
    original: await readFile(blobFile(original.sha256)),
    originalSha256: original.sha256,
    display: await readFile(blobFile(copy.sha256)),
  };
}

/** Chunk types of a PNG, in order. */
function pngChunks(file: Buffer): string[] {
  const types: string[] = [];
  for (let at = 8; at + 12 <= file.length; at += 12 + file.readUInt32BE(at)) {
    types.push(file.toString('latin1', at + 4, at + 8));
  }
  return types;
}

describe('display copies', () => {
  it('strips EXIF GPS, XMP, comments and a trailing picture from a JPEG, keeping pixels and orientation', async () => {
    const { file, gps } = jpegWithGps();
    expect(file.includes(gps)).toBe(true);
    const { original, originalSha256, display } = await displayCopyOf(file, 'image/jpeg');

    expect(original.equals(file)).toBe(true);
    expect(originalSha256).toBe(sha256(file));
    expect(display.includes(gps)).toBe(false);
    expect(display.includes(Buffer.from('GPSLatitude'))).toBe(false);
    expect(display.includes(Buffer.from('11.5617N'))).toBe(false);
    // Only the orientation block remains of the EXIF, and the file ends at its EOI.
    expect(display.indexOf(Buffer.from('Exif\0\0', 'latin1'))).toBe(
      display.indexOf(orientationSegment(6)) + 4,
    );
    expect(display.subarray(-2)).toEqual(Buffer.from([0xff, 0xd9]));
    expect(display.indexOf(Buffer.from([0xff, 0xd8]), 2)).toBe(-1);
    const before = jpeg.decode(file, { useTArray: true });
    const after = jpeg.decode(display, { useTArray: true });
    expect([after.width, after.height]).toEqual([before.width, before.height]);
    expect(Buffer.from(after.data).equals(Buffer.from(before.data))).toBe(true);
  });

  it('drops eXIf, text, time and trailing data from a PNG and keeps the image chunks intact', async () => {
    const { file, gps, raw, idat } = pngWithGps();
    const { original, display } = await displayCopyOf(file, 'image/png');
    expect(original.equals(file)).toBe(true);
    expect(pngChunks(display)).toEqual(['IHDR', 'sRGB', 'IDAT', 'IEND']);
    expect(display.includes(gps)).toBe(false);
    expect(display.includes(Buffer.from(XMP_WITH_LOCATION))).toBe(false);
    expect(display.includes(Buffer.from('11.5617N'))).toBe(false);
    expect(display.includes(idat)).toBe(true);
    const at = display.indexOf(idat);
    expect(inflateSync(display.subarray(at + 8, at + idat.length - 4)).equals(raw)).toBe(true);
  });

  it('drops EXIF and XMP chunks from a WebP, clears their flags and fixes the RIFF size', async () => {
    const { file, gps, image } = webpWithGps();
    const { original, display } = await displayCopyOf(file, 'image/webp');
    expect(original.equals(file)).toBe(true);
    expect(display.readUInt32LE(4)).toBe(display.length - 8);
    expect(display.toString('latin1', 12, 16)).toBe('VP8X');
    expect(display[20]).toBe(0x20);
    expect(display.includes(gps)).toBe(false);
    expect(display.includes(Buffer.from('XMP '))).toBe(false);
    expect(display.includes(image)).toBe(true);
    expect(display.includes(Buffer.from('fake icc profile'))).toBe(true);
  });

  it('makes no copy of a truncated image or a type without one', async () => {
    const { file } = jpegWithGps();
    const cut = await store.put(once(file.subarray(0, 40)), { maxBytes: 1 << 20 });
    const reader = await store.openReader(cut.sha256);
    expect(await planDisplayCopy(reader, 'image/jpeg')).toBeNull();
    expect(await planDisplayCopy(reader, 'application/pdf')).toBeNull();
    await reader.close();
  });
});
