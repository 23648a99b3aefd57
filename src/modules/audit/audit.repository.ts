import { and, desc, eq, lt, sql, type SQL } from 'drizzle-orm';
import { queryRows, type Db } from '../../platform/db/database.ts';
import {
  contentHashOf,
  type AuditCheckpoint,
  type AuditEventContent,
} from '../../domain/audit/audit-chain.ts';
import type { JsonValue } from '../../domain/audit/canonical-json.ts';
import { auditCheckpoints, auditEvents } from './audit.table.ts';
import { chainHashes } from './audit-crypto.ts';

export type AuditEventRow = typeof auditEvents.$inferSelect;
type ChainHeadRow = { seq: unknown; hash: string };
export type ChainHead = { seq: number; hash: string };

/** int8 arrives as a string (pg) or a number/bigint (PGlite). */
const toNumber = (value: unknown): number => Number(value);
const toIso = (value: unknown): string =>
  (value instanceof Date ? value : new Date(value as string)).toISOString();

/**
 * Inserts an event with its content hash; the trigger audit_events_chain numbers and links
 * it when the transaction commits. The values go in as given: the writer has already put
 * the address and user id in PostgreSQL's text form, which is what the hash covers.
 */
export async function insertAuditEvent(
  tx: Db,
  content: AuditEventContent,
  contentHash: string | null,
): Promise<void> {
  await tx.insert(auditEvents).values({
    occurredAt: new Date(content.occurredAt),
    action: content.action,
    outcome: content.outcome as AuditEventRow['outcome'],
    actorKind: content.actorKind as AuditEventRow['actorKind'],
    actorUserId: content.actorUserId,
    targetType: content.targetType,
    targetId: content.targetId,
    requestId: content.requestId,
    ip: content.ip,
    details: content.details,
    contentHash,
  });
}

/** PostgreSQL's text of an address and a user id, as stored (and so as hashed). */
export async function storedForms(
  tx: Db,
  ip: string | null,
  actorUserId: string | null,
): Promise<{ ip: string | null; actorUserId: string | null }> {
  const [row] = await queryRows<{ ip: string | null; actor_user_id: string | null }>(
    tx,
    sql`select ${ip}::inet as ip, ${actorUserId}::uuid as actor_user_id`,
  );
  return { ip: row?.ip ?? null, actorUserId: row?.actor_user_id ?? null };
}

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

export async function readChainHead(db: Db): Promise<ChainHead | null> {
  const [row] = await queryRows<ChainHeadRow>(
    db,
    sql`select seq, hash from audit_chain_head where id = 1`,
  );
  return row ? { seq: toNumber(row.seq), hash: row.hash } : null;
}

type ChainRow = {
  occurred_at: unknown;
  action: string;
  outcome: string;
  actor_kind: string;
  actor_user_id: string | null;
  target_type: string | null;
  target_id: string | null;
  request_id: string | null;
  ip: string | null;
  details: { [key: string]: JsonValue };
};

const CHAIN_COLUMNS = sql`occurred_at, action, outcome, actor_kind, actor_user_id, target_type,
  target_id, request_id, ip, details`;

const fromChainRow = (row: ChainRow): AuditEventContent => ({
  occurredAt: toIso(row.occurred_at),
  action: row.action,
  outcome: row.outcome,
  actorKind: row.actor_kind,
  actorUserId: row.actor_user_id,
  targetType: row.target_type,
  targetId: row.target_id,
  requestId: row.request_id,
  ip: row.ip,
  details: row.details,
});

/** Ids of events outside the chain (written before it existed, or slipped in by hand). */
export async function findUnchainedEventIds(db: Db, limit: number): Promise<number[]> {
  const rows = await queryRows<{ id: unknown }>(
    db,
    sql`select id from audit_events where seq is null order by id limit ${limit}`,
  );
  return rows.map((row) => toNumber(row.id));
}

export async function countUnchainedEvents(db: Db): Promise<number> {
  const [row] = await queryRows<{ n: unknown }>(
    db,
    sql`select count(*) as n from audit_events where seq is null`,
  );
  return toNumber(row?.n ?? 0);
}

const BACKFILL_BATCH = 1000;

/**
 * Chains the events written before the chain existed (ids up to the head row's
 * `backfill_to_id`, set by migration 0010), oldest first: their content hashes are
 * computed here, then `audit_chain_link_backfill()` links them under the head lock. Their
 * times are cut to milliseconds, the precision the chain records. Rows inserted later
 * without a content hash are never chained. Returns how many were chained (0 once done).
 */
export async function chainUnchainedEvents(db: Db): Promise<number> {
  const pending = sql`seq is null and id <= (select backfill_to_id from audit_chain_head where id = 1)`;
  const [count] = await queryRows<{ n: unknown }>(
    db,
    sql`select count(*) as n from audit_events where ${pending}`,
  );
  if (!toNumber(count?.n ?? 0)) return 0;
  return db.transaction(async (tx) => {
    await tx.execute(sql`update audit_events set occurred_at = date_trunc('milliseconds', occurred_at)
      where ${pending} and content_hash is null`);
    for (;;) {
      const rows = await queryRows<ChainRow & { id: unknown }>(
        tx,
        sql`select id, ${CHAIN_COLUMNS} from audit_events where ${pending} and content_hash is null
            order by id limit ${BACKFILL_BATCH}`,
      );
      if (!rows.length) break;
      const hashes = rows.map((row) => ({
        id: toNumber(row.id),
        content_hash: contentHashOf(fromChainRow(row), chainHashes),
      }));
      await tx.execute(sql`update audit_events as a set content_hash = v.content_hash
        from jsonb_to_recordset(${JSON.stringify(hashes)}::jsonb) as v(id bigint, content_hash text)
        where a.id = v.id`);
    }
    const [linked] = await queryRows<{ n: unknown }>(
      tx,
      sql`select audit_chain_link_backfill() as n`,
    );
    // Done for good: later starts find nothing to look at, and nothing later is chained so.
    await tx.execute(sql`update audit_chain_head set backfill_to_id = 0 where id = 1`);
    return toNumber(linked?.n ?? 0);
  });
}

type CheckpointRow = typeof auditCheckpoints.$inferSelect;

const fromCheckpointRow = (row: CheckpointRow): AuditCheckpoint & { id: number } => ({
  id: row.id,
  seq: row.seq,
  hash: row.hash,
  signedAt: row.signedAt.toISOString(),
  keyFingerprint: row.keyFingerprint,
  signature: row.signature,
});

export async function insertCheckpoint(db: Db, checkpoint: AuditCheckpoint): Promise<number> {
  const [row] = await db
    .insert(auditCheckpoints)
    .values({ ...checkpoint, signedAt: new Date(checkpoint.signedAt) })
    .returning({ id: auditCheckpoints.id });
  return row!.id;
}

export async function selectCheckpoints(
  db: Db,
  filter: { beforeId?: number | undefined; limit: number },
): Promise<(AuditCheckpoint & { id: number })[]> {
  const rows = await db
    .select()
    .from(auditCheckpoints)
    .where(filter.beforeId ? lt(auditCheckpoints.id, filter.beforeId) : undefined)
    .orderBy(desc(auditCheckpoints.id))
    .limit(filter.limit);
  return rows.map(fromCheckpointRow);
}

/** Every checkpoint, oldest first (verification and export). */
export async function selectAllCheckpoints(db: Db): Promise<AuditCheckpoint[]> {
  const rows = await db.select().from(auditCheckpoints).orderBy(auditCheckpoints.id);
  return rows.map((row) => {
    const { id: _id, ...checkpoint } = fromCheckpointRow(row);
    return checkpoint;
  });
}
