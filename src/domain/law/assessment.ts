import type { Classification } from '../incidents/incident.schemas.ts';
import type { Bilingual } from '../language.ts';
import {
  ASSESSABLE_KINDS,
  checklistItemIds,
  mentalItemId,
  type AssessedCounterpart,
  type AssessedProvision,
  type AssessmentDraft,
  type ChecklistItem,
  type ElementMet,
  type LegalAssessment,
  type SaveAssessmentBody,
} from './assessment.schemas.ts';
import { legalCandidatesFor } from './candidates.ts';
import { budapestProvisionId } from './catalogue.ts';
import { canonicalJson } from './content-hash.ts';
import type { Catalogue, IntentRequirement, LegalCandidate, Provision } from './law.schemas.ts';

/*
 * The legal assessment of a case, pure: the draft a classification gives, the version an
 * analyst's save makes, its outcome, and whether the catalogue it used has changed since.
 * An analyst's assessment supports a referral; it is never a legal finding.
 */

/** The intent requirements as the checklist names them (the staff app's labels). */
export const INTENT_REQUIREMENT_LABELS: Record<IntentRequirement, Bilingual> = {
  intentional: { en: 'Committed intentionally', km: 'ប្រព្រឹត្តដោយចេតនា' },
  without_right: { en: 'Without right', km: 'ដោយគ្មានសិទ្ធិ' },
  dishonest_intent: { en: 'Fraudulent or dishonest intent', km: 'ចេតនាក្លែងបន្លំ ឬទុច្ចរិត' },
  fraudulent: { en: 'Fraudulently', km: 'ដោយទុច្ចរិត' },
  bad_faith: { en: 'In bad faith', km: 'ដោយអសុទ្ធចិត្ត' },
  without_authorisation: { en: 'Without authorisation', km: 'ដោយគ្មានការអនុញ្ញាត' },
  without_authority: { en: 'Without authority', km: 'ដោយគ្មានសិទ្ធិអំណាច' },
  knowingly: { en: 'Knowingly', km: 'ដោយដឹង' },
  intent_to_commit_offence: {
    en: 'Intent to commit a further offence',
    km: 'ចេតនាប្រព្រឹត្តបទល្មើសបន្ថែម',
  },
  wilfully_commercial_scale: {
    en: 'Wilfully, on a commercial scale',
    km: 'ដោយចេតនា ក្នុងកម្រិតពាណិជ្ជកម្ម',
  },
  wrongful_gain_or_unlawful_purpose: {
    en: 'Wrongful gain or unlawful purpose',
    km: 'ការទទួលផលដោយខុសច្បាប់ ឬគោលបំណងខុសច្បាប់',
  },
};

export const ASSESSMENT_DISCLAIMER: Bilingual = {
  en: 'An analyst’s assessment to support a referral, not a legal finding.',
  km: 'ការវាយតម្លៃរបស់អ្នកវិភាគ ដើម្បីគាំទ្រការបញ្ជូនសំណុំរឿង មិនមែនជាការសម្រេចផ្លូវច្បាប់ទេ។',
};

const KHMER_DIGITS = '០១២៣៤៥៦៧៨៩';
const khmerDigits = (text: string) => text.replace(/[0-9]/g, (d) => KHMER_DIGITS[Number(d)] ?? d);

const INDEXES = new WeakMap<Catalogue, ReadonlyMap<string, Provision>>();

function provisionsOf(catalogue: Catalogue): ReadonlyMap<string, Provision> {
  let index = INDEXES.get(catalogue);
  if (!index) {
    index = new Map(catalogue.provisions.map((entry) => [entry.id, entry]));
    INDEXES.set(catalogue, index);
  }
  return index;
}

function instrumentOf(catalogue: Catalogue, provision: Provision) {
  const instrument = catalogue.instruments.find((entry) => entry.id === provision.instrumentId);
  if (!instrument) throw new Error(`unknown instrument ${provision.instrumentId}`);
  return instrument;
}

/** A provision's checklist, nothing ticked: its conduct elements, then its intent requirements. */
export function checklistOf(provision: Provision): ChecklistItem[] {
  const blank = { met: 'unknown' as const, note: null, evidenceIds: [] };
  return [
    ...provision.elements.map((element) => ({
      id: element.id,
      kind: 'conduct' as const,
      text: element.text,
      ...blank,
    })),
    ...provision.intent.requirements.map((requirement) => ({
      id: mentalItemId(provision.id, requirement),
      kind: 'mental' as const,
      text: INTENT_REQUIREMENT_LABELS[requirement],
      ...blank,
    })),
  ];
}

function counterpartsOf(catalogue: Catalogue, provision: Provision): AssessedCounterpart[] {
  return provision.budapest.map((link) => {
    const id = budapestProvisionId(link.article);
    const article = provisionsOf(catalogue).get(id);
    if (!article) throw new Error(`${provision.id} links to ${id}, not in the catalogue`);
    return { article: link.article, match: link.match, provisionId: id, title: article.title };
  });
}

/** What the catalogue says about one provision, with an empty checklist. */
function assessedProvision(
  catalogue: Catalogue,
  provision: Provision,
  candidate: LegalCandidate | null,
): AssessedProvision {
  const instrument = instrumentOf(catalogue, provision);
  return {
    provisionId: provision.id,
    instrumentId: instrument.id,
    instrumentTitle: instrument.shortTitle,
    instrumentStatus: instrument.status,
    article: provision.article,
    title: provision.title,
    verifiedAgainstOfficialText: provision.verification.verifiedAgainstOfficialText,
    origin: candidate ? 'candidate' : 'added',
    reasons: candidate ? candidate.reasons : [],
    match: candidate ? candidate.match : null,
    intent: provision.intent,
    penalty: provision.penalty,
    counterparts: counterpartsOf(catalogue, provision),
    gapNotes: provision.gapNotes,
    checklist: checklistOf(provision),
    note: null,
  };
}

function getFrom(catalogue: Catalogue, id: string): Provision {
  const provision = provisionsOf(catalogue).get(id);
  if (!provision) throw new Error(`no provision ${id} in catalogue ${catalogue.version}`);
  return provision;
}

/**
 * The assessment a classification starts from: every candidate provision with what the
 * catalogue says about it (penalty, Convention counterparts, gap notes) and its elements as
 * a checklist, all "unknown". The candidates come from the shipped mapping rules
 * (`legalCandidatesFor`); `catalogue` gives the provisions' content and the version and
 * hash recorded (the shipped CATALOGUE in the product; another one in tests).
 */
export function draftAssessment(
  classification: Classification,
  catalogue: Catalogue,
): AssessmentDraft {
  const { candidates, notes } = legalCandidatesFor(classification);
  return {
    catalogueVersion: catalogue.version,
    catalogueHash: catalogue.hash,
    classification,
    provisions: candidates.map((candidate) =>
      assessedProvision(catalogue, getFrom(catalogue, candidate.provisionId), candidate),
    ),
    notes,
  };
}

/** Each save is the next version: 1 for the first. */
export const nextAssessmentVersion = (latest: Pick<LegalAssessment, 'version'> | null): number =>
  (latest?.version ?? 0) + 1;

export type SaveProblem =
  /** The body says it replaces another version than the latest: someone saved meanwhile. */
  | 'stale_version'
  /** The body was made against another catalogue version or content. */
  | 'catalogue_changed'
  | 'unknown_provision'
  | 'not_assessable'
  | 'unknown_element';

export type SaveResult =
  { ok: true; assessment: LegalAssessment } | { ok: false; problem: SaveProblem; subject?: string };

export type SaveInput = {
  incidentId: string;
  /** The incident's classification now: it decides the candidates and their reasons. */
  classification: Classification;
  /** Parsed with `saveAssessmentBodySchema(catalogue)`. */
  body: SaveAssessmentBody;
  /** The latest saved version, or null when there is none. */
  latest: Pick<LegalAssessment, 'version'> | null;
  catalogue: Catalogue;
  savedAt: Date;
  savedBy: string;
};

/**
 * The version an analyst's save makes: the next number, the catalogue's version and hash,
 * and for each provision of the body what the catalogue says with the analyst's ticks over
 * it (items not sent stay "unknown"). Problems come in this order: stale version, changed
 * catalogue, unknown provision, a provision that is no offence, unknown element.
 */
export function buildAssessmentVersion(input: SaveInput): SaveResult {
  const { body, catalogue } = input;
  const latestVersion = input.latest?.version ?? null;
  if (body.basedOnVersion !== latestVersion) return { ok: false, problem: 'stale_version' };
  if (body.catalogueVersion !== catalogue.version || body.catalogueHash !== catalogue.hash) {
    return { ok: false, problem: 'catalogue_changed' };
  }
  const { candidates, notes } = legalCandidatesFor(input.classification);
  const byId = new Map(candidates.map((candidate) => [candidate.provisionId, candidate]));
  const provisions: AssessedProvision[] = [];
  for (const entry of body.provisions) {
    const provision = provisionsOf(catalogue).get(entry.provisionId);
    if (!provision) return { ok: false, problem: 'unknown_provision', subject: entry.provisionId };
    if (!ASSESSABLE_KINDS.includes(provision.kind)) {
      return { ok: false, problem: 'not_assessable', subject: entry.provisionId };
    }
    const known = new Set(checklistItemIds(provision));
    const ticks = new Map(entry.checklist.map((item) => [item.id, item]));
    const unknown = entry.checklist.find((item) => !known.has(item.id));
    if (unknown) return { ok: false, problem: 'unknown_element', subject: unknown.id };
    const base = assessedProvision(catalogue, provision, byId.get(provision.id) ?? null);
    provisions.push({
      ...base,
      note: entry.note ?? null,
      checklist: base.checklist.map((item) => {
        const tick = ticks.get(item.id);
        return tick
          ? { ...item, met: tick.met, note: tick.note ?? null, evidenceIds: [...tick.evidenceIds] }
          : item;
      }),
    });
  }
  const kept = new Set(provisions.map((entry) => entry.provisionId));
  return {
    ok: true,
    assessment: {
      incidentId: input.incidentId,
      version: nextAssessmentVersion(input.latest),
      catalogueVersion: catalogue.version,
      catalogueHash: catalogue.hash,
      classification: input.classification,
      provisions,
      notes,
      summary: body.summary ?? null,
      omittedCandidates: candidates.map((c) => c.provisionId).filter((id) => !kept.has(id)),
      savedAt: input.savedAt.toISOString(),
      savedBy: input.savedBy,
    },
  };
}

/** Evidence ids the body references that are not the case's evidence items. */
export function unknownEvidenceIds(
  body: Pick<SaveAssessmentBody, 'provisions'>,
  caseEvidenceIds: Iterable<string>,
): string[] {
  const known = new Set([...caseEvidenceIds].map((id) => id.toLowerCase()));
  const referenced = body.provisions.flatMap((p) => p.checklist.flatMap((i) => i.evidenceIds));
  return [...new Set(referenced.filter((id) => !known.has(id.toLowerCase())))];
}

// ---------------------------------------------------------------------------------------
// Outcome

/**
 * all_met: every item is met; not_met: an item is not met; some_unknown: none is "no" but
 * some are not established; no_elements: the sources list no elements to tick.
 */
export type ProvisionOutcome = 'all_met' | 'some_unknown' | 'not_met' | 'no_elements';

/**
 * met: every item of a provision of Cambodian law in force is met;
 * met_outside_law_in_force: a provision is fully met, but only of a draft, the Convention or
 * foreign law; undetermined: none fully met, some still open; not_met: every provision has
 * an item not met; none: no provision was assessed.
 */
export type OverallOutcome =
  'met' | 'met_outside_law_in_force' | 'undetermined' | 'not_met' | 'none';

export const PROVISION_OUTCOME_TEXTS: Record<ProvisionOutcome, Bilingual> = {
  all_met: { en: 'All elements are met.', km: 'ធាតុផ្សំទាំងអស់ត្រូវបានបំពេញ។' },
  some_unknown: {
    en: 'Some elements are not established yet.',
    km: 'ធាតុផ្សំខ្លះមិនទាន់ត្រូវបានបញ្ជាក់នៅឡើយទេ។',
  },
  not_met: { en: 'An element is not met.', km: 'មានធាតុផ្សំមួយមិនត្រូវបានបំពេញ។' },
  no_elements: {
    en: 'The sources list no elements for this provision: assess it against its text.',
    km: 'ប្រភពមិនបានរាយធាតុផ្សំនៃបទប្បញ្ញត្តិនេះទេ៖ សូមវាយតម្លៃវាធៀបនឹងអត្ថបទរបស់វា។',
  },
};

export const OVERALL_OUTCOME_TEXTS: Record<OverallOutcome, Bilingual> = {
  met: {
    en: 'The facts meet every element of at least one provision of Cambodian law in force.',
    km: 'អង្គហេតុបំពេញធាតុផ្សំទាំងអស់នៃបទប្បញ្ញត្តិយ៉ាងហោចណាស់មួយ នៃច្បាប់កម្ពុជាដែលកំពុងអនុវត្ត។',
  },
  met_outside_law_in_force: {
    en: 'The facts meet every element only of provisions that are not Cambodian law in force (a draft law, the Convention or foreign law).',
    km: 'អង្គហេតុបំពេញធាតុផ្សំទាំងអស់ តែនៃបទប្បញ្ញត្តិដែលមិនមែនជាច្បាប់កម្ពុជាកំពុងអនុវត្តប៉ុណ្ណោះ (សេចក្ដីព្រាងច្បាប់ អនុសញ្ញា ឬច្បាប់បរទេស)។',
  },
  undetermined: {
    en: 'No provision is fully met yet; some elements remain to be established.',
    km: 'មិនទាន់មានបទប្បញ្ញត្តិណាមួយត្រូវបានបំពេញពេញលេញនៅឡើយទេ; ធាតុផ្សំខ្លះនៅត្រូវបញ្ជាក់។',
  },
  not_met: {
    en: 'Every provision assessed has an element that is not met.',
    km: 'បទប្បញ្ញត្តិនីមួយៗដែលបានវាយតម្លៃ មានធាតុផ្សំមួយដែលមិនត្រូវបានបំពេញ។',
  },
  none: {
    en: 'No provision has been assessed.',
    km: 'មិនទាន់មានបទប្បញ្ញត្តិណាមួយត្រូវបានវាយតម្លៃទេ។',
  },
};

export type ProvisionOutcomeSummary = {
  provisionId: string;
  outcome: ProvisionOutcome;
  counts: Record<ElementMet, number>;
  text: Bilingual;
};

export type AssessmentOutcome = {
  overall: OverallOutcome;
  text: Bilingual;
  provisions: ProvisionOutcomeSummary[];
};

function provisionOutcome(provision: AssessedProvision): ProvisionOutcomeSummary {
  const counts: Record<ElementMet, number> = { yes: 0, no: 0, unknown: 0 };
  for (const item of provision.checklist) counts[item.met] += 1;
  const outcome: ProvisionOutcome =
    provision.checklist.length === 0
      ? 'no_elements'
      : counts.no > 0
        ? 'not_met'
        : counts.unknown > 0
          ? 'some_unknown'
          : 'all_met';
  return {
    provisionId: provision.provisionId,
    outcome,
    counts,
    text: PROVISION_OUTCOME_TEXTS[outcome],
  };
}

/** Per provision "all met / some unknown / an element not met", and overall. */
export function assessmentOutcome(
  assessment: Pick<AssessmentDraft, 'provisions'>,
): AssessmentOutcome {
  const provisions = assessment.provisions.map(provisionOutcome);
  const met = assessment.provisions.filter((_, i) => provisions[i]?.outcome === 'all_met');
  const overall: OverallOutcome =
    provisions.length === 0
      ? 'none'
      : met.some((p) => p.instrumentStatus === 'in_force')
        ? 'met'
        : met.length > 0
          ? 'met_outside_law_in_force'
          : provisions.every((p) => p.outcome === 'not_met')
            ? 'not_met'
            : 'undetermined';
  return { overall, text: OVERALL_OUTCOME_TEXTS[overall], provisions };
}

// ---------------------------------------------------------------------------------------
// Catalogue changes

/** The parts of an assessed provision that come from the catalogue (not from the analyst). */
const catalogueView = (provision: AssessedProvision) =>
  canonicalJson({
    instrumentId: provision.instrumentId,
    instrumentTitle: provision.instrumentTitle,
    instrumentStatus: provision.instrumentStatus,
    article: provision.article,
    title: provision.title,
    verified: provision.verifiedAgainstOfficialText,
    intent: provision.intent,
    penalty: provision.penalty,
    counterparts: provision.counterparts,
    gapNotes: provision.gapNotes,
    checklist: provision.checklist.map((item) => ({ id: item.id, text: item.text })),
  });

export type CatalogueCheck = {
  /** The catalogue's content differs from the one the assessment was made against. */
  outdated: boolean;
  assessedWith: { version: string; hash: string };
  current: { version: string; hash: string };
  /** Provisions of the assessment that the catalogue changed or no longer has. */
  changedProvisions: string[];
  /** What the UI shows, or null when the catalogue is the same. */
  notice: Bilingual | null;
};

/**
 * Whether an assessment was made against another catalogue than `catalogue` (compared by
 * content hash), which of its provisions read differently now, and a notice:
 * "Assessed against catalogue 2026-11-25.1; the catalogue has changed since".
 */
export function catalogueCheck(
  assessment: Pick<AssessmentDraft, 'catalogueVersion' | 'catalogueHash' | 'provisions'>,
  catalogue: Catalogue,
): CatalogueCheck {
  const assessedWith = { version: assessment.catalogueVersion, hash: assessment.catalogueHash };
  const current = { version: catalogue.version, hash: catalogue.hash };
  const outdated = assessedWith.hash !== current.hash || assessedWith.version !== current.version;
  if (!outdated) return { outdated, assessedWith, current, changedProvisions: [], notice: null };

  const changedProvisions = assessment.provisions
    .filter((assessed) => {
      const now = provisionsOf(catalogue).get(assessed.provisionId);
      if (!now) return true;
      const fresh = assessedProvision(catalogue, now, null);
      return catalogueView(fresh) !== catalogueView(assessed);
    })
    .map((assessed) => assessed.provisionId);
  const count = changedProvisions.length;
  const head: Bilingual = {
    en: `Assessed against catalogue ${assessedWith.version}; the catalogue has changed since (now ${current.version}).`,
    km: `បានវាយតម្លៃធៀបនឹងកាតាឡុក ${assessedWith.version}; កាតាឡុកបានផ្លាស់ប្ដូរតាំងពីពេលនោះមក (ឥឡូវ ${current.version})។`,
  };
  const tail: Bilingual =
    count === 0
      ? {
          en: 'The provisions assessed read the same.',
          km: 'បទប្បញ្ញត្តិដែលបានវាយតម្លៃនៅដដែល។',
        }
      : {
          en: `${count} of the provisions assessed changed: review ${count === 1 ? 'it' : 'them'}.`,
          km: `បទប្បញ្ញត្តិ ${khmerDigits(String(count))} ក្នុងចំណោមបទប្បញ្ញត្តិដែលបានវាយតម្លៃបានផ្លាស់ប្ដូរ៖ សូមពិនិត្យឡើងវិញ។`,
        };
  return {
    outdated,
    assessedWith,
    current,
    changedProvisions,
    notice: { en: `${head.en} ${tail.en}`, km: `${head.km} ${tail.km}` },
  };
}

/** True when the assessment used another catalogue than the one given. */
export const usesOutdatedCatalogue = (
  assessment: Pick<AssessmentDraft, 'catalogueVersion' | 'catalogueHash' | 'provisions'>,
  catalogue: Catalogue,
): boolean => catalogueCheck(assessment, catalogue).outdated;

/**
 * The details of the timeline entry a save adds (its kind, e.g. `legal_assessment`, is for
 * the incidents module to add to TIMELINE_KINDS).
 */
export function assessmentTimelineDetails(
  assessment: LegalAssessment,
): Record<string, string | number> {
  return {
    version: assessment.version,
    catalogueVersion: assessment.catalogueVersion,
    catalogueHash: assessment.catalogueHash,
    outcome: assessmentOutcome(assessment).overall,
    provisions: assessment.provisions.length,
  };
}
