import { z } from 'zod';

export const NotificationKindSchema = z.enum([
  'incident_assigned',
  'task_assigned',
  'sla_near_breach',
  'sla_breached',
  'reporter_replied',
  /** An evidence item failed its re-verification (bytes or chain of custody): coordinators. */
  'evidence_integrity_failed',
]);
export type NotificationKind = z.infer<typeof NotificationKindSchema>;

export const NotificationSchema = z.object({
  id: z.number().int(),
  kind: NotificationKindSchema,
  incidentId: z.uuid().nullable(),
  details: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
  createdAt: z.iso.datetime(),
  read: z.boolean(),
});
export type Notification = z.infer<typeof NotificationSchema>;

export const NotificationListSchema = z.object({
  items: z.array(NotificationSchema),
  unread: z.number().int(),
});
export type NotificationList = z.infer<typeof NotificationListSchema>;

export const NotificationListQuerySchema = z.object({
  unread: z
    .enum(['true', 'false'])
    .default('false')
    .transform((value) => value === 'true'),
  limit: z.coerce.number().int().min(1).max(100).default(30),
});
export type NotificationListQuery = z.infer<typeof NotificationListQuerySchema>;

/** POST /api/notifications/read: these, or all of mine. */
export const MarkReadBodySchema = z.union([
  z.object({ ids: z.array(z.number().int().positive()).min(1).max(200) }),
  z.object({ all: z.literal(true) }),
]);
export type MarkReadBody = z.infer<typeof MarkReadBodySchema>;
