import { z } from 'zod';
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
  source: EvidenceSourceSchema,
  /** A copy without metadata (EXIF location…) exists for showing the image inline. */
  hasDisplayCopy: z.boolean(),
  acquiredAt: z.iso.datetime(),
  acquiredByKind: z.enum(['staff', 'public', 'organisation', 'system', 'cli']),
});
export type EvidenceItem = z.infer<typeof EvidenceItemSchema>;

export const EvidenceListSchema = z.object({ items: z.array(EvidenceItemSchema) });
export type EvidenceList = z.infer<typeof EvidenceListSchema>;

export const EvidenceIdParamsSchema = z.object({ evidenceId: z.uuid() });

export const EvidenceVariantSchema = z.enum(['original', 'display']);
export type EvidenceVariant = z.infer<typeof EvidenceVariantSchema>;

export const EvidenceContentQuerySchema = z.object({
  variant: EvidenceVariantSchema.default('original'),
});
