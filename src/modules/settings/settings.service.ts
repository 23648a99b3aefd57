import { SecuritySettingsSchema, type SecuritySettings } from '../../domain/auth/auth.schemas.ts';
import {
  DEFAULT_SLA_TARGETS,
  SlaTargetsSchema,
  type SlaTargets,
} from '../../domain/incidents/sla.ts';
import { requirePermission } from '../../platform/authorize.ts';
import type { RequestContext } from '../../platform/context.ts';
import type { Db } from '../../platform/db/database.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import type { AuditService } from '../audit/index.ts';
import { selectSetting, upsertSetting } from './settings.repository.ts';

const SECURITY_KEY = 'security';
const SECURITY_DEFAULTS: SecuritySettings = { mfaRequired: true };
const SLA_KEY = 'sla_targets';

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

    /** SLA targets per severity; the defaults until an admin sets them. */
    async getSlaTargets(db: Db = deps.db): Promise<SlaTargets> {
      const stored = SlaTargetsSchema.safeParse(await selectSetting(db, SLA_KEY));
      return stored.success ? stored.data : DEFAULT_SLA_TARGETS;
    },

    async updateSlaTargets(ctx: RequestContext, next: SlaTargets): Promise<SlaTargets> {
      requirePermission(ctx, 'settings:manage');
      return inTransaction(deps.db, async (tx) => {
        const updatedBy = ctx.actor.kind === 'staff' ? ctx.actor.userId : null;
        await upsertSetting(tx, SLA_KEY, next, updatedBy);
        const minutes = Object.fromEntries(
          Object.entries(next).map(([severity, target]) => [
            severity,
            `${target.firstResponseMinutes}/${target.containmentMinutes}/${target.resolutionMinutes}`,
          ]),
        );
        await deps.audit.record(
          { ...ctx, tx },
          {
            action: 'settings.changed',
            targetType: 'settings',
            targetId: SLA_KEY,
            details: minutes,
          },
        );
        return next;
      });
    },
  };
}
