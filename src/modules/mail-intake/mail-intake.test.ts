import { describe, expect, it } from 'vitest';
import { simpleParser } from 'mailparser';
import MailComposer from 'nodemailer/lib/mail-composer';
import { detectLanguage, guessIncidentType, scoreIncidentTypes } from './mail-intake.classify.ts';
import { readMail, stripTags } from './mail-intake.message.ts';
import { composeReply, type ReplyContent } from './mail-intake.reply.ts';

const INTAKE = 'report@cert.example.kh';

async function read(
  options: ConstructorParameters<typeof MailComposer>[0],
  mailFrom: string | null = 'sender@example.com',
) {
  const raw = await new MailComposer({ to: INTAKE, ...options }).compile().build();
  return readMail(await simpleParser(raw), { mailFrom, intakeAddress: INTAKE });
}

describe('guessIncidentType', () => {
  it.each([
    ['I was scammed: I transferred money to an ACLEDA account', 'money-scam'],
    ['Someone called pretending to be the police and I sent money by Wing', 'money-scam'],
    ['My Facebook page was hacked and I cannot log in', 'account-takeover'],
    ['Hackers took over my Telegram account', 'account-takeover'],
    ['I got a fake website link asking me to verify your account', 'phishing'],
    ['Phishing SMS pretending to be ABA', 'phishing'],
    ['ខ្ញុំត្រូវគេបោកប្រាស់ ហើយបានផ្ទេរប្រាក់ ១០០ ដុល្លារ', 'money-scam'],
    ['គណនី Facebook របស់ខ្ញុំត្រូវបានគេលួច ខ្ញុំចូលគណនីមិនបាន', 'account-takeover'],
    ['ខ្ញុំទទួលបានសារ\u200bក្លែងក្លាយ ដែលមានតំណភ្ជាប់', 'phishing'],
    ['Our website shows a strange page since this morning', 'other'],
    ['ម៉ាស៊ីនមេរបស់យើងដំណើរការយឺត', 'other'],
    ['password', 'other'],
  ])('%s → %s', (text, expected) => {
    expect(guessIncidentType(text)).toBe(expected);
  });

  it('lets the more urgent kind win a tie: money lost over a fake page', () => {
    const text = 'A fake website took my card and I transferred money';
    expect(scoreIncidentTypes(text)['money-scam']).toBe(scoreIncidentTypes(text).phishing);
    expect(guessIncidentType(text)).toBe('money-scam');
  });
});

describe('detectLanguage', () => {
  it('is Khmer when any Khmer letter appears, English otherwise', () => {
    expect(detectLanguage('Fwd: សារ from ABA')).toBe('km');
    expect(detectLanguage('០១២')).toBe('km');
    expect(detectLanguage('Bonjour, je suis victime')).toBe('en');
  });
});

describe('readMail', () => {
  it('makes the subject the first line, the sender a contact, and keeps threading ids', async () => {
    const reading = await read({
      from: 'Sok Dara <sok@example.com>',
      subject: 'Scam call',
      text: 'They asked for my OTP code.',
      messageId: '<m1@example.com>',
      references: ['<m0@example.com>'],
    });
    expect(reading.body).toMatchObject({
      description: 'Scam call\n\nThey asked for my OTP code.',
      language: 'en',
      contact: { name: 'Sok Dara', email: 'sok@example.com' },
    });
    expect(reading).toMatchObject({
      messageId: 'm1@example.com',
      references: ['m0@example.com'],
      replyTo: { address: 'sok@example.com', name: 'Sok Dara' },
      suppressedBecause: null,
    });
  });

  it('reads HTML-only mail as text and prefers Reply-To for the answer', async () => {
    const reading = await read({
      from: 'a@example.com',
      replyTo: 'b@example.com',
      subject: 'Fake page',
      html: '<html><head><style>p{}</style></head><body><p>Look at <b>this</b> fake&nbsp;page</p></body></html>',
    });
    expect(reading.body.description).toMatch(/^Fake page\n\nLook at this\sfake\spage$/);
    expect(reading.replyTo?.address).toBe('b@example.com');
  });

  it('fills an empty mail with a note and cuts a long one at the limit', async () => {
    const empty = await read({ from: 'a@example.com', subject: 'Hi' });
    expect(empty.body.description).toMatch(/^Hi\n\n\(An e-mail without text/);
    const long = await read({ from: 'a@example.com', subject: 'ក', text: 'ខ្ញុំ '.repeat(4000) });
    expect(long.body.description.length).toBeLessThanOrEqual(10_000);
    expect(long.body.description).toMatch(/កាត់ត្រឹមនេះ/);
    expect(long.language).toBe('km');
  });

  it('drops an invalid sender address from the contact but keeps the name', async () => {
    const reading = await read({
      from: 'Dara <dara@localhost>',
      subject: 'x',
      text: 'my account was hacked',
    });
    expect(reading.body.contact).toEqual({ name: 'Dara' });
  });

  it.each([
    [{ headers: { 'Auto-Submitted': 'auto-generated' } }, 'sender@example.com', 'auto_submitted'],
    [{ headers: { 'Auto-Submitted': 'no' } }, 'sender@example.com', null],
    [{ headers: { Precedence: 'bulk' } }, 'sender@example.com', 'bulk'],
    [{ headers: { 'List-Id': '<scams.lists.example.com>' } }, 'sender@example.com', 'mailing_list'],
    [{ headers: { 'X-Auto-Response-Suppress': 'All' } }, 'sender@example.com', 'auto_submitted'],
    [{}, null, 'no_sender'],
    [{}, 'MAILER-DAEMON@example.com', 'mailer_daemon'],
    [{ from: 'noreply@bank.example' }, 'bounce@bank.example', 'mailer_daemon'],
    [{ from: INTAKE }, 'sender@example.com', 'own_address'],
  ])('loop protection: %j from %s → %s', async (extra, mailFrom, expected) => {
    const reading = await read(
      { from: 'a@example.com', subject: 's', text: 'text', ...extra },
      mailFrom,
    );
    expect(reading.suppressedBecause).toBe(expected);
  });
});

describe('stripTags', () => {
  it('drops scripts and styles, keeps line breaks and decodes entities', () => {
    expect(stripTags('<script>alert(1)</script><p>A &amp; B</p><br>C&lt;D')).toBe('A & B\nC<D');
  });
});

describe('composeReply', () => {
  const content: ReplyContent = {
    to: { address: 'sok@example.com', name: 'Sok' },
    language: 'km',
    trackingCode: '7KQM-3XWD',
    secret: 'AAAAA-BBBBB-CCCCC-DDDDD',
    incidentType: 'money-scam',
    keptFiles: ['receipt.jpg'],
    emailKept: true,
    refusedFiles: ['program.exe …'],
    inReplyTo: 'm1@example.com',
    references: ['m0@example.com'],
  };

  it('answers in Khmer, in the thread, marked as an automatic reply', () => {
    const mail = composeReply(content, { from: INTAKE, publicUrl: 'https://cert.example.kh' });
    expect(mail).toMatchObject({
      from: INTAKE,
      to: content.to,
      subject: 'យើងបានទទួលរបាយការណ៍ 7KQM-3XWD របស់អ្នកហើយ',
      inReplyTo: '<m1@example.com>',
      references: ['<m0@example.com>', '<m1@example.com>'],
      headers: { 'Auto-Submitted': 'auto-replied', 'X-Auto-Response-Suppress': 'All' },
    });
    expect(mail.text).toContain('លេខកូដតាមដាន៖ 7KQM-3XWD\nលេខសម្ងាត់៖ AAAAA-BBBBB-CCCCC-DDDDD');
    expect(mail.text).toContain('https://cert.example.kh/check');
    expect(mail.text).toContain('- អ៊ីមែលរបស់អ្នក ដូចដែលអ្នកបានផ្ញើ\n- receipt.jpg');
    expect(mail.text).toContain('- program.exe …');
    expect(mail.text).toContain('ទូរស័ព្ទទៅធនាគារ');
  });

  it('answers in English with the advice of the kind of incident', () => {
    const mail = composeReply(
      { ...content, language: 'en', keptFiles: [], refusedFiles: [], emailKept: false },
      { from: INTAKE, publicUrl: 'https://cert.example.kh' },
    );
    expect(mail.subject).toBe('Your report 7KQM-3XWD was received');
    expect(mail.text).not.toContain('What we kept');
    expect(mail.text).toContain('Call your bank or e-wallet now');
  });
});
