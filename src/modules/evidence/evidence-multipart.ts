import type { FastifyRequest } from 'fastify';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Readable } from 'node:stream';
import { AppError, isAppError } from '../../platform/errors.ts';
import { fileError, type IncomingFile } from './evidence.intake.ts';

/**
 * The multipart request's files, one at a time, as the service reads them. A file the
 * service stops reading (refused) is destroyed, which ends the request's parsing. Text
 * fields met on the way are put in `fields` (the last of a name wins).
 */
export async function* filesOf(
  request: FastifyRequest,
  fields: Record<string, string> = {},
): AsyncGenerator<IncomingFile> {
  let current: Readable | null = null;
  let index = 0;
  try {
    for await (const part of request.parts()) {
      if (part.type !== 'file') {
        if (typeof part.value === 'string') fields[part.fieldname] = part.value;
        continue;
      }
      if (part.fieldname !== 'file') {
        part.file.resume();
        throw fileError('validation_failed', 'unexpected_part', {
          index,
          language: request.language,
        });
      }
      current = part.file;
      yield {
        // Browsers send a name's double quotes as %22 (WHATWG multipart/form-data encoding).
        originalName: part.filename ? part.filename.replace(/%22/g, '"') : null,
        declaredType: part.mimetype || null,
        stream: part.file,
      };
      index++;
    }
  } catch (error) {
    throw multipartError(error);
  } finally {
    if (current && !current.readableEnded) current.destroy();
  }
}

/** How long a refused sender may go on sending before its connection is cut. */
const LINGER_MS = 2000;

/**
 * Refused while the sender is still sending: drop what keeps coming so the sender can
 * read our answer (cutting at once would reset the connection under it, losing the
 * answer), and cut the connection if the upload has not ended shortly after it.
 */
export function lingerThenClose(raw: IncomingMessage, response: ServerResponse): void {
  raw.resume();
  response.once('finish', () => {
    if (raw.complete) return;
    const timer = setTimeout(() => raw.socket.destroy(), LINGER_MS);
    timer.unref();
    raw.once('end', () => clearTimeout(timer));
  });
}

/** @fastify/multipart's own errors (limits, malformed bodies) as AppErrors. */
function multipartError(error: unknown): unknown {
  if (isAppError(error)) return error;
  const status = (error as { statusCode?: number }).statusCode;
  if (status === 413) return new AppError('payload_too_large', { cause: error });
  if (status === 406 || status === 415) {
    return new AppError('unsupported_media_type', { cause: error });
  }
  if (error instanceof Error && /multipart|unexpected end|boundary/i.test(error.message)) {
    return new AppError('validation_failed', { cause: error });
  }
  return error;
}
