import { EXTENSIONS_OF, type MediaType } from '../../domain/evidence/media-types.ts';

/** How much of a file's start is read to decide its type. */
export const SNIFF_BYTES = 16 * 1024;

const ascii = (bytes: Uint8Array, start: number, length: number): string =>
  String.fromCharCode(...bytes.subarray(start, start + length));

const startsWith = (bytes: Uint8Array, signature: readonly number[], at = 0): boolean =>
  bytes.length >= at + signature.length && signature.every((byte, i) => bytes[at + i] === byte);

/**
 * The type of a file from its first bytes (magic numbers), never from its name. `complete`
 * says the head is the whole file, so text that ends early is not cut mid-character.
 * Returns null for anything not on the accepted list.
 */
export function detectMediaType(head: Uint8Array, complete: boolean): MediaType | null {
  return detectBinary(head) ?? detectText(head, complete);
}

function detectBinary(b: Uint8Array): MediaType | null {
  if (startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(b, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (ascii(b, 0, 6) === 'GIF87a' || ascii(b, 0, 6) === 'GIF89a') return 'image/gif';
  if (ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 4) === 'WEBP') return 'image/webp';
  if (ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 4) === 'WAVE') return 'audio/wav';
  if (ascii(b, 4, 4) === 'ftyp') return detectIsoMedia(b);
  if (ascii(b, 0, 4) === 'OggS') return 'audio/ogg';
  if (ascii(b, 0, 6) === '#!AMR\n' || ascii(b, 0, 9) === '#!AMR-WB\n') return 'audio/amr';
  if (isMp3(b)) return 'audio/mpeg';
  if (ascii(b, 0, Math.min(b.length, 1024)).includes('%PDF-')) return 'application/pdf';
  if (startsWith(b, [0x50, 0x4b, 0x03, 0x04])) return detectZip(b);
  return null;
}

const HEIC_BRANDS = new Set(['heic', 'heix', 'heim', 'heis', 'hevc', 'hevx']);
const HEIF_BRANDS = new Set(['mif1', 'msf1']);
const AVIF_BRANDS = new Set(['avif', 'avis']);
const M4A_BRANDS = new Set(['M4A ', 'M4B ', 'M4P ']);
const MP4_BRANDS = new Set([
  'isom', 'iso2', 'iso3', 'iso4', 'iso5', 'iso6', 'mp41', 'mp42', 'avc1', 'dash', 'M4V ',
  'M4VH', 'M4VP', 'mmp4', 'MSNV', 'f4v ', 'NDAS', 'XAVC',
]); // prettier-ignore

/** ISO base media (ftyp box): HEIF images, MP4/M4A, QuickTime and 3GPP recordings. */
function detectIsoMedia(b: Uint8Array): MediaType | null {
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const boxSize = b.length >= 8 ? view.getUint32(0) : 0;
  const end = Math.min(b.length, Math.max(16, boxSize));
  const brands = [ascii(b, 8, 4)];
  for (let at = 16; at + 4 <= end; at += 4) brands.push(ascii(b, at, 4));
  const has = (set: Set<string>) => brands.some((brand) => set.has(brand));
  const major = brands[0] ?? '';
  if (AVIF_BRANDS.has(major)) return 'image/avif';
  if (HEIC_BRANDS.has(major)) return 'image/heic';
  if (HEIF_BRANDS.has(major)) return has(HEIC_BRANDS) ? 'image/heic' : 'image/heif';
  if (M4A_BRANDS.has(major)) return 'audio/mp4';
  if (major === 'qt  ') return 'video/quicktime';
  if (major.startsWith('3gp') || major.startsWith('3g2')) return 'video/3gpp';
  if (MP4_BRANDS.has(major) || has(MP4_BRANDS)) return 'video/mp4';
  return null;
}

/** MP3: an ID3 tag, or an MPEG audio frame header (sync, layer III, sane bit rate). */
function isMp3(b: Uint8Array): boolean {
  if (ascii(b, 0, 3) === 'ID3' && b.length >= 10 && (b[3] ?? 0) <= 4) return true;
  const [sync, flags, rate] = [b[0] ?? 0, b[1] ?? 0, b[2] ?? 0];
  const layer = (flags >> 1) & 0b11;
  const version = (flags >> 3) & 0b11;
  return (
    sync === 0xff &&
    (flags & 0xe0) === 0xe0 &&
    layer === 0b01 &&
    version !== 0b01 &&
    rate >> 4 !== 0b1111 &&
    rate >> 4 !== 0 &&
    ((rate >> 2) & 0b11) !== 0b11
  );
}

const OFFICE_PARTS: readonly [string, MediaType][] = [
  ['word/', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
  ['xl/', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
  ['ppt/', 'application/vnd.openxmlformats-officedocument.presentationml.presentation'],
];

/**
 * ZIP, or an Office Open XML document when the entries in the head include
 * [Content_Types].xml and the part folder of Word, Excel or PowerPoint.
 */
function detectZip(b: Uint8Array): MediaType {
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const names: string[] = [];
  let at = 0;
  while (at + 30 <= b.length && view.getUint32(at, true) === 0x04034b50) {
    const flags = view.getUint16(at + 6, true);
    const compressed = view.getUint32(at + 18, true);
    const nameLength = view.getUint16(at + 26, true);
    const extraLength = view.getUint16(at + 28, true);
    names.push(ascii(b, at + 30, nameLength));
    // With a data descriptor (bit 3) the size is not known here: stop at this entry.
    if (flags & 0b1000) break;
    at += 30 + nameLength + extraLength + compressed;
  }
  if (names.includes('[Content_Types].xml')) {
    for (const [prefix, type] of OFFICE_PARTS) {
      if (names.some((name) => name.startsWith(prefix))) return type;
    }
  }
  return 'application/zip';
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** UTF-8 text (Khmer included) with no NUL and no control characters but layout ones. */
function detectText(b: Uint8Array, complete: boolean): MediaType | null {
  if (b.length === 0) return null;
  const text = decodeHead(b, complete);
  if (text === null) return null;
  // Tab, line feed, vertical tab, form feed, carriage return and escape are fine.
  // eslint-disable-next-line no-control-regex -- control characters are what it looks for
  if (/[\u0000-\u0008\u000e-\u001a\u001c-\u001f\u007f]/.test(text)) return null;
  return looksLikeEmail(text) ? 'message/rfc822' : 'text/plain';
}

/** Decodes the head as UTF-8, forgiving a character cut at its end when more follows. */
function decodeHead(b: Uint8Array, complete: boolean): string | null {
  const cut = complete ? 0 : incompleteTail(b);
  try {
    return utf8.decode(b.subarray(0, b.length - cut));
  } catch {
    return null;
  }
}

/** How many bytes at the end begin a UTF-8 sequence that the head does not finish. */
function incompleteTail(b: Uint8Array): number {
  for (let back = 1; back <= Math.min(3, b.length); back++) {
    const byte = b[b.length - back] ?? 0;
    if ((byte & 0xc0) === 0x80) continue;
    const needs = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return needs > back ? back : 0;
  }
  return 0;
}

const EMAIL_HEADERS = new Set([
  'from', 'received', 'mime-version', 'subject', 'return-path', 'delivered-to', 'message-id',
  'date', 'to', 'reply-to', 'dkim-signature', 'arc-seal', 'x-mailer', 'authentication-results',
]); // prettier-ignore
const KEY_EMAIL_HEADERS = ['from', 'received', 'mime-version', 'subject', 'return-path'];

/**
 * An e-mail as saved by a mail program (.eml, message/rfc822): it opens with header
 * fields (an mbox "From " line may come first), at least two of them e-mail headers.
 */
function looksLikeEmail(text: string): boolean {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines[0]?.startsWith('From ')) lines.shift();
  const names: string[] = [];
  for (const line of lines.slice(0, 200)) {
    if (line === '') break;
    if (/^[ \t]/.test(line) && names.length) continue;
    const match = /^([!-9;-~]+):/.exec(line);
    if (!match?.[1]) return false;
    names.push(match[1].toLowerCase());
  }
  const known = names.filter((name) => EMAIL_HEADERS.has(name));
  return known.length >= 2 && known.some((name) => KEY_EMAIL_HEADERS.includes(name));
}

/** The extension of a file name, lower case, or null when it has none worth reading. */
export function extensionOf(name: string): string | null {
  const match = /\.([a-z0-9]{1,8})$/i.exec(name.trim());
  return match?.[1] ? match[1].toLowerCase() : null;
}

const GENERIC_DECLARED = new Set([
  '',
  'application/octet-stream',
  'binary/octet-stream',
  'application/unknown',
  'application/x-unknown',
]);
const DECLARED_ALIASES: Record<string, MediaType> = {
  'image/jpg': 'image/jpeg',
  'image/pjpeg': 'image/jpeg',
  'image/x-png': 'image/png',
  'audio/x-m4a': 'audio/mp4',
  'audio/m4a': 'audio/mp4',
  'audio/aac': 'audio/mp4',
  'audio/opus': 'audio/ogg',
  'audio/mp3': 'audio/mpeg',
  'audio/x-wav': 'audio/wav',
  'audio/wave': 'audio/wav',
  'audio/3gpp': 'video/3gpp',
  'application/x-zip-compressed': 'application/zip',
  'application/x-pdf': 'application/pdf',
};

export type MediaMismatch = { claimedBy: 'name' | 'declared-type'; claim: string };

/**
 * Checks that what the sender said about a file (its name's extension, the part's
 * Content-Type) agrees with its content. A name without an extension and a generic
 * declared type ("application/octet-stream") claim nothing.
 */
export function findMediaMismatch(
  detected: MediaType,
  claims: { name: string | null; declaredType: string | null },
): MediaMismatch | null {
  const extension = claims.name ? extensionOf(claims.name) : null;
  if (extension && !EXTENSIONS_OF[detected].includes(extension)) {
    return { claimedBy: 'name', claim: `.${extension}` };
  }
  const declared = (claims.declaredType ?? '').split(';')[0]!.trim().toLowerCase();
  if (GENERIC_DECLARED.has(declared) || declared === detected) return null;
  const canonical = DECLARED_ALIASES[declared] ?? declared;
  const compatible =
    canonical === detected ||
    (declared.startsWith('text/') && detected === 'text/plain') ||
    (detected === 'message/rfc822' &&
      (declared === 'text/plain' || declared === 'message/rfc822')) ||
    (detected === 'application/zip' && declared.includes('officedocument')) ||
    (canonical.startsWith('audio/') && detected === 'video/mp4') ||
    (canonical.startsWith('video/') && detected === 'audio/mp4') ||
    (canonical.startsWith('image/hei') && detected.startsWith('image/hei'));
  return compatible ? null : { claimedBy: 'declared-type', claim: declared };
}

/**
 * Refines a detection with the name where content alone cannot tell: an MP4 container
 * named .m4a, or declared audio, holds a voice note, not a video.
 */
export function refineMediaType(
  detected: MediaType,
  claims: { name: string | null; declaredType: string | null },
): MediaType {
  if (detected !== 'video/mp4') return detected;
  const extension = claims.name ? extensionOf(claims.name) : null;
  const audio = extension === 'm4a' || (claims.declaredType ?? '').startsWith('audio/');
  return audio ? 'audio/mp4' : detected;
}
