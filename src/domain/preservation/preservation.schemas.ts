import { z } from 'zod';
import { optionalTextField, textField } from '../reports/text.ts';
import {
  IDENTIFIER_PROBLEMS,
  IdentifierTypeSchema,
  normaliseIdentifier,
  SocialPlatformSchema,
} from './identifiers.ts';

/*
 * Preservation orders (draft Cybercrime Law art 17; Budapest Convention art 16): an order
 * that a service provider preserve named data for a bounded time. The shapes of what a
 * liaison or prosecutor sends and of the order the server keeps.
 */

export const PRESERVATION_LIMITS = {
  /** Convention art 16: up to 90 days (the catalogue's power of coe-185-art-16). */
  maxDays: 90,
  /** Convention art 29: preservation at another Party's request is for at least 60 days. */
  art29MinDays: 60,
  necessity: { min: 60, max: 4_000 },
  proportionality: { min: 40, max: 4_000 },
  reason: { min: 10, max: 2_000 },
  identifiers: 50,
} as const;

export const PreservationStatusSchema = z.enum([
  'requested',
  'approved',
  'refused',
  'sent',
  'acknowledged',
  'preserved',
  'released',
  'expired',
]);
export type PreservationStatus = z.infer<typeof PreservationStatusSchema>;

export const DataCategorySchema = z.enum(['subscriber', 'traffic', 'content']);
export type DataCategory = z.infer<typeof DataCategorySchema>;

/** At least one, each once, in the order subscriber, traffic, content. */
const DataCategoriesInputSchema = z
  .array(DataCategorySchema)
  .min(1, 'name at least one category of data')
  .max(3)
  .refine((list) => new Set(list).size === list.length, {
    message: 'a category is listed twice',
  })
  .transform((list) => DataCategorySchema.options.filter((category) => list.includes(category)));

/**
 * The legal bases an order may cite: draft Cybercrime Law art 17 (the prosecutor orders
 * expedited preservation), Convention art 16 (expedited preservation of stored data),
 * Convention art 29 (preservation at another Party's request), or another basis in words.
 * Each but `other` is a provision id of the legal catalogue.
 */
export const LegalBasisIdSchema = z.enum([
  'kh-draft-ccl-v1-art-17',
  'coe-185-art-16',
  'coe-185-art-29',
  'other',
]);
export type LegalBasisId = z.infer<typeof LegalBasisIdSchema>;

export const LegalBasisSchema = z.object({
  basis: LegalBasisIdSchema,
  /** The basis in words, for `other` only. */
  text: z.string().nullable(),
});
export type LegalBasis = z.infer<typeof LegalBasisSchema>;

const LegalBasisInputSchema = z
  .object({ basis: LegalBasisIdSchema, text: optionalTextField(500) })
  .superRefine((input, ctx) => {
    if (input.basis === 'other' && (input.text ?? '').length < 10) {
      ctx.addIssue({
        code: 'custom',
        message: 'say what the other legal basis is (at least 10 characters)',
        path: ['text'],
      });
    }
  })
  .transform((input): LegalBasis => ({
    basis: input.basis,
    text: input.basis === 'other' ? (input.text ?? null) : null,
  }));

/** One identifier the data is named by, normalised; IPs with the time they were seen. */
export const PreservationIdentifierSchema = z.object({
  type: IdentifierTypeSchema,
  value: z.string(),
  /** Source port, for an address shared behind carrier-grade NAT. */
  port: z.number().int().nullable(),
  /** The time range of the data asked for, when one is given. */
  from: z.iso.datetime().nullable(),
  to: z.iso.datetime().nullable(),
  note: z.string().nullable(),
});
export type PreservationIdentifier = z.infer<typeof PreservationIdentifierSchema>;

const DateTimeInput = z.iso.datetime({ offset: true });

export const PreservationIdentifierInputSchema = z
  .object({
    type: IdentifierTypeSchema,
    value: z.string().min(1).max(2_000),
    platform: SocialPlatformSchema.optional(),
    port: z.number().int().min(0).max(65_535).optional(),
    from: DateTimeInput.optional(),
    to: DateTimeInput.optional(),
    note: optionalTextField(300),
  })
  .transform((input, ctx): PreservationIdentifier => {
    const value = normaliseIdentifier(input.type, input.value, input.platform);
    const problem = (path: string, message: string) =>
      ctx.addIssue({ code: 'custom', message, path: [path] });
    if (value === null) problem('value', IDENTIFIER_PROBLEMS[input.type]);
    if (input.platform !== undefined && input.type !== 'social-handle') {
      problem('platform', 'a platform goes with a social-media handle only');
    }
    if (input.port !== undefined && input.type !== 'ip') {
      problem('port', 'a port goes with an IP address only');
    }
    if (input.type === 'ip' && input.from === undefined) {
      problem(
        'from',
        'an IP address needs the time it was seen: the provider cannot find it without',
      );
    }
    const from = input.from === undefined ? null : new Date(input.from);
    const to = input.to === undefined ? null : new Date(input.to);
    if (from && to && to < from) problem('to', 'the end of the time range is before its start');
    if (value === null) return z.NEVER;
    return {
      type: input.type,
      value,
      port: input.port ?? null,
      from: from?.toISOString() ?? null,
      to: to?.toISOString() ?? null,
      note: input.note ?? null,
    };
  });

const identifierKey = (identifier: PreservationIdentifier) =>
  [identifier.type, identifier.value, identifier.port, identifier.from, identifier.to].join('|');

export const ServiceProviderSchema = z.object({
  name: z.string(),
  /** ISO 3166-1 alpha-2, when known. */
  country: z.string().nullable(),
  /** Where the order goes: a law-enforcement portal, an address, an e-mail. */
  contact: z.string().nullable(),
});
export type ServiceProvider = z.infer<typeof ServiceProviderSchema>;

const ServiceProviderInputSchema = z.object({
  name: textField(2, 200),
  country: z
    .string()
    .regex(/^[A-Za-z]{2}$/, 'a two-letter country code')
    .transform((code) => code.toUpperCase())
    .nullable()
    .optional()
    .transform((code) => code ?? null),
  contact: optionalTextField(300).transform((text) => text ?? null),
});

const justification = (limits: { min: number; max: number }) => textField(limits.min, limits.max);

/**
 * POST /api/preservation-orders: a liaison's request, or a prosecutor's order. The
 * necessity and the proportionality are each required, in words.
 */
export const CreatePreservationOrderBodySchema = z
  .object({
    incidentId: z.uuid().nullable().default(null),
    serviceProvider: ServiceProviderInputSchema,
    dataCategories: DataCategoriesInputSchema,
    identifiers: z
      .array(PreservationIdentifierInputSchema)
      .min(1, 'name at least one identifier')
      .max(PRESERVATION_LIMITS.identifiers),
    legalBases: z.array(LegalBasisInputSchema).min(1, 'give the legal basis').max(4),
    /** The Party that asked, when the order answers a request under Convention art 29. */
    requestingParty: optionalTextField(200).transform((text) => text ?? null),
    /** Why the data is needed, for which offence and investigation, and why now. */
    necessity: justification(PRESERVATION_LIMITS.necessity),
    /** Why these categories, identifiers and days are no more than needed. */
    proportionality: justification(PRESERVATION_LIMITS.proportionality),
    days: z.number().int().min(1).max(PRESERVATION_LIMITS.maxDays),
  })
  .superRefine((body, ctx) => {
    const bases = body.legalBases.map((entry) => entry.basis);
    if (new Set(bases).size !== bases.length) {
      ctx.addIssue({
        code: 'custom',
        message: 'a legal basis is listed twice',
        path: ['legalBases'],
      });
    }
    const keys = body.identifiers.map(identifierKey);
    keys.forEach((key, i) => {
      if (keys.indexOf(key) !== i) {
        ctx.addIssue({
          code: 'custom',
          message: 'this identifier is listed twice',
          path: ['identifiers', i],
        });
      }
    });
    if (bases.includes('coe-185-art-29')) {
      if (body.days < PRESERVATION_LIMITS.art29MinDays) {
        ctx.addIssue({
          code: 'custom',
          message: `preservation at another Party's request (Convention art 29) is for at least ${PRESERVATION_LIMITS.art29MinDays} days`,
          path: ['days'],
        });
      }
      if (body.requestingParty === null) {
        ctx.addIssue({
          code: 'custom',
          message: 'name the Party that asked for preservation (Convention art 29)',
          path: ['requestingParty'],
        });
      }
    }
  });
export type CreatePreservationOrderBody = z.infer<typeof CreatePreservationOrderBodySchema>;

/** POST /api/preservation-orders/{id}/renewal: once, with a new justification. */
export const RenewPreservationOrderBodySchema = z.object({
  days: z.number().int().min(1).max(PRESERVATION_LIMITS.maxDays),
  justification: justification(PRESERVATION_LIMITS.necessity),
  proportionality: justification(PRESERVATION_LIMITS.proportionality),
});
export type RenewPreservationOrderBody = z.infer<typeof RenewPreservationOrderBodySchema>;

const occurredAt = DateTimeInput.optional();
const reason = textField(PRESERVATION_LIMITS.reason.min, PRESERVATION_LIMITS.reason.max);
const note = optionalTextField(1_000);

/** POST /api/preservation-orders/{id}/transitions. Expiry is the system's, not a request. */
export const PreservationTransitionBodySchema = z.discriminatedUnion('to', [
  z.object({ to: z.literal('approved') }),
  z.object({ to: z.literal('refused'), reason }),
  z.object({ to: z.literal('sent'), occurredAt, note }),
  z.object({ to: z.literal('acknowledged'), occurredAt, note }),
  z.object({ to: z.literal('preserved'), occurredAt, note }),
  z.object({ to: z.literal('released'), occurredAt, reason }),
]);
export type PreservationTransitionBody = z.infer<typeof PreservationTransitionBodySchema>;

export const PreservationRenewalSchema = z.object({
  days: z.number().int(),
  justification: z.string(),
  proportionality: z.string(),
  renewedAt: z.iso.datetime(),
  renewedBy: z.uuid(),
  /** The expiry the renewal extended; the new one is `days` days after it. */
  previousExpiresAt: z.iso.datetime(),
});
export type PreservationRenewal = z.infer<typeof PreservationRenewalSchema>;

/** A reminder already sent: which one, for which expiry (a renewal starts them again). */
export const ReminderRecordSchema = z.object({
  daysBefore: z.number().int(),
  expiresAt: z.iso.datetime(),
  sentAt: z.iso.datetime(),
});
export type ReminderRecord = z.infer<typeof ReminderRecordSchema>;

export const PreservationOrderSchema = z.object({
  id: z.uuid(),
  /** How people name it: PO-000042. */
  reference: z.string(),
  incidentId: z.uuid().nullable(),
  status: PreservationStatusSchema,
  serviceProvider: ServiceProviderSchema,
  dataCategories: z.array(DataCategorySchema).min(1),
  identifiers: z.array(PreservationIdentifierSchema).min(1),
  legalBases: z.array(LegalBasisSchema).min(1),
  requestingParty: z.string().nullable(),
  necessity: z.string(),
  proportionality: z.string(),
  /** The period asked for, 1–90 days from the day the order is sent. */
  days: z.number().int().min(1).max(PRESERVATION_LIMITS.maxDays),
  requestedBy: z.uuid(),
  requestedAt: z.iso.datetime(),
  /** The prosecutor who approved, refused or issued it. */
  decidedBy: z.uuid().nullable(),
  decidedAt: z.iso.datetime().nullable(),
  refusalReason: z.string().nullable(),
  sentAt: z.iso.datetime().nullable(),
  acknowledgedAt: z.iso.datetime().nullable(),
  preservedAt: z.iso.datetime().nullable(),
  releasedAt: z.iso.datetime().nullable(),
  releaseReason: z.string().nullable(),
  expiredAt: z.iso.datetime().nullable(),
  renewal: PreservationRenewalSchema.nullable(),
  remindersSent: z.array(ReminderRecordSchema),
});
export type PreservationOrder = z.infer<typeof PreservationOrderSchema>;

/** PO-000042. The number is the database's sequence. */
export const formatPreservationOrderReference = (number: number): string =>
  `PO-${String(number).padStart(6, '0')}`;
