import { queryOptions } from '@tanstack/react-query';
import {
  NotificationListSchema,
  type MarkReadBody,
} from '../../../domain/notifications.schemas.ts';
import { staffGet, staffSend } from '../staff-api.ts';

/** How often the bell asks for news while the page is open (and whenever it regains focus). */
export const NOTIFICATIONS_POLL_MS = 60_000;

export const notificationsQuery = queryOptions({
  queryKey: ['notifications'],
  queryFn: () => staffGet('/api/notifications?limit=30', NotificationListSchema),
  refetchInterval: NOTIFICATIONS_POLL_MS,
  refetchOnWindowFocus: true,
});

/** Marks some notifications, or all of mine, read; answers with the list as it now is. */
export const markNotificationsRead = (body: MarkReadBody) =>
  staffSend('/api/notifications/read', NotificationListSchema, { body });
