import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  MarkReadBodySchema,
  NotificationListQuerySchema,
  NotificationListSchema,
} from '../../domain/notifications.schemas.ts';
import type { NotificationsService } from './notifications.service.ts';

export const notificationsRoutes =
  (notifications: NotificationsService): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['notifications'];
    app.get(
      '/api/notifications',
      {
        config: { access: 'staff' },
        schema: {
          tags,
          summary: 'My notifications, newest first, with the unread count',
          querystring: NotificationListQuerySchema,
          response: { 200: NotificationListSchema },
        },
      },
      async (request) => notifications.listMine(request.ctx, request.query),
    );
    app.post(
      '/api/notifications/read',
      {
        config: { access: 'staff' },
        schema: {
          tags,
          summary: 'Mark my notifications read: some, or all',
          body: MarkReadBodySchema,
          response: { 200: NotificationListSchema },
        },
      },
      async (request) => notifications.markRead(request.ctx, request.body),
    );
  };
