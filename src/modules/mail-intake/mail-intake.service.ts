import { randomUUID } from 'node:crypto';
import { simpleParser, type ParsedMail } from 'mailparser';
import { PUBLIC_ACTOR, SYSTEM_ACTOR } from '../../domain/actor.ts';
import { formatTrackingCode, normaliseTrackingCode } from '../../domain/reports/tracking-code.ts';
import type { BlobPutResult, BlobStore } from '../../platform/blobs/blob-store.ts';
import type { RequestContext } from '../../platform/context.ts';
import type { SecretBox } from '../../platform/crypto/secret-box.ts';
import { isUniqueViolation, type Db } from '../../platform/db/database.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import type { AuditService } from '../audit/index.ts';
import type { EvidenceService } from '../evidence/index.ts';
import type { ReportsService } from '../reports/index.ts';
import { attachMailEvidence, type EvidenceOutcome } from './mail-intake.evidence.ts';
import { readMail, type MailReading, type SuppressionReason } from './mail-intake.message.ts';
import type { ReplyContent } from './mail-intake.reply.ts';
import {
  findIntakeMessage,
  insertIntakeMessage,
  linkIntakeReport,
  markIntakeAccepted,
  markIntakeReplySent,
  abandonOwedReplies,
  listOwedReplies,
  type IntakeMessageRow,
} from './mail-intake.repository.ts';

export type MailIntakeDeps = {
  db: Db;
  audit: AuditService;
  secretBox: SecretBox;
  blobs: BlobStore;
  reports: Pick<ReportsService, 'submitReport' | 'findReportIdForReporter'>;
  evidence: Pick<EvidenceService, 'acquireEvidence' | 'limits'>;
};

/** One message as the SMTP listener hands it over, still streaming in. */
export type IncomingMail = {
  raw: AsyncIterable<Uint8Array>;
  maxBytes: number;
  /** The envelope sender (MAIL FROM); null for the null sender `<>` of bounces. */
  mailFrom: string | null;
  intakeAddress: string;
  remoteAddress: string | null;
  /** Ties the audit events of one SMTP transaction together. */
  requestId: string;
};

export type ReceivedMail = {
  intakeId: string;
  reportId: string;
  /** As shown to people: XXXX-XXXX. */
  trackingCode: string;
  /** True when this message had been received before (a retry): no new report. */
  duplicate: boolean;
  /** The automatic reply to send, or null when none is due. */
  reply: ReplyContent | null;
  suppressedBecause: SuppressionReason | null;
};

export type MailIntakeService = ReturnType<typeof createMailIntakeService>;

/** The parser needs the text only; links and HTML renditions are not made. */
const PARSER_OPTIONS = {
  skipImageLinks: true,
  skipTextToHtml: true,
  skipTextLinks: true,
  maxHtmlLengthToParse: 2_000_000,
};

/** A message's report, and the reporter secret while the reply carrying it is owed. */
type Intake = {
  id: string;
  reportId: string;
  trackingCode: string;
  secret: string | null;
  /** False for the delivery that filed the report, true for any later one. */
  duplicate: boolean;
};

/** How long an owed reply is retried before its secret is forgotten. */
export const REPLY_GIVE_UP_HOURS = 72;

const secretAad = (intakeId: string) => `mail-intake-secret:${intakeId}`;

export function createMailIntakeService(deps: MailIntakeDeps) {
  const { db, audit, secretBox, blobs, reports, evidence } = deps;

  /** Files the report; the intake row commits with it, so a retry can never file it twice. */
  async function fileReport(
    ctx: RequestContext,
    reading: MailReading,
    raw: BlobPutResult,
  ): Promise<Intake> {
    const id = randomUUID();
    const replyDue = reading.suppressedBecause === null;
    const created = await reports.submitReport(
      { ...ctx, actor: PUBLIC_ACTOR },
      reading.body,
      { channel: 'email', observableTexts: reading.observableTexts },
      (tx, answer) =>
        insertIntakeMessage(tx, {
          id,
          messageId: reading.messageId,
          rawSha256: raw.sha256,
          rawSize: raw.size,
          trackingCode: normaliseTrackingCode(answer.trackingCode) ?? answer.trackingCode,
          // Until the report id is linked just below, the secret is how to find it again.
          pendingSecretSealed: secretBox.seal(answer.secret, secretAad(id)),
          status: 'received',
        }),
    );
    await linkIntakeReport(db, id, created.reportId, replyDue);
    const { reportId, trackingCode, secret } = created;
    return { id, reportId, trackingCode, secret, duplicate: false };
  }

  /** A message seen before: its report, and the secret if its reply is still owed. */
  async function resume(row: IntakeMessageRow): Promise<Intake> {
    const secret = row.pendingSecretSealed
      ? secretBox.open(row.pendingSecretSealed, secretAad(row.id))
      : null;
    const trackingCode = formatTrackingCode(row.trackingCode);
    const found = { id: row.id, trackingCode, secret, duplicate: true };
    if (row.reportId) return { ...found, reportId: row.reportId };
    // Stopped between the report's commit and the link: the secret still finds the report.
    if (!secret) throw new Error(`mail intake ${row.id} has neither report nor secret`);
    const reportId = await reports.findReportIdForReporter(trackingCode, secret);
    await linkIntakeReport(db, row.id, reportId, true);
    return { ...found, reportId };
  }

  async function accept(
    ctx: RequestContext,
    intake: { id: string; reportId: string },
    reading: MailReading,
    raw: BlobPutResult,
    kept: EvidenceOutcome,
  ): Promise<void> {
    await inTransaction(db, async (tx) => {
      const replyDue = reading.suppressedBecause === null;
      if (!(await markIntakeAccepted(tx, intake.id, replyDue))) return;
      // Hashes, counts and reasons only: no address, name, subject or Message-ID.
      await audit.record(
        { ...ctx, tx },
        {
          action: 'report.received_by_email',
          targetType: 'report',
          targetId: intake.reportId,
          details: {
            intakeId: intake.id,
            sha256: raw.sha256,
            size: raw.size,
            language: reading.language,
            incidentType: reading.body.incidentType,
            emailKept: kept.emailKept,
            evidenceItems: kept.items,
            filesRefused: kept.refusedFiles.length,
            autoReply: reading.suppressedBecause ?? 'due',
          },
        },
      );
    });
  }

  function replyFor(reading: MailReading, intake: Intake, kept: EvidenceOutcome) {
    const { replyTo, suppressedBecause } = reading;
    if (suppressedBecause !== null || !replyTo || !intake.secret) return null;
    const reply: ReplyContent = {
      to: replyTo,
      language: reading.language,
      trackingCode: intake.trackingCode,
      secret: intake.secret,
      incidentType: reading.body.incidentType,
      keptFiles: kept.keptFiles,
      emailKept: kept.emailKept,
      refusedFiles: kept.refusedFiles,
      inReplyTo: reading.messageId,
      references: reading.references,
    };
    return reply;
  }

  /**
   * Files a stored message (or finds the report it already became), keeps its evidence and
   * audits the intake. `replyOwed` is set when retrying a reply decided on earlier, whose
   * envelope is gone.
   */
  async function process(
    raw: BlobPutResult,
    envelope: Omit<IncomingMail, 'raw' | 'maxBytes'>,
    replyOwed = false,
  ): Promise<ReceivedMail> {
    const mail: ParsedMail = await simpleParser(await blobs.open(raw.sha256), PARSER_OPTIONS);
    const read = readMail(mail, envelope);
    const reading = replyOwed ? { ...read, suppressedBecause: null } : read;
    const ctx: RequestContext = {
      actor: SYSTEM_ACTOR,
      requestId: envelope.requestId,
      ip: envelope.remoteAddress,
      language: reading.language,
    };
    const seen = await findIntakeMessage(db, reading.messageId, raw.sha256);
    const intake = seen
      ? await resume(seen)
      : await fileReport(ctx, reading, raw).catch(async (error: unknown) => {
          // A twin delivery of the same message committed first: go on with its report.
          const twin = isUniqueViolation(error)
            ? await findIntakeMessage(db, reading.messageId, raw.sha256)
            : null;
          if (!twin) throw error;
          return resume(twin);
        });
    const kept = await attachMailEvidence(evidence, ctx, {
      reportId: intake.reportId,
      raw: { open: () => blobs.open(raw.sha256), size: raw.size },
      attachments: mail.attachments,
    });
    await accept(ctx, intake, reading, raw, kept);
    return {
      intakeId: intake.id,
      reportId: intake.reportId,
      trackingCode: intake.trackingCode,
      duplicate: intake.duplicate,
      suppressedBecause: reading.suppressedBecause,
      reply: replyFor(reading, intake, kept),
    };
  }

  return {
    /**
     * Takes one message: stores it as received (nothing is held whole in memory before
     * that), reads it from the store, files the report, keeps the message and its files
     * as evidence and audits the intake. When it resolves, everything is committed and the
     * sender may be told 250. A message received before resolves to the same report.
     * Refuses a message over `maxBytes` (payload_too_large) and leaves nothing behind.
     */
    async receiveMessage(input: IncomingMail): Promise<ReceivedMail> {
      const { raw: stream, maxBytes, ...envelope } = input;
      return process(await blobs.put(stream, { maxBytes }), envelope);
    },

    /** The reply carrying the secret is out: the sealed copy is forgotten. */
    markReplySent: (intakeId: string) => markIntakeReplySent(db, intakeId),

    /**
     * Replies still owed (the relay was down when they were due), rebuilt from the stored
     * message; replies owed for longer than REPLY_GIVE_UP_HOURS are given up and their
     * sealed secret forgotten. Returns what to send, and how many were given up.
     */
    async owedReplies(
      intakeAddress: string,
      limit = 20,
    ): Promise<{ replies: ReceivedMail[]; givenUp: number }> {
      const givenUp = await abandonOwedReplies(db, REPLY_GIVE_UP_HOURS);
      const replies: ReceivedMail[] = [];
      for (const row of await listOwedReplies(db, limit)) {
        const raw = { sha256: row.rawSha256, size: row.rawSize, created: false };
        const envelope = { mailFrom: null, intakeAddress, remoteAddress: null };
        replies.push(await process(raw, { ...envelope, requestId: `mail-reply-${row.id}` }, true));
      }
      return { replies, givenUp };
    },
  };
}
