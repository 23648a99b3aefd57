import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { OrganisationReportBodySchema } from '../../domain/organisations/organisation.schemas.ts';
import { PublicReportCreatedSchema } from '../../domain/reports/report.schemas.ts';
import { AppError } from '../../platform/errors.ts';
import type { IdempotencyService } from '../idempotency/index.ts';
import { IdempotencyKeySchema } from './reports.routes.ts';
import type { ReportsService } from './reports.service.ts';

export type OrganisationIntakeDeps = { reports: ReportsService; idempotency: IdempotencyService };

/**
 * POST /api/reports: organisations (banks, ISPs, ministries) report from their own
 * systems with an API token. Same report as the web form, plus observables; no
 * proof-of-work, since the token identifies the sender.
 */
export const organisationIntakeRoutes =
  (deps: OrganisationIntakeDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.post(
      '/api/reports',
      {
        config: { access: 'organisation' },
        schema: {
          tags: ['organisations'],
          summary: 'Report an incident from an organisation (API token)',
          description:
            'Authorization: Bearer <API token>. With an Idempotency-Key header, a retry of ' +
            'the same request returns the first answer instead of a second report.',
          security: [{ organisationToken: [] }],
          headers: z.object({ 'idempotency-key': IdempotencyKeySchema.optional() }),
          body: OrganisationReportBodySchema,
          response: { 201: PublicReportCreatedSchema },
        },
      },
      async (request, reply) => {
        const actor = request.actor;
        if (actor.kind !== 'organisation') throw new AppError('unauthenticated');
        const { observables, externalReference, ...report } = request.body;
        const origin = {
          channel: 'api' as const,
          organisationId: actor.organisationId,
          ...(observables ? { observables } : {}),
          ...(externalReference ? { externalReference } : {}),
        };
        const key = request.headers['idempotency-key'];
        const submit = async (
          remember?: Parameters<Parameters<IdempotencyService['runOnce']>[1]>[0],
        ) => {
          const { reportId: _id, ...created } = await deps.reports.submitReport(
            request.ctx,
            report,
            origin,
            remember ? (tx, answer) => remember(tx, { statusCode: 201, body: answer }) : undefined,
          );
          return { statusCode: 201, body: created };
        };
        const answer = key
          ? await deps.idempotency.runOnce(
              { scope: `api-report:${actor.organisationId}`, key, body: request.body },
              submit,
            )
          : await submit();
        return reply
          .code(201)
          .header('cache-control', 'no-store')
          .send(answer.body as z.infer<typeof PublicReportCreatedSchema>);
      },
    );
  };
