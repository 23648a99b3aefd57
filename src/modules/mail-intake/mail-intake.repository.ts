import { and, asc, eq, isNotNull, lt, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import { mailIntakeMessages } from './mail-intake.table.ts';

export type IntakeMessageRow = typeof mailIntakeMessages.$inferSelect;
export type NewIntakeMessageRow = typeof mailIntakeMessages.$inferInsert;

export async function findIntakeMessage(
  db: Db,
  messageId: string,
  rawSha256: string,
): Promise<IntakeMessageRow | null> {
  const [row] = await db
    .select()
    .from(mailIntakeMessages)
    .where(
      and(eq(mailIntakeMessages.messageId, messageId), eq(mailIntakeMessages.rawSha256, rawSha256)),
    );
  return row ?? null;
}

/** Fails with a unique violation when a twin delivery of the same message committed first. */
export async function insertIntakeMessage(db: Db, row: NewIntakeMessageRow): Promise<void> {
  await db.insert(mailIntakeMessages).values(row);
}

export async function linkIntakeReport(
  db: Db,
  id: string,
  reportId: string,
  keepSecret: boolean,
): Promise<void> {
  await db
    .update(mailIntakeMessages)
    .set(keepSecret ? { reportId } : { reportId, pendingSecretSealed: null })
    .where(eq(mailIntakeMessages.id, id));
}

/** Marks the intake complete; false when another delivery of the message did it first. */
export async function markIntakeAccepted(
  db: Db,
  id: string,
  keepSecret: boolean,
): Promise<boolean> {
  const rows = await db
    .update(mailIntakeMessages)
    .set({
      status: 'accepted',
      acceptedAt: sql`now()`,
      ...(keepSecret ? {} : { pendingSecretSealed: null }),
    })
    .where(and(eq(mailIntakeMessages.id, id), eq(mailIntakeMessages.status, 'received')))
    .returning({ id: mailIntakeMessages.id });
  return rows.length > 0;
}

/** Forgets the sealed secret once the reply carrying it is out. */
export async function markIntakeReplySent(db: Db, id: string): Promise<void> {
  await db
    .update(mailIntakeMessages)
    .set({ replySentAt: sql`now()`, pendingSecretSealed: null })
    .where(eq(mailIntakeMessages.id, id));
}

/** Accepted messages whose reply (with the secret) has not gone out yet, oldest first. */
export function listOwedReplies(db: Db, limit: number): Promise<IntakeMessageRow[]> {
  return db
    .select()
    .from(mailIntakeMessages)
    .where(
      and(
        eq(mailIntakeMessages.status, 'accepted'),
        isNotNull(mailIntakeMessages.pendingSecretSealed),
      ),
    )
    .orderBy(asc(mailIntakeMessages.receivedAt))
    .limit(limit);
}

/** Forgets the secrets of replies owed for longer than `hours`; returns how many. */
export async function abandonOwedReplies(db: Db, hours: number): Promise<number> {
  const rows = await db
    .update(mailIntakeMessages)
    .set({ pendingSecretSealed: null })
    .where(
      and(
        eq(mailIntakeMessages.status, 'accepted'),
        isNotNull(mailIntakeMessages.pendingSecretSealed),
        lt(mailIntakeMessages.receivedAt, sql`now() - make_interval(hours => ${hours})`),
      ),
    )
    .returning({ id: mailIntakeMessages.id });
  return rows.length;
}
