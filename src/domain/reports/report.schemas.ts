import { z } from 'zod';
import { IncidentTypeIdSchema } from '../taxonomy/incident-types.ts';
import { LanguageSchema } from '../language.ts';
import { ReportObservableSchema } from '../observables/observable.schemas.ts';
import {
  AccountTakeoverDetailsSchema,
  DataLeakDetailsSchema,
  DefacementDetailsSchema,
  MalwareDetailsSchema,
  MoneyScamDetailsSchema,
  OtherDetailsSchema,
  PhishingDetailsSchema,
  ServiceDownDetailsSchema,
  SextortionDetailsSchema,
} from './report-details.ts';

export { normaliseText, toAsciiDigits } from './text.ts';
import { optionalTextField as optionalText, textField as text, toAsciiDigits } from './text.ts';

export const ReportContactSchema = z
  .object({
    name: optionalText(200),
    email: z
      .string()
      .trim()
      .max(254)
      .optional()
      .transform((value) => (value ? value : undefined))
      .pipe(z.email().optional()),
    phone: z
      .string()
      .max(40)
      .optional()
      .transform((value) => (value ? toAsciiDigits(value).trim() : undefined))
      .pipe(
        z
          .string()
          .regex(/^\+?[0-9 ().-]{6,30}$/, 'a phone number has digits, spaces, dashes or +')
          .optional(),
      ),
  })
  .refine((contact) => contact.name || contact.email || contact.phone, {
    message: 'give at least one way to reach you, or leave contact details out',
  });
export type ReportContact = z.infer<typeof ReportContactSchema>;

/** When it happened: a date, or a date and time, not in the future. */
const OccurredAtSchema = z
  .union([z.iso.date(), z.iso.datetime({ offset: true, local: true })])
  .refine((value) => new Date(value).getTime() <= Date.now() + 24 * 3600 * 1000, {
    message: 'cannot be in the future',
  });

const ReportBaseSchema = z.object({
  description: text(10, 10_000),
  occurredAt: OccurredAtSchema.optional(),
  language: LanguageSchema,
  contact: ReportContactSchema.nullish(),
});

/**
 * A report: what happened in the reporter's words, and the answers to the questions its
 * kind asks (`details`, see report-details.ts), keyed by the kind they picked.
 */
export const PublicReportBodySchema = z.discriminatedUnion('incidentType', [
  ReportBaseSchema.extend({
    incidentType: z.literal('account-takeover'),
    details: AccountTakeoverDetailsSchema.optional(),
  }),
  ReportBaseSchema.extend({
    incidentType: z.literal('phishing'),
    details: PhishingDetailsSchema.optional(),
  }),
  ReportBaseSchema.extend({
    incidentType: z.literal('money-scam'),
    details: MoneyScamDetailsSchema.optional(),
  }),
  ReportBaseSchema.extend({
    incidentType: z.literal('defacement'),
    details: DefacementDetailsSchema.optional(),
  }),
  ReportBaseSchema.extend({
    incidentType: z.literal('service-down'),
    details: ServiceDownDetailsSchema.optional(),
  }),
  ReportBaseSchema.extend({
    incidentType: z.literal('malware'),
    details: MalwareDetailsSchema.optional(),
  }),
  ReportBaseSchema.extend({
    incidentType: z.literal('sextortion'),
    details: SextortionDetailsSchema.optional(),
  }),
  ReportBaseSchema.extend({
    incidentType: z.literal('data-leak'),
    details: DataLeakDetailsSchema.optional(),
  }),
  ReportBaseSchema.extend({
    incidentType: z.literal('other'),
    details: OtherDetailsSchema.optional(),
  }),
]);
export type PublicReportBody = z.infer<typeof PublicReportBodySchema>;

/** How a report reached the CERT. */
export const ReportChannelSchema = z.enum(['web', 'email', 'api']);
export type ReportChannel = z.infer<typeof ReportChannelSchema>;

export const ReportStatusSchema = z.enum(['new', 'in_review', 'closed', 'withdrawn']);
export type ReportStatus = z.infer<typeof ReportStatusSchema>;

/** What a reporter is told: their report arrived, is being looked at, is closed or withdrawn. */
export const PublicReportStatusSchema = z.enum(['received', 'in_review', 'closed', 'withdrawn']);
export type PublicReportStatus = z.infer<typeof PublicReportStatusSchema>;

/**
 * One entry of the conversation between a reporter and the CERT: a message the CERT
 * chose to send, or information the reporter added later.
 */
export const ReporterMessageSchema = z.object({
  id: z.uuid(),
  from: z.enum(['cert', 'reporter']),
  body: z.string(),
  sentAt: z.iso.datetime(),
});
export type ReporterMessage = z.infer<typeof ReporterMessageSchema>;

/** POST /api/public/reports/{trackingCode}/additions: more information from the reporter. */
export const AddInformationBodySchema = z.object({ text: text(1, 5_000) });
export type AddInformationBody = z.infer<typeof AddInformationBodySchema>;

/** POST /api/public/reports/{trackingCode}/withdraw. */
export const WithdrawReportBodySchema = z.object({ reason: optionalText(1_000) });
export type WithdrawReportBody = z.infer<typeof WithdrawReportBodySchema>;

/** POST /api/reports/{reportId}/messages: a message from the CERT to the reporter. */
export const StaffMessageBodySchema = z.object({ body: text(1, 5_000) });
export type StaffMessageBody = z.infer<typeof StaffMessageBodySchema>;

export const publicStatusOf = (status: ReportStatus): PublicReportStatus =>
  status === 'new' ? 'received' : status;

export const PublicReportCreatedSchema = z.object({
  trackingCode: z.string().describe('Shown as XXXX-XXXX; give it with the secret to check status'),
  secret: z.string().describe('Shown once; the CERT cannot recover it'),
  status: PublicReportStatusSchema,
  submittedAt: z.iso.datetime(),
  advice: z.array(z.string()).describe('What to do now, in the language of the report'),
});
export type PublicReportCreated = z.infer<typeof PublicReportCreatedSchema>;

export const PublicReportViewSchema = z.object({
  trackingCode: z.string(),
  status: PublicReportStatusSchema,
  incidentType: IncidentTypeIdSchema,
  submittedAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  messages: z.array(ReporterMessageSchema),
  evidenceCount: z.number().int(),
  /** False once the report is closed or withdrawn. */
  canAddInformation: z.boolean(),
});
export type PublicReportView = z.infer<typeof PublicReportViewSchema>;

export const TrackingCodeParamsSchema = z.object({
  trackingCode: z.string().min(1).max(32),
});

export const ReportSummarySchema = z.object({
  id: z.uuid(),
  trackingCode: z.string(),
  incidentType: IncidentTypeIdSchema,
  status: ReportStatusSchema,
  language: LanguageSchema,
  channel: ReportChannelSchema,
  hasContact: z.boolean(),
  excerpt: z.string(),
  submittedAt: z.iso.datetime(),
});
export type ReportSummary = z.infer<typeof ReportSummarySchema>;

export const ReportListQuerySchema = z.object({
  status: z.union([ReportStatusSchema, z.literal('all')]).default('new'),
  incidentType: IncidentTypeIdSchema.optional(),
  channel: ReportChannelSchema.optional(),
  language: LanguageSchema.optional(),
  /** Full text, Khmer or English; a phone, account or domain is matched however written. */
  q: z.string().trim().max(500).optional(),
  sort: z.enum(['newest', 'oldest']).default('newest'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});
export type ReportListQuery = z.infer<typeof ReportListQuerySchema>;

export const ReportListSchema = z.object({
  items: z.array(ReportSummarySchema),
  total: z.number().int(),
  totalCapped: z
    .boolean()
    .describe('More match than `total` (counting stops past 1,000): show it as "1,000+"'),
});
export type ReportList = z.infer<typeof ReportListSchema>;

export const ReportDetailSchema = ReportSummarySchema.extend({
  description: z.string(),
  occurredAt: z.string().nullable(),
  rsit: z.object({ class: z.string(), type: z.string() }),
  localSubtype: z.string(),
  details: z.record(z.string(), z.unknown()),
  messages: z.array(ReporterMessageSchema),
  /**
   * Indicators found in the description, the answers and the reporter's messages, and
   * those the sending organisation supplied; each (type, value) once.
   */
  observables: z.array(ReportObservableSchema),
  contact: z
    .object({
      name: z.string().nullable(),
      email: z.string().nullable(),
      phone: z.string().nullable(),
    })
    .nullable(),
  /** The incident handling this report, if it was taken into one. */
  incident: z.object({ id: z.uuid(), reference: z.string(), title: z.string() }).nullable(),
});
export type ReportDetail = z.infer<typeof ReportDetailSchema>;

export const ReportIdParamsSchema = z.object({ reportId: z.uuid() });
