import type { Logger } from './platform/logger.ts';
import { createHttpServer } from './platform/http/server.ts';
import { healthRoutes, type ReadinessCheck } from './platform/http/health.routes.ts';
import { registerWebApp } from './platform/http/web-app.ts';
import { perMinute } from './platform/http/rate-limit.ts';
import { auditRoutes } from './modules/audit/index.ts';
import { settingsRoutes } from './modules/settings/index.ts';
import { authRoutes, readSessionToken, staffUsersRoutes } from './modules/auth/index.ts';
import { organisationIntakeRoutes, reportsRoutes } from './modules/reports/index.ts';
import { organisationsRoutes } from './modules/organisations/index.ts';
import { evidenceRoutes } from './modules/evidence/index.ts';
import { challengesRoutes } from './modules/challenges/index.ts';
import { incidentsRoutes } from './modules/incidents/index.ts';
import { notificationsRoutes } from './modules/notifications/index.ts';
import { savedViewsRoutes } from './modules/saved-views/index.ts';
import { lawRoutes } from './modules/law/index.ts';
import type { Services } from './services.ts';

export type AppDeps = {
  services: Services;
  logger: Logger;
  isReady: ReadinessCheck;
  publicUrl: string;
  secureCookies: boolean;
  bodyLimitBytes: number;
  rateLimitPerMinute: number;
  sensitiveRateLimitPerMinute: number;
  trustProxy: boolean;
  webDir: string | null;
  version: string;
};

/** The HTTP application: used by `karpear serve`, by http tests (app.inject) and benchmarks. */
export async function buildApp(deps: AppDeps) {
  const { services } = deps;
  const app = await createHttpServer({
    logger: deps.logger,
    bodyLimitBytes: deps.bodyLimitBytes,
    rateLimitPerMinute: deps.rateLimitPerMinute,
    trustProxy: deps.trustProxy,
    https: deps.secureCookies,
    version: deps.version,
    access: {
      resolveSession: async (request) => {
        const token = readSessionToken(request);
        return token ? services.sessions.resolveSession(token) : null;
      },
      allowedOrigins: [new URL(deps.publicUrl).origin],
      resolveApiToken: (token) => services.organisations.resolveApiToken(token),
      onDenied: async ({ ctx, method, route, reason }) => {
        // A visitor without a session is not an actor to audit; refusals of a known one are.
        if (reason === 'unauthenticated') return;
        await services.audit.recordAlone(ctx, {
          action: 'access.denied',
          outcome: 'denied',
          details: { method, route, reason },
        });
      },
    },
  });

  await app.register(healthRoutes(deps.isReady));
  const sensitive = perMinute(deps.sensitiveRateLimitPerMinute);
  await app.register(
    authRoutes({ ...services, secureCookies: deps.secureCookies, rateLimit: sensitive }),
  );
  await app.register(staffUsersRoutes(services.staffUsers, sensitive));
  await app.register(settingsRoutes(services.settings));
  await app.register(auditRoutes(services.audit));
  await app.register(
    reportsRoutes({
      reports: services.reports,
      challenges: services.challenges,
      idempotency: services.idempotency,
      rateLimit: sensitive,
    }),
  );
  // A reporter sends files one by one, often many, often behind a shared mobile address.
  const uploads = perMinute(deps.sensitiveRateLimitPerMinute * 6);
  await app.register(evidenceRoutes(services.evidence, uploads));
  await app.register(challengesRoutes(services.challenges));
  await app.register(organisationsRoutes(services.organisations));
  await app.register(
    organisationIntakeRoutes({ reports: services.reports, idempotency: services.idempotency }),
  );
  await app.register(
    incidentsRoutes({
      incidents: services.incidents,
      reports: services.reports,
      staffUsers: services.staffUsers,
      organisations: services.organisations,
    }),
  );
  await app.register(notificationsRoutes(services.notifications));
  await app.register(savedViewsRoutes(services.savedViews));
  await app.register(lawRoutes(services.law));
  await registerWebApp(app, deps.webDir);
  return app;
}

export type App = Awaited<ReturnType<typeof buildApp>>;
