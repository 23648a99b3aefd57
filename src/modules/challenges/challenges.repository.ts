import { lt, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import { spentChallenges } from './challenges.table.ts';

/** Records a challenge as spent; false when it already was (a replay). */
export async function spendChallenge(db: Db, challenge: string, expiresAt: Date): Promise<boolean> {
  const rows = await db
    .insert(spentChallenges)
    .values({ challenge, expiresAt })
    .onConflictDoNothing()
    .returning({ challenge: spentChallenges.challenge });
  return rows.length === 1;
}

export async function deleteExpiredChallenges(db: Db): Promise<number> {
  const rows = await db
    .delete(spentChallenges)
    .where(lt(spentChallenges.expiresAt, sql`now()`))
    .returning({ challenge: spentChallenges.challenge });
  return rows.length;
}
