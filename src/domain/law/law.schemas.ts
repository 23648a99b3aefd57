import { z } from 'zod';
import { ClassificationSchema } from '../incidents/incident.schemas.ts';

/**
 * The legal catalogue's shapes: instruments, their provisions and what the product says
 * about how far each was checked. Shared by the API (responses) and the staff app.
 * Response schemas here carry no transforms or defaults; the data files are read through
 * their own schemas in `catalogue-data.ts`.
 */

export const BilingualSchema = z.object({ km: z.string().min(1), en: z.string().min(1) });

/** The works the catalogue's facts come from (see data/README.md). */
export const SourceIdSchema = z.enum(['COE-185', 'NS2019', 'KH-CC-EN', 'AIC', 'SG-CMA']);
export type SourceId = z.infer<typeof SourceIdSchema>;

export const SourceSchema = z.object({
  id: SourceIdSchema,
  citation: z.string(),
  url: z.string().nullable(),
  /** What it was used for and on what terms: the facts are summarised in our own words. */
  terms: BilingualSchema,
});
export type Source = z.infer<typeof SourceSchema>;

export const InstrumentIdSchema = z.enum([
  'kh-criminal-code-2009',
  'kh-telecommunications-law-2015',
  'kh-draft-cybercrime-law-v1',
  'kh-press-law-1995',
  'coe-budapest-convention-185',
  'sg-computer-misuse-act-1993',
]);
export type InstrumentId = z.infer<typeof InstrumentIdSchema>;

export const InstrumentStatusSchema = z.enum(['in_force', 'draft', 'treaty', 'foreign_law']);
export type InstrumentStatus = z.infer<typeof InstrumentStatusSchema>;

/** A fact and the source that states it. */
export const SourcedNoteSchema = z.object({ source: SourceIdSchema, text: BilingualSchema });
export type SourcedNote = z.infer<typeof SourcedNoteSchema>;

/**
 * How far a text was checked: `verifiedAgainstOfficialText` is false unless the official
 * text itself was read; each statement says what one source does and does not support.
 */
export const VerificationSchema = z.object({
  verifiedAgainstOfficialText: z.boolean(),
  statements: z.array(SourcedNoteSchema).min(1),
});
export type Verification = z.infer<typeof VerificationSchema>;

export const InstrumentSchema = z.object({
  id: InstrumentIdSchema,
  jurisdiction: z.enum(['KH', 'COE', 'SG']),
  status: InstrumentStatusSchema,
  title: BilingualSchema,
  shortTitle: BilingualSchema,
  citation: z.string().nullable(),
  /** Year of adoption or promulgation; null when the sources do not give it. */
  year: z.number().int().nullable(),
  notes: z.array(SourcedNoteSchema),
  verification: VerificationSchema,
});
export type Instrument = z.infer<typeof InstrumentSchema>;

export const ProvisionKindSchema = z.enum([
  'offence',
  'procedure',
  'duty',
  'liability',
  'jurisdiction',
  'cooperation',
  'institution',
  'general',
  'unknown',
]);
export type ProvisionKind = z.infer<typeof ProvisionKindSchema>;

/** One thing the conduct must include, with an id that stays when the wording changes. */
export const ElementSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+\.[a-z0-9-]+$/),
  text: BilingualSchema,
});
export type Element = z.infer<typeof ElementSchema>;

export const IntentRequirementSchema = z.enum([
  'intentional',
  'without_right',
  'dishonest_intent',
  'fraudulent',
  'bad_faith',
  'without_authorisation',
  'without_authority',
  'knowingly',
  'intent_to_commit_offence',
  'wilfully_commercial_scale',
  'wrongful_gain_or_unlawful_purpose',
]);
export type IntentRequirement = z.infer<typeof IntentRequirementSchema>;

/** No requirements means the sources do not give the mental element. */
export const IntentSchema = z.object({
  requirements: z.array(IntentRequirementSchema),
  note: BilingualSchema.nullable(),
});
export type Intent = z.infer<typeof IntentSchema>;

export const DurationSchema = z.object({
  value: z.number().positive(),
  unit: z.enum(['months', 'years']),
});
export type Duration = z.infer<typeof DurationSchema>;

export const PenaltyCurrencySchema = z.enum(['KHR', 'USD', 'SGD']);

/** A penalty as a source gives it; `group` when it is the range across several articles. */
export const PenaltySchema = z.object({
  scope: z.enum(['provision', 'group']),
  imprisonment: z
    .object({ min: DurationSchema.nullable(), max: DurationSchema.nullable() })
    .nullable(),
  fine: z
    .object({
      min: z.number().nonnegative().nullable(),
      max: z.number().nonnegative().nullable(),
      currency: PenaltyCurrencySchema,
    })
    .nullable(),
  combination: z.enum(['and', 'and_or']).nullable(),
  note: BilingualSchema.nullable(),
  source: SourceIdSchema,
});
export type Penalty = z.infer<typeof PenaltySchema>;

/** What a procedural provision lets an authority do, and for how long where a source says. */
export const ProceduralPowerSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+\.[a-z0-9-]+$/),
  authority: BilingualSchema.nullable(),
  text: BilingualSchema,
  days: z
    .object({
      min: z.number().int().positive().nullable(),
      max: z.number().int().positive().nullable(),
      renewable: z.boolean().nullable(),
    })
    .nullable(),
});
export type ProceduralPower = z.infer<typeof ProceduralPowerSchema>;

/** How a national provision answers a Convention article, per the reference's mapping. */
export const BudapestMatchSchema = z.enum(['mapped', 'partial', 'candidate']);
export type BudapestMatch = z.infer<typeof BudapestMatchSchema>;

export const BudapestLinkSchema = z.object({
  article: z.number().int().min(1).max(48),
  match: BudapestMatchSchema,
});
export type BudapestLink = z.infer<typeof BudapestLinkSchema>;

export const GapElementSchema = z.enum([
  'intent',
  'without_right',
  'dishonest_intent',
  'coverage',
  'duration',
  'safeguards',
]);
export type GapElement = z.infer<typeof GapElementSchema>;

/**
 * Something the Convention requires that the national text lacks (`lacking`, a source says
 * so) or that the sources cannot confirm (`unconfirmed`).
 */
export const GapNoteSchema = z.object({
  id: z.string(),
  budapestArticles: z.array(z.number().int()).min(1),
  element: GapElementSchema,
  status: z.enum(['lacking', 'unconfirmed']),
  text: BilingualSchema,
  source: SourceIdSchema,
});
export type GapNote = z.infer<typeof GapNoteSchema>;

export const ProvisionIdSchema = z
  .string()
  .max(80)
  .regex(/^[a-z0-9-]+$/);

export const ProvisionSchema = z.object({
  id: ProvisionIdSchema,
  instrumentId: InstrumentIdSchema,
  /** As the sources give it ("427", "317–320", "s. 3"); null when they give none. */
  article: z.string().nullable(),
  articleNote: BilingualSchema.nullable(),
  kind: ProvisionKindSchema,
  title: BilingualSchema,
  summary: BilingualSchema.nullable(),
  elements: z.array(ElementSchema),
  intent: IntentSchema,
  /** Null: the sources do not give a penalty. */
  penalty: PenaltySchema.nullable(),
  powers: z.array(ProceduralPowerSchema),
  budapest: z.array(BudapestLinkSchema),
  gapNotes: z.array(GapNoteSchema),
  notes: z.array(SourcedNoteSchema),
  verification: VerificationSchema,
});
export type Provision = z.infer<typeof ProvisionSchema>;

export const CatalogueSchema = z.object({
  version: z.string(),
  /** SHA-256 of the catalogue's content (canonical JSON), hex. */
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  sources: z.array(SourceSchema),
  instruments: z.array(InstrumentSchema),
  provisions: z.array(ProvisionSchema),
});
export type Catalogue = z.infer<typeof CatalogueSchema>;

export const ProvisionParamsSchema = z.object({ id: ProvisionIdSchema });

export const ProvisionDetailSchema = z.object({
  catalogueVersion: z.string(),
  catalogueHash: z.string(),
  instrument: InstrumentSchema,
  provision: ProvisionSchema,
});
export type ProvisionDetail = z.infer<typeof ProvisionDetailSchema>;

/** The kinds of conduct an incident's classification points to (the Convention's offences). */
export const OffenceThemeSchema = z.enum([
  'illegal_access',
  'illegal_interception',
  'data_interference',
  'system_interference',
  'misuse_of_devices',
  'forgery_fraud',
  'child_abuse_material',
  'copyright',
  'speech',
]);
export type OffenceTheme = z.infer<typeof OffenceThemeSchema>;

export const CandidateReasonSchema = z.object({
  basis: z.enum(['rsit_type', 'local_subtype']),
  /** The classification value it comes from: "fraud/phishing" or a local sub-type. */
  subject: z.string(),
  theme: OffenceThemeSchema,
  text: BilingualSchema,
});
export type CandidateReason = z.infer<typeof CandidateReasonSchema>;

export const LegalCandidateSchema = z.object({
  provisionId: ProvisionIdSchema,
  instrumentId: InstrumentIdSchema,
  instrumentTitle: BilingualSchema,
  instrumentStatus: InstrumentStatusSchema,
  article: z.string().nullable(),
  title: BilingualSchema,
  /** Partial when the reference says the provision covers only part of the conduct. */
  match: BudapestMatchSchema.nullable(),
  verifiedAgainstOfficialText: z.boolean(),
  reasons: z.array(CandidateReasonSchema).min(1),
});
export type LegalCandidate = z.infer<typeof LegalCandidateSchema>;

export const CandidateNoteSchema = z.object({ code: z.string(), text: BilingualSchema });
export type CandidateNote = z.infer<typeof CandidateNoteSchema>;

export const LegalCandidatesSchema = z.object({
  incidentId: z.uuid(),
  classification: ClassificationSchema,
  catalogueVersion: z.string(),
  catalogueHash: z.string(),
  candidates: z.array(LegalCandidateSchema),
  notes: z.array(CandidateNoteSchema),
});
export type LegalCandidates = z.infer<typeof LegalCandidatesSchema>;
