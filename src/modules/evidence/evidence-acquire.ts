import type { AcquisitionMethod } from '../../domain/evidence/custody.schemas.ts';
import type { EvidenceSource } from '../../domain/evidence/evidence.schemas.ts';
import type { BlobStore } from '../../platform/blobs/blob-store.ts';
import type { RequestContext, TxContext } from '../../platform/context.ts';
import type { Db } from '../../platform/db/database.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { acquiredDetails, type CustodyWriter } from './evidence-custody.ts';
import { formatSize } from './evidence.messages.ts';
import {
  fileError,
  storeEvidenceFile,
  type IncomingFile,
  type StoredFile,
} from './evidence.intake.ts';
import {
  findEvidenceByHashes,
  insertEvidenceItem,
  lockBlob,
  lockReportEvidence,
  sumEvidenceBytes,
  type EvidenceRow,
} from './evidence.repository.ts';

export type UploadLimits = { maxFileBytes: number; maxReportBytes: number };

/** Files in one request: enough for a batch of screenshots, few enough to answer quickly. */
export const MAX_FILES_PER_REQUEST = 20;

/** How an item was obtained, beyond its channel. */
export type AcquisitionFacts = {
  method: AcquisitionMethod;
  tool: string | null;
  description: string | null;
  fileModifiedAt: Date | null;
};

export type AcquireEvidenceInput = {
  reportId: string | null;
  /** An incident an analyst adds the files to (then reportId is null). */
  incidentId?: string | null;
  source: EvidenceSource;
  files: AsyncIterable<IncomingFile>;
  limits?: UploadLimits;
  /**
   * The acquisition facts, asked for once every file has arrived (a multipart form's text
   * fields may follow its files); throwing refuses the whole request. By default the
   * method the channel implies.
   */
  facts?: () => AcquisitionFacts;
};

const METHOD_OF_SOURCE: Record<EvidenceSource, AcquisitionMethod> = {
  'public-report': 'reporter_upload',
  email: 'email_intake',
  api: 'api_intake',
  staff: 'other',
};

export type AcquisitionDeps = {
  db: Db;
  blobs: BlobStore;
  limits: UploadLimits;
  custody: CustodyWriter;
};

/**
 * Taking files in as evidence: each streamed into the blob store (type by content, hash,
 * display copy), then all recorded in one transaction with their "acquired" custody
 * entries and audit events.
 */
export function createEvidenceAcquisition(deps: AcquisitionDeps) {
  const { db, blobs } = deps;

  async function acquire(ctx: RequestContext, input: AcquireEvidenceInput) {
    const limits = input.limits ?? deps.limits;
    const { reportId } = input;
    const owner = { reportId, incidentId: input.incidentId ?? null };
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
        const known = await findEvidenceByHashes(db, owner, [one.sha256]);
        if (known.length === 0) incoming += one.size;
      }
      index++;
    }
    if (stored.length === 0) {
      throw fileError('validation_failed', 'no_files', { index: 0, language: ctx.language });
    }
    const facts = input.facts?.() ?? {
      method: METHOD_OF_SOURCE[input.source],
      tool: null,
      description: null,
      fileModifiedAt: null,
    };
    return inTransaction(db, (tx) => record({ ...ctx, tx }, input, facts, stored, limits));
  }

  /**
   * Inserts the rows, their custody entries and audit events. A file the report (or
   * incident) already holds (a retried upload) gives back its existing item; the
   * per-report limit is checked again here, under a lock, against what concurrent uploads
   * committed meanwhile.
   */
  async function record(
    ctx: TxContext,
    input: AcquireEvidenceInput,
    facts: AcquisitionFacts,
    stored: StoredFile[],
    limits: UploadLimits,
  ): Promise<EvidenceRow[]> {
    const { reportId } = input;
    const owner = { reportId, incidentId: input.incidentId ?? null };
    const hashes = stored.map((file) => file.sha256);
    const ownerId = owner.reportId ?? owner.incidentId;
    if (ownerId) await lockReportEvidence(ctx.tx, ownerId);
    const existing = await findEvidenceByHashes(ctx.tx, owner, hashes);
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
          { limit: formatSize(limits.maxReportBytes) },
        );
      }
    }
    await keepBlobs(ctx, stored, fresh);
    const rows: EvidenceRow[] = [];
    for (const file of stored) {
      const known = existing.find((row) => row.sha256 === file.sha256);
      rows.push(known ?? (await insertOne(ctx, input, facts, file)));
    }
    return rows;
  }

  /**
   * Holds the new files' bytes against a concurrent destruction of the same bytes (which
   * removes a blob only under the same lock, when no item holds it): from here to the
   * commit they cannot go; if one went just before, the sender is asked to send it again.
   */
  async function keepBlobs(ctx: TxContext, stored: StoredFile[], fresh: StoredFile[]) {
    const shas = [
      ...new Set(
        fresh.flatMap((file) => [file.sha256, ...(file.displaySha256 ? [file.displaySha256] : [])]),
      ),
    ].sort();
    for (const sha of shas) await lockBlob(ctx.tx, sha);
    for (const file of fresh) {
      const gone = [file.sha256, file.displaySha256].filter((sha): sha is string => sha !== null);
      for (const sha of gone) {
        if (await blobs.has(sha)) continue;
        throw fileError('conflict', 'blob_removed', {
          index: stored.indexOf(file),
          language: ctx.language,
          name: file.originalName,
        });
      }
    }
  }

  async function insertOne(
    ctx: TxContext,
    input: AcquireEvidenceInput,
    facts: AcquisitionFacts,
    file: StoredFile,
  ) {
    const { actor } = ctx;
    const row = await insertEvidenceItem(ctx.tx, {
      sha256: file.sha256,
      sizeBytes: file.size,
      contentType: file.contentType,
      originalName: file.originalName,
      displaySha256: file.displaySha256,
      source: input.source,
      reportId: input.reportId,
      incidentId: input.incidentId ?? null,
      acquiredByKind: actor.kind,
      acquiredByUserId: actor.kind === 'staff' ? actor.userId : null,
      acquisitionMethod: facts.method,
      acquisitionTool: facts.tool,
      description: facts.description,
      fileModifiedAt: facts.fileModifiedAt,
    });
    // The acquisition entry fixes what was received: the hash, size, name and how.
    // No file name in the audit log: names can identify people ("passport-Sok-Dara.jpg").
    const entry = await deps.custody.append(ctx, row, {
      action: 'acquired',
      details: acquiredDetails(row),
      audit: 'evidence.acquired',
      auditDetails: {
        reportId: input.reportId,
        incidentId: input.incidentId ?? null,
        source: input.source,
        sha256: file.sha256,
        size: file.size,
        contentType: file.contentType,
        displayCopy: file.displaySha256 !== null,
      },
    });
    return { ...row, custodySeq: entry.seq, custodyHash: entry.hash };
  }

  return { acquire };
}
