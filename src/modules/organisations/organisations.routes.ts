import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ApiTokenViewSchema,
  CreateApiTokenBodySchema,
  CreatedApiTokenSchema,
  CreateOrganisationBodySchema,
  OrganisationViewSchema,
} from '../../domain/organisations/organisation.schemas.ts';
import type { OrganisationsService } from './organisations.service.ts';

const OrganisationParams = z.object({ organisationId: z.uuid() });
const TokenParams = z.object({ tokenId: z.uuid() });

export const organisationsRoutes =
  (organisations: OrganisationsService): FastifyPluginAsyncZod =>
  async (app) => {
    const config = { access: { permission: 'organisations:manage' } } as const;
    const tags = ['admin'];

    app.post(
      '/api/admin/organisations',
      {
        config,
        schema: {
          tags,
          summary: 'Register an organisation (bank, ISP, ministry, partner CERT)',
          body: CreateOrganisationBodySchema,
          response: { 201: OrganisationViewSchema },
        },
      },
      async (request, reply) =>
        reply.code(201).send(await organisations.createOrganisation(request.ctx, request.body)),
    );

    app.get(
      '/api/admin/organisations',
      {
        config,
        schema: {
          tags,
          summary: 'Organisations',
          response: { 200: z.object({ items: z.array(OrganisationViewSchema) }) },
        },
      },
      async (request) => ({ items: await organisations.listOrganisations(request.ctx) }),
    );

    app.post(
      '/api/admin/organisations/:organisationId/api-tokens',
      {
        config,
        schema: {
          tags,
          summary: 'Create an API token for POST /api/reports (shown once)',
          params: OrganisationParams,
          body: CreateApiTokenBodySchema,
          response: { 201: CreatedApiTokenSchema },
        },
      },
      async (request, reply) => {
        const created = await organisations.createApiToken(
          request.ctx,
          request.params.organisationId,
          request.body.name,
        );
        return reply.code(201).header('cache-control', 'no-store').send(created);
      },
    );

    app.get(
      '/api/admin/organisations/:organisationId/api-tokens',
      {
        config,
        schema: {
          tags,
          summary: "An organisation's API tokens (never the tokens themselves)",
          params: OrganisationParams,
          response: { 200: z.object({ items: z.array(ApiTokenViewSchema) }) },
        },
      },
      async (request) => ({
        items: await organisations.listApiTokens(request.ctx, request.params.organisationId),
      }),
    );

    app.post(
      '/api/admin/api-tokens/:tokenId/revoke',
      {
        config,
        schema: {
          tags,
          summary: 'Revoke an API token at once',
          params: TokenParams,
          response: { 200: ApiTokenViewSchema },
        },
      },
      async (request) => organisations.revokeApiToken(request.ctx, request.params.tokenId),
    );
  };
