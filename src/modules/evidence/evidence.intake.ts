import { DISPLAYABLE_IMAGE_TYPES, type MediaType } from '../../domain/evidence/media-types.ts';
import type { Language } from '../../domain/language.ts';
import type { BlobStore } from '../../platform/blobs/blob-store.ts';
import {
  detectMediaType,
  findMediaMismatch,
  refineMediaType,
  SNIFF_BYTES,
} from '../../platform/blobs/content-type.ts';
import { peekHead, requireUtf8Text } from '../../platform/blobs/stream-head.ts';
import { emitPieces, planDisplayCopy } from '../../platform/blobs/display-copy.ts';
import { AppError, isAppError, type ErrorCode } from '../../platform/errors.ts';
import {
  evidenceMessage,
  formatSize,
  kindName,
  type EvidenceMessage,
} from './evidence.messages.ts';

/** One file as it arrives: a stream, and what the sender claims about it. */
export type IncomingFile = {
  originalName: string | null;
  declaredType: string | null;
  stream: AsyncIterable<Uint8Array>;
};

export type StoredFile = {
  sha256: string;
  size: number;
  contentType: MediaType;
  originalName: string;
  displaySha256: string | null;
};

export type IntakeOptions = {
  /** Where the file stands in the request, for the field path of an error ("file[1]"). */
  index: number;
  maxBytes: number;
  /** Which limit `maxBytes` is: the per-file one, or what is left of the report's. */
  limitKind: 'file' | 'report';
  limit: number;
  language: Language;
};

/**
 * Checks a file's type by its content, streams it into the blob store while hashing and
 * makes its display copy. Nothing is held whole in memory. A refusal names the file, in
 * the sender's language; a refused file leaves no blob behind (an oversized or empty one
 * never reaches its address).
 */
export async function storeEvidenceFile(
  blobs: BlobStore,
  file: IncomingFile,
  options: IntakeOptions,
): Promise<StoredFile> {
  const originalName = sanitiseFileName(file.originalName);
  const refuse = (code: ErrorCode, message: EvidenceMessage, params = {}) =>
    fileError(code, message, { ...options, name: originalName }, params);

  const { head, complete, stream } = await peekHead(file.stream, SNIFF_BYTES);
  if (head.length === 0) throw refuse('validation_failed', 'empty');
  const detected = detectMediaType(head, complete);
  if (!detected) throw refuse('unsupported_media_type', 'unknown_type');
  const claims = { name: file.originalName, declaredType: file.declaredType };
  const mismatch = findMediaMismatch(detected, claims);
  if (mismatch) {
    const message = mismatch.claimedBy === 'name' ? 'name_mismatch' : 'type_mismatch';
    throw refuse('unsupported_media_type', message, {
      claim: mismatch.claim,
      actual: kindName(detected, options.language),
    });
  }
  const contentType = refineMediaType(detected, claims);
  const bytes = contentType === 'text/plain' ? requireUtf8Text(stream) : stream;

  const stored = await blobs.put(bytes, { maxBytes: options.maxBytes }).catch((error: unknown) => {
    if (!isAppError(error)) throw error;
    if (error.code === 'payload_too_large') {
      const message = options.limitKind === 'file' ? 'file_too_large' : 'report_full';
      throw refuse('payload_too_large', message, { limit: formatSize(options.limit) });
    }
    if (error.params.reason === 'empty') throw refuse('validation_failed', 'empty');
    if (error.params.reason === 'not_utf8') throw refuse('unsupported_media_type', 'not_utf8');
    throw error;
  });
  const displaySha256 = await makeDisplayCopy(blobs, stored, contentType);
  return { sha256: stored.sha256, size: stored.size, contentType, originalName, displaySha256 };
}

/** A copy without metadata for images shown inline; null for other types or odd files. */
async function makeDisplayCopy(
  blobs: BlobStore,
  original: { sha256: string; size: number },
  contentType: MediaType,
): Promise<string | null> {
  if (!DISPLAYABLE_IMAGE_TYPES.includes(contentType)) return null;
  const reader = await blobs.openReader(original.sha256);
  try {
    const plan = await planDisplayCopy(reader, contentType);
    if (!plan) return null;
    // The copy only loses bytes, except a 36-byte orientation block that may replace EXIF.
    const copy = await blobs.put(emitPieces(reader, plan), { maxBytes: original.size + 64 });
    return copy.sha256;
  } finally {
    await reader.close();
  }
}

export function fileError(
  code: ErrorCode,
  message: EvidenceMessage,
  where: { index: number; language: Language; name?: string },
  params: Record<string, string | number> = {},
): AppError {
  const text = evidenceMessage(message, where.language, { name: where.name ?? '', ...params });
  return new AppError(code, {
    detail: `file[${where.index}]: ${message}`,
    fields: [{ path: `file[${where.index}]`, message: text }],
    params,
  });
}

const MAX_NAME_LENGTH = 255;
/** Control characters, bidirectional overrides (a name that reads "gpj.exe" backwards…). */
const UNSAFE_IN_NAMES =
  // eslint-disable-next-line no-control-regex -- control characters are what it removes
  /[\u0000-\u001f\u007f-\u009f\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;

/**
 * A name safe to store and show: the last path segment, NFC, without control or bidi
 * characters, at most 255 UTF-16 units cut at a grapheme boundary (Khmer clusters stay
 * whole). An empty result becomes "evidence".
 */
export function sanitiseFileName(name: string | null): string {
  const base = (name ?? '').normalize('NFC').split(/[\\/]/).pop() ?? '';
  const clean = base.replace(UNSAFE_IN_NAMES, '').trim();
  if (clean === '' || clean === '.' || clean === '..') return 'evidence';
  if (clean.length <= MAX_NAME_LENGTH) return clean;
  let out = '';
  for (const { segment } of new Intl.Segmenter('km', { granularity: 'grapheme' }).segment(clean)) {
    if (out.length + segment.length > MAX_NAME_LENGTH) break;
    out += segment;
  }
  return out;
}
