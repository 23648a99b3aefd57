import type {
  CreateStaffUserBody,
  FirstAdminBody,
  StaffUserView,
} from '../../domain/auth/auth.schemas.ts';
import type { StaffRef } from '../../domain/incidents/incident.schemas.ts';
import { roleHasPermission, StaffRoleSchema, type Permission } from '../../domain/roles.ts';
import type { RequestContext } from '../../platform/context.ts';
import type { Db } from '../../platform/db/database.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { AppError } from '../../platform/errors.ts';
import { hashPassword } from '../../platform/crypto/passwords.ts';
import { hashToken, randomCode, randomToken } from '../../platform/crypto/tokens.ts';
import type { AuditService } from '../audit/index.ts';
import { AUTH_POLICY, minutesFromNow } from './auth.policy.ts';
import { presentUser } from './auth.presenter.ts';
import {
  countStaffUsers,
  findUserByEmail,
  insertSetupToken,
  insertUser,
  findUsersByIds,
  listActiveUsersWithRoles,
  listUsers,
  recordSetupTokenUser,
  revokeServerSetupTokens,
  spendSetupToken,
} from './auth.repository.ts';

export type StaffUsersDeps = { db: Db; audit: AuditService; publicUrl: string };

export type StaffUsersService = ReturnType<typeof createStaffUsersService>;

/** A password for a new account, handed over once; long enough to need no other rule. */
const temporaryPassword = () => randomCode(20).match(/.{5}/g)!.join('-');

export function createStaffUsersService(deps: StaffUsersDeps) {
  const { db, audit } = deps;

  async function insertUnique(
    tx: Db,
    user: { email: string; displayName: string; role: StaffUserView['role']; password: string },
  ) {
    if (await findUserByEmail(tx, user.email)) {
      throw new AppError('conflict', { detail: 'a staff member with this e-mail exists' });
    }
    return insertUser(tx, {
      email: user.email,
      displayName: user.displayName,
      role: user.role,
      passwordHash: await hashPassword(user.password),
    });
  }

  return {
    needsSetup: async (): Promise<boolean> => (await countStaffUsers(db)) === 0,

    /**
     * A one-time link to create an admin account. The server issues one on a first run
     * with no users (replacing any earlier unused one); `karpear users create-admin` issues
     * one at any time, since whoever runs it already controls the installation.
     */
    async issueSetupLink(ctx: RequestContext, issuedBy: 'server' | 'cli'): Promise<string> {
      const token = randomToken();
      await inTransaction(db, async (tx) => {
        if (issuedBy === 'server') await revokeServerSetupTokens(tx);
        await insertSetupToken(tx, {
          tokenHash: hashToken(token),
          createdBy: issuedBy,
          expiresAt: minutesFromNow(AUTH_POLICY.setupLinkHours * 60),
        });
        await audit.record({ ...ctx, tx }, { action: 'setup.token_issued', details: { issuedBy } });
      });
      // In the fragment, not the query: it never reaches server logs or Referer headers.
      return `${deps.publicUrl}/staff/setup#token=${token}`;
    },

    async createAdminWithSetupToken(
      ctx: RequestContext,
      body: FirstAdminBody,
    ): Promise<StaffUserView> {
      return inTransaction(db, async (tx) => {
        const tokenHash = hashToken(body.token);
        if (!(await spendSetupToken(tx, tokenHash))) throw new AppError('setup_token_invalid');
        const user = await insertUnique(tx, { ...body, role: 'admin' });
        await recordSetupTokenUser(tx, tokenHash, user.id);
        await revokeServerSetupTokens(tx);
        await audit.record(
          { ...ctx, tx },
          { action: 'setup.first_admin_created', targetType: 'staff_user', targetId: user.id },
        );
        return presentUser(user);
      });
    },

    /** Creates a staff account; without a password, one is generated and returned once. */
    async createUser(
      ctx: RequestContext,
      body: CreateStaffUserBody,
      password?: string,
    ): Promise<{ user: StaffUserView; temporaryPassword: string | null }> {
      return inTransaction(db, async (tx) => {
        const generated = password ? null : temporaryPassword();
        const user = await insertUnique(tx, { ...body, password: password ?? generated! });
        await audit.record(
          { ...ctx, tx },
          {
            action: 'user.created',
            targetType: 'staff_user',
            targetId: user.id,
            details: { role: user.role },
          },
        );
        return { user: presentUser(user), temporaryPassword: generated };
      });
    },

    listUsers: async (): Promise<StaffUserView[]> =>
      (await listUsers(db)).map((u) => presentUser(u)),

    /** Display names of staff members, for showing who did what; unknown ids are left out. */
    async namesOf(ids: readonly string[], tx: Db = db): Promise<Map<string, string>> {
      const unique = [...new Set(ids)];
      const rows = await findUsersByIds(tx, unique);
      return new Map(rows.map((row) => [row.id, row.displayName]));
    },

    /** Enabled staff members who hold a permission, e.g. those an incident can go to. */
    async holdersOf(permission: Permission, tx: Db = db): Promise<StaffRef[]> {
      const roles = StaffRoleSchema.options.filter((role) => roleHasPermission(role, permission));
      const rows = await listActiveUsersWithRoles(tx, roles);
      return rows.map((row) => ({ id: row.id, name: row.displayName }));
    },

    /** Where to e-mail an enabled staff member; null for an unknown or disabled account. */
    async contactOf(id: string): Promise<{ email: string; name: string } | null> {
      const [row] = await findUsersByIds(db, [id]);
      if (!row || row.disabledAt) return null;
      return { email: row.email, name: row.displayName };
    },
  };
}
