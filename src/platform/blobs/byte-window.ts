import type { BlobReader } from './blob-store.ts';

const WINDOW = 64 * 1024;

/**
 * Small reads over a blob without a system call each: parsers of image structure read a
 * few bytes at a time, and this serves them from one 64 KiB window.
 */
export type ByteWindow = {
  size: number;
  byte(position: number): Promise<number>;
  u16be(position: number): Promise<number>;
  u32be(position: number): Promise<number>;
  u32le(position: number): Promise<number>;
  bytes(position: number, length: number): Promise<Buffer>;
  /** The position of the next `value` at or after `from`, or -1. */
  indexOf(value: number, from: number): Promise<number>;
};

export function byteWindow(reader: BlobReader): ByteWindow {
  let start = 0;
  let buffer: Buffer = Buffer.alloc(0);

  async function ensure(position: number, length: number): Promise<void> {
    if (position >= start && position + length <= start + buffer.length) return;
    start = position;
    buffer = await reader.read(position, Math.max(WINDOW, length));
  }

  async function bytes(position: number, length: number): Promise<Buffer> {
    const wanted = Math.max(0, Math.min(length, reader.size - position));
    await ensure(position, wanted);
    return buffer.subarray(position - start, position - start + wanted);
  }

  async function fixed(position: number, length: number): Promise<Buffer> {
    const out = await bytes(position, length);
    if (out.length < length) throw new RangeError('read past the end of the blob');
    return out;
  }

  return {
    size: reader.size,
    bytes,
    byte: async (position) => (await fixed(position, 1))[0]!,
    u16be: async (position) => (await fixed(position, 2)).readUInt16BE(0),
    u32be: async (position) => (await fixed(position, 4)).readUInt32BE(0),
    u32le: async (position) => (await fixed(position, 4)).readUInt32LE(0),
    async indexOf(value, from) {
      for (let at = from; at < reader.size; at = start + buffer.length) {
        await ensure(at, Math.min(WINDOW, reader.size - at));
        const found = buffer.indexOf(value, at - start);
        if (found >= 0) return start + found;
      }
      return -1;
    },
  };
}
