export {
  createNotificationsService,
  type NotificationsService,
  type Notice,
} from './notifications.service.ts';
export { notificationsRoutes } from './notifications.routes.ts';
export { emailNoticeJob } from './notifications.jobs.ts';
