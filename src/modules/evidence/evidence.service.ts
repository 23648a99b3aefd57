import type { Readable } from 'node:stream';
import type { ChainHashes } from '../../domain/audit/audit-chain.ts';
import type { VerificationRunList } from '../../domain/evidence/custody.schemas.ts';
import { contentOpenable } from '../../domain/evidence/evidence-state.ts';
import type {
  EvidenceItem,
  EvidenceVariant,
  PublicEvidenceItem,
} from '../../domain/evidence/evidence.schemas.ts';
import type { MediaType } from '../../domain/evidence/media-types.ts';
import { requirePermission } from '../../platform/authorize.ts';
import type { BlobStore } from '../../platform/blobs/blob-store.ts';
import { SYSTEM_ACTOR } from '../../domain/actor.ts';
import { systemContext, type RequestContext } from '../../platform/context.ts';
import type { Db } from '../../platform/db/database.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { AppError } from '../../platform/errors.ts';
import type { AuditService } from '../audit/index.ts';
import type { Notice } from '../notifications/index.ts';
import { listVerificationRuns } from './custody.repository.ts';
import {
  createEvidenceAcquisition,
  type AcquireEvidenceInput,
  type UploadLimits,
} from './evidence-acquire.ts';
import { createCustodyWriter, lateAcquisition } from './evidence-custody.ts';
import { blobFinding } from './evidence-bytes.ts';
import { createEvidenceIntegrity } from './evidence-integrity.ts';
import { createEvidenceLocker } from './evidence-locker.ts';
import type { IncomingFile } from './evidence.intake.ts';
import {
  presentEvidenceItem,
  presentPublicEvidenceItem,
  presentVerificationRun,
  staffIdsOfItem,
} from './evidence.presenter.ts';
import {
  countEvidenceByReport,
  listEvidenceByReport,
  listUncustodiedEvidence,
  lockEvidenceItem,
  type EvidenceRow,
} from './evidence.repository.ts';
import { verifyingStream } from './evidence.verify.ts';

export type { IncomingFile } from './evidence.intake.ts';
export type { AcquireEvidenceInput, UploadLimits } from './evidence-acquire.ts';
export { MAX_FILES_PER_REQUEST } from './evidence-acquire.ts';

export const DEFAULT_UPLOAD_LIMITS: UploadLimits = {
  maxFileBytes: 25 * 1024 * 1024,
  maxReportBytes: 100 * 1024 * 1024,
};

export type EvidenceDeps = {
  db: Db;
  audit: AuditService;
  blobs: BlobStore;
  limits: UploadLimits;
  /** The audit chain's hash functions, which the chains of custody use as well. */
  hashes: ChainHashes;
  /** The reports module's reporter check: the report's id, or the same not_found as ever. */
  findReportIdForReporter: (trackingCode: string, secret: string) => Promise<string>;
  /** Display names of staff members (the auth module). */
  namesOf: (ids: readonly string[], tx?: Db) => Promise<Map<string, string>>;
  /** What an incident's evidence is drawn from (the incidents module); null when unknown. */
  incidentScope: (
    tx: Db,
    incidentId: string,
  ) => Promise<{ reference: string; incidentIds: string[]; reportIds: string[] } | null>;
  /** The incident a report is handled in (the incidents module). */
  incidentOfReport: (tx: Db, reportId: string) => Promise<{ id: string; reference: string } | null>;
  /** Staff alerted when an item fails its integrity check (coordinators). */
  integrityWatchers: (tx: Db) => Promise<{ id: string }[]>;
  /** Gives a staff notification in the caller's transaction (the notifications module). */
  notify: (tx: Db, notice: Notice) => Promise<boolean>;
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
  const { db, blobs } = deps;
  const custody = createCustodyWriter(deps.hashes, deps.audit);
  const acquisition = createEvidenceAcquisition({ db, blobs, limits: deps.limits, custody });
  const integrity = createEvidenceIntegrity({
    ...deps,
    custody,
    async incidentOf(tx, row) {
      if (row.incidentId) {
        const scope = await deps.incidentScope(tx, row.incidentId);
        return scope ? { id: row.incidentId, reference: scope.reference } : null;
      }
      return row.reportId ? deps.incidentOfReport(tx, row.reportId) : null;
    },
  });
  const locker = createEvidenceLocker({
    db,
    custody,
    namesOf: deps.namesOf,
    incidentScope: deps.incidentScope,
    removeBlobsOf: integrity.removeBlobsOf,
  });

  /**
   * Locks the item, refuses a sealed or destroyed one (the refusal audited), and records
   * the opening in its chain of custody and the audit trail: before any byte goes out.
   */
  async function recordOpening(
    ctx: RequestContext,
    evidenceId: string,
    variant: EvidenceVariant,
    purpose: string | null,
  ): Promise<{ row: EvidenceRow; sha256: string }> {
    type Opening = { row: EvidenceRow; sha256: string } | { refused: EvidenceRow };
    const opened = await inTransaction(db, async (tx): Promise<Opening> => {
      const found = await lockEvidenceItem(tx, evidenceId);
      const wanted = variant === 'display' ? found?.displaySha256 : found?.sha256;
      if (!found || !wanted) throw new AppError('not_found');
      if (!contentOpenable(found)) return { refused: found };
      await custody.append({ ...ctx, tx }, found, {
        action: variant === 'display' ? 'viewed' : 'downloaded',
        purpose,
        details: { variant, sha256: wanted },
        audit: 'evidence.accessed',
        auditDetails: { variant, sha256: wanted, reportId: found.reportId },
      });
      return { row: found, sha256: wanted };
    });
    if ('refused' in opened) {
      const { state, id } = opened.refused;
      await deps.audit.recordAlone(ctx, {
        action: 'evidence.accessed',
        outcome: 'denied',
        targetType: 'evidence',
        targetId: id,
        details: { variant, state },
      });
      throw new AppError(state === 'sealed' ? 'evidence_sealed' : 'evidence_destroyed', {
        detail: `evidence ${id} is ${state}`,
      });
    }
    return opened;
  }

  return {
    limits: deps.limits,

    /**
     * Evidence from staff, e-mail intake or the API, for a report, for an incident or on
     * its own.
     */
    async acquireEvidence(
      ctx: RequestContext,
      input: AcquireEvidenceInput,
    ): Promise<EvidenceItem[]> {
      requirePermission(ctx, 'evidence:handle');
      const rows = await acquisition.acquire(ctx, input);
      return rows.map((row) => presentEvidenceItem(row));
    },

    /** An analyst adds files to an incident, saying what they show and how they were got. */
    async addIncidentEvidence(
      ctx: RequestContext,
      incidentId: string,
      input: Pick<AcquireEvidenceInput, 'files' | 'facts'>,
    ): Promise<EvidenceItem[]> {
      requirePermission(ctx, 'evidence:handle');
      if (!(await deps.incidentScope(db, incidentId))) throw new AppError('not_found');
      const rows = await acquisition.acquire(ctx, {
        ...input,
        reportId: null,
        incidentId,
        source: 'staff',
      });
      const names = await deps.namesOf(rows.flatMap(staffIdsOfItem));
      return rows.map((row) => presentEvidenceItem(row, names));
    },

    /** A reporter adds files to their report, proving it with its code and secret. */
    async acquireReporterEvidence(
      ctx: RequestContext,
      input: { trackingCode: string; secret: string; files: AsyncIterable<IncomingFile> },
    ): Promise<PublicEvidenceItem[]> {
      const reportId = await deps.findReportIdForReporter(input.trackingCode, input.secret);
      const rows = await acquisition.acquire(ctx, {
        reportId,
        source: 'public-report',
        files: input.files,
      });
      return rows.map(presentPublicEvidenceItem);
    },

    /** How many items a report holds; for the reporter's own status page. */
    countEvidenceForReport: (reportId: string): Promise<number> =>
      countEvidenceByReport(deps.db, reportId),

    async listEvidenceForReport(ctx: RequestContext, reportId: string): Promise<EvidenceItem[]> {
      requirePermission(ctx, 'evidence:read');
      const rows = await listEvidenceByReport(db, reportId);
      const names = await deps.namesOf(rows.flatMap(staffIdsOfItem));
      return rows.map((row) => presentEvidenceItem(row, names));
    },

    listIncidentEvidence: locker.listIncidentEvidence,
    getEvidence: locker.getEvidence,
    applyAction: locker.applyAction,
    transferEvidence: locker.transfer,

    /** Re-hashes an item's bytes and verifies its chain of custody, naming what is wrong. */
    async verifyEvidence(ctx: RequestContext, evidenceId: string) {
      requirePermission(ctx, 'evidence:read');
      return integrity.verifyEvidence(ctx, evidenceId);
    },

    /**
     * Gives every item held from before the chain of custody existed its "acquired"
     * entry (written now, stating when it was acquired); run at start. Returns how many.
     */
    async chainUncustodiedEvidence(): Promise<number> {
      const ctx = systemContext(SYSTEM_ACTOR, 'evidence-custody-backfill');
      let chained = 0;
      for (;;) {
        const batch = await listUncustodiedEvidence(db, 500);
        if (batch.length === 0) return chained;
        await inTransaction(db, async (tx) => {
          for (const { id } of batch) {
            const row = await lockEvidenceItem(tx, id);
            if (!row || row.custodySeq !== 0) continue;
            await custody.append({ ...ctx, tx }, row, lateAcquisition(row));
            chained++;
          }
        });
      }
    },

    /** The scheduled job's work: every item checked again, in batches. */
    verifyAllEvidence: (trigger: 'schedule' | 'manual' = 'schedule') =>
      integrity.verifyAllEvidence(trigger),

    /** The last runs of the scheduled verification, newest first. */
    async listVerificationRuns(ctx: RequestContext, limit: number): Promise<VerificationRunList> {
      requirePermission(ctx, 'evidence:read');
      return { items: (await listVerificationRuns(db, limit)).map(presentVerificationRun) };
    },

    /**
     * The bytes of an item for a staff member. The opening is recorded (custody and audit)
     * before any byte goes out; the stream re-verifies the SHA-256 and, on a mismatch,
     * aborts and records the failure (custody entry, audit event, coordinators alerted).
     */
    async openEvidence(
      ctx: RequestContext,
      evidenceId: string,
      variant: EvidenceVariant,
      purpose: string | null = null,
    ): Promise<OpenedEvidence> {
      requirePermission(ctx, 'evidence:read');
      const { row, sha256 } = await recordOpening(ctx, evidenceId, variant, purpose);
      const what = variant === 'display' ? 'display_copy' : 'content';
      const integrityFailed = (actual: string | null) =>
        integrity
          .recordOutcome(ctx, row.id, [blobFinding(what, sha256, actual)], false)
          .catch(() => undefined);
      const size = await blobs.stat(sha256);
      if (!size) {
        await integrityFailed(null);
        throw new AppError('internal', {
          detail: `blob ${sha256} of evidence ${row.id} is missing`,
        });
      }
      const raw = await blobs.open(sha256);
      const stream = verifyingStream(raw, sha256, (actual) => void integrityFailed(actual));
      const item = presentEvidenceItem(row);
      return { item, variant, sha256, size: size.size, contentType: item.contentType, stream };
    },
  };
}
