import { and, count, desc, eq, inArray, isNull } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import { staffNotifications } from './notifications.table.ts';

export type NotificationRow = typeof staffNotifications.$inferSelect;
export type NewNotification = typeof staffNotifications.$inferInsert;

/** Inserts a notice; null when one with the same dedupe key was already given. */
export async function insertNotification(db: Db, notice: NewNotification) {
  const [row] = await db
    .insert(staffNotifications)
    .values(notice)
    .onConflictDoNothing()
    .returning();
  return row ?? null;
}

export async function findNotification(db: Db, id: number) {
  const [row] = await db.select().from(staffNotifications).where(eq(staffNotifications.id, id));
  return row ?? null;
}

export function listNotifications(db: Db, userId: string, unreadOnly: boolean, limit: number) {
  const mine = eq(staffNotifications.userId, userId);
  return db
    .select()
    .from(staffNotifications)
    .where(unreadOnly ? and(mine, isNull(staffNotifications.readAt)) : mine)
    .orderBy(desc(staffNotifications.id))
    .limit(limit);
}

export async function countUnread(db: Db, userId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(staffNotifications)
    .where(and(eq(staffNotifications.userId, userId), isNull(staffNotifications.readAt)));
  return row?.n ?? 0;
}

/** Marks notices read; only the user's own, whatever ids were sent. */
export async function markRead(db: Db, userId: string, ids: readonly number[] | 'all') {
  const mine = and(eq(staffNotifications.userId, userId), isNull(staffNotifications.readAt));
  await db
    .update(staffNotifications)
    .set({ readAt: new Date() })
    .where(ids === 'all' ? mine : and(mine, inArray(staffNotifications.id, [...ids])));
}
