import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { startCaptureRelay, type CaptureRelay } from '../../../test/smtp.ts';
import { ConfigError, loadConfig } from '../config.ts';
import { createMailSender, describeRelay, type OutgoingMail } from './mail-sender.ts';

const PASSWORD = 'relay-pass-9xz';
let relay: CaptureRelay;
beforeAll(async () => {
  relay = await startCaptureRelay({ user: 'karpear', pass: PASSWORD });
});
afterAll(() => relay.close());

/** A logger writing JSON lines into an array. */
function capturingLogger() {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString('utf8'));
      done();
    },
  });
  return { logger: pino({ level: 'info' }, sink), text: () => lines.join('') };
}

const mail: OutgoingMail = {
  from: 'report@cert.example.kh',
  to: { address: 'sok.dara@example.com', name: 'Sok Dara' },
  subject: 'យើងបានទទួលរបាយការណ៍ 7KQM-3XWD របស់អ្នកហើយ',
  text: 'លេខសម្ងាត់៖ AAAAA-BBBBB-CCCCC-DDDDD\n',
  inReplyTo: '<m1@example.com>',
  references: ['<m1@example.com>'],
  headers: { 'Auto-Submitted': 'auto-replied' },
};

describe('createMailSender', () => {
  it('without a relay, sends nothing and says so without address or body', async () => {
    const { logger, text } = capturingLogger();
    const sender = createMailSender({ smtpRelayUrl: null }, logger);
    expect(await sender.send(mail)).toBe(false);
    expect(text()).toContain('mail not sent: no relay configured');
    expect(text()).toContain('"level":30');
    expect(text()).not.toMatch(/sok\.dara|AAAAA|7KQM/);
  });

  it('sends UTF-8 mail through the relay with its credentials, logging no secret', async () => {
    const { logger, text } = capturingLogger();
    const sender = createMailSender({ smtpRelayUrl: relay.url }, logger);
    expect(await sender.send(mail)).toBe(true);
    sender.close();
    const [received] = await relay.waitFor(1);
    expect(received).toMatchObject({
      user: 'karpear',
      mailFrom: 'report@cert.example.kh',
      rcptTo: ['sok.dara@example.com'],
    });
    expect(received!.parsed.subject).toBe(mail.subject);
    expect(received!.parsed.text).toBe(mail.text);
    expect(received!.parsed.inReplyTo).toBe('<m1@example.com>');
    expect(received!.parsed.headers.get('auto-submitted')).toBe('auto-replied');
    expect(text()).toContain(`"relay":"smtp://127.0.0.1:${relay.port}"`);
    expect(text()).not.toMatch(new RegExp(`${PASSWORD}|sok\\.dara|AAAAA`));
  });

  it('returns false and logs the SMTP code, not the password, when the relay refuses', async () => {
    const { logger, text } = capturingLogger();
    const wrong = relay.url.replace(PASSWORD, 'not-the-password');
    const sender = createMailSender({ smtpRelayUrl: wrong }, logger);
    expect(await sender.send(mail)).toBe(false);
    sender.close();
    expect(text()).toContain('mail not sent: the relay failed');
    expect(text()).toContain('"responseCode":535');
    expect(text()).not.toMatch(/not-the-password|sok\.dara|AAAAA/);
  });

  it('describes a relay by scheme, host and port only', () => {
    expect(describeRelay('smtp://u:p@relay.example:2525')).toBe('smtp://relay.example:2525');
    expect(describeRelay('smtps://u:p@relay.example')).toBe('smtps://relay.example:465');
  });
});

describe('mail configuration', () => {
  it('has intake off and no relay by default, and 30 MiB messages', () => {
    expect(loadConfig({})).toMatchObject({
      smtpRelayUrl: null,
      smtpIntakePort: null,
      smtpIntakeHost: '127.0.0.1',
      intakeAddress: null,
      smtpMaxMessageBytes: 30 * 1024 * 1024,
      smtpMaxConnectionsPerIp: 5,
    });
  });

  it('reads the intake keys and wants an address when the port is set', () => {
    const config = loadConfig({
      KARPEAR_SMTP_INTAKE_PORT: '2525',
      KARPEAR_INTAKE_ADDRESS: 'Report@Cert.gov.kh',
      KARPEAR_SMTP_RELAY_URL: 'smtp://karpear:secret@relay.cert.gov.kh:587',
    });
    expect(config).toMatchObject({ smtpIntakePort: 2525, intakeAddress: 'report@cert.gov.kh' });
    expect(() => loadConfig({ KARPEAR_SMTP_INTAKE_PORT: '2525' })).toThrow(ConfigError);
    expect(() => loadConfig({ KARPEAR_SMTP_RELAY_URL: 'http://relay' })).toThrow(
      /KARPEAR_SMTP_RELAY_URL/,
    );
  });
});
