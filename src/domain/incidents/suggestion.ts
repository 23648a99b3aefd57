import { getIncidentType, type IncidentTypeId } from '../taxonomy/incident-types.ts';
import type { LocalSubtype } from '../taxonomy/local-subtypes.ts';
import type { Classification, ClassificationSuggestion } from './incident.schemas.ts';
import type { CiaImpact } from './severity.ts';

/** What a suggestion reads of a report: its kind and the answers to its questions. */
export type ReportFacts = { incidentType: IncidentTypeId; details: Record<string, unknown> };

type Narrowing = { subtype: LocalSubtype; answer: string };

/** Answers that say more than the kind the reporter picked. */
function narrowFromAnswers(report: ReportFacts): Narrowing | null {
  const { details } = report;
  if (report.incidentType === 'account-takeover') {
    if (details.platform === 'facebook' || details.platform === 'messenger') {
      return { subtype: 'facebook-account-takeover', answer: `platform=${details.platform}` };
    }
    if (details.platform === 'telegram') {
      return { subtype: 'telegram-account-takeover', answer: 'platform=telegram' };
    }
  }
  if (report.incidentType === 'money-scam') {
    if (details.contactChannel === 'phone-call' || details.contactChannel === 'sms') {
      return { subtype: 'telecom-voip-scam', answer: `contactChannel=${details.contactChannel}` };
    }
    if (typeof details.paymentChannel === 'string' && details.paymentChannel !== 'other') {
      return {
        subtype: 'fraudulent-money-transfer',
        answer: `paymentChannel=${details.paymentChannel}`,
      };
    }
  }
  return null;
}

/**
 * The classification to offer for an incident made of these reports: the kind most of
 * them were reported as, narrowed by their answers where an answer is telling. The reason
 * codes let the page say why in the analyst's language.
 */
export function suggestClassification(
  reports: readonly ReportFacts[],
  /** How other incidents naming this incident's observables were classified. */
  seenBefore: readonly SeenBefore[] = [],
): ClassificationSuggestion | null {
  const fromReports = suggestFromReports(reports);
  const known = mostCommon(seenBefore);
  if (!known) return fromReports;
  const reason = { code: 'observable_seen_before' as const, subject: known.value };
  if (!fromReports) return { classification: known.classification, reasons: [reason] };
  // Agreement strengthens the suggestion; disagreement is left to the reports' word.
  return known.classification.localSubtype === fromReports.classification.localSubtype
    ? { ...fromReports, reasons: [...fromReports.reasons, reason] }
    : fromReports;
}

/** An observable of this incident, and how another incident naming it was classified. */
export type SeenBefore = { value: string; classification: Classification };

function mostCommon(seen: readonly SeenBefore[]): SeenBefore | null {
  const counts = new Map<string, number>();
  for (const entry of seen) {
    const key = entry.classification.localSubtype;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  let best: SeenBefore | null = null;
  for (const entry of seen) {
    const count = counts.get(entry.classification.localSubtype) ?? 0;
    if (!best || count > (counts.get(best.classification.localSubtype) ?? 0)) best = entry;
  }
  return best;
}

function suggestFromReports(reports: readonly ReportFacts[]): ClassificationSuggestion | null {
  const first = mostReported(reports);
  if (!first) return null;
  const type = getIncidentType(first.incidentType);
  const reasons: ClassificationSuggestion['reasons'] = [
    { code: 'reported_as', subject: first.incidentType },
  ];
  let localSubtype = type.localSubtype as LocalSubtype;
  const narrowing = narrowFromAnswers(first);
  if (narrowing) {
    localSubtype = narrowing.subtype;
    reasons.push({ code: 'answer', subject: narrowing.answer });
  }
  return {
    classification: { rsitClass: type.rsit.class, rsitType: type.rsit.type, localSubtype },
    reasons,
  };
}

function mostReported(reports: readonly ReportFacts[]): ReportFacts | null {
  const counts = new Map<IncidentTypeId, number>();
  for (const report of reports) {
    counts.set(report.incidentType, (counts.get(report.incidentType) ?? 0) + 1);
  }
  let best: ReportFacts | null = null;
  for (const report of reports) {
    if (!best || (counts.get(report.incidentType) ?? 0) > (counts.get(best.incidentType) ?? 0)) {
      best = report;
    }
  }
  return best;
}

const NO_IMPACT: CiaImpact = { confidentiality: 'none', integrity: 'none', availability: 'none' };

/**
 * A first estimate of the impact of each kind, for the severity matrix to start from;
 * the analyst corrects it. Money taken and accounts lost hurt integrity; leaks and
 * sextortion confidentiality; outages availability.
 */
export const DEFAULT_IMPACT: Record<IncidentTypeId, CiaImpact> = {
  'account-takeover': { confidentiality: 'medium', integrity: 'medium', availability: 'low' },
  phishing: { ...NO_IMPACT, confidentiality: 'low' },
  'money-scam': { ...NO_IMPACT, integrity: 'medium' },
  defacement: { ...NO_IMPACT, integrity: 'high' },
  'service-down': { ...NO_IMPACT, availability: 'high' },
  malware: { confidentiality: 'medium', integrity: 'medium', availability: 'medium' },
  sextortion: { ...NO_IMPACT, confidentiality: 'high' },
  'data-leak': { ...NO_IMPACT, confidentiality: 'high' },
  other: NO_IMPACT,
};
