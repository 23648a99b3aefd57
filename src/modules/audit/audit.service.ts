import { z } from 'zod';
import type { Db } from '../../platform/db/database.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import type { RequestContext, TxContext } from '../../platform/context.ts';
import type { InstallationKey } from '../../platform/crypto/installation-key.ts';
import { checkpointPayload, type AuditCheckpoint } from '../../domain/audit/audit-chain.ts';
import type {
  AuditCheckpointList,
  AuditCheckpointListQuery,
  InstallationKeyView,
} from '../../domain/audit/audit.schemas.ts';
import { createAuditWriter } from './audit-chain-writer.ts';
import {
  insertAuditEvent,
  insertCheckpoint,
  readChainHead,
  selectAuditEvents,
  selectCheckpoints,
} from './audit.repository.ts';
import { AUDIT_ACTIONS, type AuditEventInput } from './audit.events.ts';

export const AuditEventViewSchema = z.object({
  id: z.number().int(),
  /** Position in the hash chain; null only for an event not chained yet. */
  seq: z.number().int().nullable(),
  hash: z.string().nullable(),
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

/** The event as written before the chain existed, for the benchmark seam only. */
const insertUnchainedAuditEvent = (ctx: TxContext, event: AuditEventInput) =>
  insertAuditEvent(
    ctx.tx,
    {
      occurredAt: new Date().toISOString(),
      action: event.action,
      outcome: event.outcome ?? 'success',
      actorKind: ctx.actor.kind,
      actorUserId: event.actorUserId ?? (ctx.actor.kind === 'staff' ? ctx.actor.userId : null),
      targetType: event.targetType ?? null,
      targetId: event.targetId ?? null,
      requestId: ctx.requestId,
      ip: ctx.ip,
      details: event.details ?? {},
    },
    null,
  );

/** One event in a transaction of its own (refusals, command-line actions). */
export const recordAuditEventAlone = (db: Db, ctx: RequestContext, event: AuditEventInput) =>
  inTransaction(db, (tx) => createAuditWriter().append({ ...ctx, tx }, event));

export type AuditServiceDeps = {
  db: Db;
  /** Signs chain heads (checkpoints); its public half is what oversight verifies with. */
  installationKey: InstallationKey;
  /**
   * Benchmark seam: `false` writes events as before the chain (no content hash, so the
   * commit trigger leaves them unlinked), so that the intake benchmark measures what the
   * chain costs in one run. Nothing else sets it.
   */
  chain?: boolean;
};

export function createAuditService(deps: AuditServiceDeps) {
  const writer = createAuditWriter();
  const write =
    deps.chain === false
      ? (ctx: TxContext, event: AuditEventInput) => insertUnchainedAuditEvent(ctx, event)
      : writer.append;
  const key = deps.installationKey;
  return {
    /** Records an event in the caller's transaction (the usual case). */
    record: (ctx: TxContext, event: AuditEventInput) => write(ctx, event),

    /** Records an event on its own, e.g. a refusal where nothing else is written. */
    recordAlone: (ctx: RequestContext, event: AuditEventInput) =>
      inTransaction(deps.db, (tx) => write({ ...ctx, tx }, event)),

    async list(query: AuditListQuery): Promise<AuditEventView[]> {
      const rows = await selectAuditEvents(deps.db, query);
      return rows.map((row) => ({
        id: row.id,
        seq: row.seq,
        hash: row.hash,
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

    /** The signed chain heads, newest first: what is published or sent to oversight. */
    async listCheckpoints(query: AuditCheckpointListQuery): Promise<AuditCheckpointList> {
      const rows = await selectCheckpoints(deps.db, query);
      return { items: rows.map((row) => ({ ...row, algorithm: 'Ed25519' as const })) };
    },

    installationKey(): InstallationKeyView {
      return {
        algorithm: key.algorithm,
        publicKeyPem: key.publicKeyPem,
        fingerprint: key.fingerprint,
      };
    },

    /**
     * Signs the current head with the installation key and keeps the checkpoint. Reads the
     * committed head without locking it: writers are never held up by the signing.
     */
    async signCheckpoint(): Promise<AuditCheckpoint> {
      const head = await readChainHead(deps.db);
      if (!head) throw new Error('the audit chain head is missing');
      const unsigned = {
        seq: head.seq,
        hash: head.hash,
        signedAt: new Date().toISOString(),
        keyFingerprint: key.fingerprint,
      };
      const checkpoint = { ...unsigned, signature: key.sign(checkpointPayload(unsigned)) };
      await insertCheckpoint(deps.db, checkpoint);
      return checkpoint;
    },
  };
}
