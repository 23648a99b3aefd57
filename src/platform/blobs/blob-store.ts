import type { Readable } from 'node:stream';
import { AppError } from '../errors.ts';

/**
 * Where evidence bytes live: content-addressed by SHA-256, written once, never changed.
 * The file implementation keeps them under the data directory; an S3-compatible store can
 * implement the same type later (put → multipart upload to a temporary key, then copy to
 * the content address).
 */
export type BlobStore = {
  /**
   * Streams `source` into the store while hashing it, never holding it whole in memory.
   * Refuses an empty stream (validation_failed) and one longer than `maxBytes`
   * (payload_too_large), leaving nothing behind. When it resolves, the bytes are durable
   * (fsynced and renamed into place); the same bytes put twice are stored once.
   */
  put(source: AsyncIterable<Uint8Array>, options: BlobPutOptions): Promise<BlobPutResult>;
  /** The bytes of a stored blob; not_found when there is none. */
  open(sha256: string): Promise<Readable>;
  /** Random access to a stored blob (an S3 store would use ranged GETs); close it after. */
  openReader(sha256: string): Promise<BlobReader>;
  has(sha256: string): Promise<boolean>;
  /** Size of a stored blob, or null when there is none. */
  stat(sha256: string): Promise<BlobStat | null>;
  /**
   * Deletes a stored blob for good (evidence destruction); false when there was none. The
   * caller makes sure nothing else still refers to the same bytes.
   */
  remove(sha256: string): Promise<boolean>;
  /** Removes temporary files of uploads that died (crash, killed request); returns how many. */
  removeStaleTempFiles(olderThanMs: number): Promise<number>;
};

export type BlobPutOptions = { maxBytes: number };

export type BlobPutResult = {
  sha256: string;
  size: number;
  /** False when the same bytes were already stored. */
  created: boolean;
};

export type BlobStat = { sha256: string; size: number };

export type BlobReader = {
  size: number;
  /** Up to `length` bytes from `position`; fewer only at the end of the blob. */
  read(position: number, length: number): Promise<Buffer>;
  close(): Promise<void>;
};

const SHA256_HEX = /^[0-9a-f]{64}$/;

export const isSha256Hex = (value: string): boolean => SHA256_HEX.test(value);

/** Guards every path built from a hash: only 64 lower-case hex digits reach the disk. */
export function assertSha256(value: string): void {
  if (!isSha256Hex(value)) throw new AppError('not_found', { detail: 'not a SHA-256 hex digest' });
}

/**
 * Stands in where no blob store was configured (e.g. generating the OpenAPI document):
 * every call answers not_ready instead of writing somewhere unexpected.
 */
export const UNAVAILABLE_BLOB_STORE: BlobStore = {
  put: () => Promise.reject(new AppError('not_ready', { detail: 'no blob store configured' })),
  open: () => Promise.reject(new AppError('not_ready', { detail: 'no blob store configured' })),
  openReader: () =>
    Promise.reject(new AppError('not_ready', { detail: 'no blob store configured' })),
  has: async () => false,
  stat: async () => null,
  remove: () => Promise.reject(new AppError('not_ready', { detail: 'no blob store configured' })),
  removeStaleTempFiles: async () => 0,
};
