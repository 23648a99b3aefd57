import { index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

/** A queue's filters saved under a name by one staff member ("my open fraud cases"). */
export const savedViews = pgTable(
  'saved_views',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id').notNull(),
    scope: text('scope', { enum: ['incidents', 'reports'] }).notNull(),
    name: text('name').notNull(),
    /** The queue's query string, e.g. "status=open&severity=high&sort=severity". */
    query: text('query').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex('saved_views_user_scope_name_key').on(table.userId, table.scope, table.name),
    index('saved_views_user_idx').on(table.userId, table.scope),
  ],
);
