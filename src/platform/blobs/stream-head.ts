import { AppError } from '../errors.ts';

/**
 * Passes a text file's bytes through, failing with unsupported_media_type as soon as one
 * is not UTF-8 or is NUL: the head said text, and the whole file must be.
 */
export async function* requireUtf8Text(
  source: AsyncIterable<Uint8Array>,
): AsyncGenerator<Uint8Array> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const refuse = () =>
    new AppError('unsupported_media_type', {
      detail: 'text that is not UTF-8',
      params: { reason: 'not_utf8' },
    });
  for await (const chunk of source) {
    if (chunk.includes(0)) throw refuse();
    try {
      decoder.decode(chunk, { stream: true });
    } catch {
      throw refuse();
    }
    yield chunk;
  }
  try {
    decoder.decode();
  } catch {
    throw refuse();
  }
}

/**
 * Reads the first `bytes` of a stream without losing them: returns them and a stream that
 * yields the whole content again, head first. Only the head is held in memory.
 */
export async function peekHead(
  source: AsyncIterable<Uint8Array>,
  bytes: number,
): Promise<{ head: Buffer; complete: boolean; stream: AsyncIterable<Uint8Array> }> {
  const iterator = source[Symbol.asyncIterator]();
  const chunks: Uint8Array[] = [];
  let length = 0;
  let complete = false;
  while (length < bytes) {
    const next = await iterator.next();
    if (next.done) {
      complete = true;
      break;
    }
    chunks.push(next.value);
    length += next.value.byteLength;
  }
  const head = Buffer.concat(chunks);
  async function* replay(): AsyncGenerator<Uint8Array> {
    if (head.length) yield head;
    if (complete) return;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
      yield next.value;
    }
  }
  return { head: head.subarray(0, bytes), complete, stream: replay() };
}
