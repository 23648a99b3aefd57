import type { AddressInfo } from 'node:net';
import { SMTPServer, type SMTPServerDataStream, type SMTPServerSession } from 'smtp-server';
import type { Config } from '../../platform/config.ts';
import { isAppError } from '../../platform/errors.ts';
import type { Logger } from '../../platform/logger.ts';
import { createMailSender } from '../../platform/mail/mail-sender.ts';
import { deliverReply } from './mail-intake.jobs.ts';
import type { MailIntakeService, ReceivedMail } from './mail-intake.service.ts';

export type MailIntakeConfig = Pick<
  Config,
  | 'smtpIntakePort'
  | 'smtpIntakeHost'
  | 'intakeAddress'
  | 'smtpMaxMessageBytes'
  | 'smtpMaxConnectionsPerIp'
  | 'smtpRelayUrl'
  | 'publicUrl'
>;

export type RunningMailIntake = {
  port: number;
  /** Stops taking connections, lets those open finish, and waits for replies under way. */
  stop(): Promise<void>;
  /** Resolves once every automatic reply under way is sent or given up (for tests). */
  settled(): Promise<void>;
};

/** Connections at once, from everyone: past it, senders are asked to come back (421). */
const MAX_CLIENTS = 100;
/** Recipients in one transaction; only the intake address is ever accepted anyway. */
const MAX_RECIPIENTS = 10;

/** An SMTP answer: smtp-server sends `responseCode` and the message (its enhanced code added). */
const smtpReply = (responseCode: number, message: string) =>
  Object.assign(new Error(message), { responseCode });

/**
 * Starts the SMTP listener of e-mail intake, or returns null when it is off (no
 * KARPEAR_SMTP_INTAKE_PORT). Mail to the intake address becomes a report; 250 is answered
 * only once the report and its evidence are committed, 451 when anything failed (the
 * sender retries, and a retry finds the same report), 552 over the size limit, 550 for
 * any other recipient. The public sends here without AUTH; TLS is not offered until a
 * certificate is configured.
 */
export async function startMailIntake(
  services: { mailIntake: MailIntakeService },
  config: MailIntakeConfig,
  logger: Logger,
): Promise<RunningMailIntake | null> {
  const log = logger.child({ component: 'mail-intake' });
  if (config.smtpIntakePort === null || !config.intakeAddress) return null;
  const intakeAddress = config.intakeAddress.toLowerCase();
  const sender = createMailSender(config, logger);
  const replies = new Set<Promise<void>>();
  const limitPerIp = perAddressLimit(config.smtpMaxConnectionsPerIp);

  function sendReply(received: ReceivedMail): void {
    if (!received.reply) return;
    const options = { intakeAddress, publicUrl: config.publicUrl };
    const sending = deliverReply(services.mailIntake, sender, options, received)
      .then(() => undefined)
      .catch((error: unknown) =>
        log.error({ err: error, intakeId: received.intakeId }, 'mail intake: reply failed'),
      )
      .finally(() => replies.delete(sending));
    replies.add(sending);
  }

  function onData(
    stream: SMTPServerDataStream,
    session: SMTPServerSession,
    callback: (err?: Error | null, message?: string) => void,
  ): void {
    const envelopeFrom = session.envelope.mailFrom;
    services.mailIntake
      .receiveMessage({
        // Not destroyed when the intake stops reading early: smtp-server drains it.
        raw: stream.iterator({ destroyOnReturn: false }) as AsyncIterable<Uint8Array>,
        maxBytes: config.smtpMaxMessageBytes,
        mailFrom: envelopeFrom ? envelopeFrom.address || null : null,
        intakeAddress,
        remoteAddress: session.remoteAddress || null,
        requestId: `smtp-${session.id}-${session.transaction}`,
      })
      .then((received) => {
        log.info(
          {
            reportId: received.reportId,
            duplicate: received.duplicate,
            intakeId: received.intakeId,
          },
          'mail intake: message accepted',
        );
        callback(null, `Accepted as report ${received.trackingCode}`);
        sendReply(received);
      })
      .catch((error: unknown) => {
        stream.resume();
        if (isAppError(error) && error.code === 'payload_too_large') {
          return callback(
            smtpReply(552, `Message too large: the limit is ${config.smtpMaxMessageBytes} bytes`),
          );
        }
        log.error({ err: error, session: session.id }, 'mail intake: message not accepted');
        callback(smtpReply(451, 'Temporary failure: please try again later'));
      });
  }

  const server = new SMTPServer({
    name: intakeAddress.split('@')[1],
    banner: 'Karpear incident report intake',
    size: config.smtpMaxMessageBytes,
    rejectOversized: true,
    // A public mailbox: anyone may write without signing in. STARTTLS waits for a certificate.
    disabledCommands: ['AUTH', 'STARTTLS'],
    hideSTARTTLS: true,
    authOptional: true,
    disableReverseLookup: true,
    maxClients: MAX_CLIENTS,
    maxRecipients: MAX_RECIPIENTS,
    logger: false,
    onConnect: (session, callback) =>
      limitPerIp.open(session)
        ? callback()
        : callback(smtpReply(421, 'Too many connections from your address, try again later')),
    onClose: (session) => limitPerIp.close(session),
    onRcptTo: (address, _session, callback) =>
      address.address.toLowerCase() === intakeAddress
        ? callback()
        : callback(smtpReply(550, 'No such mailbox: this service takes incident reports only')),
    onData,
  });
  server.on('error', (error) => log.error({ err: error }, 'mail intake: server error'));

  await new Promise<void>((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(config.smtpIntakePort ?? 0, config.smtpIntakeHost, () => {
      server.server.off('error', reject);
      resolve();
    });
  });
  const port = (server.server.address() as AddressInfo).port;
  log.info({ port, host: config.smtpIntakeHost }, 'mail intake listening');

  const settled = async () => {
    while (replies.size > 0) await Promise.allSettled([...replies]);
  };
  return {
    port,
    settled,
    async stop() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await settled();
      sender.close();
    },
  };
}

/** Counts each client address's open connections; a session is counted once it is let in. */
function perAddressLimit(max: number) {
  const open = new Map<string, number>();
  const counted = new Set<string>();
  return {
    open(session: SMTPServerSession): boolean {
      const now = open.get(session.remoteAddress) ?? 0;
      if (now >= max) return false;
      open.set(session.remoteAddress, now + 1);
      counted.add(session.id);
      return true;
    },
    close(session: SMTPServerSession): void {
      if (!counted.delete(session.id)) return;
      const left = (open.get(session.remoteAddress) ?? 1) - 1;
      if (left > 0) open.set(session.remoteAddress, left);
      else open.delete(session.remoteAddress);
    },
  };
}
