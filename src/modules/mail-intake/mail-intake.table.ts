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
 * One message received by the SMTP intake, written in the same transaction as the report it
 * became. A sending server that did not get our 250 sends the same message again: the same
 * Message-ID and the same bytes find this row, and the retry is answered with the same
 * report instead of a second one. `report_id` is a plain column, as in evidence_items:
 * modules own their tables.
 */
export const mailIntakeMessages = pgTable(
  'mail_intake_messages',
  {
    id: uuid('id').primaryKey(),
    /** The Message-ID header as sent (without angle brackets); '' when the message had none. */
    messageId: text('message_id').notNull(),
    /** SHA-256 of the message as received; its bytes are in the blob store under this hash. */
    rawSha256: text('raw_sha256').notNull(),
    rawSize: bigint('raw_size', { mode: 'number' }).notNull(),
    reportId: uuid('report_id'),
    /** Without the dash, as the reports table keeps it; not a secret on its own. */
    trackingCode: text('tracking_code').notNull(),
    /**
     * The reporter secret, sealed (AES-256-GCM, bound to this row), kept only until the
     * automatic reply that carries it has been sent; null once sent or when no reply is due.
     */
    pendingSecretSealed: text('pending_secret_sealed'),
    status: text('status', { enum: ['received', 'accepted'] }).notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull().defaultNow(),
    /** When the report's evidence was complete and the intake was audited. */
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
    replySentAt: timestamp('reply_sent_at', { withTimezone: true }),
  },
  (table) => [
    uniqueIndex('mail_intake_messages_message_key').on(table.messageId, table.rawSha256),
    index('mail_intake_messages_report_idx').on(table.reportId),
    check('mail_intake_messages_sha256_hex', sql`${table.rawSha256} ~ '^[0-9a-f]{64}$'`),
  ],
);
