import type { Language } from '../../domain/language.ts';
import { IMMEDIATE_ADVICE } from '../../domain/reports/advice.ts';
import type { IncidentTypeId } from '../../domain/taxonomy/incident-types.ts';
import type { OutgoingMail } from '../../platform/mail/mail-sender.ts';
import type { ReplyTarget } from './mail-intake.message.ts';

/** What the automatic reply says: which report, how to open it, and what was kept. */
export type ReplyContent = {
  to: ReplyTarget;
  language: Language;
  trackingCode: string;
  secret: string;
  incidentType: IncidentTypeId;
  /** Names of the files kept as evidence (the e-mail itself is mentioned apart). */
  keptFiles: string[];
  emailKept: boolean;
  /** One sentence per file that was not kept, in the reply's language. */
  refusedFiles: string[];
  /** The Message-ID being answered, and the thread before it (no angle brackets). */
  inReplyTo: string;
  references: string[];
};

type Texts = {
  subject: (code: string) => string;
  /** Between a label and its value: Khmer writes ៖ where English writes a colon. */
  colon: string;
  greeting: string;
  received: string;
  code: string;
  secret: string;
  keep: string;
  check: string;
  kept: string;
  emailItself: string;
  refused: string;
  advice: string;
  footer: string;
};

const TEXTS: Record<Language, Texts> = {
  en: {
    subject: (code) => `Your report ${code} was received`,
    colon: ': ',
    greeting: 'Hello,',
    received: 'Thank you. The national CERT received your report by e-mail.',
    code: 'Tracking code',
    secret: 'Secret',
    keep:
      'Keep both, and do not share them: together they open your report. ' +
      'We cannot recover the secret.',
    check: 'Check your report, add information or files:',
    kept: 'What we kept as evidence:',
    emailItself: 'your e-mail, exactly as you sent it',
    refused: 'Files we could not keep:',
    advice: 'What to do now:',
    footer:
      'This is an automatic reply. We never ask for your passwords or codes. ' +
      'Do not reply with the secret.',
  },
  km: {
    subject: (code) => `យើងបានទទួលរបាយការណ៍ ${code} របស់អ្នកហើយ`,
    colon: '៖ ',
    greeting: 'ជម្រាបសួរ',
    received: 'សូមអរគុណ។ CERT ជាតិបានទទួលរបាយការណ៍របស់អ្នកតាមអ៊ីមែលហើយ។',
    code: 'លេខកូដតាមដាន',
    secret: 'លេខសម្ងាត់',
    keep:
      'សូមរក្សាទុកទាំងពីរ ហើយកុំចែករំលែកវាឱ្យអ្នកដទៃ៖ ទាំងពីររួមគ្នាបើករបាយការណ៍របស់អ្នក។ ' +
      'យើងមិនអាចយកលេខសម្ងាត់មកវិញបានទេ។',
    check: 'ពិនិត្យរបាយការណ៍របស់អ្នក បន្ថែមព័ត៌មាន ឬឯកសារ៖',
    kept: 'អ្វីដែលយើងបានរក្សាទុកជាភស្តុតាង៖',
    emailItself: 'អ៊ីមែលរបស់អ្នក ដូចដែលអ្នកបានផ្ញើ',
    refused: 'ឯកសារដែលយើងមិនអាចរក្សាទុកបាន៖',
    advice: 'អ្វីដែលត្រូវធ្វើឥឡូវនេះ៖',
    footer:
      'នេះជាការឆ្លើយតបដោយស្វ័យប្រវត្តិ។ យើងមិនដែលសុំពាក្យសម្ងាត់ ឬលេខកូដរបស់អ្នកទេ។ ' + 'កុំឆ្លើយតបដោយភ្ជាប់លេខសម្ងាត់។',
  },
};

const list = (items: readonly string[]) => items.map((item) => `- ${item}`);

/**
 * The automatic answer to a report received by e-mail (RFC 3834): in the sender's language,
 * marked `Auto-Submitted: auto-replied` so that other robots do not answer it, and in the
 * thread of the message it answers.
 */
export function composeReply(
  content: ReplyContent,
  options: { from: string; publicUrl: string },
): OutgoingMail {
  const t = TEXTS[content.language];
  const kept = [...(content.emailKept ? [t.emailItself] : []), ...content.keptFiles];
  const advice = IMMEDIATE_ADVICE[content.incidentType].map((item) => item[content.language]);
  const lines = [
    t.greeting,
    '',
    t.received,
    '',
    `${t.code}${t.colon}${content.trackingCode}`,
    `${t.secret}${t.colon}${content.secret}`,
    '',
    t.keep,
    '',
    t.check,
    `${options.publicUrl}/check`,
    ...(kept.length ? ['', t.kept, ...list(kept)] : []),
    ...(content.refusedFiles.length ? ['', t.refused, ...list(content.refusedFiles)] : []),
    ...(advice.length ? ['', t.advice, ...list(advice)] : []),
    '',
    '-- ',
    t.footer,
  ];
  const inReplyTo = content.inReplyTo ? `<${content.inReplyTo}>` : undefined;
  const references = [...content.references, content.inReplyTo]
    .filter(Boolean)
    .map((id) => `<${id}>`);
  return {
    from: options.from,
    to: content.to,
    subject: t.subject(content.trackingCode),
    text: `${lines.join('\n')}\n`,
    ...(inReplyTo ? { inReplyTo } : {}),
    ...(references.length ? { references } : {}),
    headers: {
      'Auto-Submitted': 'auto-replied',
      // Asks Exchange and Outlook not to answer this answer (out-of-office loops).
      'X-Auto-Response-Suppress': 'All',
    },
  };
}
