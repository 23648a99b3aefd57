import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  AuditCheckpointListQuerySchema,
  AuditCheckpointListSchema,
  InstallationKeyViewSchema,
} from '../../domain/audit/audit.schemas.ts';
import { AuditEventViewSchema, AuditListQuerySchema, type AuditService } from './audit.service.ts';

export const auditRoutes =
  (audit: AuditService): FastifyPluginAsyncZod =>
  async (app) => {
    // Admin and oversight: the audit trail, its signed heads and the key that signs them.
    const access = { permission: 'audit:read' } as const;
    app.get(
      '/api/audit-events',
      {
        config: { access },
        schema: {
          tags: ['audit'],
          summary: 'Audit events, newest first',
          querystring: AuditListQuerySchema,
          response: { 200: z.object({ items: z.array(AuditEventViewSchema) }) },
        },
      },
      async (request) => ({ items: await audit.list(request.query) }),
    );
    app.get(
      '/api/audit/checkpoints',
      {
        config: { access },
        schema: {
          tags: ['audit'],
          summary:
            'Signed heads of the audit chain, newest first (to publish or send to oversight)',
          querystring: AuditCheckpointListQuerySchema,
          response: { 200: AuditCheckpointListSchema },
        },
      },
      async (request) => audit.listCheckpoints(request.query),
    );
    app.get(
      '/api/admin/installation-key',
      {
        config: { access },
        schema: {
          tags: ['admin'],
          summary: "The installation's public signing key (Ed25519) and its fingerprint",
          response: { 200: InstallationKeyViewSchema },
        },
      },
      async () => audit.installationKey(),
    );
  };
