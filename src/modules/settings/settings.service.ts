import { SecuritySettingsSchema, type SecuritySettings } from '../../domain/auth/auth.schemas.ts';
import type { RequestContext } from '../../platform/context.ts';
import type { Db } from '../../platform/db/database.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import type { AuditService } from '../audit/index.ts';
import { selectSetting, upsertSetting } from './settings.repository.ts';

const SECURITY_KEY = 'security';
const SECURITY_DEFAULTS: SecuritySettings = { mfaRequired: true };

export type SettingsService = ReturnType<typeof createSettingsService>;

export function createSettingsService(deps: { db: Db; audit: AuditService }) {
  return {
    async getSecuritySettings(db: Db = deps.db): Promise<SecuritySettings> {
      const stored = SecuritySettingsSchema.partial().safeParse(
        (await selectSetting(db, SECURITY_KEY)) ?? {},
      );
      return { ...SECURITY_DEFAULTS, ...(stored.success ? stored.data : {}) };
    },

    async updateSecuritySettings(
      ctx: RequestContext,
      next: SecuritySettings,
    ): Promise<SecuritySettings> {
      return inTransaction(deps.db, async (tx) => {
        const before = await this.getSecuritySettings(tx);
        const updatedBy = ctx.actor.kind === 'staff' ? ctx.actor.userId : null;
        await upsertSetting(tx, SECURITY_KEY, next, updatedBy);
        await deps.audit.record(
          { ...ctx, tx },
          {
            action: 'settings.changed',
            targetType: 'settings',
            targetId: SECURITY_KEY,
            details: { mfaRequiredBefore: before.mfaRequired, mfaRequired: next.mfaRequired },
          },
        );
        return next;
      });
    },
  };
}
