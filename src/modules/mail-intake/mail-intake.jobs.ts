import { z } from 'zod';
import type { JobDefinition } from '../../platform/jobs/queue.ts';
import type { Logger } from '../../platform/logger.ts';
import type { MailSender } from '../../platform/mail/mail-sender.ts';
import { composeReply } from './mail-intake.reply.ts';
import type { MailIntakeService, ReceivedMail } from './mail-intake.service.ts';

export type ReplyOptions = { intakeAddress: string; publicUrl: string };

/**
 * Sends the automatic reply of a received message, if one is due, and forgets the sealed
 * secret once the relay took it. False when nothing went out (no relay, relay down): the
 * reply stays owed and retryOwedRepliesJob tries again.
 */
export async function deliverReply(
  mailIntake: Pick<MailIntakeService, 'markReplySent'>,
  sender: MailSender,
  options: ReplyOptions,
  received: ReceivedMail,
): Promise<boolean> {
  if (!received.reply) return false;
  const mail = composeReply(received.reply, {
    from: options.intakeAddress,
    publicUrl: options.publicUrl,
  });
  if (!(await sender.send(mail))) return false;
  await mailIntake.markReplySent(received.intakeId);
  return true;
}

/**
 * Retries automatic replies that could not be sent when their message arrived (relay down
 * or not configured yet), and gives up on those owed for longer than REPLY_GIVE_UP_HOURS.
 */
export const retryOwedRepliesJob = (
  mailIntake: MailIntakeService,
  sender: MailSender,
  options: ReplyOptions,
  logger: Logger,
): JobDefinition<Record<string, never>> => ({
  name: 'mail-intake.retry-owed-replies',
  version: 1,
  payloadSchema: z.object({}).strict(),
  handler: async () => {
    const { replies, givenUp } = await mailIntake.owedReplies(options.intakeAddress);
    let sent = 0;
    for (const received of replies) {
      if (await deliverReply(mailIntake, sender, options, received)) sent++;
    }
    if (replies.length || givenUp) {
      logger.info({ owed: replies.length, sent, givenUp }, 'mail intake: owed replies retried');
    }
  },
});
