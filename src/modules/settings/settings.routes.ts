import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { SecuritySettingsSchema } from '../../domain/auth/auth.schemas.ts';
import { SlaTargetsSchema } from '../../domain/incidents/sla.ts';
import type { SettingsService } from './settings.service.ts';

export const settingsRoutes =
  (settings: SettingsService): FastifyPluginAsyncZod =>
  async (app) => {
    const access = { permission: 'settings:manage' } as const;
    app.get(
      '/api/admin/settings/security',
      {
        config: { access },
        schema: {
          tags: ['admin'],
          summary: 'Security settings',
          response: { 200: SecuritySettingsSchema },
        },
      },
      async () => settings.getSecuritySettings(),
    );
    app.put(
      '/api/admin/settings/security',
      {
        config: { access },
        schema: {
          tags: ['admin'],
          summary: 'Change security settings (audited)',
          body: SecuritySettingsSchema,
          response: { 200: SecuritySettingsSchema },
        },
      },
      async (request) => settings.updateSecuritySettings(request.ctx, request.body),
    );
    app.get(
      '/api/admin/settings/sla',
      {
        config: { access },
        schema: {
          tags: ['admin'],
          summary: 'SLA targets per severity, in minutes of active time',
          response: { 200: SlaTargetsSchema },
        },
      },
      async () => settings.getSlaTargets(),
    );
    app.put(
      '/api/admin/settings/sla',
      {
        config: { access },
        schema: {
          tags: ['admin'],
          summary: 'Change the SLA targets (audited)',
          body: SlaTargetsSchema,
          response: { 200: SlaTargetsSchema },
        },
      },
      async (request) => settings.updateSlaTargets(request.ctx, request.body),
    );
  };
