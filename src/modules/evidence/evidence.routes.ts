import fastifyMultipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
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
import { AppError } from '../../platform/errors.ts';
import type { RouteRateLimit } from '../../platform/http/rate-limit.ts';
import { evidenceLockerRoutes } from './evidence-locker.routes.ts';
import { filesOf, lingerThenClose } from './evidence-multipart.ts';
import {
  MAX_FILES_PER_REQUEST,
  type EvidenceService,
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
        // A description in Khmer takes three bytes a character (2,000 characters at most).
        fieldSize: 8 * 1024,
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

    const read = { permission: 'evidence:read' } as const;
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
          summary:
            'The bytes of an evidence item, as a download; every opening is recorded in its ' +
            'chain of custody and the audit trail',
          description:
            '`variant=display` gives the copy without metadata (images only), recorded as ' +
            '"viewed"; the original is recorded as "downloaded", with the optional ' +
            '`purpose`. The SHA-256 is verified while streaming; a mismatch aborts the ' +
            'transfer and is recorded and alerted. A sealed item answers 409 ' +
            '`evidence_sealed`, a destroyed one 410 `evidence_destroyed`.',
          params: EvidenceIdParamsSchema,
          querystring: EvidenceContentQuerySchema,
        },
      },
      async (request, reply) => {
        const opened = await evidence.openEvidence(
          request.ctx,
          request.params.evidenceId,
          request.query.variant,
          request.query.purpose ?? null,
        );
        opened.stream.on('error', (err) => {
          request.log.error({ err, evidenceId: opened.item.id }, 'evidence stream failed');
        });
        return reply.headers(downloadHeaders(opened)).send(opened.stream);
      },
    );

    // In this context, so that its upload route is parsed by the multipart plugin above.
    await app.register(evidenceLockerRoutes(evidence));
  };

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
