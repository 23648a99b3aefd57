import type { FastifyInstance, FastifyRequest } from 'fastify';
import { PUBLIC_ACTOR, type Actor } from '../../domain/actor.ts';
import { languageFromHeader, type Language } from '../../domain/language.ts';
import type { Permission, StaffRole } from '../../domain/roles.ts';
import type { SessionStage } from '../../domain/auth/auth.schemas.ts';
import { AppError } from '../errors.ts';
import type { RequestContext } from '../context.ts';

/**
 * Every route declares who may call it:
 * - `public`: anyone;
 * - `session`: a staff session in any stage (the MFA steps, sign-out);
 * - `staff`: a fully signed-in staff member;
 * - `organisation`: an organisation's system, with an API token as `Authorization: Bearer`;
 * - `{ permission }`: a fully signed-in staff member whose role grants it.
 * A route without a declaration answers 500 and is reported by the route-walk test.
 */
export type Access = 'public' | 'session' | 'staff' | 'organisation' | { permission: Permission };

export type StaffSession = {
  tokenHash: string;
  userId: string;
  role: StaffRole;
  stage: SessionStage;
  csrfToken: string;
  permissions: readonly Permission[];
};

export type AccessDenial = {
  ctx: RequestContext;
  method: string;
  route: string;
  reason: 'unauthenticated' | 'mfa_required' | 'forbidden' | 'csrf_failed';
};

export type AccessControlOptions = {
  /** Finds the organisation an API token speaks for, or null. */
  resolveApiToken: (token: string) => Promise<{ organisationId: string; tokenId: string } | null>;
  /** Finds the staff session the request's cookie names, or null. */
  resolveSession: (request: FastifyRequest) => Promise<StaffSession | null>;
  /** Origins from which a browser may send state-changing requests. */
  allowedOrigins: readonly string[];
  onDenied: (denial: AccessDenial) => Promise<void>;
};

declare module 'fastify' {
  // Module augmentation needs `interface`: a `type` cannot merge into Fastify's declarations.
  /* eslint-disable @typescript-eslint/consistent-type-definitions */
  interface FastifyContextConfig {
    access?: Access;
  }
  interface FastifyRequest {
    actor: Actor;
    staffSession: StaffSession | null;
    language: Language;
    ctx: RequestContext;
  }
  /* eslint-enable @typescript-eslint/consistent-type-definitions */
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export type RouteAccessEntry = { method: string; url: string; access: Access | undefined };
type RouteRecord = { method: string; url: string; config: () => { access?: Access } | undefined };
const routeTables = new WeakMap<FastifyInstance, RouteRecord[]>();

/** Every route registered on `app` with the access it declared, for the route-walk test. */
export function listRouteAccess(app: FastifyInstance): RouteAccessEntry[] {
  // Read at listing time: a plugin's own onRoute hook may set the rule after ours ran.
  return (routeTables.get(app) ?? []).map(({ method, url, config }) => ({
    method,
    url,
    access: config()?.access,
  }));
}

export function registerAccessControl(app: FastifyInstance, options: AccessControlOptions): void {
  app.decorateRequest('actor', null as never);
  app.decorateRequest('staffSession', null);
  app.decorateRequest('language', 'km');
  app.decorateRequest('ctx', null as never);

  const table: RouteRecord[] = [];
  routeTables.set(app, table);
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) {
      table.push({ method, url: route.url, config: () => route.config });
    }
  });

  app.addHook('onRequest', async (request) => {
    request.language = languageFromHeader(request.headers['accept-language']);
    request.actor = PUBLIC_ACTOR;
    request.ctx = contextOf(request);
    if (request.is404) return;
    const access = request.routeOptions.config.access;
    if (access === undefined) {
      throw new AppError('internal', { detail: `no access rule on ${request.routeOptions.url}` });
    }
    if (access === 'organisation') {
      const token = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '')?.[1];
      const organisation = token ? await options.resolveApiToken(token) : null;
      if (!organisation) throw new AppError('unauthenticated');
      request.actor = { kind: 'organisation', ...organisation };
      request.ctx = contextOf(request);
      return;
    }
    checkOrigin(request, options.allowedOrigins);
    const session = await options.resolveSession(request);
    request.staffSession = session;
    if (session?.stage === 'active') {
      request.actor = {
        kind: 'staff',
        userId: session.userId,
        role: session.role,
        permissions: session.permissions,
      };
    }
    request.ctx = contextOf(request);
    const denial = decide(access, session, request);
    if (denial) {
      await options.onDenied({
        ctx: request.ctx,
        method: request.method,
        route: request.routeOptions.url ?? request.url,
        reason: denial,
      });
      throw new AppError(denial);
    }
  });
}

function decide(
  access: Access,
  session: StaffSession | null,
  request: FastifyRequest,
): AccessDenial['reason'] | null {
  if (access === 'public' || access === 'organisation') return null;
  if (!session) return 'unauthenticated';
  if (!SAFE_METHODS.has(request.method) && request.headers['x-csrf-token'] !== session.csrfToken) {
    return 'csrf_failed';
  }
  if (access === 'session') return null;
  if (session.stage !== 'active') return 'mfa_required';
  if (access === 'staff') return null;
  return session.permissions.includes(access.permission) ? null : 'forbidden';
}

/**
 * A browser names the page's origin on every state-changing request; one from another
 * site is refused before any work is done (defence in depth beside SameSite cookies and
 * the CSRF token).
 */
function checkOrigin(request: FastifyRequest, allowed: readonly string[]): void {
  if (SAFE_METHODS.has(request.method)) return;
  const origin = request.headers.origin;
  if (!origin) return;
  const own = `${request.protocol}://${request.host}`;
  if (origin !== own && !allowed.includes(origin)) throw new AppError('csrf_failed');
}

function contextOf(request: FastifyRequest): RequestContext {
  return {
    actor: request.actor,
    requestId: request.id,
    ip: request.ip || null,
    language: request.language,
  };
}
