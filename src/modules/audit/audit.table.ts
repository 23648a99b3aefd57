import {
  bigint,
  bigserial,
  check,
  index,
  inet,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';

/**
 * Append-only record of what was done, by whom, from where. Details never carry identity
 * data or secrets: ids and outcomes only.
 *
 * The events form a hash chain (docs/audit-chain.md): the writer stores `content_hash`,
 * and at commit a trigger numbers the event (`seq` 1, 2, 3… in commit order) and links it
 * (`prev_hash`, `hash`). Those are null only on rows written before the chain existed,
 * until the first start of this version chains them (`chainUnchainedEvents`), and on rows
 * inserted without a content hash, which stay outside the chain and fail verification.
 */
export const auditEvents = pgTable(
  'audit_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull().defaultNow(),
    action: text('action').notNull(),
    outcome: text('outcome', { enum: ['success', 'failure', 'denied'] }).notNull(),
    actorUserId: uuid('actor_user_id'),
    actorKind: text('actor_kind', {
      enum: ['staff', 'public', 'organisation', 'system', 'cli'],
    }).notNull(),
    targetType: text('target_type'),
    targetId: text('target_id'),
    requestId: text('request_id'),
    ip: inet('ip'),
    details: jsonb('details').$type<Record<string, unknown>>().notNull().default({}),
    /** SHA-256 of the event's canonical content, computed by the writer. */
    contentHash: text('content_hash'),
    /** Set at commit by the trigger audit_events_chain (migration 0010). */
    seq: bigint('seq', { mode: 'number' }),
    prevHash: text('prev_hash'),
    hash: text('hash'),
  },
  (table) => [
    index('audit_events_occurred_at_idx').on(table.occurredAt),
    index('audit_events_actor_idx').on(table.actorUserId, table.occurredAt),
    uniqueIndex('audit_events_seq_idx').on(table.seq),
  ],
);

/**
 * The one row holding the chain's head (seq and hash of the last event). The commit-time
 * trigger locks it while it links a transaction's events, so events are numbered in commit
 * order and the chain stays linear with concurrent writers (docs/adr/0005).
 */
export const auditChainHead = pgTable(
  'audit_chain_head',
  {
    id: integer('id').primaryKey(),
    seq: bigint('seq', { mode: 'number' }).notNull(),
    hash: text('hash').notNull(),
    /** Events up to this id predate the chain and may be chained at start; no later one. */
    backfillToId: bigint('backfill_to_id', { mode: 'number' }).notNull().default(0),
  },
  (table) => [check('audit_chain_head_single_row', sql`${table.id} = 1`)],
);

/**
 * Signed chain heads: every few minutes the installation key signs (seq, hash, time).
 * Published or sent to the oversight body, they let anyone detect a history rewritten or
 * cut short afterwards, even by someone who controls the database.
 */
export const auditCheckpoints = pgTable(
  'audit_checkpoints',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    seq: bigint('seq', { mode: 'number' }).notNull(),
    hash: text('hash').notNull(),
    signedAt: timestamp('signed_at', { withTimezone: true }).notNull(),
    keyFingerprint: text('key_fingerprint').notNull(),
    signature: text('signature').notNull(),
  },
  (table) => [index('audit_checkpoints_seq_idx').on(table.seq)],
);
