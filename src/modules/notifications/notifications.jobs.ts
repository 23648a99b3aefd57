import { z } from 'zod';
import type { NotificationKind } from '../../domain/notifications.schemas.ts';
import type { Db } from '../../platform/db/database.ts';
import type { JobDefinition } from '../../platform/jobs/queue.ts';
import type { MailSender } from '../../platform/mail/mail-sender.ts';
import { findNotification } from './notifications.repository.ts';

const PayloadSchema = z.object({ notificationId: z.number().int().positive() });

export type EmailNoticeDeps = {
  db: Db;
  mail: MailSender;
  from: string;
  publicUrl: string;
  /** The address of an enabled staff member (the auth module answers). */
  contactOf: (userId: string) => Promise<{ email: string; name: string } | null>;
};

const SUBJECTS: Record<NotificationKind, { km: string; en: string }> = {
  incident_assigned: { km: 'ឧប្បត្តិហេតុត្រូវបានចាត់ឱ្យអ្នក', en: 'An incident was assigned to you' },
  task_assigned: { km: 'ភារកិច្ចត្រូវបានចាត់ឱ្យអ្នក', en: 'A task was assigned to you' },
  sla_near_breach: { km: 'ពេលវេលា SLA ជិតផុតកំណត់', en: 'An SLA deadline is close' },
  sla_breached: { km: 'ពេលវេលា SLA បានផុតកំណត់', en: 'An SLA deadline was missed' },
  reporter_replied: { km: 'អ្នករាយការណ៍បានឆ្លើយតប', en: 'A reporter wrote back' },
  evidence_integrity_failed: {
    km: 'ភស្តុតាងមិនឆ្លងកាត់ការផ្ទៀងផ្ទាត់ភាពត្រឹមត្រូវ',
    en: 'Evidence failed its integrity check',
  },
};

/**
 * The e-mail copy of a notice: what happened and a link, in Khmer then English. No case
 * content travels by e-mail; the link leads to the app, behind sign-in and MFA.
 */
export const emailNoticeJob = (
  deps: EmailNoticeDeps,
): JobDefinition<{ notificationId: number }> => ({
  name: 'notifications.email-staff',
  version: 1,
  payloadSchema: PayloadSchema,
  handler: async ({ notificationId }) => {
    const notice = await findNotification(deps.db, notificationId);
    if (!notice || notice.readAt) return;
    const contact = await deps.contactOf(notice.userId);
    if (!contact) return;
    const subject = SUBJECTS[notice.kind as NotificationKind] ?? SUBJECTS.incident_assigned;
    const reference =
      typeof notice.details.reference === 'string' ? ` ${notice.details.reference}` : '';
    const link = notice.incidentId
      ? `${deps.publicUrl}/staff/incidents/${notice.incidentId}`
      : `${deps.publicUrl}/staff/`;
    await deps.mail.send({
      from: deps.from,
      to: { address: contact.email, name: contact.name },
      subject: `${subject.km}${reference} / ${subject.en}${reference}`,
      text: `${subject.km}${reference}\n${subject.en}${reference}\n\n${link}\n`,
      headers: { 'Auto-Submitted': 'auto-generated' },
    });
  },
});
