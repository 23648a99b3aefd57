import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { AcquisitionMethod } from '../../domain/evidence/custody.schemas.ts';

/**
 * One file received as evidence. The bytes live in the blob store under their SHA-256,
 * recorded here at intake; what was acquired, when, how and by whom never changes (a
 * trigger refuses it, migration 0011). What does change — state, legal hold, the head of
 * the chain of custody, the last integrity check — changes with a custody entry
 * (custody.table.ts) in the same transaction. `report_id` and `incident_id` are plain
 * columns (no foreign keys into other modules): modules own their tables.
 */
export const evidenceItems = pgTable(
  'evidence_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    sha256: text('sha256').notNull(),
    sizeBytes: bigint('size_bytes', { mode: 'number' }).notNull(),
    contentType: text('content_type').notNull(),
    /** The name the sender gave, sanitised (no path, no control characters, ≤ 255). */
    originalName: text('original_name').notNull(),
    /** A copy without metadata (EXIF location…) for showing images; null when none. */
    displaySha256: text('display_sha256'),
    source: text('source', { enum: ['public-report', 'email', 'api', 'staff'] }).notNull(),
    reportId: uuid('report_id'),
    acquiredAt: timestamp('acquired_at', { withTimezone: true }).notNull().defaultNow(),
    acquiredByKind: text('acquired_by_kind', {
      enum: ['staff', 'public', 'organisation', 'system', 'cli'],
    }).notNull(),
    acquiredByUserId: uuid('acquired_by_user_id'),
    notes: text('notes'),
    /** Set for files an analyst adds to an incident (reports' files carry report_id). */
    incidentId: uuid('incident_id'),
    acquisitionMethod: text('acquisition_method')
      .$type<AcquisitionMethod>()
      .notNull()
      .default('other'),
    acquisitionTool: text('acquisition_tool'),
    description: text('description'),
    /** The file's own last-modified time, when the sender gave it. */
    fileModifiedAt: timestamp('file_modified_at', { withTimezone: true }),
    state: text('state', { enum: ['active', 'sealed', 'destroyed'] })
      .notNull()
      .default('active'),
    legalHold: boolean('legal_hold').notNull().default(false),
    destroyedAt: timestamp('destroyed_at', { withTimezone: true }),
    /** Head of the item's chain of custody: seq and hash of its last entry. */
    custodySeq: integer('custody_seq').notNull().default(0),
    custodyHash: text('custody_hash').notNull().default('0'.repeat(64)),
    /** The last re-verification of bytes and chain (scheduled job or a person). */
    integrityStatus: text('integrity_status', { enum: ['unverified', 'ok', 'failed'] })
      .notNull()
      .default('unverified'),
    integrityCheckedAt: timestamp('integrity_checked_at', { withTimezone: true }),
    integrityProblem: text('integrity_problem'),
  },
  (table) => [
    index('evidence_items_report_idx').on(table.reportId, table.acquiredAt),
    index('evidence_items_incident_idx').on(table.incidentId, table.acquiredAt),
    index('evidence_items_sha256_idx').on(table.sha256),
    // The same file sent twice for one report is one item: a retried upload adds nothing.
    uniqueIndex('evidence_items_report_sha256_key').on(table.reportId, table.sha256),
    // Likewise for a file an analyst adds to an incident twice.
    uniqueIndex('evidence_items_incident_sha256_key').on(table.incidentId, table.sha256),
    check('evidence_items_custody_hash_hex', sql`${table.custodyHash} ~ '^[0-9a-f]{64}$'`),
    check('evidence_items_sha256_hex', sql`${table.sha256} ~ '^[0-9a-f]{64}$'`),
    check(
      'evidence_items_display_sha256_hex',
      sql`${table.displaySha256} is null or ${table.displaySha256} ~ '^[0-9a-f]{64}$'`,
    ),
    check('evidence_items_size_positive', sql`${table.sizeBytes} > 0`),
  ],
);
