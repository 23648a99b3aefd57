import type {
  MarkReadBody,
  Notification,
  NotificationKind,
  NotificationList,
  NotificationListQuery,
} from '../../domain/notifications.schemas.ts';
import type { RequestContext } from '../../platform/context.ts';
import type { Db } from '../../platform/db/database.ts';
import { AppError } from '../../platform/errors.ts';
import {
  countUnread,
  insertNotification,
  listNotifications,
  markRead,
  type NotificationRow,
} from './notifications.repository.ts';

export type NotificationsDeps = {
  db: Db;
  /** Queues the e-mail copy in the caller's transaction (the server wires the job queue). */
  emailNotice?: (tx: Db, payload: { notificationId: number }) => Promise<void>;
};

export type NotificationsService = ReturnType<typeof createNotificationsService>;

export type Notice = {
  userId: string;
  kind: NotificationKind;
  incidentId?: string;
  details?: Record<string, string | number | boolean | null>;
  dedupeKey?: string;
};

const present = (row: NotificationRow): Notification => ({
  id: row.id,
  kind: row.kind as NotificationKind,
  incidentId: row.incidentId,
  details: row.details,
  createdAt: row.createdAt.toISOString(),
  read: row.readAt !== null,
});

function signedInUser(ctx: RequestContext): string {
  if (ctx.actor.kind !== 'staff') throw new AppError('unauthenticated');
  return ctx.actor.userId;
}

export function createNotificationsService(deps: NotificationsDeps) {
  const { db } = deps;
  return {
    /**
     * Tells a staff member something, in the caller's transaction; the e-mail copy goes
     * only if the change commits. A repeated dedupe key is a no-op (false).
     */
    async notify(tx: Db, notice: Notice): Promise<boolean> {
      const row = await insertNotification(tx, {
        userId: notice.userId,
        kind: notice.kind,
        incidentId: notice.incidentId ?? null,
        details: notice.details ?? {},
        dedupeKey: notice.dedupeKey ?? null,
      });
      if (row) await deps.emailNotice?.(tx, { notificationId: row.id });
      return row !== null;
    },

    async listMine(ctx: RequestContext, query: NotificationListQuery): Promise<NotificationList> {
      const userId = signedInUser(ctx);
      const [rows, unread] = await Promise.all([
        listNotifications(db, userId, query.unread, query.limit),
        countUnread(db, userId),
      ]);
      return { items: rows.map(present), unread };
    },

    async markRead(ctx: RequestContext, body: MarkReadBody): Promise<NotificationList> {
      const userId = signedInUser(ctx);
      await markRead(db, userId, 'all' in body ? 'all' : body.ids);
      return this.listMine(ctx, { unread: false, limit: 30 });
    },
  };
}
