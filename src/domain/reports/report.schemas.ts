import { z } from 'zod';
import { IncidentTypeIdSchema } from '../taxonomy/incident-types.ts';
import { LanguageSchema } from '../language.ts';

export { normaliseText, toAsciiDigits } from './text.ts';
import { normaliseText, toAsciiDigits } from './text.ts';

const text = (min: number, max: number) =>
  z.string().transform(normaliseText).pipe(z.string().min(min).max(max));

const optionalText = (max: number) =>
  z
    .string()
    .max(max * 2)
    .transform(normaliseText)
    .pipe(z.string().max(max))
    .optional()
    .transform((value) => (value ? value : undefined));

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

export const PublicReportBodySchema = z.object({
  incidentType: IncidentTypeIdSchema,
  description: text(10, 10_000),
  occurredAt: OccurredAtSchema.optional(),
  language: LanguageSchema,
  contact: ReportContactSchema.nullish(),
});
export type PublicReportBody = z.infer<typeof PublicReportBodySchema>;

export const ReportStatusSchema = z.enum(['new', 'in_review', 'closed']);
export type ReportStatus = z.infer<typeof ReportStatusSchema>;

/** What a reporter is told: their report arrived, is being looked at, or is closed. */
export const PublicReportStatusSchema = z.enum(['received', 'in_review', 'closed']);
export type PublicReportStatus = z.infer<typeof PublicReportStatusSchema>;

export const publicStatusOf = (status: ReportStatus): PublicReportStatus =>
  status === 'new' ? 'received' : status;

export const PublicReportCreatedSchema = z.object({
  trackingCode: z.string().describe('Shown as XXXX-XXXX; give it with the secret to check status'),
  secret: z.string().describe('Shown once; the CERT cannot recover it'),
  status: PublicReportStatusSchema,
  submittedAt: z.iso.datetime(),
});
export type PublicReportCreated = z.infer<typeof PublicReportCreatedSchema>;

export const PublicReportViewSchema = z.object({
  trackingCode: z.string(),
  status: PublicReportStatusSchema,
  incidentType: IncidentTypeIdSchema,
  submittedAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
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
  channel: z.enum(['web']),
  hasContact: z.boolean(),
  excerpt: z.string(),
  submittedAt: z.iso.datetime(),
});
export type ReportSummary = z.infer<typeof ReportSummarySchema>;

export const ReportListQuerySchema = z.object({
  status: ReportStatusSchema.default('new'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
export type ReportListQuery = z.infer<typeof ReportListQuerySchema>;

export const ReportListSchema = z.object({
  items: z.array(ReportSummarySchema),
  total: z.number().int(),
});
export type ReportList = z.infer<typeof ReportListSchema>;

export const ReportDetailSchema = ReportSummarySchema.extend({
  description: z.string(),
  occurredAt: z.string().nullable(),
  rsit: z.object({ class: z.string(), type: z.string() }),
  localSubtype: z.string(),
  contact: z
    .object({
      name: z.string().nullable(),
      email: z.string().nullable(),
      phone: z.string().nullable(),
    })
    .nullable(),
});
export type ReportDetail = z.infer<typeof ReportDetailSchema>;

export const ReportIdParamsSchema = z.object({ reportId: z.uuid() });
