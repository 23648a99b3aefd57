import { z } from 'zod';
import type { Language } from '../../domain/language.ts';
import { formatTrackingCode } from '../../domain/reports/tracking-code.ts';
import type { Db } from '../../platform/db/database.ts';
import type { SecretBox } from '../../platform/crypto/secret-box.ts';
import type { JobDefinition } from '../../platform/jobs/queue.ts';
import type { MailSender } from '../../platform/mail/mail-sender.ts';
import { findReportById } from './reports.repository.ts';
import { openContact } from './report-contact.ts';

export type ReporterNotificationDeps = {
  db: Db;
  secretBox: SecretBox;
  mail: MailSender;
  from: string;
  publicUrl: string;
};

const NotifyPayloadSchema = z.object({
  reportId: z.uuid(),
  reason: z.enum(['message', 'status']),
});
export type NotifyReporterPayload = z.infer<typeof NotifyPayloadSchema>;

/**
 * The e-mail says only that there is news and where to read it: the message itself
 * stays behind the reporter's secret, since a mailbox is often shared or watched.
 */
function notificationText(language: Language, trackingCode: string, checkUrl: string) {
  if (language === 'km') {
    return {
      subject: `មានព័ត៌មានថ្មីអំពីរបាយការណ៍ ${trackingCode}`,
      text:
        `សួស្ដី,\n\nមានព័ត៌មានថ្មីអំពីរបាយការណ៍ ${trackingCode} របស់អ្នក។\n` +
        `សូមចូលទៅ ${checkUrl} ហើយប្រើលេខកូដតាមដាន និងលេខសម្ងាត់របស់អ្នក ដើម្បីអាន។\n\n` +
        'យើងមិនដែលសុំលេខសម្ងាត់ ពាក្យសម្ងាត់ ឬលុយតាមអ៊ីមែលទេ។\n',
    };
  }
  return {
    subject: `News about your report ${trackingCode}`,
    text:
      `Hello,\n\nThere is news about your report ${trackingCode}.\n` +
      `Open ${checkUrl} and use your tracking code and secret to read it.\n\n` +
      'We never ask for your secret, passwords or money by e-mail.\n',
  };
}

/** Sends the "news about your report" e-mail when the reporter left an address. */
export const notifyReporterJob = (
  deps: ReporterNotificationDeps,
): JobDefinition<NotifyReporterPayload> => ({
  name: 'reports.notify-reporter',
  version: 1,
  payloadSchema: NotifyPayloadSchema,
  handler: async ({ reportId }) => {
    const found = await findReportById(deps.db, reportId);
    if (!found?.sealedContact) return;
    const contact = openContact(deps.secretBox, reportId, found.sealedContact);
    if (!contact.email) return;
    const code = formatTrackingCode(found.report.trackingCode);
    const { subject, text } = notificationText(
      found.report.language,
      code,
      `${deps.publicUrl}/check`,
    );
    await deps.mail.send({
      from: deps.from,
      to: { address: contact.email, ...(contact.name ? { name: contact.name } : {}) },
      subject,
      text,
      headers: { 'Auto-Submitted': 'auto-generated' },
    });
  },
});
