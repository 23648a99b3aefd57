import {
  bigint,
  bigserial,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { CustodyProblem } from '../../domain/evidence/custody.schemas.ts';
import type { CustodyDetails } from '../../domain/evidence/custody-chain.ts';
import { evidenceItems } from './evidence.table.ts';

/**
 * The chain of custody of each evidence item: append-only (a trigger refuses updates and
 * deletes, migration 0011), hash-chained per item (docs/evidence-custody.md). An entry is
 * written in the transaction of what it records, with the item row locked, so one item's
 * entries are numbered 1, 2, 3… in commit order; the item row keeps the head.
 */
export const evidenceCustody = pgTable(
  'evidence_custody',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    evidenceId: uuid('evidence_id')
      .notNull()
      .references(() => evidenceItems.id),
    seq: integer('seq').notNull(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
    action: text('action').notNull(),
    actorKind: text('actor_kind').notNull(),
    actorUserId: uuid('actor_user_id'),
    /** The purpose or reason the person gave; null for automatic entries. */
    purpose: text('purpose'),
    /** Ids, hashes, counts, the recipient of a transfer; never report text. */
    details: jsonb('details').$type<CustodyDetails>().notNull().default({}),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (table) => [
    uniqueIndex('evidence_custody_item_seq_key').on(table.evidenceId, table.seq),
    // Verification reads an item's entries in the order they were stored.
    index('evidence_custody_item_id_idx').on(table.evidenceId, table.id),
  ],
);

/** Runs of the scheduled re-verification of every item's bytes and chain: what was found. */
export const evidenceVerificationRuns = pgTable(
  'evidence_verification_runs',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    trigger: text('trigger', { enum: ['schedule', 'manual'] }).notNull(),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
    items: integer('items').notNull().default(0),
    entries: bigint('entries', { mode: 'number' }).notNull().default(0),
    bytes: bigint('bytes', { mode: 'number' }).notNull().default(0),
    failures: integer('failures').notNull().default(0),
    /** The first problems found (at most 100), each naming its item. */
    problems: jsonb('problems')
      .$type<(CustodyProblem & { evidenceId: string })[]>()
      .notNull()
      .default([]),
  },
  (table) => [index('evidence_verification_runs_started_idx').on(table.startedAt)],
);
