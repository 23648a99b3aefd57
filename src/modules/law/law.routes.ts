import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { IncidentIdParamsSchema } from '../../domain/incidents/incident.schemas.ts';
import {
  CatalogueSchema,
  LegalCandidatesSchema,
  ProvisionDetailSchema,
  ProvisionParamsSchema,
} from '../../domain/law/law.schemas.ts';
import type { LawService } from './law.service.ts';

export const lawRoutes =
  (law: LawService): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['law'];
    const staff = { access: { permission: 'law:read' } } as const;

    app.get(
      '/api/law/catalogue',
      {
        config: staff,
        schema: {
          tags,
          summary:
            'The legal catalogue: instruments and provisions in Khmer and English, with verification flags, version and content hash',
          response: { 200: CatalogueSchema },
        },
      },
      async (request) => law.getCatalogue(request.ctx),
    );

    app.get(
      '/api/law/provisions/:id',
      {
        config: staff,
        schema: {
          tags,
          summary: 'One provision of the legal catalogue, with its instrument',
          params: ProvisionParamsSchema,
          response: { 200: ProvisionDetailSchema },
        },
      },
      async (request) => law.getProvision(request.ctx, request.params.id),
    );

    app.get(
      '/api/incidents/:incidentId/legal-candidates',
      {
        config: { access: { permission: 'incidents:read' } },
        schema: {
          tags,
          summary:
            "Candidate provisions for an incident's classification, with a reason for each (suggestions, not findings)",
          params: IncidentIdParamsSchema,
          response: { 200: LegalCandidatesSchema },
        },
      },
      async (request) => law.legalCandidates(request.ctx, request.params.incidentId),
    );
  };
