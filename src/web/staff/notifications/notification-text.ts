import type { TFunction } from 'i18next';
import { SlaMilestoneSchema } from '../../../domain/incidents/sla.ts';
import type { Notification } from '../../../domain/notifications.schemas.ts';

/** One notification as a sentence in the reader's language; every kind has its words. */
export function notificationText(t: TFunction, notification: Notification): string {
  const { details } = notification;
  const reference =
    typeof details.reference === 'string' && details.reference !== ''
      ? details.reference
      : t('staff.notifications.anIncident');
  switch (notification.kind) {
    case 'incident_assigned':
    case 'task_assigned':
    case 'reporter_replied':
      return t(`staff.notifications.kinds.${notification.kind}`, { reference });
    case 'evidence_integrity_failed':
      return t('staff.notifications.kinds.evidence_integrity_failed', {
        reference,
        evidence: typeof details.evidence === 'string' ? details.evidence : '',
      });
    case 'sla_near_breach':
    case 'sla_breached': {
      const milestone = SlaMilestoneSchema.safeParse(details.milestone);
      return t(`staff.notifications.kinds.${notification.kind}`, {
        reference,
        milestone: milestone.success
          ? t(`staff.incidents.sla.milestones.${milestone.data}`)
          : t('staff.notifications.milestoneUnknown'),
      });
    }
  }
}
