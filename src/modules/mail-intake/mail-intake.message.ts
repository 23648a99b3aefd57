import type { AddressObject, HeaderValue, ParsedMail } from 'mailparser';
import type { Language } from '../../domain/language.ts';
import {
  normaliseText,
  PublicReportBodySchema,
  ReportContactSchema,
  type PublicReportBody,
  type ReportContact,
} from '../../domain/reports/report.schemas.ts';
import { detectLanguage, guessIncidentType } from './mail-intake.classify.ts';

/** The description limit of a report (PublicReportBodySchema), with room for the note. */
const DESCRIPTION_MAX = 10_000;
const DESCRIPTION_MIN = 10;

const NOTES: Record<'cut' | 'empty', Record<Language, string>> = {
  cut: {
    en: '[…] (Cut here: the whole e-mail is kept as evidence.)',
    km: '[…] (កាត់ត្រឹមនេះ៖ អ៊ីមែលទាំងមូលត្រូវបានរក្សាទុកជាភស្តុតាង។)',
  },
  empty: {
    en: '(An e-mail without text: see the e-mail and its files, kept as evidence.)',
    km: '(អ៊ីមែលគ្មានអត្ថបទ៖ សូមមើលអ៊ីមែល និងឯកសាររបស់វា ដែលបានរក្សាទុកជាភស្តុតាង។)',
  },
};

/** Where the reply goes and who it is for; null when no reply may be sent (see below). */
export type ReplyTarget = { address: string; name?: string };

export type SuppressionReason =
  | 'no_sender'
  | 'mailer_daemon'
  | 'auto_submitted'
  | 'bulk'
  | 'mailing_list'
  | 'delivery_report'
  | 'no_reply_address'
  | 'own_address';

export type MailReading = {
  body: PublicReportBody;
  language: Language;
  /** The Message-ID without angle brackets; '' when the message has none. */
  messageId: string;
  references: string[];
  subject: string;
  replyTo: ReplyTarget | null;
  /** Why no automatic reply may go out, or null when one may. */
  suppressedBecause: SuppressionReason | null;
  /**
   * Text beyond the description where observables hide: the whole body (the description
   * may be cut) and text attachments (forwarded SMS, chat exports, logs).
   */
  observableTexts: string[];
};

/** How much attachment text is searched for observables, per message. */
const OBSERVABLE_TEXT_LIMIT = 512 * 1024;

function textOfAttachments(mail: ParsedMail): string[] {
  const texts: string[] = [];
  let budget = OBSERVABLE_TEXT_LIMIT;
  for (const attachment of mail.attachments) {
    if (!attachment.contentType.startsWith('text/') || budget <= 0) continue;
    const raw = attachment.content.subarray(0, budget).toString('utf8');
    budget -= raw.length;
    texts.push(attachment.contentType === 'text/html' ? stripTags(raw) : raw);
  }
  return texts;
}

/** Turns a parsed e-mail into a report, and decides whether it may be answered. */
export function readMail(
  mail: ParsedMail,
  envelope: { mailFrom: string | null; intakeAddress: string },
): MailReading {
  const subject = normaliseText(mail.subject ?? '');
  const html = typeof mail.html === 'string' ? mail.html : '';
  const text = normaliseText(mail.text || stripTags(html));
  const language = detectLanguage(`${subject}\n${text}`);
  const incidentType = guessIncidentType(`${subject}\n${text}`);
  const from = firstAddress(mail.from);
  const contact = contactOf(from ?? (envelope.mailFrom ? { address: envelope.mailFrom } : null));
  const description = describe(subject, text, language);
  const parsed = PublicReportBodySchema.safeParse({ incidentType, description, language, contact });
  const body = parsed.success
    ? parsed.data
    : PublicReportBodySchema.parse({
        incidentType: 'other',
        description: NOTES.empty[language],
        language,
        contact: null,
      });
  const replyTo = firstAddress(mail.replyTo) ?? from;
  return {
    body,
    language,
    messageId: bareMessageId(mail.messageId),
    references: [mail.references ?? []].flat().map(bareMessageId).filter(Boolean),
    subject,
    replyTo: replyTo?.address ? { address: replyTo.address, ...nameOf(replyTo) } : null,
    suppressedBecause: suppression(mail, envelope, replyTo?.address ?? null),
    observableTexts: [text, ...textOfAttachments(mail)],
  };
}

/** Subject as the first line, then the text; cut to the report's limit, never below its minimum. */
function describe(subject: string, text: string, language: Language): string {
  let description = [subject, text].filter(Boolean).join('\n\n');
  if (description.length > DESCRIPTION_MAX) {
    const note = `\n\n${NOTES.cut[language]}`;
    description = cutAtGrapheme(description, DESCRIPTION_MAX - note.length) + note;
  }
  if (description.length < DESCRIPTION_MIN) {
    description = [description, NOTES.empty[language]].filter(Boolean).join('\n\n');
  }
  return description;
}

function cutAtGrapheme(text: string, max: number): string {
  let out = '';
  for (const { segment } of new Intl.Segmenter('km', { granularity: 'grapheme' }).segment(text)) {
    if (out.length + segment.length > max) break;
    out += segment;
  }
  return out;
}

/**
 * HTML as plain text when a message has no text part and mailparser gave none: enough for
 * an analyst to read; the original HTML stays in the .eml evidence.
 */
export function stripTags(html: string): string {
  return html
    .replace(/<(script|style|head)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<(br|\/p|\/div|\/li|\/tr|\/h[1-6])\b[^>]*>/gi, '\n')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/gi, ' ')
    .replace(/&lt;/gi, '<')
    .replace(/&gt;/gi, '>')
    .replace(/&quot;/gi, '"')
    .replace(/&#39;|&apos;/gi, "'")
    .replace(/&amp;/gi, '&')
    .replace(/[ \t]+/g, ' ')
    .replace(/ *\n[\s]*/g, '\n')
    .trim();
}

type Address = { address?: string; name?: string };

function firstAddress(header: AddressObject | AddressObject[] | undefined): Address | null {
  const list = [header ?? []].flat().flatMap((object) => object.value);
  const found = list.flatMap((entry) => (entry.group ? entry.group : [entry]))[0];
  return found?.address ? found : null;
}

const nameOf = (address: Address): { name?: string } => {
  const name = normaliseText(address.name ?? '');
  return name ? { name } : {};
};

/** The sender as contact details, or as much of them as is valid; null when nothing is. */
function contactOf(address: Address | null): ReportContact | null {
  if (!address) return null;
  const name = nameOf(address).name;
  const attempts = [{ name, email: address.address }, { email: address.address }, { name }];
  for (const attempt of attempts) {
    const parsed = ReportContactSchema.safeParse(attempt);
    if (parsed.success) return parsed.data;
  }
  return null;
}

const bareMessageId = (value: string | undefined): string =>
  (value ?? '').trim().replace(/^<|>$/g, '').slice(0, 998);

/** Text of a header field as mailparser decoded it ('' when absent). */
export function headerText(mail: ParsedMail, name: string): string {
  const value: HeaderValue | undefined = mail.headers.get(name);
  const first: unknown = Array.isArray(value) ? value[0] : value;
  if (typeof first === 'string') return first.trim();
  if (first && typeof first === 'object' && 'value' in first) {
    const inner = first.value;
    return typeof inner === 'string' ? inner.trim() : 'present';
  }
  return first === undefined ? '' : 'present';
}

const ROBOT_SENDER = /^(mailer-daemon|postmaster|no-?reply|do-?not-?reply)(\+.*)?@/i;

/**
 * RFC 3834 loop protection: no automatic answer to bounces, other automatic mail, bulk
 * and list mail, or a message without anyone to answer. Such messages are still reports.
 */
function suppression(
  mail: ParsedMail,
  envelope: { mailFrom: string | null; intakeAddress: string },
  replyAddress: string | null,
): SuppressionReason | null {
  if (!envelope.mailFrom) return 'no_sender';
  if (ROBOT_SENDER.test(envelope.mailFrom) || (replyAddress && ROBOT_SENDER.test(replyAddress))) {
    return 'mailer_daemon';
  }
  const autoSubmitted = headerText(mail, 'auto-submitted').toLowerCase();
  if (autoSubmitted && autoSubmitted !== 'no') return 'auto_submitted';
  if (headerText(mail, 'x-autoreply') || headerText(mail, 'x-autorespond')) {
    return 'auto_submitted';
  }
  if (/\b(all|autoreply|oof)\b/i.test(headerText(mail, 'x-auto-response-suppress'))) {
    return 'auto_submitted';
  }
  if (/^(bulk|junk|list)$/i.test(headerText(mail, 'precedence'))) return 'bulk';
  // mailparser folds List-* fields into one "list" entry; the raw lines name them.
  const listFields = new Set(['list-id', 'list-unsubscribe', 'list-post']);
  if (mail.headerLines.some((line) => listFields.has(line.key))) {
    return 'mailing_list';
  }
  if (/^multipart\/report$/i.test(headerText(mail, 'content-type'))) return 'delivery_report';
  if (!replyAddress) return 'no_reply_address';
  if (replyAddress.toLowerCase() === envelope.intakeAddress.toLowerCase()) return 'own_address';
  return null;
}
