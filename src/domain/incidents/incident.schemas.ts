import { z } from 'zod';
import { IncidentObservableSchema } from '../observables/observable.schemas.ts';
import { CurrencySchema } from '../reports/report-details.ts';
import { ReportSummarySchema } from '../reports/report.schemas.ts';
import { optionalTextField, textField } from '../reports/text.ts';
import { PapSchema, TlpSchema } from '../sharing/tlp.ts';
import { isRsitType } from '../taxonomy/rsit.ts';
import { LocalSubtypeSchema } from '../taxonomy/local-subtypes.ts';
import { DispositionSchema, IncidentStatusSchema } from './lifecycle.ts';
import { ProvinceCodeSchema } from './provinces.ts';
import {
  ActorTypeSchema,
  CiaImpactSchema,
  SeverityOverrideSchema,
  SeveritySchema,
  TargetSectorSchema,
} from './severity.ts';
import { SlaMilestoneSchema, SlaStateSchema } from './sla.ts';

/** How people name an incident: INC-000042. The number is the database's sequence. */
export const formatIncidentReference = (number: number): string =>
  `INC-${String(number).padStart(6, '0')}`;

/** The number in an incident reference as people type it: "INC-000042", "inc 42", "INC42". */
export function parseIncidentReference(input: string): number | null {
  const match = /^inc[\s\-–—]*0*(\d{1,9})$/i.exec(input.trim());
  return match ? Number(match[1]) : null;
}

export const StaffRefSchema = z.object({ id: z.uuid(), name: z.string() });
export type StaffRef = z.infer<typeof StaffRefSchema>;

export const ClassificationSchema = z
  .object({
    rsitClass: z.string().max(64),
    rsitType: z.string().max(64),
    localSubtype: LocalSubtypeSchema,
  })
  .refine((value) => isRsitType(value.rsitClass, value.rsitType), {
    message: 'not an RSIT class and type',
    path: ['rsitType'],
  });
export type Classification = z.infer<typeof ClassificationSchema>;

export const FinancialLossSchema = z.object({
  amount: z.number().nonnegative().max(1e15),
  currency: CurrencySchema,
});

export const SlaViewSchema = z.object({
  worst: SlaStateSchema,
  milestones: z.array(
    z.object({
      milestone: SlaMilestoneSchema,
      state: SlaStateSchema,
      /** When it falls due if the clock keeps running; null once met or breached, or while paused. */
      dueAt: z.iso.datetime().nullable(),
    }),
  ),
});
export type SlaView = z.infer<typeof SlaViewSchema>;

export const IncidentSummarySchema = z.object({
  id: z.uuid(),
  reference: z.string(),
  title: z.string(),
  status: IncidentStatusSchema,
  severity: SeveritySchema,
  tlp: TlpSchema,
  classification: ClassificationSchema,
  targetSector: TargetSectorSchema.nullable(),
  assignee: StaffRefSchema.nullable(),
  reportCount: z.number().int(),
  sla: SlaStateSchema,
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type IncidentSummary = z.infer<typeof IncidentSummarySchema>;

export const TIMELINE_KINDS = [
  'created',
  'report_linked',
  'report_unlinked',
  'classified',
  'severity_changed',
  'details_changed',
  'assigned',
  'status_changed',
  'contained',
  'comment',
  'message_to_reporter',
  'reporter_message',
  'merged',
  'split',
  'observable',
  'task_created',
  'task_updated',
  'playbook_run',
] as const;

export const TimelineEntrySchema = z.object({
  id: z.string(),
  at: z.iso.datetime(),
  kind: z.enum(TIMELINE_KINDS),
  actor: StaffRefSchema.nullable(),
  /** The text of a comment or message; null for other entries. */
  body: z.string().nullable(),
  /** Ids, values and codes the entry is about, e.g. { from: 'new', to: 'triage' }. */
  details: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
});
export type TimelineEntry = z.infer<typeof TimelineEntrySchema>;

/** A classification offered to the analyst, with why; the analyst decides. */
export const ClassificationSuggestionSchema = z.object({
  classification: ClassificationSchema,
  reasons: z.array(
    z.object({
      code: z.enum(['reported_as', 'observable_seen_before', 'answer']),
      /** What the reason is about: the kind reported, an observable value, an answer. */
      subject: z.string(),
    }),
  ),
});
export type ClassificationSuggestion = z.infer<typeof ClassificationSuggestionSchema>;

export const IncidentRefSchema = z.object({
  id: z.uuid(),
  reference: z.string(),
  title: z.string(),
});

export const TaskStatusSchema = z.enum(['open', 'in_progress', 'done', 'cancelled']);
export type TaskStatus = z.infer<typeof TaskStatusSchema>;

const ChecklistSchema = z
  .array(z.object({ label: textField(1, 300), done: z.boolean().default(false) }))
  .max(30);

export const TaskSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  status: TaskStatusSchema,
  assignee: StaffRefSchema.nullable(),
  dueAt: z.iso.datetime().nullable(),
  overdue: z.boolean(),
  checklist: z.array(z.object({ label: z.string(), done: z.boolean() })),
  playbookId: z.string().nullable(),
  createdAt: z.iso.datetime(),
  completedAt: z.iso.datetime().nullable(),
});
export type Task = z.infer<typeof TaskSchema>;

/** POST /api/incidents/{id}/tasks. */
export const CreateTaskBodySchema = z.object({
  title: textField(1, 300),
  assigneeId: z.uuid().nullable().optional(),
  dueAt: z.iso.datetime({ offset: true }).nullable().optional(),
  checklist: ChecklistSchema.optional(),
});
export type CreateTaskBody = z.infer<typeof CreateTaskBodySchema>;

/** PATCH /api/incidents/{id}/tasks/{taskId}: only the fields given change. */
export const UpdateTaskBodySchema = z
  .object({
    title: textField(1, 300),
    status: TaskStatusSchema,
    assigneeId: z.uuid().nullable(),
    dueAt: z.iso.datetime({ offset: true }).nullable(),
    checklist: ChecklistSchema,
  })
  .partial()
  .refine((body) => Object.keys(body).length > 0, { message: 'nothing to change' });
export type UpdateTaskBody = z.infer<typeof UpdateTaskBodySchema>;

export const TaskParamsSchema = z.object({ incidentId: z.uuid(), taskId: z.uuid() });
export const PlaybookRunParamsSchema = z.object({
  incidentId: z.uuid(),
  playbookId: z.string().min(2).max(64),
});

export const IncidentDetailSchema = IncidentSummarySchema.extend({
  summary: z.string(),
  pap: PapSchema,
  impact: CiaImpactSchema,
  actorType: ActorTypeSchema.nullable(),
  province: ProvinceCodeSchema.nullable(),
  affectedOrganisation: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  victimCount: z.number().int().nullable(),
  financialLoss: FinancialLossSchema.nullable(),
  severityComputed: SeveritySchema,
  severityOverride: z.object({ severity: SeveritySchema, reason: z.string() }).nullable(),
  disposition: DispositionSchema.nullable(),
  resolutionNote: z.string().nullable(),
  containedAt: z.iso.datetime().nullable(),
  slaDetail: SlaViewSchema,
  reports: z.array(ReportSummarySchema),
  /** The incident this one was merged into; it is then read there. */
  mergedInto: IncidentRefSchema.nullable(),
  /** Incidents merged into this one; each can be split off again. */
  merged: z.array(IncidentRefSchema),
  allowedTransitions: z.array(IncidentStatusSchema),
  suggestion: ClassificationSuggestionSchema.nullable(),
  /** What the reports name and analysts added, with how often each was seen elsewhere. */
  observables: z.array(IncidentObservableSchema),
  tasks: z.array(TaskSchema),
  /** Playbooks for this incident's sub-type that have not run on it yet. */
  playbooks: z.array(
    z.object({ id: z.string(), title: z.object({ en: z.string(), km: z.string() }) }),
  ),
  timeline: z.array(TimelineEntrySchema),
});
export type IncidentDetail = z.infer<typeof IncidentDetailSchema>;

const ReportIdsSchema = z.array(z.uuid()).max(100);

/** POST /api/incidents: from reports (the usual way) or directly. */
export const CreateIncidentBodySchema = z.object({
  reportIds: ReportIdsSchema.default([]),
  title: optionalTextField(200),
  summary: optionalTextField(10_000),
  tlp: TlpSchema.optional(),
  pap: PapSchema.optional(),
});
export type CreateIncidentBody = z.infer<typeof CreateIncidentBodySchema>;

/** PATCH /api/incidents/{id}: only the fields given change; null clears a field. */
export const UpdateIncidentBodySchema = z
  .object({
    title: textField(1, 200),
    summary: z
      .string()
      .max(20_000)
      .transform((value) => value.normalize('NFC').trim()),
    tlp: TlpSchema,
    pap: PapSchema,
    classification: ClassificationSchema,
    impact: CiaImpactSchema,
    actorType: ActorTypeSchema.nullable(),
    targetSector: TargetSectorSchema.nullable(),
    province: ProvinceCodeSchema.nullable(),
    affectedOrganisationId: z.uuid().nullable(),
    victimCount: z.number().int().min(0).max(100_000_000).nullable(),
    financialLoss: FinancialLossSchema.nullable(),
    severityOverride: SeverityOverrideSchema.nullable(),
    assigneeId: z.uuid().nullable(),
  })
  .partial()
  .refine((body) => Object.keys(body).length > 0, { message: 'nothing to change' });
export type UpdateIncidentBody = z.infer<typeof UpdateIncidentBodySchema>;

/** POST /api/incidents/{id}/transitions. */
export const TransitionBodySchema = z.object({
  to: IncidentStatusSchema,
  disposition: DispositionSchema.optional(),
  resolutionNote: optionalTextField(5_000),
  reason: optionalTextField(1_000),
});
export type TransitionBody = z.infer<typeof TransitionBodySchema>;

/** POST /api/incidents/{id}/comments: internal, or sent to the reporter of one report. */
export const CommentBodySchema = z.discriminatedUnion('visibility', [
  z.object({ visibility: z.literal('internal'), body: textField(1, 10_000) }),
  z.object({
    visibility: z.literal('reporter'),
    body: textField(1, 5_000),
    reportId: z.uuid(),
  }),
]);
export type CommentBody = z.infer<typeof CommentBodySchema>;

export const LinkReportsBodySchema = z.object({ reportIds: ReportIdsSchema.min(1) });
export type LinkReportsBody = z.infer<typeof LinkReportsBodySchema>;

export const MergeBodySchema = z.object({ incidentIds: z.array(z.uuid()).min(1).max(50) });
export type MergeBody = z.infer<typeof MergeBodySchema>;

export const IncidentIdParamsSchema = z.object({ incidentId: z.uuid() });
export const IncidentReportParamsSchema = z.object({ incidentId: z.uuid(), reportId: z.uuid() });

const listOf = <T extends z.ZodType>(item: T) =>
  z
    .union([item, z.array(item)])
    .transform((value) => (Array.isArray(value) ? value : [value]) as z.infer<T>[])
    .optional();

export const IncidentListQuerySchema = z.object({
  /** "open" (the default) is every status but resolved and closed. */
  status: z.union([z.literal('open'), z.literal('all'), IncidentStatusSchema]).default('open'),
  severity: listOf(SeveritySchema),
  rsitClass: z.string().max(64).optional(),
  localSubtype: LocalSubtypeSchema.optional(),
  targetSector: TargetSectorSchema.optional(),
  /** A user id, "me" or "none". */
  assignee: z.union([z.uuid(), z.literal('me'), z.literal('none')]).optional(),
  /**
   * Full text in Khmer or English over the incident and its reports; indicators too. An
   * incident reference (INC-000042) finds that incident whatever the other filters say.
   */
  q: z.string().trim().max(500).optional(),
  /** Open incidents with an SLA milestone overdue, nearly due (< 20 % left), or either. */
  sla: z.enum(['breached', 'near_breach', 'at_risk']).optional(),
  sort: z.enum(['updated', 'created', 'severity']).default('updated'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});
export type IncidentListQuery = z.infer<typeof IncidentListQuerySchema>;

export const IncidentListSchema = z.object({
  items: z.array(IncidentSummarySchema),
  total: z.number().int(),
  totalCapped: z
    .boolean()
    .describe('More match than `total` (counting stops past 1,000): show it as "1,000+"'),
});
export type IncidentList = z.infer<typeof IncidentListSchema>;

/** POST /api/reports/{id}/reject: not for the CERT; the reporter is told why. */
export const RejectReportBodySchema = z.object({
  reason: z.enum(['spam', 'out_of_scope', 'duplicate']),
  /** Added to the standard explanation the reporter receives in their language. */
  note: optionalTextField(2_000),
});
export type RejectReportBody = z.infer<typeof RejectReportBodySchema>;

/** GET /api/observables: where one value was seen, as far as the viewer may see. */
export const ObservableLookupSchema = z.object({
  type: z.string(),
  value: z.string().describe('Normalised, as stored'),
  firstSeenAt: z.iso.datetime().nullable(),
  /** The newest 50 the viewer may see, and how many there are in all. */
  reports: z.array(ReportSummarySchema),
  reportTotal: z.number().int(),
  incidents: z.array(IncidentRefSchema.extend({ status: IncidentStatusSchema })),
  incidentTotal: z.number().int(),
});
export type ObservableLookup = z.infer<typeof ObservableLookupSchema>;

/** What one item of a bulk action came to. */
export const BulkResultSchema = z.object({
  results: z.array(
    z.object({
      id: z.uuid(),
      outcome: z.enum(['done', 'not_found', 'conflict', 'invalid']),
    }),
  ),
});
export type BulkResult = z.infer<typeof BulkResultSchema>;

/** POST /api/reports/bulk-reject: many reports closed for one reason, each reporter told. */
export const BulkRejectBodySchema = RejectReportBodySchema.extend({
  reportIds: z.array(z.uuid()).min(1).max(100),
});
export type BulkRejectBody = z.infer<typeof BulkRejectBodySchema>;

/** POST /api/incidents/bulk-update: assign, classify or mark many incidents at once. */
export const BulkUpdateBodySchema = z.object({
  incidentIds: z.array(z.uuid()).min(1).max(100),
  changes: z
    .object({
      assigneeId: z.uuid().nullable(),
      classification: ClassificationSchema,
      tlp: TlpSchema,
      targetSector: TargetSectorSchema.nullable(),
    })
    .partial()
    .refine((body) => Object.keys(body).length > 0, { message: 'nothing to change' }),
});
export type BulkUpdateBody = z.infer<typeof BulkUpdateBodySchema>;

/** GET /api/incidents/counts: what the queue's tabs and badges show. */
export const IncidentCountsSchema = z.object({
  byStatus: z.record(IncidentStatusSchema, z.number().int()),
  /** Open incidents by severity. */
  bySeverity: z.record(SeveritySchema, z.number().int()),
  /** Open incidents with no assignee. */
  unassigned: z.number().int(),
  slaBreached: z.number().int(),
  slaNearBreach: z.number().int(),
});
export type IncidentCounts = z.infer<typeof IncidentCountsSchema>;
