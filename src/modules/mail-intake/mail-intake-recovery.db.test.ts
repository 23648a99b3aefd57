import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import MailComposer from 'nodemailer/lib/mail-composer';
import { createTestDatabase, type TestDatabase } from '../../../test/database.ts';
import {
  sendRawMail,
  smtpDialogue,
  smtpTransaction,
  startCaptureRelay,
  type CaptureRelay,
} from '../../../test/smtp.ts';
import { SYSTEM_ACTOR } from '../../domain/actor.ts';
import type { BlobStore } from '../../platform/blobs/blob-store.ts';
import { openFileBlobStore } from '../../platform/blobs/file-blob-store.ts';
import { systemContext } from '../../platform/context.ts';
import { createSecretBox } from '../../platform/crypto/secret-box.ts';
import { queryRows } from '../../platform/db/database.ts';
import { createLogger } from '../../platform/logger.ts';
import { createMailSender } from '../../platform/mail/mail-sender.ts';
import { createServices, type Services } from '../../services.ts';
import type { EvidenceService } from '../evidence/index.ts';
import {
  createMailIntakeService,
  retryOwedRepliesJob,
  startMailIntake,
  type MailIntakeConfig,
  type MailIntakeService,
  type RunningMailIntake,
} from './index.ts';

const INTAKE = 'report@cert.example.kh';
const PUBLIC_URL = 'https://cert.example.kh';
const logger = createLogger('silent');

let database: TestDatabase;
let services: Services;
let dataDir: string;
let relay: CaptureRelay;
let mailIntake: MailIntakeService;
let blobs: BlobStore;
let failNextEvidence = false;
const running: RunningMailIntake[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
  dataDir = await mkdtemp(path.join(tmpdir(), 'karpear-mail-'));
  blobs = await openFileBlobStore(dataDir);
  const secretBox = createSecretBox(randomBytes(32));
  services = createServices({ db: database.db, secretBox, publicUrl: PUBLIC_URL, blobs });
  // The real evidence service, made to fail once on demand: a disk or database fault
  // after the report was committed.
  const evidence: Pick<EvidenceService, 'acquireEvidence' | 'limits'> = {
    limits: services.evidence.limits,
    acquireEvidence: (ctx, input) => {
      if (!failNextEvidence) return services.evidence.acquireEvidence(ctx, input);
      failNextEvidence = false;
      return Promise.reject(new Error('injected fault: the disk is full'));
    },
  };
  mailIntake = createMailIntakeService({
    ...services,
    evidence,
    db: database.db,
    secretBox,
    blobs,
  });
  relay = await startCaptureRelay();
});
afterAll(async () => {
  for (const intake of running) await intake.stop();
  await relay.close();
  if (database.driver.kind === 'postgres') database.driver.pool.on('error', () => undefined);
  await database.close();
  await rm(dataDir, { recursive: true, force: true });
});

async function listen(overrides: Partial<MailIntakeConfig> = {}): Promise<RunningMailIntake> {
  const config: MailIntakeConfig = {
    smtpIntakePort: 0,
    smtpIntakeHost: '127.0.0.1',
    intakeAddress: INTAKE,
    smtpMaxMessageBytes: 64 * 1024,
    smtpMaxConnectionsPerIp: 5,
    smtpRelayUrl: relay.url,
    publicUrl: PUBLIC_URL,
    ...overrides,
  };
  const intake = (await startMailIntake({ mailIntake }, config, logger))!;
  running.push(intake);
  return intake;
}

const compose = (messageId: string) =>
  new MailComposer({
    from: 'Vanna <vanna@example.com>',
    to: INTAKE,
    subject: 'Scam on Telegram',
    text: 'A man on Telegram promised a job and I transferred money to his ABA account.',
    messageId,
    attachments: [{ filename: 'chat.txt', content: 'He said: pay 30 USD first.\n' }],
  })
    .compile()
    .build();

const codeOf = (response: string) => /report ([0-9A-Z]{4}-[0-9A-Z]{4})$/.exec(response)?.[1] ?? '';
const rows = <Row>(query: ReturnType<typeof sql>) => queryRows<Row>(database.db, query);
const staff = systemContext(SYSTEM_ACTOR, 'test');

describe('e-mail intake when something fails', () => {
  it('answers 451 when a fault strikes after the report, and completes it on the retry', async () => {
    const intake = await listen();
    const raw = await compose('<fault@mail.example.com>');
    failNextEvidence = true;
    const first = await smtpTransaction(
      intake.port,
      { from: 'vanna@example.com', to: [INTAKE] },
      raw,
    );
    expect(first).toMatchObject({ ok: false, code: 451 });
    const [row] = await rows<{ id: string; status: string; report: string | null }>(
      sql`select id, status, report_id as report from mail_intake_messages
          where message_id = 'fault@mail.example.com'`,
    );
    expect(row).toMatchObject({ status: 'received' });
    // As if the process had stopped between the report's commit and the link to it.
    await rows(sql`update mail_intake_messages set report_id = null where id = ${row!.id}`);

    const retry = await sendRawMail(intake.port, { from: 'vanna@example.com', to: [INTAKE] }, raw);
    const code = codeOf(retry.response);
    const [report] = await rows<{ id: string; n: number }>(
      sql`select r.id, (select count(*)::int from reports) as n from reports r
          where r.tracking_code = ${code.replace('-', '')}`,
    );
    expect(report?.id).toBe(row!.report);
    const items = await services.evidence.listEvidenceForReport(staff, report!.id);
    expect(items.map((item) => item.originalName)).toEqual(['message.eml', 'chat.txt']);
    const [audits] = await rows<{ n: number }>(
      sql`select count(*)::int as n from audit_events
          where action = 'report.received_by_email' and target_id = ${report!.id}`,
    );
    expect(audits?.n).toBe(1);

    await intake.settled();
    const [reply] = await relay.waitFor(1);
    const secret = /Secret: ([0-9A-Z-]+)/.exec(reply!.parsed.text ?? '')?.[1] ?? '';
    expect((await services.reports.getReportForReporter(code, secret)).trackingCode).toBe(code);
  });

  it('keeps the reply owed while the relay is down, and the job sends it later', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const deadPort = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const intake = await listen({ smtpRelayUrl: `smtp://127.0.0.1:${deadPort}` });
    const before = relay.messages.length;

    const raw = await compose('<relay-down@mail.example.com>');
    const sent = await sendRawMail(intake.port, { from: 'vanna@example.com', to: [INTAKE] }, raw);
    const code = codeOf(sent.response);
    await intake.settled();
    const owed = sql`select count(*)::int as n from mail_intake_messages
                     where pending_secret_sealed is not null and status = 'accepted'`;
    expect((await rows<{ n: number }>(owed))[0]?.n).toBe(1);

    const sender = createMailSender({ smtpRelayUrl: relay.url }, logger);
    const job = retryOwedRepliesJob(
      mailIntake,
      sender,
      { intakeAddress: INTAKE, publicUrl: PUBLIC_URL },
      logger,
    );
    await job.handler({});
    sender.close();
    const reply = (await relay.waitFor(before + 1))[before]!;
    expect(reply.parsed.subject).toBe(`Your report ${code} was received`);
    expect((await rows<{ n: number }>(owed))[0]?.n).toBe(0);
    expect(await services.evidence.listEvidenceForReport(staff, await idOf(code))).toHaveLength(2);
  });

  it('gives up an owed reply after three days and forgets its secret', async () => {
    const intake = await listen({ smtpRelayUrl: null });
    await sendRawMail(
      intake.port,
      { from: 'vanna@example.com', to: [INTAKE] },
      await compose('<late@mail.example.com>'),
    );
    await intake.settled();
    await rows(sql`update mail_intake_messages set received_at = now() - interval '73 hours'
                   where message_id = 'late@mail.example.com'`);
    expect(await mailIntake.owedReplies(INTAKE)).toMatchObject({ replies: [], givenUp: 1 });
  });

  it('files a message whose bytes are not UTF-8, keeping the raw message linked to it', async () => {
    const intake = await listen();
    const raw = Buffer.from(
      'From: Dara <dara@example.com>\r\nTo: report@cert.example.kh\r\nSubject: Arnaque\r\n' +
        'Message-ID: <latin1@mail.example.com>\r\nMIME-Version: 1.0\r\n' +
        'Content-Type: text/plain; charset=iso-8859-1\r\nContent-Transfer-Encoding: 8bit\r\n\r\n' +
        "J'ai \xe9t\xe9 victime d'une arnaque au t\xe9l\xe9phone.\r\n",
      'latin1',
    );
    const sent = await sendRawMail(intake.port, { from: 'dara@example.com', to: [INTAKE] }, raw);
    const reportId = await idOf(codeOf(sent.response));
    const [row] = await rows<{ sha256: string; description: string }>(
      sql`select m.raw_sha256 as sha256, r.description from mail_intake_messages m
          join reports r on r.id = m.report_id where m.report_id = ${reportId}`,
    );
    expect(row?.description).toContain("J'ai été victime d'une arnaque");
    expect(row?.sha256).toBe(createHash('sha256').update(raw).digest('hex'));
    // The evidence rules take UTF-8 text only; the message stays in the blob store.
    expect(await services.evidence.listEvidenceForReport(staff, reportId)).toEqual([]);
    expect(await blobs.has(row!.sha256)).toBe(true);
    await intake.settled();
  });

  it('lets each client address hold only so many connections', async () => {
    const intake = await listen({ smtpMaxConnectionsPerIp: 1 });
    const held = await smtpDialogue(intake.port, []);
    expect(held.answers[0]).toMatch(/^220 /);
    const refused = await smtpDialogue(intake.port, []);
    expect(refused.answers[0]).toMatch(/^421 /);
    refused.close();
    held.close();
    await new Promise((resolve) => setTimeout(resolve, 100));
    const again = await smtpDialogue(intake.port, ['QUIT']);
    expect(again.answers[0]).toMatch(/^220 /);
    again.close();
  });
});

async function idOf(code: string): Promise<string> {
  const [row] = await rows<{ id: string }>(
    sql`select id from reports where tracking_code = ${code.replace('-', '')}`,
  );
  return row!.id;
}
