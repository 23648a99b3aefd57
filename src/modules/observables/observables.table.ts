import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  index,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

/** Each distinct indicator once, by type and normalised value (E.164 phones, lower-case hosts). */
export const observables = pgTable(
  'observables',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    type: text('type').notNull(),
    value: text('value').notNull(),
    firstSeenAt: timestamp('first_seen_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [uniqueIndex('observables_type_value_key').on(table.type, table.value)],
);

/**
 * Where an observable was seen: in a report (found in its text or supplied by its sender),
 * or put on an incident by an analyst (confirmed, or removed as not relevant there).
 * `incident_id` of a report's sighting follows the report into and out of incidents, so
 * "seen in 14 other incidents" is one indexed count.
 */
export const observableSightings = pgTable(
  'observable_sightings',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    observableId: bigint('observable_id', { mode: 'number' })
      .notNull()
      .references(() => observables.id, { onDelete: 'cascade' }),
    reportId: uuid('report_id'),
    incidentId: uuid('incident_id'),
    source: text('source', { enum: ['extracted', 'supplied', 'analyst'] }).notNull(),
    /** For an analyst's entry: whether it belongs to the incident or was taken off it. */
    state: text('state', { enum: ['confirmed', 'removed'] }),
    decidedBy: uuid('decided_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    // "Where was this seen": newest first, answered from the index alone.
    index('observable_sightings_observable_idx').on(
      table.observableId,
      table.createdAt,
      table.id,
      table.reportId,
      table.incidentId,
      table.state,
    ),
    uniqueIndex('observable_sightings_report_key')
      .on(table.observableId, table.reportId)
      .where(sql`${table.reportId} is not null`),
    uniqueIndex('observable_sightings_analyst_key')
      .on(table.observableId, table.incidentId)
      .where(sql`${table.source} = 'analyst'`),
    index('observable_sightings_report_idx').on(table.reportId),
    index('observable_sightings_incident_idx').on(table.incidentId),
  ],
);
