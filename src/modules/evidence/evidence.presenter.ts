import type { CustodyEntryView, VerificationRun } from '../../domain/evidence/custody.schemas.ts';
import type {
  EvidenceDetail,
  EvidenceItem,
  PublicEvidenceItem,
} from '../../domain/evidence/evidence.schemas.ts';
import type { MediaType } from '../../domain/evidence/media-types.ts';
import type { CustodyRow, VerificationRunRow } from './custody.repository.ts';
import type { EvidenceRow } from './evidence.repository.ts';

export function presentPublicEvidenceItem(row: EvidenceRow): PublicEvidenceItem {
  return {
    id: row.id,
    sha256: row.sha256,
    size: row.sizeBytes,
    contentType: row.contentType as MediaType,
    originalName: row.originalName,
  };
}

/** Staff ids an item names (who acquired it), for looking up their display names. */
export const staffIdsOfItem = (row: EvidenceRow): string[] =>
  row.acquiredByUserId ? [row.acquiredByUserId] : [];

export function presentEvidenceItem(
  row: EvidenceRow,
  names: ReadonlyMap<string, string> = new Map(),
): EvidenceItem {
  return {
    ...presentPublicEvidenceItem(row),
    reportId: row.reportId,
    incidentId: row.incidentId,
    source: row.source,
    hasDisplayCopy: row.displaySha256 !== null,
    acquiredAt: row.acquiredAt.toISOString(),
    acquiredByKind: row.acquiredByKind,
    acquiredByName: row.acquiredByUserId ? (names.get(row.acquiredByUserId) ?? null) : null,
    acquisitionMethod: row.acquisitionMethod,
    acquisitionTool: row.acquisitionTool,
    description: row.description,
    fileModifiedAt: row.fileModifiedAt?.toISOString() ?? null,
    state: row.state,
    legalHold: row.legalHold,
    custodyEntries: row.custodySeq,
    custodyHead: row.custodyHash,
    integrity: {
      status: row.integrityStatus,
      checkedAt: row.integrityCheckedAt?.toISOString() ?? null,
      problem: row.integrityProblem,
    },
  };
}

export function presentCustodyEntry(
  row: CustodyRow,
  names: ReadonlyMap<string, string>,
): CustodyEntryView {
  return {
    seq: row.seq,
    action: row.action,
    occurredAt: row.occurredAt.toISOString(),
    actor: {
      kind: row.actorKind,
      userId: row.actorUserId,
      name: row.actorUserId ? (names.get(row.actorUserId) ?? null) : null,
    },
    purpose: row.purpose,
    details: row.details,
    prevHash: row.prevHash,
    hash: row.hash,
  };
}

export function presentEvidenceDetail(
  row: EvidenceRow,
  custody: readonly CustodyRow[],
  names: ReadonlyMap<string, string>,
): EvidenceDetail {
  const log = [...custody].sort((a, b) => a.seq - b.seq);
  const lastTransfer = log.findLast((entry) => entry.action === 'transferred');
  const to = lastTransfer?.details.to;
  return {
    ...presentEvidenceItem(row, names),
    custodian: typeof to === 'string' ? to : null,
    custodyLog: log.map((entry) => presentCustodyEntry(entry, names)),
  };
}

export const presentVerificationRun = (row: VerificationRunRow): VerificationRun => ({
  id: row.id,
  trigger: row.trigger,
  startedAt: row.startedAt.toISOString(),
  finishedAt: row.finishedAt?.toISOString() ?? null,
  items: row.items,
  entries: row.entries,
  bytes: row.bytes,
  failures: row.failures,
  problems: row.problems,
});
