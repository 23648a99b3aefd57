import type { Readable } from 'node:stream';
import type {
  EvidenceItem,
  EvidenceSource,
  EvidenceVariant,
  PublicEvidenceItem,
} from '../../domain/evidence/evidence.schemas.ts';
import type { MediaType } from '../../domain/evidence/media-types.ts';
import { requirePermission } from '../../platform/authorize.ts';
import type { BlobStore } from '../../platform/blobs/blob-store.ts';
import type { RequestContext, TxContext } from '../../platform/context.ts';
import type { Db } from '../../platform/db/database.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { AppError } from '../../platform/errors.ts';
import type { AuditService } from '../audit/index.ts';
import { formatSize } from './evidence.messages.ts';
import {
  fileError,
  storeEvidenceFile,
  type IncomingFile,
  type StoredFile,
} from './evidence.intake.ts';
import { presentEvidenceItem, presentPublicEvidenceItem } from './evidence.presenter.ts';
import {
  countEvidenceByReport,
  findEvidenceByHashes,
  findEvidenceItem,
  insertEvidenceItem,
  listEvidenceByReport,
  lockReportEvidence,
  sumEvidenceBytes,
  type EvidenceRow,
} from './evidence.repository.ts';
import { verifyingStream } from './evidence.verify.ts';

export type { IncomingFile } from './evidence.intake.ts';

export type UploadLimits = { maxFileBytes: number; maxReportBytes: number };

export const DEFAULT_UPLOAD_LIMITS: UploadLimits = {
  maxFileBytes: 25 * 1024 * 1024,
  maxReportBytes: 100 * 1024 * 1024,
};

/** Files in one request: enough for a batch of screenshots, few enough to answer quickly. */
export const MAX_FILES_PER_REQUEST = 20;

export type EvidenceDeps = {
  db: Db;
  audit: AuditService;
  blobs: BlobStore;
  limits: UploadLimits;
  /** The reports module's reporter check: the report's id, or the same not_found as ever. */
  findReportIdForReporter: (trackingCode: string, secret: string) => Promise<string>;
};

export type AcquireEvidenceInput = {
  reportId: string | null;
  source: EvidenceSource;
  files: AsyncIterable<IncomingFile>;
  limits?: UploadLimits;
};

export type OpenedEvidence = {
  item: EvidenceItem;
  variant: EvidenceVariant;
  sha256: string;
  size: number;
  contentType: MediaType;
  stream: Readable;
};

export type EvidenceService = ReturnType<typeof createEvidenceService>;

export function createEvidenceService(deps: EvidenceDeps) {
  const { db, audit, blobs } = deps;

  /** Streams every file into the blob store, then records them all in one transaction. */
  async function acquire(ctx: RequestContext, input: AcquireEvidenceInput) {
    const limits = input.limits ?? deps.limits;
    const { reportId } = input;
    const used = reportId ? await sumEvidenceBytes(db, reportId) : 0;
    const stored: StoredFile[] = [];
    let incoming = 0;
    let index = 0;
    for await (const file of input.files) {
      const where = { index, language: ctx.language };
      if (index >= MAX_FILES_PER_REQUEST) {
        throw fileError('payload_too_large', 'too_many_files', where, {
          limit: MAX_FILES_PER_REQUEST,
        });
      }
      const room = reportId ? limits.maxReportBytes - used - incoming : Infinity;
      const limitKind = limits.maxFileBytes <= room ? 'file' : 'report';
      const limit = limitKind === 'file' ? limits.maxFileBytes : limits.maxReportBytes;
      if (room <= 0) {
        throw fileError('payload_too_large', 'report_full', where, { limit: formatSize(limit) });
      }
      const maxBytes = Math.min(limits.maxFileBytes, room);
      const one = await storeEvidenceFile(blobs, file, { ...where, maxBytes, limitKind, limit });
      if (!stored.some((earlier) => earlier.sha256 === one.sha256)) {
        stored.push(one);
        const known = reportId ? await findEvidenceByHashes(db, reportId, [one.sha256]) : [];
        if (known.length === 0) incoming += one.size;
      }
      index++;
    }
    if (stored.length === 0) {
      throw fileError('validation_failed', 'no_files', { index: 0, language: ctx.language });
    }
    return inTransaction(db, (tx) => record({ ...ctx, tx }, input, stored, limits));
  }

  /**
   * Inserts the rows and their audit events. A file the report already holds (a retried
   * upload) gives back its existing item; the per-report limit is checked again here,
   * under a lock, against what concurrent uploads committed meanwhile.
   */
  async function record(
    ctx: TxContext,
    input: AcquireEvidenceInput,
    stored: StoredFile[],
    limits: UploadLimits,
  ): Promise<EvidenceRow[]> {
    const { reportId } = input;
    const hashes = stored.map((file) => file.sha256);
    if (reportId) await lockReportEvidence(ctx.tx, reportId);
    const existing = reportId ? await findEvidenceByHashes(ctx.tx, reportId, hashes) : [];
    const fresh = stored.filter((file) => !existing.some((row) => row.sha256 === file.sha256));
    if (reportId && fresh.length > 0) {
      const total =
        (await sumEvidenceBytes(ctx.tx, reportId)) + fresh.reduce((sum, f) => sum + f.size, 0);
      if (total > limits.maxReportBytes) {
        const index = stored.indexOf(fresh[fresh.length - 1]!);
        throw fileError(
          'payload_too_large',
          'report_full',
          { index, language: ctx.language },
          {
            limit: formatSize(limits.maxReportBytes),
          },
        );
      }
    }
    const rows: EvidenceRow[] = [];
    for (const file of stored) {
      const known = existing.find((row) => row.sha256 === file.sha256);
      rows.push(known ?? (await insertOne(ctx, input, file)));
    }
    return rows;
  }

  async function insertOne(ctx: TxContext, input: AcquireEvidenceInput, file: StoredFile) {
    const { actor } = ctx;
    const row = await insertEvidenceItem(ctx.tx, {
      sha256: file.sha256,
      sizeBytes: file.size,
      contentType: file.contentType,
      originalName: file.originalName,
      displaySha256: file.displaySha256,
      source: input.source,
      reportId: input.reportId,
      acquiredByKind: actor.kind,
      acquiredByUserId: actor.kind === 'staff' ? actor.userId : null,
    });
    // No file name in the log: names can identify people ("passport-Sok-Dara.jpg").
    await audit.record(ctx, {
      action: 'evidence.acquired',
      targetType: 'evidence',
      targetId: row.id,
      details: {
        reportId: input.reportId,
        source: input.source,
        sha256: file.sha256,
        size: file.size,
        contentType: file.contentType,
        displayCopy: file.displaySha256 !== null,
      },
    });
    return row;
  }

  return {
    limits: deps.limits,

    /**
     * Evidence from staff, e-mail intake or the API, for a report or on its own. Staff need
     * reports:read (a narrower evidence permission can replace it when roles grow).
     */
    async acquireEvidence(
      ctx: RequestContext,
      input: AcquireEvidenceInput,
    ): Promise<EvidenceItem[]> {
      requirePermission(ctx, 'reports:read');
      const rows = await acquire(ctx, input);
      return rows.map(presentEvidenceItem);
    },

    /** A reporter adds files to their report, proving it with its code and secret. */
    async acquireReporterEvidence(
      ctx: RequestContext,
      input: { trackingCode: string; secret: string; files: AsyncIterable<IncomingFile> },
    ): Promise<PublicEvidenceItem[]> {
      const reportId = await deps.findReportIdForReporter(input.trackingCode, input.secret);
      const rows = await acquire(ctx, { reportId, source: 'public-report', files: input.files });
      return rows.map(presentPublicEvidenceItem);
    },

    /** How many items a report holds; for the reporter's own status page. */
    countEvidenceForReport: (reportId: string): Promise<number> =>
      countEvidenceByReport(deps.db, reportId),

    async listEvidenceForReport(ctx: RequestContext, reportId: string): Promise<EvidenceItem[]> {
      requirePermission(ctx, 'reports:read');
      return (await listEvidenceByReport(db, reportId)).map(presentEvidenceItem);
    },

    /**
     * The bytes of an item for a staff member; the access is audited before any byte goes
     * out, and the stream re-verifies the SHA-256, failing (and auditing) on a mismatch.
     */
    async openEvidence(
      ctx: RequestContext,
      evidenceId: string,
      variant: EvidenceVariant,
    ): Promise<OpenedEvidence> {
      requirePermission(ctx, 'reports:read');
      const { row, sha256 } = await inTransaction(db, async (tx) => {
        const found = await findEvidenceItem(tx, evidenceId);
        const wanted = variant === 'display' ? found?.displaySha256 : found?.sha256;
        if (!found || !wanted) throw new AppError('not_found');
        await audit.record(
          { ...ctx, tx },
          {
            action: 'evidence.accessed',
            targetType: 'evidence',
            targetId: found.id,
            details: { variant, sha256: wanted, reportId: found.reportId },
          },
        );
        return { row: found, sha256: wanted };
      });
      const integrityFailed = (reason: string, actual: string | null) =>
        audit
          .recordAlone(ctx, {
            action: 'evidence.integrity_failed',
            outcome: 'failure',
            targetType: 'evidence',
            targetId: row.id,
            details: { variant, expected: sha256, actual, reason },
          })
          .catch(() => undefined);
      const size = await blobs.stat(sha256);
      if (!size) {
        await integrityFailed('missing', null);
        throw new AppError('internal', {
          detail: `blob ${sha256} of evidence ${row.id} is missing`,
        });
      }
      const raw = await blobs.open(sha256);
      const stream = verifyingStream(raw, sha256, (actual) => void integrityFailed('hash', actual));
      const item = presentEvidenceItem(row);
      return { item, variant, sha256, size: size.size, contentType: item.contentType, stream };
    },
  };
}
