import { z } from 'zod';
import type { Db } from '../../platform/db/database.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import type { RequestContext, TxContext } from '../../platform/context.ts';
import { insertAuditEvent, selectAuditEvents } from './audit.repository.ts';
import { AUDIT_ACTIONS, type AuditEventInput } from './audit.events.ts';

export const AuditEventViewSchema = z.object({
  id: z.number().int(),
  occurredAt: z.iso.datetime(),
  action: z.enum(AUDIT_ACTIONS),
  outcome: z.enum(['success', 'failure', 'denied']),
  actorKind: z.enum(['staff', 'public', 'organisation', 'system', 'cli']),
  actorUserId: z.string().nullable(),
  targetType: z.string().nullable(),
  targetId: z.string().nullable(),
  requestId: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
});
export type AuditEventView = z.infer<typeof AuditEventViewSchema>;

export const AuditListQuerySchema = z.object({
  beforeId: z.coerce.number().int().positive().optional(),
  action: z.enum(AUDIT_ACTIONS).optional(),
  actorUserId: z.uuid().optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
export type AuditListQuery = z.infer<typeof AuditListQuerySchema>;

export type AuditService = ReturnType<typeof createAuditService>;

export function createAuditService(deps: { db: Db }) {
  return {
    /** Records an event in the caller's transaction (the usual case). */
    record: (ctx: TxContext, event: AuditEventInput) => insertAuditEvent(ctx, event),

    /** Records an event on its own, e.g. a refusal where nothing else is written. */
    recordAlone: (ctx: RequestContext, event: AuditEventInput) =>
      inTransaction(deps.db, (tx) => insertAuditEvent({ ...ctx, tx }, event)),

    async list(query: AuditListQuery): Promise<AuditEventView[]> {
      const rows = await selectAuditEvents(deps.db, query);
      return rows.map((row) => ({
        id: row.id,
        occurredAt: row.occurredAt.toISOString(),
        action: row.action as AuditEventView['action'],
        outcome: row.outcome,
        actorKind: row.actorKind,
        actorUserId: row.actorUserId,
        targetType: row.targetType,
        targetId: row.targetId,
        requestId: row.requestId,
        details: row.details,
      }));
    },
  };
}
