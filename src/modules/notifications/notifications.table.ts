import { sql } from 'drizzle-orm';
import {
  bigserial,
  index,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

/**
 * What a staff member is told: an incident assigned to them, a task, an SLA about to be
 * missed, a reporter who wrote back. Read in the app; also e-mailed, without case content.
 */
export const staffNotifications = pgTable(
  'staff_notifications',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    userId: uuid('user_id').notNull(),
    kind: text('kind').notNull(),
    incidentId: uuid('incident_id'),
    /** Ids and references only, e.g. { reference: 'INC-000042' }. */
    details: jsonb('details')
      .$type<Record<string, string | number | boolean | null>>()
      .notNull()
      .default({}),
    /** One notice per event, however often a watcher sees it (e.g. the SLA scan). */
    dedupeKey: text('dedupe_key'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp('read_at', { withTimezone: true }),
  },
  (table) => [
    index('staff_notifications_user_idx').on(table.userId, table.id),
    uniqueIndex('staff_notifications_dedupe_key')
      .on(table.userId, table.dedupeKey)
      .where(sql`${table.dedupeKey} is not null`),
  ],
);
