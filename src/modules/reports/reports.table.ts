import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * A report as submitted. Its text is immutable; only `status` moves. Who sent it lives in
 * `report_contacts`, apart and encrypted, so the report can be read without the person.
 */
export const reports = pgTable(
  'reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    trackingCode: text('tracking_code').notNull().unique(),
    secretHash: text('secret_hash').notNull(),
    incidentType: text('incident_type').notNull(),
    rsitClass: text('rsit_class').notNull(),
    rsitType: text('rsit_type').notNull(),
    localSubtype: text('local_subtype').notNull(),
    description: text('description').notNull(),
    occurredAt: text('occurred_at'),
    language: text('language', { enum: ['km', 'en'] }).notNull(),
    channel: text('channel', { enum: ['web'] }).notNull(),
    status: text('status', { enum: ['new', 'in_review', 'closed'] })
      .notNull()
      .default('new'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('reports_status_submitted_idx').on(table.status, table.submittedAt)],
);

/** The reporter's contact details, sealed with AES-256-GCM bound to the report id. */
export const reportContacts = pgTable('report_contacts', {
  reportId: uuid('report_id')
    .primaryKey()
    .references(() => reports.id, { onDelete: 'cascade' }),
  sealed: text('sealed').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
