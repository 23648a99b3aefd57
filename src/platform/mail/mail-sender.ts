import { createTransport } from 'nodemailer';
import type { Logger } from '../logger.ts';

/** One message to send. Plain text first: it reads on every phone and mail program. */
export type OutgoingMail = {
  from: string;
  to: { address: string; name?: string };
  subject: string;
  text: string;
  /** Message-ID of the message this answers (threading, RFC 5322 §3.6.4). */
  inReplyTo?: string;
  references?: string[];
  /** Extra header fields, e.g. `Auto-Submitted: auto-replied` (RFC 3834). */
  headers?: Record<string, string>;
};

export type MailSender = {
  /** True when the relay accepted the message; false when it was not sent (logged). */
  send(mail: OutgoingMail): Promise<boolean>;
  close(): void;
};

export type MailSenderConfig = { smtpRelayUrl: string | null };

/** How long to wait for the relay before giving up on a message: it is logged, not thrown. */
const CONNECT_TIMEOUT_MS = 15_000;
const SOCKET_TIMEOUT_MS = 60_000;

/**
 * Sends mail through the configured SMTP relay (`KARPEAR_SMTP_RELAY_URL`). Without one,
 * every message is dropped with an info line, so a server without mail still works.
 * Logs never carry the relay's credentials, the recipient or the body: only what an
 * operator needs to find a fault (relay host, SMTP code and command).
 */
export function createMailSender(config: MailSenderConfig, logger: Logger): MailSender {
  const log = logger.child({ component: 'mail' });
  if (!config.smtpRelayUrl) {
    return {
      async send() {
        log.info('mail not sent: no relay configured');
        return false;
      },
      close() {},
    };
  }
  const relay = describeRelay(config.smtpRelayUrl);
  const transport = createTransport({
    url: config.smtpRelayUrl,
    connectionTimeout: CONNECT_TIMEOUT_MS,
    greetingTimeout: CONNECT_TIMEOUT_MS,
    socketTimeout: SOCKET_TIMEOUT_MS,
    // nodemailer's own logger would print envelopes (addresses); ours prints outcomes.
    logger: false,
    debug: false,
  });
  return {
    async send(mail) {
      try {
        const info = await transport.sendMail({
          from: mail.from,
          to: mail.to.name ? { name: mail.to.name, address: mail.to.address } : mail.to.address,
          subject: mail.subject,
          text: mail.text,
          ...(mail.inReplyTo ? { inReplyTo: mail.inReplyTo } : {}),
          ...(mail.references?.length ? { references: mail.references } : {}),
          headers: mail.headers ?? {},
          // Mails go out as UTF-8: Khmer needs it, and quoted-printable keeps lines short.
          textEncoding: 'quoted-printable',
        });
        log.info({ relay, messageId: info.messageId }, 'mail sent');
        return true;
      } catch (error) {
        log.warn({ relay, failure: describeFailure(error) }, 'mail not sent: the relay failed');
        return false;
      }
    },
    close: () => transport.close(),
  };
}

/** The relay as host:port, never with its user name or password. */
export function describeRelay(url: string): string {
  const parsed = new URL(url);
  const port = parsed.port || (parsed.protocol === 'smtps:' ? '465' : '587');
  return `${parsed.protocol}//${parsed.hostname}:${port}`;
}

/**
 * What went wrong, without the text of the relay's answer: servers echo the recipient
 * ("550 <sok@example.com> unknown") and nodemailer's messages may carry credentials.
 */
function describeFailure(error: unknown): Record<string, string | number | null> {
  const value = (error ?? {}) as { code?: unknown; responseCode?: unknown; command?: unknown };
  return {
    code: typeof value.code === 'string' ? value.code : null,
    responseCode: typeof value.responseCode === 'number' ? value.responseCode : null,
    command: typeof value.command === 'string' ? value.command.split(' ')[0]! : null,
  };
}
