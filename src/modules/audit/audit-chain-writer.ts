import type { TxContext } from '../../platform/context.ts';
import { contentHashOf, type AuditEventContent } from '../../domain/audit/audit-chain.ts';
import type { JsonValue } from '../../domain/audit/canonical-json.ts';
import type { AuditEventInput } from './audit.events.ts';
import { insertAuditEvent, storedForms } from './audit.repository.ts';
import { chainHashes } from './audit-crypto.ts';

/**
 * Writes audit events into the chain (docs/adr/0005-audit-hash-chain.md): the event with
 * the hash of its content, in the caller's transaction; the database numbers and links it
 * when that transaction commits. Nothing is locked before the commit.
 */
export type AuditWriter = {
  append: (ctx: TxContext, event: AuditEventInput) => Promise<void>;
};

/** Address and id forms PostgreSQL stores as given; others are learnt once from it. */
const CANONICAL_IPV4 =
  /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;
const CANONICAL_UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const LEARNED_LIMIT = 10_000;

/** The details as jsonb will give them back: what JSON cannot hold is dropped or nulled. */
const asStored = (details: AuditEventInput['details']): { [key: string]: JsonValue } =>
  JSON.parse(JSON.stringify(details ?? {})) as { [key: string]: JsonValue };

export function createAuditWriter(): AuditWriter {
  const learned = new Map<string, string>();
  const known = (value: string | null, canonical: RegExp): boolean =>
    value === null || canonical.test(value) || learned.has(value);
  const stored = (value: string | null): string | null =>
    value === null ? null : (learned.get(value) ?? value);
  const learn = (given: string | null, form: string | null) => {
    if (given === null || form === null) return;
    if (learned.size >= LEARNED_LIMIT) learned.clear();
    learned.set(given, form);
  };

  return {
    async append(ctx, event) {
      const actor = ctx.actor;
      const actorUserId = event.actorUserId ?? (actor.kind === 'staff' ? actor.userId : null);
      // The hash covers what PostgreSQL will store: `2001:DB8::1` is kept as `2001:db8::1`.
      if (!known(ctx.ip, CANONICAL_IPV4) || !known(actorUserId, CANONICAL_UUID)) {
        const forms = await storedForms(ctx.tx, ctx.ip, actorUserId);
        learn(ctx.ip, forms.ip);
        learn(actorUserId, forms.actorUserId);
      }
      const content: AuditEventContent = {
        occurredAt: new Date().toISOString(),
        action: event.action,
        outcome: event.outcome ?? 'success',
        actorKind: actor.kind,
        actorUserId: stored(actorUserId),
        targetType: event.targetType ?? null,
        targetId: event.targetId ?? null,
        requestId: ctx.requestId,
        ip: stored(ctx.ip),
        details: asStored(event.details),
      };
      await insertAuditEvent(ctx.tx, content, contentHashOf(content, chainHashes));
    },
  };
}
