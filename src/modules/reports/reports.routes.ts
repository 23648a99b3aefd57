import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { PROOF_OF_WORK_HEADER } from '../../domain/proof-of-work.ts';
import {
  AddInformationBodySchema,
  PublicReportBodySchema,
  PublicReportCreatedSchema,
  PublicReportViewSchema,
  ReportDetailSchema,
  ReporterMessageSchema,
  ReportIdParamsSchema,
  ReportListQuerySchema,
  ReportListSchema,
  StaffMessageBodySchema,
  TrackingCodeParamsSchema,
  WithdrawReportBodySchema,
} from '../../domain/reports/report.schemas.ts';
import { AppError } from '../../platform/errors.ts';
import type { RouteRateLimit } from '../../platform/http/rate-limit.ts';
import type { ChallengesService } from '../challenges/index.ts';
import type { IdempotencyService } from '../idempotency/index.ts';
import type { ReportsService } from './reports.service.ts';

export type ReportsRoutesDeps = {
  reports: ReportsService;
  challenges: ChallengesService;
  idempotency: IdempotencyService;
  rateLimit: RouteRateLimit;
};

const BearerHeadersSchema = z.object({ authorization: z.string().max(200).optional() });

export const IdempotencyKeySchema = z
  .string()
  .min(8)
  .max(200)
  .regex(/^[\x21-\x7e]+$/, 'printable ASCII without spaces');

const PublicSubmitHeadersSchema = z.object({
  [PROOF_OF_WORK_HEADER]: z.string().max(2000).optional(),
  'idempotency-key': IdempotencyKeySchema.optional(),
});

export function bearerSecret(header: string | undefined): string {
  const match = header?.match(/^Bearer\s+(.+)$/i);
  // No secret is indistinguishable from a wrong one.
  if (!match?.[1]) throw new AppError('not_found');
  return match[1].trim();
}

export const reportsRoutes =
  (deps: ReportsRoutesDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const { reports, rateLimit } = deps;
    const reporter = {
      access: 'public',
      rateLimit: { ...rateLimit, max: rateLimit.max * 3 },
    } as const;

    app.post(
      '/api/public/reports',
      {
        config: { access: 'public', rateLimit },
        schema: {
          tags: ['public'],
          summary: 'Report an incident (anonymous allowed)',
          description:
            `Needs a solved proof-of-work challenge (GET /api/public/challenge) in the ` +
            `${PROOF_OF_WORK_HEADER} header. With an Idempotency-Key header, a retry of the ` +
            'same request returns the first answer instead of a second report.',
          headers: PublicSubmitHeadersSchema,
          body: PublicReportBodySchema,
          response: { 201: PublicReportCreatedSchema },
        },
      },
      async (request, reply) => {
        const key = request.headers['idempotency-key'];
        const submit = async (
          remember?: Parameters<Parameters<IdempotencyService['runOnce']>[1]>[0],
        ) => {
          await deps.challenges.redeemSolution(request.headers[PROOF_OF_WORK_HEADER]);
          const { reportId: _id, ...created } = await reports.submitReport(
            request.ctx,
            request.body,
            { channel: 'web' },
            remember ? (tx, answer) => remember(tx, { statusCode: 201, body: answer }) : undefined,
          );
          return { statusCode: 201, body: created };
        };
        const answer = key
          ? await deps.idempotency.runOnce(
              { scope: 'public-report', key, body: request.body },
              submit,
            )
          : await submit();
        // Every stored answer of this route is a 201: a failure stores nothing.
        return reply
          .code(201)
          .header('cache-control', 'no-store')
          .send(answer.body as z.infer<typeof PublicReportCreatedSchema>);
      },
    );

    app.get(
      '/api/public/reports/:trackingCode',
      {
        config: reporter,
        schema: {
          tags: ['public'],
          summary: 'Check a report: status and messages. The secret goes in Authorization: Bearer',
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

    app.post(
      '/api/public/reports/:trackingCode/additions',
      {
        config: reporter,
        schema: {
          tags: ['public'],
          summary: 'Add information to a report (the report itself stays as sent)',
          security: [{ reporterSecret: [] }],
          params: TrackingCodeParamsSchema,
          headers: BearerHeadersSchema,
          body: AddInformationBodySchema,
          response: { 201: ReporterMessageSchema },
        },
      },
      async (request, reply) => {
        const secret = bearerSecret(request.headers.authorization);
        const message = await reports.addInformation(
          request.ctx,
          request.params.trackingCode,
          secret,
          request.body,
        );
        return reply.code(201).send(message);
      },
    );

    app.post(
      '/api/public/reports/:trackingCode/withdraw',
      {
        config: reporter,
        schema: {
          tags: ['public'],
          summary: 'Withdraw a report',
          security: [{ reporterSecret: [] }],
          params: TrackingCodeParamsSchema,
          headers: BearerHeadersSchema,
          body: WithdrawReportBodySchema,
          response: { 200: PublicReportViewSchema },
        },
      },
      async (request) => {
        const secret = bearerSecret(request.headers.authorization);
        return reports.withdrawReport(
          request.ctx,
          request.params.trackingCode,
          secret,
          request.body,
        );
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

    app.post(
      '/api/reports/:reportId/messages',
      {
        config: { access: { permission: 'reports:respond' } },
        schema: {
          tags: ['reports'],
          summary: 'Send a message to the reporter (shown on their status page)',
          params: ReportIdParamsSchema,
          body: StaffMessageBodySchema,
          response: { 201: ReporterMessageSchema },
        },
      },
      async (request, reply) => {
        const message = await reports.sendMessageToReporter(
          request.ctx,
          request.params.reportId,
          request.body,
        );
        return reply.code(201).send(message);
      },
    );
  };
