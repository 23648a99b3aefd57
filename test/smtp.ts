import type { AddressInfo } from 'node:net';
import { connect } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { createTransport } from 'nodemailer';
import SMTPConnection from 'nodemailer/lib/smtp-connection';
import { SMTPServer } from 'smtp-server';

/** A message the capture relay accepted: the envelope, the bytes and the parsed message. */
export type CapturedMail = {
  mailFrom: string | null;
  rcptTo: string[];
  user: string | null;
  raw: Buffer;
  parsed: ParsedMail;
};

export type CaptureRelay = {
  port: number;
  url: string;
  messages: CapturedMail[];
  /** Resolves when `count` messages have arrived in all (rejects after `timeoutMs`). */
  waitFor(count: number, timeoutMs?: number): Promise<CapturedMail[]>;
  close(): Promise<void>;
};

/**
 * A real SMTP server on a free loopback port standing in for the CERT's outgoing relay: it
 * accepts everything (with or without AUTH) and keeps what it received for assertions.
 */
export async function startCaptureRelay(
  options: { user?: string; pass?: string } = {},
): Promise<CaptureRelay> {
  const messages: CapturedMail[] = [];
  const waiters: (() => void)[] = [];
  const server = new SMTPServer({
    authOptional: true,
    allowInsecureAuth: true,
    disabledCommands: ['STARTTLS'],
    disableReverseLookup: true,
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username === options.user && auth.password === options.pass) {
        callback(null, { user: auth.username });
      } else {
        callback(Object.assign(new Error('bad credentials'), { responseCode: 535 }));
      }
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks);
        simpleParser(raw)
          .then((parsed) => {
            const from = session.envelope.mailFrom;
            messages.push({
              mailFrom: from ? from.address : null,
              rcptTo: session.envelope.rcptTo.map((rcpt) => rcpt.address),
              user: typeof session.user === 'string' ? session.user : null,
              raw,
              parsed,
            });
            waiters.splice(0).forEach((wake) => wake());
            callback();
          })
          .catch((error: Error) => callback(error));
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  const auth = options.user ? `${options.user}:${options.pass ?? ''}@` : '';
  return {
    port,
    url: `smtp://${auth}127.0.0.1:${port}`,
    messages,
    async waitFor(count, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      while (messages.length < count) {
        if (Date.now() > deadline) throw new Error(`relay got ${messages.length} of ${count}`);
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, 100);
        });
      }
      return messages;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Sends raw message bytes to an SMTP server on loopback, as a mail server would. */
export async function sendRawMail(
  port: number,
  envelope: { from: string; to: string[] },
  raw: Buffer | string,
) {
  const transport = createTransport({ host: '127.0.0.1', port, secure: false, ignoreTLS: true });
  try {
    return await transport.sendMail({ envelope, raw });
  } finally {
    transport.close();
  }
}

export type SmtpOutcome =
  { ok: true; response: string } | { ok: false; code: number; response: string };

/**
 * One SMTP transaction at the protocol level (nodemailer's SMTPConnection), for what a
 * transport hides: a message streamed without announcing its size, or a declared SIZE.
 */
export async function smtpTransaction(
  port: number,
  envelope: { from: string; to: string[]; size?: number },
  raw: Buffer | string,
): Promise<SmtpOutcome> {
  const connection = new SMTPConnection({ host: '127.0.0.1', port, ignoreTLS: true });
  await new Promise<void>((resolve, reject) => {
    connection.once('error', reject);
    connection.connect(() => resolve());
  });
  try {
    return await new Promise<SmtpOutcome>((resolve) => {
      connection.send(envelope, raw, (error, info) => {
        if (error) {
          const failure = error as Error & { responseCode?: number; response?: string };
          resolve({ ok: false, code: failure.responseCode ?? 0, response: failure.response ?? '' });
        } else {
          resolve({ ok: true, response: info.response });
        }
      });
    });
  } finally {
    connection.quit();
    connection.close();
  }
}

/**
 * A raw SMTP dialogue over a socket: the greeting, then one reply per command (multi-line
 * replies joined with \n). For what no client library lets through, such as announcing a
 * SIZE over the limit; `hold` keeps the connection open until the returned close() is called.
 */
export async function smtpDialogue(port: number, commands: string[]) {
  const socket = connect(port, '127.0.0.1');
  socket.setEncoding('utf8');
  let buffer = '';
  const pending: ((reply: string) => void)[] = [];
  const replies: string[] = [];
  socket.on('data', (data: string) => {
    buffer += data;
    // A reply ends with a line whose code is followed by a space ("250 ok", not "250-…").
    let match: RegExpExecArray | null;
    while ((match = /^((?:\d{3}-[^\r\n]*\r\n)*\d{3}(?: [^\r\n]*)?\r\n)/.exec(buffer))) {
      buffer = buffer.slice(match[1]!.length);
      const reply = match[1]!.trimEnd().replace(/\r\n/g, '\n');
      const wake = pending.shift();
      if (wake) wake(reply);
      else replies.push(reply);
    }
  });
  const next = () =>
    new Promise<string>((resolve, reject) => {
      const ready = replies.shift();
      if (ready !== undefined) return resolve(ready);
      pending.push(resolve);
      socket.once('close', () => reject(new Error('connection closed')));
    });
  const answers = [await next()];
  for (const command of commands) {
    socket.write(`${command}\r\n`);
    answers.push(await next());
  }
  return { answers, close: () => socket.destroy() };
}
