import type { MfaEnrolment, MfaVerifyBody, RecoveryCodes } from '../../domain/auth/auth.schemas.ts';
import type { RequestContext } from '../../platform/context.ts';
import type { Db } from '../../platform/db/database.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { AppError } from '../../platform/errors.ts';
import type { SecretBox } from '../../platform/crypto/secret-box.ts';
import { generateTotpSecret, matchTotp, totpQrSvg, totpUri } from '../../platform/crypto/totp.ts';
import { hashToken, randomCode } from '../../platform/crypto/tokens.ts';
import type { StaffSession } from '../../platform/http/access.ts';
import type { AuditService } from '../audit/index.ts';
import { AUTH_POLICY } from './auth.policy.ts';
import {
  claimTotpStep,
  deleteSession,
  findLiveSession,
  replaceRecoveryCodes,
  updateSession,
  updateUser,
  useRecoveryCode,
} from './auth.repository.ts';
import {
  openSession,
  type OpenedSession,
  type SessionClient,
  type SessionsService,
} from './sessions.service.ts';

export type MfaDeps = {
  db: Db;
  audit: AuditService;
  secretBox: SecretBox;
  sessions: SessionsService;
};

/** The TOTP secret is sealed bound to its user: copied onto another account it is useless. */
const mfaAad = (userId: string) => `staff-mfa:${userId}`;

/** Recovery codes read as XXXXX-XXXXX; typed forms are compared without case or dashes. */
const normaliseRecoveryCode = (code: string) => code.toUpperCase().replace(/[^0-9A-Z]/g, '');

export type MfaService = ReturnType<typeof createMfaService>;

export function createMfaService(deps: MfaDeps) {
  const { db, audit, secretBox } = deps;

  async function loadSession(tx: Db, session: StaffSession) {
    const found = await findLiveSession(tx, session.tokenHash, new Date(0));
    if (!found) throw new AppError('unauthenticated');
    return found;
  }

  /** Ends the half-open session and opens a fully signed-in one with fresh tokens. */
  async function promote(
    tx: Db,
    ctx: RequestContext,
    session: StaffSession,
    client: SessionClient,
  ): Promise<OpenedSession> {
    const { user } = await loadSession(tx, session);
    await deleteSession(tx, session.tokenHash);
    await updateUser(tx, user.id, { failedSignIns: 0 });
    return openSession(tx, user, 'active', ctx, client);
  }

  async function issueRecoveryCodes(tx: Db, userId: string): Promise<string[]> {
    const codes = Array.from({ length: AUTH_POLICY.recoveryCodeCount }, () => {
      const raw = randomCode(10);
      return `${raw.slice(0, 5)}-${raw.slice(5)}`;
    });
    await replaceRecoveryCodes(
      tx,
      userId,
      codes.map((code) => hashToken(normaliseRecoveryCode(code))),
    );
    return codes;
  }

  return {
    /** Second step of sign-in: a TOTP code, or one recovery code. */
    async verify(
      ctx: RequestContext,
      session: StaffSession,
      body: MfaVerifyBody,
      client: SessionClient,
    ): Promise<OpenedSession> {
      if (session.stage !== 'mfa_required') throw new AppError('conflict');
      const result = await inTransaction(db, async (tx) => {
        const { user } = await loadSession(tx, session);
        const txCtx = { ...ctx, tx };
        let method: 'totp' | 'recovery_code';
        if ('code' in body) {
          method = 'totp';
          const secret = user.mfaSecretSealed
            ? secretBox.open(user.mfaSecretSealed, mfaAad(user.id))
            : null;
          const step = secret ? matchTotp(secret, body.code) : null;
          if (step === null || !(await claimTotpStep(tx, user.id, step))) {
            const error = await deps.sessions.recordFailure(ctx, tx, user, 'auth.mfa_failed');
            if (error.code === 'account_locked') await deleteSession(tx, session.tokenHash);
            return error;
          }
        } else {
          method = 'recovery_code';
          const codeHash = hashToken(normaliseRecoveryCode(body.recoveryCode));
          if (!(await useRecoveryCode(tx, user.id, codeHash))) {
            const error = await deps.sessions.recordFailure(ctx, tx, user, 'auth.mfa_failed');
            if (error.code === 'account_locked') await deleteSession(tx, session.tokenHash);
            return error;
          }
          await audit.record(txCtx, {
            action: 'auth.recovery_code_used',
            actorUserId: user.id,
            targetType: 'staff_user',
            targetId: user.id,
          });
        }
        const opened = await promote(tx, ctx, session, client);
        await audit.record(txCtx, {
          action: 'auth.mfa_verified',
          actorUserId: user.id,
          targetType: 'staff_user',
          targetId: user.id,
          details: { method },
        });
        return opened;
      });
      if (result instanceof AppError) throw result;
      return result;
    },

    /** Offers a new TOTP secret; it takes effect only once a code from it is confirmed. */
    async startEnrolment(session: StaffSession): Promise<MfaEnrolment> {
      if (session.stage === 'mfa_required') throw new AppError('mfa_required');
      const { user } = await loadSession(db, session);
      const secret = generateTotpSecret();
      await updateSession(db, session.tokenHash, {
        pendingMfaSecretSealed: secretBox.seal(secret, mfaAad(user.id)),
      });
      const otpauthUri = totpUri(secret, user.email);
      return { secret, otpauthUri, qrSvg: await totpQrSvg(otpauthUri) };
    },

    /** Confirms enrolment with a code from the new secret; returns fresh recovery codes. */
    async confirmEnrolment(
      ctx: RequestContext,
      session: StaffSession,
      code: string,
      client: SessionClient,
    ): Promise<{ recoveryCodes: RecoveryCodes; opened: OpenedSession }> {
      if (session.stage === 'mfa_required') throw new AppError('mfa_required');
      return inTransaction(db, async (tx) => {
        const { session: row, user } = await loadSession(tx, session);
        if (!row.pendingMfaSecretSealed) throw new AppError('conflict');
        const secret = secretBox.open(row.pendingMfaSecretSealed, mfaAad(user.id));
        const step = matchTotp(secret, code);
        if (step === null) throw new AppError('invalid_mfa_code');
        await updateUser(tx, user.id, {
          mfaSecretSealed: row.pendingMfaSecretSealed,
          mfaEnabledAt: new Date(),
          mfaLastStep: step,
        });
        const recoveryCodes = await issueRecoveryCodes(tx, user.id);
        const opened = await promote(tx, ctx, session, client);
        await audit.record(
          { ...ctx, tx },
          {
            action: 'auth.mfa_enrolled',
            actorUserId: user.id,
            targetType: 'staff_user',
            targetId: user.id,
            details: { reenrolment: row.stage === 'active' },
          },
        );
        return { recoveryCodes: { recoveryCodes }, opened };
      });
    },

    async regenerateRecoveryCodes(
      ctx: RequestContext,
      session: StaffSession,
    ): Promise<RecoveryCodes> {
      return inTransaction(db, async (tx) => {
        const recoveryCodes = await issueRecoveryCodes(tx, session.userId);
        await audit.record(
          { ...ctx, tx },
          {
            action: 'auth.recovery_codes_regenerated',
            targetType: 'staff_user',
            targetId: session.userId,
          },
        );
        return { recoveryCodes };
      });
    },
  };
}
