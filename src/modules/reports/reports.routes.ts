import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  PublicReportBodySchema,
  PublicReportCreatedSchema,
  PublicReportViewSchema,
  ReportDetailSchema,
  ReportIdParamsSchema,
  ReportListQuerySchema,
  ReportListSchema,
  TrackingCodeParamsSchema,
} from '../../domain/reports/report.schemas.ts';
import { AppError } from '../../platform/errors.ts';
import type { RouteRateLimit } from '../../platform/http/rate-limit.ts';
import type { ReportsService } from './reports.service.ts';

const BearerHeadersSchema = z.object({
  authorization: z.string().max(200).optional(),
});

function bearerSecret(header: string | undefined): string {
  const match = header?.match(/^Bearer\s+(.+)$/i);
  // No secret is indistinguishable from a wrong one.
  if (!match?.[1]) throw new AppError('not_found');
  return match[1].trim();
}

export const reportsRoutes =
  (reports: ReportsService, rateLimit: RouteRateLimit): FastifyPluginAsyncZod =>
  async (app) => {
    app.post(
      '/api/public/reports',
      {
        config: { access: 'public', rateLimit },
        schema: {
          tags: ['public'],
          summary: 'Report an incident (anonymous allowed)',
          body: PublicReportBodySchema,
          response: { 201: PublicReportCreatedSchema },
        },
      },
      async (request, reply) => {
        const created = await reports.submitReport(request.ctx, request.body);
        return reply.code(201).header('cache-control', 'no-store').send(created);
      },
    );

    app.get(
      '/api/public/reports/:trackingCode',
      {
        config: { access: 'public', rateLimit: { ...rateLimit, max: rateLimit.max * 3 } },
        schema: {
          tags: ['public'],
          summary: 'Check a report: the secret goes in Authorization: Bearer',
          security: [{ reporterSecret: [] }],
          params: TrackingCodeParamsSchema,
          headers: BearerHeadersSchema,
          response: { 200: PublicReportViewSchema },
        },
      },
      async (request, reply) => {
        const secret = bearerSecret(request.headers.authorization);
        const view = await reports.getReportForReporter(request.params.trackingCode, secret);
        return reply.header('cache-control', 'no-store').send(view);
      },
    );

    const read = { permission: 'reports:read' } as const;
    app.get(
      '/api/reports',
      {
        config: { access: read },
        schema: {
          tags: ['reports'],
          summary: 'Reports by status, newest first (the "New reports" queue)',
          querystring: ReportListQuerySchema,
          response: { 200: ReportListSchema },
        },
      },
      async (request) => reports.listReports(request.ctx, request.query),
    );

    app.get(
      '/api/reports/:reportId',
      {
        config: { access: read },
        schema: {
          tags: ['reports'],
          summary: 'One report; opening it is audited',
          params: ReportIdParamsSchema,
          response: { 200: ReportDetailSchema },
        },
      },
      async (request) => reports.getReport(request.ctx, request.params.reportId),
    );
  };
