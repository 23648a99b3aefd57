import type { SessionStage, SessionView, SignInBody } from '../../domain/auth/auth.schemas.ts';
import { permissionsOf } from '../../domain/roles.ts';
import type { RequestContext } from '../../platform/context.ts';
import type { Db } from '../../platform/db/database.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { AppError } from '../../platform/errors.ts';
import { decoyPasswordHash, verifyPassword } from '../../platform/crypto/passwords.ts';
import { hashToken, randomToken } from '../../platform/crypto/tokens.ts';
import type { StaffSession } from '../../platform/http/access.ts';
import type { AuditService } from '../audit/index.ts';
import type { SettingsService } from '../settings/index.ts';
import { AUTH_POLICY, minutesFromNow } from './auth.policy.ts';
import { presentSession } from './auth.presenter.ts';
import {
  deleteExpiredSessions,
  deleteSession,
  findLiveSession,
  findUserByEmail,
  incrementFailedSignIns,
  insertSession,
  updateSession,
  updateUser,
  type StaffUserRow,
} from './auth.repository.ts';

export type SessionsDeps = { db: Db; audit: AuditService; settings: SettingsService };

/** A signed-in session: the token goes into the cookie, the view to the client. */
export type OpenedSession = { token: string; view: SessionView };

export type SessionClient = { userAgent: string | null };

export type SessionsService = ReturnType<typeof createSessionsService>;

export function createSessionsService(deps: SessionsDeps) {
  const { db, audit } = deps;

  /** Counts a failure and locks the account at the limit; the caller throws afterwards. */
  async function recordFailure(
    ctx: RequestContext,
    tx: Db,
    user: StaffUserRow,
    action: 'auth.sign_in_failed' | 'auth.mfa_failed',
  ): Promise<AppError> {
    const failures = await incrementFailedSignIns(tx, user.id);
    const txCtx = { ...ctx, tx };
    if (failures >= AUTH_POLICY.maxFailedAttempts) {
      await updateUser(tx, user.id, {
        failedSignIns: 0,
        lockedUntil: minutesFromNow(AUTH_POLICY.lockMinutes),
      });
      await audit.record(txCtx, {
        action: 'auth.locked',
        outcome: 'failure',
        actorUserId: user.id,
        targetType: 'staff_user',
        targetId: user.id,
        details: { failures, lockMinutes: AUTH_POLICY.lockMinutes },
      });
      return lockedError();
    }
    await audit.record(txCtx, {
      action,
      outcome: 'failure',
      actorUserId: user.id,
      targetType: 'staff_user',
      targetId: user.id,
      details: { failures },
    });
    return new AppError(action === 'auth.mfa_failed' ? 'invalid_mfa_code' : 'invalid_credentials');
  }

  async function firstStage(tx: Db, user: StaffUserRow): Promise<SessionStage> {
    if (user.mfaEnabledAt) return 'mfa_required';
    const { mfaRequired } = await deps.settings.getSecuritySettings(tx);
    return mfaRequired ? 'mfa_enrolment_required' : 'active';
  }

  return {
    recordFailure,

    /** Password step. Opens a session whose stage says what is still missing. */
    async signIn(
      ctx: RequestContext,
      body: SignInBody,
      client: SessionClient,
    ): Promise<OpenedSession> {
      const result = await inTransaction(db, async (tx) => {
        const user = await findUserByEmail(tx, body.email);
        if (!user || user.disabledAt) {
          await verifyPassword(await decoyPasswordHash(), body.password);
          await audit.record(
            { ...ctx, tx },
            { action: 'auth.sign_in_failed', outcome: 'failure', details: { reason: 'unknown' } },
          );
          return new AppError('invalid_credentials');
        }
        if (user.lockedUntil && user.lockedUntil > new Date()) {
          await audit.record(
            { ...ctx, tx },
            {
              action: 'auth.sign_in_failed',
              outcome: 'failure',
              actorUserId: user.id,
              targetType: 'staff_user',
              targetId: user.id,
              details: { reason: 'locked' },
            },
          );
          return lockedError(user.lockedUntil);
        }
        if (!(await verifyPassword(user.passwordHash, body.password))) {
          return recordFailure(ctx, tx, user, 'auth.sign_in_failed');
        }
        await updateUser(tx, user.id, { failedSignIns: 0, lockedUntil: null });
        const stage = await firstStage(tx, user);
        const opened = await openSession(tx, user, stage, ctx, client);
        await audit.record(
          { ...ctx, tx },
          {
            action: 'auth.sign_in',
            actorUserId: user.id,
            targetType: 'staff_user',
            targetId: user.id,
            details: { stage },
          },
        );
        return opened;
      });
      if (result instanceof AppError) throw result;
      return result;
    },

    async signOut(ctx: RequestContext, session: StaffSession): Promise<void> {
      await inTransaction(db, async (tx) => {
        await deleteSession(tx, session.tokenHash);
        await audit.record(
          { ...ctx, tx },
          {
            action: 'auth.signed_out',
            actorUserId: session.userId,
            targetType: 'staff_user',
            targetId: session.userId,
          },
        );
      });
    },

    /** The session a cookie token names, if live; touches it at most once a minute. */
    async resolveSession(token: string): Promise<StaffSession | null> {
      const tokenHash = hashToken(token);
      const found = await findLiveSession(db, tokenHash, minutesFromNow(-AUTH_POLICY.idleMinutes));
      if (!found) return null;
      const { session, user } = found;
      if (Date.now() - session.lastSeenAt.getTime() > 60_000) {
        await updateSession(db, tokenHash, { lastSeenAt: new Date() });
      }
      return {
        tokenHash,
        userId: user.id,
        role: user.role,
        stage: session.stage,
        csrfToken: session.csrfToken,
        permissions: permissionsOf(user.role),
      };
    },

    /** Removes expired and idle sessions; returns how many. */
    purgeExpiredSessions: (): Promise<number> =>
      deleteExpiredSessions(db, minutesFromNow(-AUTH_POLICY.idleMinutes)),

    async describeSession(session: StaffSession): Promise<SessionView> {
      const found = await findLiveSession(db, session.tokenHash, new Date(0));
      if (!found) throw new AppError('unauthenticated');
      return presentSession(found.session, found.user);
    },
  };
}

/**
 * Opens a session in `stage`. A session that still owes an MFA step lives minutes, not
 * hours.
 */
export async function openSession(
  tx: Db,
  user: StaffUserRow,
  stage: SessionStage,
  ctx: RequestContext,
  client: SessionClient,
): Promise<OpenedSession> {
  const token = randomToken();
  const csrfToken = randomToken();
  const lifetime =
    stage === 'active' ? AUTH_POLICY.maxSessionHours * 60 : AUTH_POLICY.pendingMfaMinutes;
  await insertSession(tx, {
    tokenHash: hashToken(token),
    userId: user.id,
    stage,
    csrfToken,
    expiresAt: minutesFromNow(lifetime),
    ip: ctx.ip,
    userAgent: client.userAgent?.slice(0, 300) ?? null,
  });
  return { token, view: presentSession({ stage, csrfToken }, user) };
}

export function lockedError(until: Date = minutesFromNow(AUTH_POLICY.lockMinutes)): AppError {
  const minutes = Math.max(1, Math.ceil((until.getTime() - Date.now()) / 60_000));
  return new AppError('account_locked', { params: { minutes } });
}
