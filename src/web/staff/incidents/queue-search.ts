import { z } from 'zod';
import { IncidentStatusSchema } from '../../../domain/incidents/lifecycle.ts';
import { SeveritySchema, TargetSectorSchema } from '../../../domain/incidents/severity.ts';
import { LocalSubtypeSchema } from '../../../domain/taxonomy/local-subtypes.ts';

export const QueueStatusSchema = z.union([
  z.literal('open'),
  z.literal('all'),
  IncidentStatusSchema,
]);
export type QueueStatus = z.infer<typeof QueueStatusSchema>;

export const QueueAssigneeSchema = z.union([z.literal('me'), z.literal('none'), z.uuid()]);

export const QueueSortSchema = z.enum(['updated', 'created', 'severity']);

/** Open incidents with an SLA milestone missed, nearly due, or either. */
export const QueueSlaSchema = z.enum(['at_risk', 'breached', 'near_breach']);
export type QueueSla = z.infer<typeof QueueSlaSchema>;

/**
 * The queue's filters in its URL, so a view can be bookmarked and shared. A value the page
 * does not know (an old bookmark) is dropped rather than failing the page.
 */
export const IncidentsSearchSchema = z.object({
  status: QueueStatusSchema.optional().catch(undefined),
  severity: z
    .union([SeveritySchema.transform((one) => [one]), z.array(SeveritySchema)])
    .optional()
    .catch(undefined),
  assignee: QueueAssigneeSchema.optional().catch(undefined),
  localSubtype: LocalSubtypeSchema.optional().catch(undefined),
  targetSector: TargetSectorSchema.optional().catch(undefined),
  /** Words in Khmer or English, or an indicator; blank is no search. */
  q: z
    .string()
    .trim()
    .max(500)
    .transform((value) => value || undefined)
    .optional()
    .catch(undefined),
  sla: QueueSlaSchema.optional().catch(undefined),
  sort: QueueSortSchema.optional().catch(undefined),
  page: z.coerce.number().int().min(1).optional().catch(undefined),
});
export type IncidentsSearch = z.infer<typeof IncidentsSearchSchema>;
