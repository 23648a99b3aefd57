import { sql } from 'drizzle-orm';
import {
  bigint,
  check,
  index,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

/**
 * One file received as evidence. Immutable: the bytes live in the blob store under their
 * SHA-256, recorded here at intake, and no row is ever updated. `report_id` is a plain
 * column (no foreign key into the reports module): evidence also arrives by e-mail, API or
 * from staff, and modules own their tables.
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
  },
  (table) => [
    index('evidence_items_report_idx').on(table.reportId, table.acquiredAt),
    index('evidence_items_sha256_idx').on(table.sha256),
    // The same file sent twice for one report is one item: a retried upload adds nothing.
    uniqueIndex('evidence_items_report_sha256_key').on(table.reportId, table.sha256),
    check('evidence_items_sha256_hex', sql`${table.sha256} ~ '^[0-9a-f]{64}$'`),
    check(
      'evidence_items_display_sha256_hex',
      sql`${table.displaySha256} is null or ${table.displaySha256} ~ '^[0-9a-f]{64}$'`,
    ),
    check('evidence_items_size_positive', sql`${table.sizeBytes} > 0`),
  ],
);
