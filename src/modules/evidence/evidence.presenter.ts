import type { EvidenceItem, PublicEvidenceItem } from '../../domain/evidence/evidence.schemas.ts';
import type { MediaType } from '../../domain/evidence/media-types.ts';
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

export function presentEvidenceItem(row: EvidenceRow): EvidenceItem {
  return {
    ...presentPublicEvidenceItem(row),
    reportId: row.reportId,
    source: row.source,
    hasDisplayCopy: row.displaySha256 !== null,
    acquiredAt: row.acquiredAt.toISOString(),
    acquiredByKind: row.acquiredByKind,
  };
}
