import type { MediaType } from '../../domain/evidence/media-types.ts';
import type { BlobReader } from './blob-store.ts';
import { byteWindow, type ByteWindow } from './byte-window.ts';

/**
 * Display copies of images: the same pixels without metadata (EXIF with its GPS position,
 * XMP, IPTC, comments, trailing data), made by rewriting the container losslessly. The
 * original stays untouched as the evidence; only the copy is ever shown inline.
 *
 * A plan is a list of pieces: byte ranges of the original to copy, and new bytes.
 */
export type Piece = { copy: readonly [number, number] } | { bytes: Uint8Array };

/** The plan for a display copy, or null when the type has none or the file is malformed. */
export async function planDisplayCopy(
  reader: BlobReader,
  mediaType: MediaType,
): Promise<Piece[] | null> {
  const window = byteWindow(reader);
  try {
    if (mediaType === 'image/jpeg') return await planJpeg(window);
    if (mediaType === 'image/png') return await planPng(window);
    if (mediaType === 'image/webp') return await planWebp(window);
    return null;
  } catch (error) {
    // A structure that runs past the end of the file: no copy rather than a broken one.
    if (error instanceof RangeError) return null;
    throw error;
  }
}

/** The bytes of a plan, read from the original in bounded pieces. */
export async function* emitPieces(
  reader: BlobReader,
  pieces: readonly Piece[],
): AsyncGenerator<Uint8Array> {
  const STEP = 256 * 1024;
  for (const piece of pieces) {
    if ('bytes' in piece) {
      yield piece.bytes;
      continue;
    }
    for (let at = piece.copy[0]; at < piece.copy[1]; at += STEP) {
      yield await reader.read(at, Math.min(STEP, piece.copy[1] - at));
    }
  }
}

const text = async (w: ByteWindow, at: number, length: number) =>
  (await w.bytes(at, length)).toString('latin1');

// JPEG ---------------------------------------------------------------------------------

const SOI = 0xd8;
const EOI = 0xd9;
const SOS = 0xda;
const APP0 = 0xe0;
const APP1 = 0xe1;
const APP2 = 0xe2;
const APP14 = 0xee;
const COM = 0xfe;

const isStandalone = (marker: number) => marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7);

/**
 * Keeps what decoding needs (tables, frame and scan headers, JFIF, the ICC colour profile,
 * Adobe's colour transform) and drops every other APPn segment and comments. Entropy-coded
 * data is copied as is; anything after the end-of-image marker (a second picture with its
 * own EXIF, vendor trailers) is dropped. The EXIF orientation is kept, alone, so the
 * picture is not shown on its side.
 */
async function planJpeg(w: ByteWindow): Promise<Piece[] | null> {
  if ((await w.u16be(0)) !== 0xff00 + SOI) return null;
  const pieces: Piece[] = [{ copy: [0, 2] }];
  let orientationKept = false;
  let at = 2;
  while (at < w.size) {
    if ((await w.byte(at)) !== 0xff) return null;
    while ((await w.byte(at + 1)) === 0xff) at++; // fill bytes
    const marker = await w.byte(at + 1);
    if (marker === EOI) {
      pieces.push({ copy: [at, at + 2] });
      return pieces;
    }
    if (isStandalone(marker)) {
      pieces.push({ copy: [at, at + 2] });
      at += 2;
      continue;
    }
    const end = at + 2 + (await w.u16be(at + 2));
    if (end > w.size || end < at + 4) return null;
    if (marker === SOS) {
      const next = await nextJpegMarker(w, end);
      pieces.push({ copy: [at, next] });
      at = next;
      continue;
    }
    if (await keepJpegSegment(w, marker, at + 4)) {
      pieces.push({ copy: [at, end] });
    } else if (marker === APP1 && !orientationKept) {
      const orientation = await exifOrientation(w, at + 4, end);
      if (orientation > 1) {
        pieces.push({ bytes: orientationSegment(orientation) });
        orientationKept = true;
      }
    }
    at = end;
  }
  return pieces;
}

async function keepJpegSegment(w: ByteWindow, marker: number, payload: number) {
  if (marker === APP0) return true;
  if (marker === APP2) return (await text(w, payload, 12)) === 'ICC_PROFILE\0';
  if (marker === APP14) return (await text(w, payload, 5)) === 'Adobe';
  if (marker >= APP1 && marker <= 0xef) return false;
  return marker !== COM;
}

/** After a scan header: the next marker that is not a stuffed 0xFF or a restart marker. */
async function nextJpegMarker(w: ByteWindow, from: number): Promise<number> {
  for (let at = await w.indexOf(0xff, from); at >= 0; at = await w.indexOf(0xff, at + 1)) {
    if (at + 1 >= w.size) return w.size;
    const next = await w.byte(at + 1);
    if (next !== 0x00 && next !== 0xff && !(next >= 0xd0 && next <= 0xd7)) return at;
  }
  return w.size;
}

/** The orientation (1–8) in an EXIF APP1 segment, or 1. */
async function exifOrientation(w: ByteWindow, payload: number, end: number): Promise<number> {
  const data = await w.bytes(payload, Math.min(end - payload, 64 * 1024));
  if (data.length < 14 || data.toString('latin1', 0, 6) !== 'Exif\0\0') return 1;
  const tiff = data.subarray(6);
  const little = tiff.toString('latin1', 0, 2) === 'II';
  const u16 = (at: number) => (little ? tiff.readUInt16LE(at) : tiff.readUInt16BE(at));
  const u32 = (at: number) => (little ? tiff.readUInt32LE(at) : tiff.readUInt32BE(at));
  const ifd = u32(4);
  if (ifd + 2 > tiff.length) return 1;
  const count = u16(ifd);
  for (let i = 0; i < count; i++) {
    const entry = ifd + 2 + i * 12;
    if (entry + 12 > tiff.length) return 1;
    if (u16(entry) === 0x0112) {
      const value = u16(entry + 8);
      return value >= 1 && value <= 8 ? value : 1;
    }
  }
  return 1;
}

/** An APP1 segment with an EXIF block holding the orientation and nothing else. */
export function orientationSegment(orientation: number): Buffer {
  const segment = Buffer.alloc(36);
  segment.writeUInt16BE(0xff00 + APP1, 0);
  segment.writeUInt16BE(34, 2);
  segment.write('Exif\0\0', 4, 'latin1');
  segment.write('MM', 10, 'latin1');
  segment.writeUInt16BE(42, 12);
  segment.writeUInt32BE(8, 14); // IFD0 right after the header
  segment.writeUInt16BE(1, 18); // one entry
  segment.writeUInt16BE(0x0112, 20); // Orientation
  segment.writeUInt16BE(3, 22); // SHORT
  segment.writeUInt32BE(1, 24);
  segment.writeUInt16BE(orientation, 28);
  segment.writeUInt32BE(0, 32); // no next IFD
  return segment;
}

// PNG ----------------------------------------------------------------------------------

const PNG_KEPT = new Set([
  'tRNS', 'gAMA', 'cHRM', 'sRGB', 'iCCP', 'sBIT', 'pHYs', 'bKGD', 'hIST', 'sPLT',
  'cICP', 'mDCv', 'cLLi', 'acTL', 'fcTL', 'fdAT',
]); // prettier-ignore

/**
 * Keeps the critical chunks and those about colour, transparency and animation; drops
 * eXIf, text chunks (tEXt, zTXt, iTXt: XMP lives there), tIME, private chunks and any
 * data after IEND.
 */
async function planPng(w: ByteWindow): Promise<Piece[] | null> {
  if ((await text(w, 0, 8)) !== '\x89PNG\r\n\x1a\n') return null;
  const pieces: Piece[] = [{ copy: [0, 8] }];
  let at = 8;
  while (at + 12 <= w.size) {
    const length = await w.u32be(at);
    const type = await text(w, at + 4, 4);
    const end = at + 12 + length;
    if (end > w.size) return null;
    const critical = (type.charCodeAt(0) & 0x20) === 0;
    if (critical || PNG_KEPT.has(type)) pieces.push({ copy: [at, end] });
    at = end;
    if (type === 'IEND') return pieces;
  }
  return null;
}

// WebP ---------------------------------------------------------------------------------

const WEBP_KEPT = new Set(['VP8 ', 'VP8L', 'VP8X', 'ALPH', 'ANIM', 'ANMF', 'ICCP']);
const VP8X_EXIF_FLAG = 0x08;
const VP8X_XMP_FLAG = 0x04;

/** Drops the EXIF and XMP chunks (and unknown ones), clears their flags, fixes the size. */
async function planWebp(w: ByteWindow): Promise<Piece[] | null> {
  if ((await text(w, 0, 4)) !== 'RIFF' || (await text(w, 8, 4)) !== 'WEBP') return null;
  const riffEnd = Math.min(w.size, 8 + (await w.u32le(4)));
  const kept: Piece[] = [];
  let keptBytes = 0;
  let at = 12;
  while (at + 8 <= riffEnd) {
    const fourcc = await text(w, at + 0, 4);
    const length = await w.u32le(at + 4);
    if (at + 8 + length > riffEnd) return null;
    const end = Math.min(riffEnd, at + 8 + length + (length & 1));
    if (fourcc === 'VP8X') {
      const header = Buffer.from(await w.bytes(at, end - at));
      header[8] = (header[8] ?? 0) & ~(VP8X_EXIF_FLAG | VP8X_XMP_FLAG);
      kept.push({ bytes: header });
    } else if (WEBP_KEPT.has(fourcc)) {
      kept.push({ copy: [at, end] });
    }
    if (fourcc === 'VP8X' || WEBP_KEPT.has(fourcc)) keptBytes += end - at;
    at = end;
  }
  const header = Buffer.alloc(12);
  header.write('RIFF', 0, 'latin1');
  header.writeUInt32LE(4 + keptBytes, 4);
  header.write('WEBP', 8, 'latin1');
  return [{ bytes: header }, ...kept];
}
