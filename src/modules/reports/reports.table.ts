import { sql, type SQL } from 'drizzle-orm';
import { tsvector } from '../../platform/db/tsvector.ts';
import { index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

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
    /** Answers to the questions of the report's kind (domain/reports/report-details.ts). */
    details: jsonb('details').$type<Record<string, unknown>>().notNull().default({}),
    language: text('language', { enum: ['km', 'en'] }).notNull(),
    channel: text('channel', { enum: ['web', 'email', 'api'] }).notNull(),
    /** The organisation that sent it through the API, if any, and its own reference. */
    organisationId: uuid('organisation_id'),
    externalReference: text('external_reference'),
    /** Typed values the sender supplied (organisations' systems know them). */
    observables: jsonb('observables')
      .$type<{ type: string; value: string }[]>()
      .notNull()
      .default([]),
    status: text('status', { enum: ['new', 'in_review', 'closed', 'withdrawn'] })
      .notNull()
      .default('new'),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
    /** Word tokens of the description and answers (Khmer segmented), for full-text search. */
    searchText: text('search_text').notNull().default(''),
    searchVector: tsvector('search_vector')
      .notNull()
      .generatedAlwaysAs((): SQL => sql`to_tsvector('simple', ${reports.searchText})`),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('reports_status_submitted_idx').on(table.status, table.submittedAt),
    index('reports_search_idx').using('gin', table.searchVector),
    // Lists over every status in their order, read until a page is full (common words).
    index('reports_list_idx').on(table.submittedAt, table.id),
  ],
);

/** The reporter's contact details, sealed with AES-256-GCM bound to the report id. */
export const reportContacts = pgTable('report_contacts', {
  reportId: uuid('report_id')
    .primaryKey()
    .references(() => reports.id, { onDelete: 'cascade' }),
  sealed: text('sealed').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * The conversation with the reporter: messages the CERT chose to send them, and what they
 * added after submitting. The report itself never changes.
 */
export const reportMessages = pgTable(
  'report_messages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    reportId: uuid('report_id')
      .notNull()
      .references(() => reports.id, { onDelete: 'cascade' }),
    author: text('author', { enum: ['cert', 'reporter'] }).notNull(),
    authorUserId: uuid('author_user_id'),
    body: text('body').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('report_messages_report_idx').on(table.reportId, table.createdAt)],
);
