import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { SMTPServer } from 'smtp-server';
import { simpleParser } from 'mailparser';
import { CLI_ACTOR, PUBLIC_ACTOR } from '../../domain/actor.ts';
import { systemContext } from '../../platform/context.ts';
import { createLogger } from '../../platform/logger.ts';
import { createSecretBox } from '../../platform/crypto/secret-box.ts';
import { createMailSender } from '../../platform/mail/mail-sender.ts';
import { JobQueue } from '../../platform/jobs/queue.ts';
import { createServices, type Services } from '../../services.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/database.ts';
import { notifyReporterJob } from './reporter-notifications.ts';

type Captured = { to: string[]; subject: string; text: string; autoSubmitted: string };

let database: TestDatabase;
let relay: SMTPServer;
let jobs: JobQueue;
let services: Services;
const inbox: Captured[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
  relay = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      simpleParser(stream).then(
        (mail) => {
          inbox.push({
            to: session.envelope.rcptTo.map((r) => r.address),
            subject: mail.subject ?? '',
            text: mail.text ?? '',
            autoSubmitted: mail.headers.get('auto-submitted') as string,
          });
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  await new Promise<void>((resolve) => relay.listen(0, '127.0.0.1', resolve));
  const address = relay.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const logger = createLogger('silent');
  const secretBox = createSecretBox(randomBytes(32));
  jobs = new JobQueue(database, logger, { pollingIntervalSeconds: 0.5, maintenance: false });
  const notify = notifyReporterJob({
    db: database.db,
    secretBox,
    mail: createMailSender({ smtpRelayUrl: `smtp://127.0.0.1:${port}` }, logger),
    from: 'report@cert.example.kh',
    publicUrl: 'https://cert.example.kh',
  });
  jobs.register(notify);
  services = createServices({
    db: database.db,
    secretBox,
    publicUrl: 'https://cert.example.kh',
    proofOfWorkDifficulty: 0,
    notifyReporter: async (tx, payload) => {
      await jobs.enqueue(notify, payload, { tx });
    },
  });
  await jobs.start();
}, 60_000);

afterAll(async () => {
  await jobs.stop();
  await new Promise<void>((resolve) => relay.close(() => resolve()));
  await database.close();
});

async function waitFor(predicate: () => boolean, ms = 15_000) {
  const until = Date.now() + ms;
  while (!predicate() && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
  return predicate();
}

const staff = systemContext(CLI_ACTOR, 'test');
const reporter = systemContext(PUBLIC_ACTOR, 'test');

describe('e-mail to the reporter', () => {
  it('tells a reporter who left an address that there is news, in their language, without the message', async () => {
    const created = await services.reports.submitReport(reporter, {
      incidentType: 'phishing',
      description: 'សារក្លែងក្លាយពីធនាគារ ABA សុំលេខ PIN របស់ខ្ញុំ',
      language: 'km',
      contact: { name: 'Dara', email: 'dara@example.com' },
    });
    await services.reports.sendMessageToReporter(staff, created.reportId, {
      body: 'Confidential: we found the site host.',
    });
    expect(await waitFor(() => inbox.some((m) => m.to.includes('dara@example.com')))).toBe(true);
    const mail = inbox.find((m) => m.to.includes('dara@example.com'))!;
    expect(mail.subject).toBe(`មានព័ត៌មានថ្មីអំពីរបាយការណ៍ ${created.trackingCode}`);
    expect(mail.text).toContain('https://cert.example.kh/check');
    expect(mail.text).not.toContain('Confidential');
    expect(mail.text).not.toContain(created.secret);
    expect(mail.autoSubmitted).toBe('auto-generated');
  });

  it('sends nothing to an anonymous reporter', async () => {
    const before = inbox.length;
    const created = await services.reports.submitReport(reporter, {
      incidentType: 'other',
      description: 'Anonymous report with no way to reach me.',
      language: 'en',
    });
    await services.reports.sendMessageToReporter(staff, created.reportId, { body: 'Thanks.' });
    // A committed control message proves the queue ran past the anonymous one.
    const control = await services.reports.submitReport(reporter, {
      incidentType: 'other',
      description: 'Control report with an address.',
      language: 'en',
      contact: { name: undefined, email: 'control@example.com' },
    });
    await services.reports.sendMessageToReporter(staff, control.reportId, { body: 'Noted.' });
    expect(await waitFor(() => inbox.some((m) => m.to.includes('control@example.com')))).toBe(true);
    expect(inbox.length).toBe(before + 1);
    expect(inbox.at(-1)?.subject).toBe(`News about your report ${control.trackingCode}`);
  });
});
