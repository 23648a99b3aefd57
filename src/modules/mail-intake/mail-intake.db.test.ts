import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import MailComposer from 'nodemailer/lib/mail-composer';
import { createTestDatabase, type TestDatabase } from '../../../test/database.ts';
import { pngWithGps } from '../../../test/images.ts';
import {
  sendRawMail,
  smtpDialogue,
  smtpTransaction,
  startCaptureRelay,
  type CaptureRelay,
} from '../../../test/smtp.ts';
import { SYSTEM_ACTOR } from '../../domain/actor.ts';
import { openFileBlobStore } from '../../platform/blobs/file-blob-store.ts';
import { systemContext } from '../../platform/context.ts';
import { createSecretBox } from '../../platform/crypto/secret-box.ts';
import { queryRows } from '../../platform/db/database.ts';
import { createLogger } from '../../platform/logger.ts';
import { createServices, type Services } from '../../services.ts';
import { createMailIntakeService, startMailIntake, type RunningMailIntake } from './index.ts';

const INTAKE = 'report@cert.example.kh';
const PUBLIC_URL = 'https://cert.example.kh';
const LIMIT = 64 * 1024;
const staff = systemContext(SYSTEM_ACTOR, 'test');

let database: TestDatabase;
let services: Services;
let dataDir: string;
let relay: CaptureRelay;
let intake: RunningMailIntake;

beforeAll(async () => {
  database = await createTestDatabase();
  dataDir = await mkdtemp(path.join(tmpdir(), 'karpear-mail-'));
  const blobs = await openFileBlobStore(dataDir);
  const secretBox = createSecretBox(randomBytes(32));
  services = createServices({ db: database.db, secretBox, publicUrl: PUBLIC_URL, blobs });
  const mailIntake = createMailIntakeService({ ...services, db: database.db, secretBox, blobs });
  relay = await startCaptureRelay({ user: 'karpear', pass: 'relay-pass-4kq' });
  const config = {
    smtpIntakePort: 0,
    smtpIntakeHost: '127.0.0.1',
    intakeAddress: INTAKE,
    smtpMaxMessageBytes: LIMIT,
    smtpMaxConnectionsPerIp: 5,
    smtpRelayUrl: relay.url,
    publicUrl: PUBLIC_URL,
  };
  intake = (await startMailIntake({ mailIntake }, config, createLogger('silent')))!;
});
afterAll(async () => {
  await intake.stop();
  await relay.close();
  // close() drops the test database WITH (FORCE) while pg's pool may still be closing idle
  // clients; without a listener the pool rethrows their "terminating connection" error.
  // (The application's pool has the same gap: see the report.)
  if (database.driver.kind === 'postgres') database.driver.pool.on('error', () => undefined);
  await database.close();
  await rm(dataDir, { recursive: true, force: true });
});

const sha256 = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');

function compose(options: ConstructorParameters<typeof MailComposer>[0]): Promise<Buffer> {
  return new MailComposer({ to: INTAKE, date: new Date('2026-11-20T08:00:00Z'), ...options })
    .compile()
    .build();
}

const send = (raw: Buffer, from = 'sok.dara@example.com') =>
  sendRawMail(intake.port, { from, to: [INTAKE] }, raw);

/** The tracking code of the 250 answer. */
function acceptedCode(response: string): string {
  const match = /^250 .*Accepted as report ([0-9A-Z]{4}-[0-9A-Z]{4})$/.exec(response);
  if (!match?.[1]) throw new Error(`not accepted: ${response}`);
  return match[1];
}

async function reportRow(code: string) {
  const rows = await queryRows<{
    id: string;
    channel: string;
    language: string;
    type: string;
    dump: string;
  }>(
    database.db,
    sql`select id, channel, language, incident_type as type, r::text as dump from reports r
        where tracking_code = ${code.replace('-', '')}`,
  );
  return rows[0]!;
}

const count = async (table: string) =>
  (
    await queryRows<{ n: number }>(database.db, sql.raw(`select count(*)::int as n from ${table}`))
  )[0]!.n;

/** Every file the blob store holds, temporary ones included. */
async function blobFiles(): Promise<string[]> {
  const entries = await readdir(path.join(dataDir, 'blobs'), {
    recursive: true,
    withFileTypes: true,
  });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => entry.name)
    .sort();
}

describe('e-mail intake over SMTP', () => {
  it('files an English mail with its attachments, seals the sender and replies in English', async () => {
    const png = pngWithGps().file;
    const notes = Buffer.from('The SMS came from +855 12 345 678 at 09:14.\n');
    const raw = await compose({
      from: 'Sok Dara <sok.dara@example.com>',
      subject: 'Fake ABA website took my password',
      text: 'I got an SMS with a link to a fake website that looked like ABA. I typed my password.',
      messageId: '<case-a@mail.example.com>',
      attachments: [
        { filename: 'screenshot.png', content: png },
        { filename: 'notes.txt', content: notes },
        {
          filename: 'invoice.exe',
          content: Buffer.from('MZ\x90\x00\x03\x00\x00\x00\x04', 'latin1'),
        },
        { filename: 'photo.jpg', content: png },
      ],
    });
    const code = acceptedCode((await send(raw)).response);

    const report = await reportRow(code);
    expect(report).toMatchObject({ channel: 'email', language: 'en', type: 'phishing' });
    expect(report.dump).toContain('Fake ABA website took my password');
    const [contact] = await queryRows<{ sealed: string }>(
      database.db,
      sql`select sealed from report_contacts where report_id = ${report.id}`,
    );
    expect(contact?.sealed).toMatch(/^v1\./);
    const dump = await queryRows<{ text: string }>(
      database.db,
      sql`select concat_ws(' ', (select string_agg(r::text, ' ') from reports r),
            (select string_agg(c::text, ' ') from report_contacts c),
            (select string_agg(m::text, ' ') from mail_intake_messages m),
            (select string_agg(a.details::text, ' ') from audit_events a)) as text`,
    );
    expect(dump[0]!.text).not.toMatch(/sok\.dara|Sok Dara/);

    const items = await services.evidence.listEvidenceForReport(staff, report.id);
    expect(
      items.map((item) => [item.originalName, item.sha256, item.source, item.contentType]),
    ).toEqual([
      ['message.eml', sha256(raw), 'email', 'message/rfc822'],
      ['screenshot.png', sha256(png), 'email', 'image/png'],
      ['notes.txt', sha256(notes), 'email', 'text/plain'],
    ]);
    // The number is only in the text attachment; it still correlates the report.
    const seen = await services.observables.lookup('phone', '012 345 678');
    expect(seen.reportIds).toContain(report.id);

    await intake.settled();
    const [reply] = await relay.waitFor(1);
    expect(reply!.rcptTo).toEqual(['sok.dara@example.com']);
    expect(reply!.mailFrom).toBe(INTAKE);
    expect(reply!.user).toBe('karpear');
    expect(reply!.parsed.from?.value[0]?.address).toBe(INTAKE);
    expect(reply!.parsed.subject).toBe(`Your report ${code} was received`);
    expect(reply!.parsed.inReplyTo).toBe('<case-a@mail.example.com>');
    expect(reply!.parsed.headers.get('auto-submitted')).toBe('auto-replied');
    const text = reply!.parsed.text ?? '';
    expect(text).toContain(`Tracking code: ${code}`);
    expect(text).toContain(`${PUBLIC_URL}/check`);
    expect(text).toMatch(/- screenshot\.png\n- notes\.txt\n\nFiles we could not keep:\n/);
    expect(text).toContain('- invoice.exe is not a kind of file we accept.');
    expect(text).toContain('- photo.jpg is named .jpg, but it is');
    const secret = /Secret: ([0-9A-Z-]+)/.exec(text)?.[1] ?? '';
    const view = await services.reports.getReportForReporter(code, secret);
    expect(view).toMatchObject({
      trackingCode: code,
      status: 'received',
      incidentType: 'phishing',
    });

    const [row] = await queryRows<{ status: string; pending: string | null; sent: Date | null }>(
      database.db,
      sql`select status, pending_secret_sealed as pending, reply_sent_at as sent
          from mail_intake_messages where report_id = ${report.id}`,
    );
    expect(row).toMatchObject({ status: 'accepted', pending: null });
    expect(row?.sent).not.toBeNull();
    const [audit] = await queryRows<{ details: Record<string, unknown> }>(
      database.db,
      sql`select details from audit_events where action = 'report.received_by_email' and target_id = ${report.id}`,
    );
    expect(audit?.details).toMatchObject({ evidenceItems: 3, filesRefused: 2, autoReply: 'due' });
  });

  it('answers a Khmer mail in Khmer', async () => {
    const before = relay.messages.length;
    const raw = await compose({
      from: 'ដារា <dara@example.com>',
      subject: 'គេលួចគណនី Facebook របស់ខ្ញុំ',
      text: 'ខ្ញុំចូលគណនីមិនបានទេ ហើយគេផ្ញើសារសុំលុយទៅមិត្តភក្តិរបស់ខ្ញុំ។',
      messageId: '<case-b@mail.example.com>',
    });
    const code = acceptedCode((await send(raw, 'dara@example.com')).response);
    expect(await reportRow(code)).toMatchObject({ language: 'km', type: 'account-takeover' });
    await intake.settled();
    const reply = (await relay.waitFor(before + 1))[before]!;
    expect(reply.rcptTo).toEqual(['dara@example.com']);
    expect(reply.parsed.subject).toBe(`យើងបានទទួលរបាយការណ៍ ${code} របស់អ្នកហើយ`);
    expect(reply.parsed.text).toContain(`លេខកូដតាមដាន៖ ${code}`);
    const secret = /លេខសម្ងាត់៖ ([0-9A-Z-]+)/.exec(reply.parsed.text ?? '')?.[1] ?? '';
    expect((await services.reports.getReportForReporter(code, secret)).trackingCode).toBe(code);
  });

  it('refuses any other recipient with 550', async () => {
    const raw = await compose({ from: 'x@example.com', subject: 'hello', text: 'a scam happened' });
    const outcome = await smtpTransaction(
      intake.port,
      { from: 'x@example.com', to: ['abuse@cert.example.kh'] },
      raw,
    );
    expect(outcome).toMatchObject({ ok: false, code: 550 });
  });

  it('refuses a message over the limit with 552 and keeps nothing of it', async () => {
    const before = { reports: await count('reports'), blobs: await blobFiles() };
    const big = await compose({
      from: 'x@example.com',
      subject: 'A very large scam report',
      text: 'I was scammed. '.repeat(LIMIT / 10),
      messageId: '<case-d@mail.example.com>',
    });
    const streamed = await smtpTransaction(
      intake.port,
      { from: 'x@example.com', to: [INTAKE] },
      big,
    );
    expect(streamed).toMatchObject({ ok: false, code: 552 });

    const { answers, close } = await smtpDialogue(intake.port, [
      'EHLO client.example',
      `MAIL FROM:<x@example.com> SIZE=${LIMIT + 1}`,
    ]);
    close();
    expect(answers[1]).toMatch(new RegExp(`^250[- ]SIZE ${LIMIT}$`, 'm'));
    expect(answers[1]).not.toMatch(/AUTH|STARTTLS/);
    expect(answers[2]).toMatch(/^552 /);

    expect(await count('reports')).toBe(before.reports);
    expect(await blobFiles()).toEqual(before.blobs);
  });

  it('files a message sent twice once, and answers the retry with the same report', async () => {
    const raw = await compose({
      from: 'Chan <chan@example.com>',
      subject: 'Scam call',
      text: 'Someone called and I transferred money to a Wing account: 50 USD.',
      messageId: '<case-e@mail.example.com>',
    });
    const before = { reports: await count('reports'), replies: relay.messages.length };
    const first = acceptedCode((await send(raw, 'chan@example.com')).response);
    await intake.settled();
    const second = acceptedCode((await send(raw, 'chan@example.com')).response);
    await intake.settled();
    expect(second).toBe(first);
    expect(await count('reports')).toBe(before.reports + 1);
    const report = await reportRow(first);
    expect(report.type).toBe('money-scam');
    expect(await services.evidence.listEvidenceForReport(staff, report.id)).toHaveLength(1);
    await relay.waitFor(before.replies + 1);
    expect(relay.messages).toHaveLength(before.replies + 1);
  });

  it('files automatic mail and bounces without answering them', async () => {
    const before = { reports: await count('reports'), replies: relay.messages.length };
    const autoReply = await compose({
      from: 'Out of office <away@example.com>',
      subject: 'Automatic reply: I am away',
      text: 'I am out of the office until Monday.',
      headers: { 'Auto-Submitted': 'auto-replied' },
    });
    acceptedCode((await send(autoReply, 'away@example.com')).response);
    const bounce = await compose({
      from: 'Mail Delivery System <MAILER-DAEMON@example.com>',
      subject: 'Undelivered Mail Returned to Sender',
      text: 'This is the mail system. Your message could not be delivered.',
    });
    acceptedCode((await sendRawMail(intake.port, { from: '', to: [INTAKE] }, bounce)).response);
    await intake.settled();
    expect(await count('reports')).toBe(before.reports + 2);
    expect(relay.messages).toHaveLength(before.replies);
    const reasons = await queryRows<{ reason: string }>(
      database.db,
      sql`select details->>'autoReply' as reason from audit_events
          where action = 'report.received_by_email' order by id desc limit 2`,
    );
    expect(reasons.map((row) => row.reason)).toEqual(['no_sender', 'auto_submitted']);
    const [pending] = await queryRows<{ n: number }>(
      database.db,
      sql`select count(*)::int as n from mail_intake_messages where pending_secret_sealed is not null`,
    );
    expect(pending?.n).toBe(0);
  });
});
