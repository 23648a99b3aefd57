import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AuditEventViewSchema, AuditListQuerySchema, type AuditService } from './audit.service.ts';

export const auditRoutes =
  (audit: AuditService): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/audit-events',
      {
        config: { access: { permission: 'audit:read' } },
        schema: {
          tags: ['audit'],
          summary: 'Audit events, newest first',
          querystring: AuditListQuerySchema,
          response: { 200: z.object({ items: z.array(AuditEventViewSchema) }) },
        },
      },
      async (request) => ({ items: await audit.list(request.query) }),
    );
  };
