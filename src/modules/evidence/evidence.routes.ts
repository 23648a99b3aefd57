import fastifyMultipart from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Readable } from 'node:stream';
import { z } from 'zod';
import {
  EvidenceContentQuerySchema,
  EvidenceIdParamsSchema,
  EvidenceListSchema,
  PublicEvidenceUploadedSchema,
} from '../../domain/evidence/evidence.schemas.ts';
import {
  ReportIdParamsSchema,
  TrackingCodeParamsSchema,
} from '../../domain/reports/report.schemas.ts';
import { AppError, isAppError } from '../../platform/errors.ts';
import type { RouteRateLimit } from '../../platform/http/rate-limit.ts';
import { fileError } from './evidence.intake.ts';
import {
  MAX_FILES_PER_REQUEST,
  type EvidenceService,
  type IncomingFile,
  type OpenedEvidence,
} from './evidence.service.ts';

const BearerHeadersSchema = z.object({ authorization: z.string().max(200).optional() });

function bearerSecret(header: string | undefined): string {
  const match = header?.match(/^Bearer\s+(.+)$/i);
  // No secret is indistinguishable from a wrong one, as on the status check.
  if (!match?.[1]) throw new AppError('not_found');
  return match[1].trim();
}

export const evidenceRoutes =
  (evidence: EvidenceService, rateLimit: RouteRateLimit): FastifyPluginAsyncZod =>
  async (app) => {
    // Parts are streamed to the blob store as they arrive; this context alone parses them.
    await app.register(fastifyMultipart, {
      limits: {
        // One byte over our own limit, so the blob store's check (with its clear message)
        // is the one that fires.
        fileSize: evidence.limits.maxFileBytes + 1,
        files: MAX_FILES_PER_REQUEST + 1,
        fields: 10,
        fieldSize: 1024,
        headerPairs: 20,
      },
    });

    app.post(
      '/api/public/reports/:trackingCode/evidence',
      {
        config: { access: 'public', rateLimit },
        schema: {
          tags: ['public'],
          summary: 'Add evidence files to a report (multipart, one or more "file" parts)',
          description:
            'The reporter secret goes in Authorization: Bearer. Each file is checked by its ' +
            'content, hashed (SHA-256) and kept unchanged; the answer lists what was stored.',
          security: [{ reporterSecret: [] }],
          consumes: ['multipart/form-data'],
          params: TrackingCodeParamsSchema,
          headers: BearerHeadersSchema,
          response: { 201: PublicEvidenceUploadedSchema },
        },
      },
      async (request, reply) => {
        const secret = bearerSecret(request.headers.authorization);
        if (!request.isMultipart()) {
          throw new AppError('unsupported_media_type', { detail: 'expected multipart/form-data' });
        }
        const items = await evidence
          .acquireReporterEvidence(request.ctx, {
            trackingCode: request.params.trackingCode,
            secret,
            files: filesOf(request),
          })
          .catch((error: unknown) => {
            if (!request.raw.complete) lingerThenClose(request.raw, reply.raw);
            throw error;
          });
        return reply.code(201).header('cache-control', 'no-store').send({ items });
      },
    );

    const read = { permission: 'reports:read' } as const;
    app.get(
      '/api/reports/:reportId/evidence',
      {
        config: { access: read },
        schema: {
          tags: ['evidence'],
          summary: 'Evidence items of a report, oldest first',
          params: ReportIdParamsSchema,
          response: { 200: EvidenceListSchema },
        },
      },
      async (request) => ({
        items: await evidence.listEvidenceForReport(request.ctx, request.params.reportId),
      }),
    );

    app.get(
      '/api/evidence/:evidenceId/content',
      {
        config: { access: read },
        schema: {
          tags: ['evidence'],
          summary: 'The bytes of an evidence item, as a download; every access is audited',
          description:
            '`variant=display` gives the copy without metadata (images only). The SHA-256 ' +
            'is verified while streaming; a mismatch aborts the transfer.',
          params: EvidenceIdParamsSchema,
          querystring: EvidenceContentQuerySchema,
        },
      },
      async (request, reply) => {
        const opened = await evidence.openEvidence(
          request.ctx,
          request.params.evidenceId,
          request.query.variant,
        );
        opened.stream.on('error', (err) => {
          request.log.error({ err, evidenceId: opened.item.id }, 'evidence stream failed');
        });
        return reply.headers(downloadHeaders(opened)).send(opened.stream);
      },
    );
  };

/**
 * The multipart request's files, one at a time, as the service reads them. A file the
 * service stops reading (refused) is destroyed, which ends the request's parsing.
 */
async function* filesOf(request: FastifyRequest): AsyncGenerator<IncomingFile> {
  let current: Readable | null = null;
  let index = 0;
  try {
    for await (const part of request.parts()) {
      if (part.type !== 'file') continue;
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
function lingerThenClose(raw: IncomingMessage, response: ServerResponse): void {
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

function downloadHeaders(opened: OpenedEvidence): Record<string, string | number> {
  const contentType =
    opened.contentType === 'text/plain' ? 'text/plain; charset=utf-8' : opened.contentType;
  return {
    'content-type': contentType,
    'content-length': opened.size,
    'content-disposition': attachment(opened.item.originalName),
    'x-content-type-options': 'nosniff',
    // Opened by mistake in a tab, it can run nothing and load nothing.
    'content-security-policy': "default-src 'none'; sandbox",
    'cache-control': 'private, no-store',
    // RFC 9530: the client can check what it received against the recorded hash.
    'repr-digest': `sha-256=:${Buffer.from(opened.sha256, 'hex').toString('base64')}:`,
  };
}

/** Content-Disposition with an ASCII fallback and the real (Khmer…) name per RFC 6266/8187. */
export function attachment(name: string): string {
  const fallback = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\%]/g, '_');
  const encoded = encodeURIComponent(name).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
