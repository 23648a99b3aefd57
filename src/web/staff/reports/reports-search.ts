import { z } from 'zod';
import { LanguageSchema } from '../../../domain/language.ts';
import { ReportChannelSchema, ReportStatusSchema } from '../../../domain/reports/report.schemas.ts';
import { IncidentTypeIdSchema } from '../../../domain/taxonomy/incident-types.ts';

export const ReportsStatusSchema = z.union([ReportStatusSchema, z.literal('all')]);
export const ReportsSortSchema = z.enum(['newest', 'oldest']);

/**
 * The reports queue's filters in its URL, so a view can be bookmarked and shared. A value the
 * page does not know (an old bookmark) is dropped rather than failing the page.
 */
export const ReportsSearchSchema = z.object({
  status: ReportsStatusSchema.optional().catch(undefined),
  incidentType: IncidentTypeIdSchema.optional().catch(undefined),
  channel: ReportChannelSchema.optional().catch(undefined),
  language: LanguageSchema.optional().catch(undefined),
  q: z
    .string()
    .trim()
    .max(500)
    .transform((value) => value || undefined)
    .optional()
    .catch(undefined),
  sort: ReportsSortSchema.optional().catch(undefined),
  page: z.coerce.number().int().min(1).optional().catch(undefined),
});
export type ReportsSearch = z.infer<typeof ReportsSearchSchema>;
