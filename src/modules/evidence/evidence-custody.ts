import type { ChainHashes } from '../../domain/audit/audit-chain.ts';
import type { CustodyAction } from '../../domain/evidence/custody.schemas.ts';
import {
  linkCustodyEntry,
  type CustodyDetails,
  type CustodyEntry,
} from '../../domain/evidence/custody-chain.ts';
import type { TxContext } from '../../platform/context.ts';
import type { AuditAction, AuditService } from '../audit/index.ts';
import { insertCustodyEntry } from './custody.repository.ts';
import {
  updateEvidenceItem,
  type EvidenceChange,
  type EvidenceRow,
} from './evidence.repository.ts';

/** What one custody entry records, and the audit event written beside it. */
export type CustodyRecord = {
  action: CustodyAction;
  purpose?: string | null;
  details?: { [key: string]: string | number | boolean | null | undefined };
  /** The audit chain's event for the same act (the normal audit trail). */
  audit: AuditAction;
  auditOutcome?: 'success' | 'failure';
  /** Extra audit details; the custody action, seq and hash are always added. */
  auditDetails?: Record<string, string | number | boolean | null>;
};

export type CustodyWriter = {
  /**
   * Appends an entry after the item's head and moves the head (with `change`), in the
   * caller's transaction, and writes the audit event there too. The caller holds the item
   * row locked (lockEvidenceItem) or has just inserted it, so the chain stays linear. An
   * item without entries (held from before the chain existed) first gets its acquisition
   * entry, so that every chain starts with what was acquired.
   */
  append(
    ctx: TxContext,
    item: EvidenceRow,
    record: CustodyRecord,
    change?: EvidenceChange,
  ): Promise<CustodyEntry>;
};

/** What the acquisition entry fixes of an item: hash, size, type, name, where from, how. */
export const acquiredDetails = (row: EvidenceRow) => ({
  sha256: row.sha256,
  size: row.sizeBytes,
  contentType: row.contentType,
  originalName: row.originalName,
  displaySha256: row.displaySha256,
  source: row.source,
  method: row.acquisitionMethod,
  tool: row.acquisitionTool,
  reportId: row.reportId,
  incidentId: row.incidentId,
  acquiredAt: row.acquiredAt.toISOString(),
  fileModifiedAt: row.fileModifiedAt?.toISOString() ?? null,
});

/** The acquisition entry of an item held from before the chain existed, written now. */
export const lateAcquisition = (row: EvidenceRow): CustodyRecord => ({
  action: 'acquired',
  details: { ...acquiredDetails(row), recordedLater: true },
  audit: 'evidence.acquired',
  auditDetails: { backfill: true, sha256: row.sha256 },
});

/** Keeps only what JSON (and so jsonb) holds as given: the hash must cover what is stored. */
function storable(details: CustodyRecord['details']): CustodyDetails {
  const out: { [key: string]: string | number | boolean | null } = {};
  for (const [key, value] of Object.entries(details ?? {})) {
    if (value === undefined) continue;
    if (typeof value === 'number' && !Number.isFinite(value)) continue;
    out[key] = value;
  }
  return out;
}

export function createCustodyWriter(hashes: ChainHashes, audit: AuditService): CustodyWriter {
  async function link(
    ctx: TxContext,
    item: EvidenceRow,
    head: { seq: number; hash: string },
    record: CustodyRecord,
    change: EvidenceChange,
  ): Promise<CustodyEntry> {
    const { actor } = ctx;
    const entry = linkCustodyEntry(
      head,
      {
        evidenceId: item.id,
        occurredAt: new Date().toISOString(),
        action: record.action,
        actorKind: actor.kind,
        actorUserId: actor.kind === 'staff' ? actor.userId : null,
        purpose: record.purpose ?? null,
        details: storable(record.details),
      },
      hashes,
    );
    await insertCustodyEntry(ctx.tx, entry);
    await updateEvidenceItem(ctx.tx, item.id, {
      ...change,
      custodySeq: entry.seq,
      custodyHash: entry.hash,
    });
    // The custody head goes into the signed audit chain too: a custody log rewritten
    // afterwards no longer matches what the audit chain recorded.
    await audit.record(ctx, {
      action: record.audit,
      ...(record.auditOutcome ? { outcome: record.auditOutcome } : {}),
      targetType: 'evidence',
      targetId: item.id,
      details: {
        ...record.auditDetails,
        custodyAction: record.action,
        custodySeq: entry.seq,
        custodyHash: entry.hash,
      },
    });
    return entry;
  }

  return {
    async append(ctx, item, record, change = {}) {
      let head = { seq: item.custodySeq, hash: item.custodyHash };
      if (head.seq === 0 && record.action !== 'acquired') {
        const acquired = await link(ctx, item, head, lateAcquisition(item), {});
        head = { seq: acquired.seq, hash: acquired.hash };
      }
      return link(ctx, item, head, record, change);
    },
  };
}
