import { pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/** Proof-of-work challenges already redeemed, kept until they expire, so none is used twice. */
export const spentChallenges = pgTable('spent_challenges', {
  challenge: text('challenge').primaryKey(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
});
