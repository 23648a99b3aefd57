import type { Attachment } from 'mailparser';
import type { RequestContext } from '../../platform/context.ts';
import { isAppError } from '../../platform/errors.ts';
import type { EvidenceService, IncomingFile } from '../evidence/index.ts';

/** Attachments kept per message; more are refused (they stay inside the kept .eml). */
export const MAX_ATTACHMENTS = 50;

const REFUSED_NOTE = {
  en: (count: number) => `${count} more files: one e-mail may bring ${MAX_ATTACHMENTS} at most.`,
  km: (count: number) => `ឯកសារ ${count} ទៀត៖ អ៊ីមែលមួយអាចភ្ជាប់ឯកសារបានយ៉ាងច្រើន ${MAX_ATTACHMENTS}។`,
};

/** Refusals that concern one file (its type, size, emptiness), not the intake. */
const FILE_REFUSALS = new Set(['unsupported_media_type', 'validation_failed', 'payload_too_large']);

export type EvidenceOutcome = {
  emailKept: boolean;
  keptFiles: string[];
  /** One sentence per refused file, in the context's language. */
  refusedFiles: string[];
  items: number;
};

type Acquire = Pick<EvidenceService, 'acquireEvidence' | 'limits'>;

async function* one(file: IncomingFile): AsyncGenerator<IncomingFile> {
  yield file;
}

async function* bytes(content: Buffer): AsyncGenerator<Uint8Array> {
  yield content;
}

/**
 * Keeps the message as received and each attachment as evidence of the report, one file at
 * a time, so a file the evidence rules refuse (type, name, size) is listed instead of
 * sinking the others. Safe to run again: the report already holding a file keeps one item.
 * Any other failure (database, disk) is thrown, and the message is answered 451.
 */
export async function attachMailEvidence(
  evidence: Acquire,
  ctx: RequestContext,
  input: {
    reportId: string;
    raw: { open: () => Promise<AsyncIterable<Uint8Array>>; size: number };
    attachments: Attachment[];
  },
): Promise<EvidenceOutcome> {
  // The message may be larger than one upload, and its files together up to twice its size.
  const limits = {
    maxFileBytes: Math.max(evidence.limits.maxFileBytes, input.raw.size),
    maxReportBytes: Math.max(evidence.limits.maxReportBytes, 2 * input.raw.size),
  };
  const keep = async (file: IncomingFile): Promise<{ name: string } | { refused: string }> => {
    try {
      const [item] = await evidence.acquireEvidence(ctx, {
        reportId: input.reportId,
        source: 'email',
        files: one(file),
        limits,
      });
      return { name: item?.originalName ?? '' };
    } catch (error) {
      const refusal = isAppError(error) && FILE_REFUSALS.has(error.code) && error.fields?.[0];
      if (!refusal) throw error;
      return { refused: refusal.message };
    }
  };

  const outcome: EvidenceOutcome = { emailKept: false, keptFiles: [], refusedFiles: [], items: 0 };
  const email = await keep({
    originalName: 'message.eml',
    declaredType: 'message/rfc822',
    stream: await input.raw.open(),
  });
  if ('name' in email) {
    outcome.emailKept = true;
    outcome.items++;
  }
  for (const attachment of input.attachments.slice(0, MAX_ATTACHMENTS)) {
    const kept = await keep({
      originalName: attachment.filename ?? null,
      declaredType: attachment.contentType || null,
      stream: bytes(attachment.content),
    });
    if ('name' in kept) {
      outcome.keptFiles.push(kept.name);
      outcome.items++;
    } else {
      outcome.refusedFiles.push(kept.refused);
    }
  }
  const over = input.attachments.length - MAX_ATTACHMENTS;
  if (over > 0) outcome.refusedFiles.push(REFUSED_NOTE[ctx.language](over));
  return outcome;
}
