import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { SMTPServer } from 'smtp-server';
import { simpleParser } from 'mailparser';
import { CLI_ACTOR } from '../../domain/actor.ts';
import { systemContext } from '../../platform/context.ts';
import { createLogger } from '../../platform/logger.ts';
import { createSecretBox } from '../../platform/crypto/secret-box.ts';
import { createMailSender } from '../../platform/mail/mail-sender.ts';
import { JobQueue } from '../../platform/jobs/queue.ts';
import { createServices, type Services } from '../../services.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/database.ts';
import { emailNoticeJob } from './notifications.jobs.ts';

type Captured = { to: string[]; subject: string; text: string };

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
  jobs = new JobQueue(database, logger, { pollingIntervalSeconds: 0.5, maintenance: false });
  const job = emailNoticeJob({
    db: database.db,
    mail: createMailSender({ smtpRelayUrl: `smtp://127.0.0.1:${port}` }, logger),
    from: 'cert@cert.example.kh',
    publicUrl: 'https://cert.example.kh',
    contactOf: (id) => services.staffUsers.contactOf(id),
  });
  jobs.register(job);
  services = createServices({
    db: database.db,
    secretBox: createSecretBox(randomBytes(32)),
    publicUrl: 'https://cert.example.kh',
    proofOfWorkDifficulty: 0,
    emailNotice: async (tx, payload) => {
      await jobs.enqueue(job, payload, { tx });
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

const cli = systemContext(CLI_ACTOR, 'test');

describe('e-mail copy of a staff notification', () => {
  it('tells the assignee by e-mail, in Khmer and English, with a link and no case content', async () => {
    await services.staffUsers.createUser(
      cli,
      { email: 'sokha@cert.example.kh', displayName: 'Sokha', role: 'analyst' },
      'correct horse battery staple',
    );
    const sokha = (await services.staffUsers.listUsers()).find(
      (u) => u.email === 'sokha@cert.example.kh',
    )!;
    const incident = await services.incidents.createIncident(cli, {
      reportIds: [],
      title: 'Secret: ministry mail server breached',
      summary: undefined,
    });
    await services.incidents.updateIncident(cli, incident.id, { assigneeId: sokha.id });
    expect(await waitFor(() => inbox.length > 0)).toBe(true);
    const mail = inbox[0]!;
    expect(mail.to).toEqual(['sokha@cert.example.kh']);
    expect(mail.subject).toBe(
      `ឧប្បត្តិហេតុត្រូវបានចាត់ឱ្យអ្នក ${incident.reference} / An incident was assigned to you ${incident.reference}`,
    );
    expect(mail.text).toContain(`https://cert.example.kh/staff/incidents/${incident.id}`);
    expect(mail.text).not.toContain('ministry');
  });
});
