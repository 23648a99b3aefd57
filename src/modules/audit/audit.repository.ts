import { and, desc, eq, lt, type SQL } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import type { TxContext } from '../../platform/context.ts';
import { auditEvents } from './audit.table.ts';
import type { AuditEventInput } from './audit.events.ts';

/** Writes one audit event inside the caller's transaction. */
export async function insertAuditEvent(ctx: TxContext, event: AuditEventInput): Promise<void> {
  const actor = ctx.actor;
  await ctx.tx.insert(auditEvents).values({
    action: event.action,
    outcome: event.outcome ?? 'success',
    actorKind: actor.kind,
    actorUserId: event.actorUserId ?? (actor.kind === 'staff' ? actor.userId : null),
    targetType: event.targetType ?? null,
    targetId: event.targetId ?? null,
    requestId: ctx.requestId,
    ip: ctx.ip,
    details: event.details ?? {},
  });
}

export type AuditEventRow = typeof auditEvents.$inferSelect;

export async function selectAuditEvents(
  db: Db,
  filter: { beforeId?: number; action?: string; actorUserId?: string; limit: number },
): Promise<AuditEventRow[]> {
  const conditions: SQL[] = [];
  if (filter.beforeId) conditions.push(lt(auditEvents.id, filter.beforeId));
  if (filter.action) conditions.push(eq(auditEvents.action, filter.action));
  if (filter.actorUserId) conditions.push(eq(auditEvents.actorUserId, filter.actorUserId));
  return db
    .select()
    .from(auditEvents)
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(desc(auditEvents.id))
    .limit(filter.limit);
}
