import { customType } from 'drizzle-orm/pg-core';

/**
 * A PostgreSQL tsvector column. Stored (generated from a text column) so that matching a
 * row never re-parses its text, and so the planner has statistics on each word: a common
 * word is then found by walking a date index, a rare one through the GIN index.
 */
export const tsvector = customType<{ data: string }>({
  dataType: () => 'tsvector',
});
