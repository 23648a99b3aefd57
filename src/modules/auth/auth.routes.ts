import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  MfaEnrolBodySchema,
  MfaEnrolmentConfirmedSchema,
  MfaEnrolmentSchema,
  MfaVerifyBodySchema,
  RecoveryCodesSchema,
  SessionViewSchema,
  SignInBodySchema,
} from '../../domain/auth/auth.schemas.ts';
import { AppError } from '../../platform/errors.ts';
import type { StaffSession } from '../../platform/http/access.ts';
import type { RouteRateLimit } from '../../platform/http/rate-limit.ts';
import type { MfaService } from './mfa.service.ts';
import type { OpenedSession, SessionsService } from './sessions.service.ts';

export const SESSION_COOKIE = 'karpear_session';

export type AuthRoutesDeps = {
  sessions: SessionsService;
  mfa: MfaService;
  secureCookies: boolean;
  rateLimit: RouteRateLimit;
};

/** The cookie holds only a random token: HttpOnly, SameSite=Strict, Secure over HTTPS. */
function setSessionCookie(reply: FastifyReply, opened: OpenedSession, secure: boolean) {
  reply.setCookie(SESSION_COOKIE, opened.token, {
    httpOnly: true,
    sameSite: 'strict',
    secure,
    path: '/',
  });
}

export function readSessionToken(request: FastifyRequest): string | null {
  const token = request.cookies[SESSION_COOKIE];
  return token && token.length <= 128 ? token : null;
}

function requireSession(request: FastifyRequest): StaffSession {
  if (!request.staffSession) throw new AppError('unauthenticated');
  return request.staffSession;
}

const clientOf = (request: FastifyRequest) => ({
  userAgent: request.headers['user-agent'] ?? null,
});

export const authRoutes =
  (deps: AuthRoutesDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['auth'];

    app.post(
      '/api/auth/sign-in',
      {
        config: { access: 'public', rateLimit: deps.rateLimit },
        schema: {
          tags,
          summary: 'Sign in with e-mail and password (first step)',
          body: SignInBodySchema,
          response: { 200: SessionViewSchema },
        },
      },
      async (request, reply) => {
        const opened = await deps.sessions.signIn(request.ctx, request.body, clientOf(request));
        setSessionCookie(reply, opened, deps.secureCookies);
        return opened.view;
      },
    );

    app.get(
      '/api/auth/session',
      {
        config: { access: 'session' },
        schema: { tags, summary: 'The current session', response: { 200: SessionViewSchema } },
      },
      async (request) => deps.sessions.describeSession(requireSession(request)),
    );

    app.post(
      '/api/auth/sign-out',
      {
        config: { access: 'session' },
        schema: { tags, summary: 'Sign out', response: { 204: z.null() } },
      },
      async (request, reply) => {
        await deps.sessions.signOut(request.ctx, requireSession(request));
        reply.clearCookie(SESSION_COOKIE, { path: '/' });
        return reply.code(204).send(null);
      },
    );

    app.post(
      '/api/auth/mfa/verify',
      {
        config: { access: 'session', rateLimit: deps.rateLimit },
        schema: {
          tags,
          summary: 'Second step: a TOTP code or a recovery code',
          body: MfaVerifyBodySchema,
          response: { 200: SessionViewSchema },
        },
      },
      async (request, reply) => {
        const opened = await deps.mfa.verify(
          request.ctx,
          requireSession(request),
          request.body,
          clientOf(request),
        );
        setSessionCookie(reply, opened, deps.secureCookies);
        return opened.view;
      },
    );

    app.post(
      '/api/auth/mfa/enrolment',
      {
        config: { access: 'session' },
        schema: {
          tags,
          summary: 'Start setting up an authenticator app',
          response: { 200: MfaEnrolmentSchema },
        },
      },
      async (request) => deps.mfa.startEnrolment(requireSession(request)),
    );

    app.post(
      '/api/auth/mfa/enrolment/confirm',
      {
        config: { access: 'session', rateLimit: deps.rateLimit },
        schema: {
          tags,
          summary: 'Confirm the authenticator app with a code; returns recovery codes once',
          body: MfaEnrolBodySchema,
          response: { 200: MfaEnrolmentConfirmedSchema },
        },
      },
      async (request, reply) => {
        const { recoveryCodes, opened } = await deps.mfa.confirmEnrolment(
          request.ctx,
          requireSession(request),
          request.body.code,
          clientOf(request),
        );
        setSessionCookie(reply, opened, deps.secureCookies);
        return { ...recoveryCodes, session: opened.view };
      },
    );

    app.post(
      '/api/auth/mfa/recovery-codes',
      {
        config: { access: 'staff' },
        schema: {
          tags,
          summary: 'Replace all recovery codes with new ones (shown once)',
          response: { 200: RecoveryCodesSchema },
        },
      },
      async (request) => deps.mfa.regenerateRecoveryCodes(request.ctx, requireSession(request)),
    );
  };
