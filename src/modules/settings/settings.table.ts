import { jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** Settings an admin changes at run time. Boot configuration stays in the environment. */
export const settings = pgTable('settings', {
  key: text('key').primaryKey(),
  value: jsonb('value').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  updatedBy: uuid('updated_by'),
});
