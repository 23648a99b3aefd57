import { z } from 'zod';
import { ClassificationSchema } from '../incidents/incident.schemas.ts';
import { optionalTextField } from '../reports/text.ts';
import {
  BilingualSchema,
  BudapestMatchSchema,
  CandidateNoteSchema,
  CandidateReasonSchema,
  GapNoteSchema,
  InstrumentIdSchema,
  InstrumentStatusSchema,
  IntentSchema,
  PenaltySchema,
  ProvisionIdSchema,
  type Catalogue,
  type Provision,
} from './law.schemas.ts';

/**
 * A case's legal assessment: the candidate provisions of its classification, each with its
 * elements as a checklist the analyst ticks with references to evidence items. The draft
 * and every saved version carry what the catalogue said (titles, elements, penalties,
 * Convention counterparts, gap notes), so an old version reads the same after the
 * catalogue has changed; the version and hash say which catalogue that was.
 */

export const ASSESSMENT_LIMITS = {
  /** Provisions in one assessment. */
  provisions: 30,
  /** Checklist items sent for one provision (the largest has far fewer). */
  itemsPerProvision: 40,
  /** Evidence items referenced by one checklist item. */
  evidencePerItem: 20,
  /** Characters of a note on an item or a provision. */
  note: 2_000,
  /** Characters of the assessment's summary. */
  summary: 4_000,
} as const;

/** Whether the facts show an element: yes, no, or not established (yet). */
export const ElementMetSchema = z.enum(['yes', 'no', 'unknown']);
export type ElementMet = z.infer<typeof ElementMetSchema>;

/** conduct: an element of the catalogue; mental: one of the provision's intent requirements. */
export const ChecklistItemKindSchema = z.enum(['conduct', 'mental']);
export type ChecklistItemKind = z.infer<typeof ChecklistItemKindSchema>;

/**
 * A catalogue element id ("kh-cc-2009-art-427.access"), or for a mental element the
 * provision id and the requirement after a # ("coe-185-art-8#dishonest_intent"): the #
 * cannot occur in a catalogue id, so the two never collide.
 */
export const ChecklistItemIdSchema = z
  .string()
  .max(160)
  .regex(/^[a-z0-9-]+(?:\.[a-z0-9-]+|#[a-z_]+)$/);

export const ChecklistItemSchema = z.object({
  id: ChecklistItemIdSchema,
  kind: ChecklistItemKindSchema,
  text: BilingualSchema,
  met: ElementMetSchema,
  note: z.string().nullable(),
  /** Evidence items of the case the analyst relies on for this item. */
  evidenceIds: z.array(z.uuid()),
});
export type ChecklistItem = z.infer<typeof ChecklistItemSchema>;

/** The Convention article a national provision answers, with its title. */
export const AssessedCounterpartSchema = z.object({
  article: z.number().int(),
  match: BudapestMatchSchema,
  provisionId: ProvisionIdSchema,
  title: BilingualSchema,
});
export type AssessedCounterpart = z.infer<typeof AssessedCounterpartSchema>;

export const AssessedProvisionSchema = z.object({
  provisionId: ProvisionIdSchema,
  instrumentId: InstrumentIdSchema,
  instrumentTitle: BilingualSchema,
  instrumentStatus: InstrumentStatusSchema,
  article: z.string().nullable(),
  title: BilingualSchema,
  verifiedAgainstOfficialText: z.boolean(),
  /** candidate: the classification points to it; added: the analyst chose it. */
  origin: z.enum(['candidate', 'added']),
  /** Why the classification points to it; empty when the analyst added it. */
  reasons: z.array(CandidateReasonSchema),
  match: BudapestMatchSchema.nullable(),
  intent: IntentSchema,
  /** Null: the sources give no penalty. */
  penalty: PenaltySchema.nullable(),
  counterparts: z.array(AssessedCounterpartSchema),
  /** Where the national text lacks (or cannot be shown to have) what the Convention requires. */
  gapNotes: z.array(GapNoteSchema),
  checklist: z.array(ChecklistItemSchema),
  note: z.string().nullable(),
});
export type AssessedProvision = z.infer<typeof AssessedProvisionSchema>;

/** What `draftAssessment` offers before anything is ticked. */
export const AssessmentDraftSchema = z.object({
  catalogueVersion: z.string(),
  catalogueHash: z.string().regex(/^[0-9a-f]{64}$/),
  classification: ClassificationSchema,
  provisions: z.array(AssessedProvisionSchema),
  notes: z.array(CandidateNoteSchema),
});
export type AssessmentDraft = z.infer<typeof AssessmentDraftSchema>;

/** One saved version: a new number at each save, with the catalogue it was made against. */
export const LegalAssessmentSchema = AssessmentDraftSchema.extend({
  incidentId: z.uuid(),
  version: z.number().int().min(1),
  summary: z.string().nullable(),
  /** Candidates of the classification the analyst left out of this version. */
  omittedCandidates: z.array(ProvisionIdSchema),
  savedAt: z.iso.datetime(),
  savedBy: z.uuid(),
});
export type LegalAssessment = z.infer<typeof LegalAssessmentSchema>;

const ChecklistItemBodySchema = z.object({
  id: ChecklistItemIdSchema,
  met: ElementMetSchema,
  note: optionalTextField(ASSESSMENT_LIMITS.note),
  evidenceIds: z
    .array(z.uuid())
    .max(ASSESSMENT_LIMITS.evidencePerItem)
    .refine((ids) => new Set(ids.map((id) => id.toLowerCase())).size === ids.length, {
      message: 'an evidence item is referenced twice',
    })
    .default([]),
});
export type ChecklistItemBody = z.infer<typeof ChecklistItemBodySchema>;

const AssessedProvisionBodySchema = z.object({
  provisionId: ProvisionIdSchema,
  note: optionalTextField(ASSESSMENT_LIMITS.note),
  /** Items left out stay "unknown". */
  checklist: z.array(ChecklistItemBodySchema).max(ASSESSMENT_LIMITS.itemsPerProvision),
});

/**
 * PUT /api/incidents/{id}/legal-assessment: the analyst's ticks, without the catalogue's
 * texts (the server adds them). The shape alone; `saveAssessmentBodySchema(catalogue)`
 * adds the checks against the catalogue.
 */
export const SaveAssessmentBodySchema = z
  .object({
    /** The version this one replaces; null for the first. A stale number is a conflict. */
    basedOnVersion: z.number().int().min(1).nullable(),
    catalogueVersion: z.string().min(1).max(40),
    catalogueHash: z.string().regex(/^[0-9a-f]{64}$/),
    provisions: z.array(AssessedProvisionBodySchema).max(ASSESSMENT_LIMITS.provisions),
    summary: optionalTextField(ASSESSMENT_LIMITS.summary),
  })
  .superRefine((body, ctx) => {
    const seen = new Set<string>();
    body.provisions.forEach((provision, i) => {
      if (seen.has(provision.provisionId)) {
        ctx.addIssue({
          code: 'custom',
          message: 'this provision is listed twice',
          path: ['provisions', i, 'provisionId'],
        });
      }
      seen.add(provision.provisionId);
      const items = new Set<string>();
      provision.checklist.forEach((item, j) => {
        if (items.has(item.id)) {
          ctx.addIssue({
            code: 'custom',
            message: 'this element is listed twice',
            path: ['provisions', i, 'checklist', j, 'id'],
          });
        }
        items.add(item.id);
      });
    });
  });
export type SaveAssessmentBody = z.infer<typeof SaveAssessmentBodySchema>;

/** Kinds of provision a case is assessed against: offences, and the liability of legal persons. */
export const ASSESSABLE_KINDS: readonly Provision['kind'][] = ['offence', 'liability'];

/** The id of the checklist item for one of a provision's intent requirements. */
export const mentalItemId = (provisionId: string, requirement: string): string =>
  `${provisionId}#${requirement}`;

/** Every checklist item id a provision has: its elements, then its intent requirements. */
export const checklistItemIds = (provision: Provision): string[] => [
  ...provision.elements.map((element) => element.id),
  ...provision.intent.requirements.map((requirement) => mentalItemId(provision.id, requirement)),
];

/**
 * The body schema checked against one catalogue version: the version and hash must be the
 * catalogue's, each provision must be one of its offences (or liability provisions), and
 * each item must be one of that provision's elements or intent requirements.
 */
export function saveAssessmentBodySchema(catalogue: Catalogue) {
  const provisions = new Map(catalogue.provisions.map((entry) => [entry.id, entry]));
  return SaveAssessmentBodySchema.superRefine((body, ctx) => {
    if (body.catalogueVersion !== catalogue.version || body.catalogueHash !== catalogue.hash) {
      ctx.addIssue({
        code: 'custom',
        message: `made against catalogue ${body.catalogueVersion}; the catalogue is now ${catalogue.version}: reload the assessment`,
        path: ['catalogueVersion'],
      });
    }
    body.provisions.forEach((entry, i) => {
      const provision = provisions.get(entry.provisionId);
      if (!provision) {
        ctx.addIssue({
          code: 'custom',
          message: `no provision ${entry.provisionId} in catalogue ${catalogue.version}`,
          path: ['provisions', i, 'provisionId'],
        });
        return;
      }
      if (!ASSESSABLE_KINDS.includes(provision.kind)) {
        ctx.addIssue({
          code: 'custom',
          message: `${entry.provisionId} is not an offence or liability provision`,
          path: ['provisions', i, 'provisionId'],
        });
        return;
      }
      const known = new Set(checklistItemIds(provision));
      entry.checklist.forEach((item, j) => {
        if (!known.has(item.id)) {
          ctx.addIssue({
            code: 'custom',
            message: `${item.id} is not an element of ${entry.provisionId}`,
            path: ['provisions', i, 'checklist', j, 'id'],
          });
        }
      });
    });
  });
}
