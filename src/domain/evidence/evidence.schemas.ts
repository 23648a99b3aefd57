import { z } from 'zod';
import {
  AcquisitionMethodSchema,
  AnalystAcquisitionMethodSchema,
  CustodyEntryViewSchema,
  EvidenceStateSchema,
  IntegrityViewSchema,
} from './custody.schemas.ts';
import { MediaTypeSchema } from './media-types.ts';

export const EvidenceSourceSchema = z.enum(['public-report', 'email', 'api', 'staff']);
export type EvidenceSource = z.infer<typeof EvidenceSourceSchema>;

/** What a reporter is told about each file they sent: enough to check it arrived intact. */
export const PublicEvidenceItemSchema = z.object({
  id: z.uuid(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  size: z.number().int().positive(),
  contentType: MediaTypeSchema,
  originalName: z.string(),
});
export type PublicEvidenceItem = z.infer<typeof PublicEvidenceItemSchema>;

export const PublicEvidenceUploadedSchema = z.object({
  items: z.array(PublicEvidenceItemSchema),
});
export type PublicEvidenceUploaded = z.infer<typeof PublicEvidenceUploadedSchema>;

/** An evidence item as staff see it. */
export const EvidenceItemSchema = PublicEvidenceItemSchema.extend({
  reportId: z.uuid().nullable(),
  /** The incident an analyst added it to; null for files that came with a report. */
  incidentId: z.uuid().nullable(),
  source: EvidenceSourceSchema,
  /** A copy without metadata (EXIF location…) exists for showing the image inline. */
  hasDisplayCopy: z.boolean(),
  acquiredAt: z.iso.datetime(),
  acquiredByKind: z.enum(['staff', 'public', 'organisation', 'system', 'cli']),
  /** The staff member who acquired it, when one did. */
  acquiredByName: z.string().nullable(),
  acquisitionMethod: AcquisitionMethodSchema,
  /** The tool used (name and version), when given. */
  acquisitionTool: z.string().nullable(),
  description: z.string().nullable(),
  /** The file's own last-modified time, when the sender's system gave it. */
  fileModifiedAt: z.iso.datetime().nullable(),
  state: EvidenceStateSchema,
  /** Exempt from any retention purge, and from destruction, while set. */
  legalHold: z.boolean(),
  /** Entries in the chain of custody, and the hash of the last one. */
  custodyEntries: z.number().int().min(0),
  custodyHead: z.string().regex(/^[0-9a-f]{64}$/),
  integrity: IntegrityViewSchema,
});
export type EvidenceItem = z.infer<typeof EvidenceItemSchema>;

/** An item with its whole chain of custody, oldest entry first. */
export const EvidenceDetailSchema = EvidenceItemSchema.extend({
  /** Who holds it now: the last transfer's recipient, or null (the CERT's locker). */
  custodian: z.string().nullable(),
  custodyLog: z.array(CustodyEntryViewSchema),
});
export type EvidenceDetail = z.infer<typeof EvidenceDetailSchema>;

/**
 * The text fields of POST /api/incidents/:incidentId/evidence (multipart, before or after
 * the "file" part): what the file shows and how it was obtained.
 */
export const AddIncidentEvidenceFieldsSchema = z.object({
  description: z.string().trim().min(3).max(2000),
  method: AnalystAcquisitionMethodSchema,
  tool: z.string().trim().max(200).optional(),
  /** The file's last-modified time as the analyst's system knows it (File.lastModified). */
  fileModifiedAt: z.iso.datetime({ offset: true }).optional(),
});
export type AddIncidentEvidenceFields = z.infer<typeof AddIncidentEvidenceFieldsSchema>;

export const EvidenceListSchema = z.object({ items: z.array(EvidenceItemSchema) });
export type EvidenceList = z.infer<typeof EvidenceListSchema>;

export const EvidenceIdParamsSchema = z.object({ evidenceId: z.uuid() });

export const EvidenceVariantSchema = z.enum(['original', 'display']);
export type EvidenceVariant = z.infer<typeof EvidenceVariantSchema>;

export const EvidenceContentQuerySchema = z.object({
  variant: EvidenceVariantSchema.default('original'),
  /** Why it is opened, kept in the chain of custody (optional). */
  purpose: z.string().trim().min(1).max(500).optional(),
});
