import { and, asc, count, eq, gt, inArray, isNull, lt, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import type { StaffRole } from '../../domain/roles.ts';
import type { SessionStage } from '../../domain/auth/auth.schemas.ts';
import { recoveryCodes, setupTokens, staffSessions, staffUsers } from './auth.table.ts';

export type StaffUserRow = typeof staffUsers.$inferSelect;
export type StaffSessionRow = typeof staffSessions.$inferSelect;

export async function countStaffUsers(db: Db, role?: StaffRole): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(staffUsers)
    .where(role ? eq(staffUsers.role, role) : undefined);
  return row?.n ?? 0;
}

export async function findUserByEmail(db: Db, email: string): Promise<StaffUserRow | null> {
  const [row] = await db
    .select()
    .from(staffUsers)
    .where(eq(sql`lower(${staffUsers.email})`, email.toLowerCase()));
  return row ?? null;
}

export async function findUserById(db: Db, id: string): Promise<StaffUserRow | null> {
  const [row] = await db.select().from(staffUsers).where(eq(staffUsers.id, id));
  return row ?? null;
}

export async function listUsers(db: Db): Promise<StaffUserRow[]> {
  return db.select().from(staffUsers).orderBy(asc(staffUsers.createdAt), asc(staffUsers.email));
}

export async function insertUser(
  db: Db,
  user: { email: string; displayName: string; role: StaffRole; passwordHash: string },
): Promise<StaffUserRow> {
  const [row] = await db.insert(staffUsers).values(user).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

export async function updateUser(
  db: Db,
  id: string,
  changes: Partial<
    Pick<
      StaffUserRow,
      'failedSignIns' | 'lockedUntil' | 'mfaSecretSealed' | 'mfaEnabledAt' | 'mfaLastStep'
    >
  >,
): Promise<void> {
  await db
    .update(staffUsers)
    .set({ ...changes, updatedAt: sql`now()` })
    .where(eq(staffUsers.id, id));
}

/** Counts a failed sign-in atomically, so parallel guesses cannot slip past the lock-out. */
export async function incrementFailedSignIns(db: Db, id: string): Promise<number> {
  const [row] = await db
    .update(staffUsers)
    .set({ failedSignIns: sql`${staffUsers.failedSignIns} + 1`, updatedAt: sql`now()` })
    .where(eq(staffUsers.id, id))
    .returning({ failedSignIns: staffUsers.failedSignIns });
  return row?.failedSignIns ?? 0;
}

/** Records a TOTP step as used unless it (or a later one) already was: replay protection. */
export async function claimTotpStep(db: Db, id: string, step: number): Promise<boolean> {
  const rows = await db
    .update(staffUsers)
    .set({ mfaLastStep: step })
    .where(
      and(
        eq(staffUsers.id, id),
        sql`(${staffUsers.mfaLastStep} is null or ${staffUsers.mfaLastStep} < ${step})`,
      ),
    )
    .returning({ id: staffUsers.id });
  return rows.length === 1;
}

export async function insertSession(
  db: Db,
  session: {
    tokenHash: string;
    userId: string;
    stage: SessionStage;
    csrfToken: string;
    expiresAt: Date;
    ip: string | null;
    userAgent: string | null;
  },
): Promise<void> {
  await db.insert(staffSessions).values(session);
}

export async function findLiveSession(
  db: Db,
  tokenHash: string,
  idleSince: Date,
): Promise<{ session: StaffSessionRow; user: StaffUserRow } | null> {
  const [row] = await db
    .select({ session: staffSessions, user: staffUsers })
    .from(staffSessions)
    .innerJoin(staffUsers, eq(staffUsers.id, staffSessions.userId))
    .where(
      and(
        eq(staffSessions.tokenHash, tokenHash),
        gt(staffSessions.expiresAt, sql`now()`),
        gt(staffSessions.lastSeenAt, idleSince),
        isNull(staffUsers.disabledAt),
      ),
    );
  return row ?? null;
}

export async function updateSession(
  db: Db,
  tokenHash: string,
  changes: Partial<Pick<StaffSessionRow, 'stage' | 'pendingMfaSecretSealed' | 'lastSeenAt'>>,
): Promise<void> {
  await db.update(staffSessions).set(changes).where(eq(staffSessions.tokenHash, tokenHash));
}

export async function deleteSession(db: Db, tokenHash: string): Promise<void> {
  await db.delete(staffSessions).where(eq(staffSessions.tokenHash, tokenHash));
}

export async function deleteExpiredSessions(db: Db, idleSince: Date): Promise<number> {
  const rows = await db
    .delete(staffSessions)
    .where(sql`${staffSessions.expiresAt} <= now() or ${staffSessions.lastSeenAt} <= ${idleSince}`)
    .returning({ tokenHash: staffSessions.tokenHash });
  return rows.length;
}

export async function replaceRecoveryCodes(
  db: Db,
  userId: string,
  codeHashes: string[],
): Promise<void> {
  await db.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
  await db.insert(recoveryCodes).values(codeHashes.map((codeHash) => ({ userId, codeHash })));
}

/** Marks an unused recovery code used; false when there is none with that hash. */
export async function useRecoveryCode(db: Db, userId: string, codeHash: string): Promise<boolean> {
  const rows = await db
    .update(recoveryCodes)
    .set({ usedAt: sql`now()` })
    .where(
      and(
        eq(recoveryCodes.userId, userId),
        eq(recoveryCodes.codeHash, codeHash),
        isNull(recoveryCodes.usedAt),
      ),
    )
    .returning({ id: recoveryCodes.id });
  return rows.length === 1;
}

export async function insertSetupToken(
  db: Db,
  token: { tokenHash: string; createdBy: 'server' | 'cli'; expiresAt: Date },
): Promise<void> {
  await db.insert(setupTokens).values(token);
}

/** Spends a setup token once; false when it is unknown, used, revoked or expired. */
export async function spendSetupToken(db: Db, tokenHash: string): Promise<boolean> {
  const rows = await db
    .update(setupTokens)
    .set({ usedAt: sql`now()` })
    .where(
      and(
        eq(setupTokens.tokenHash, tokenHash),
        isNull(setupTokens.usedAt),
        eq(setupTokens.revoked, false),
        gt(setupTokens.expiresAt, sql`now()`),
      ),
    )
    .returning({ tokenHash: setupTokens.tokenHash });
  return rows.length === 1;
}

export async function recordSetupTokenUser(db: Db, tokenHash: string, userId: string) {
  await db
    .update(setupTokens)
    .set({ usedByUserId: userId })
    .where(eq(setupTokens.tokenHash, tokenHash));
}

export async function revokeServerSetupTokens(db: Db): Promise<void> {
  await db
    .update(setupTokens)
    .set({ revoked: true })
    .where(and(eq(setupTokens.createdBy, 'server'), isNull(setupTokens.usedAt)));
}

export async function purgeOldSetupTokens(db: Db, before: Date): Promise<void> {
  await db.delete(setupTokens).where(lt(setupTokens.expiresAt, before));
}

export function findUsersByIds(db: Db, ids: readonly string[]): Promise<StaffUserRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(staffUsers)
    .where(inArray(staffUsers.id, [...ids]));
}

/** Enabled users of the given roles, by name. */
export function listActiveUsersWithRoles(
  db: Db,
  roles: readonly StaffRole[],
): Promise<StaffUserRow[]> {
  if (roles.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(staffUsers)
    .where(and(inArray(staffUsers.role, [...roles]), isNull(staffUsers.disabledAt)))
    .orderBy(asc(staffUsers.displayName));
}
