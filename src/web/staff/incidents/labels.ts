import type { ParseKeys, TFunction } from 'i18next';
import type { ClassificationSuggestion } from '../../../domain/incidents/incident.schemas.ts';
import { INCIDENT_STATUS_LABELS } from '../../../domain/incidents/status-labels.ts';
import type { Disposition, IncidentStatus } from '../../../domain/incidents/lifecycle.ts';
import { PROVINCES, type ProvinceCode } from '../../../domain/incidents/provinces.ts';
import type { Language } from '../../../domain/language.ts';
import { IncidentTypeIdSchema } from '../../../domain/taxonomy/incident-types.ts';
import { LOCAL_SUBTYPES, type LocalSubtype } from '../../../domain/taxonomy/local-subtypes.ts';
import { optionLabel } from '../../shared/detail-labels.ts';
import { REPORT_QUESTIONS } from '../../shared/report-questions.ts';

/*
 * Keys built from codes of the domain (RSIT ids, dispositions). labels.test.ts checks that
 * every one of them exists in both catalogues.
 */
const key = (path: string) => path as ParseKeys;

export const statusLabel = (status: IncidentStatus, language: Language): string =>
  INCIDENT_STATUS_LABELS[status][language];

export const subtypeLabel = (subtype: LocalSubtype, language: Language): string =>
  LOCAL_SUBTYPES[subtype][language];

/** A province in the reader's language, with the other language after it for searching. */
export function provinceLabel(code: ProvinceCode, language: Language): string {
  const names = PROVINCES[code];
  return language === 'km' ? `${names.km} · ${names.en}` : `${names.en} · ${names.km}`;
}

export const rsitClassLabel = (t: TFunction, id: string): string =>
  t(key(`staff.rsit.classes.${id}`), { defaultValue: id });

export const rsitTypeLabel = (t: TFunction, id: string): string =>
  t(key(`staff.rsit.types.${id}`), { defaultValue: id });

/** "incident:confirmed" → its group ("incident") and its own label. */
export const dispositionGroup = (disposition: Disposition): string =>
  disposition.slice(0, disposition.indexOf(':'));

export const dispositionLabel = (t: TFunction, disposition: Disposition): string =>
  t(key(`staff.incidents.dispositions.${disposition.replace(':', '.')}`));

export const dispositionGroupLabel = (t: TFunction, group: string): string =>
  t(key(`staff.incidents.dispositionGroups.${group}`));

/** The field names a `details_changed` entry lists, in words. */
export const fieldLabel = (t: TFunction, field: string): string =>
  t(key(`staff.incidents.fields.${field}`), { defaultValue: field });

/** The control set of a report question, for turning `paymentChannel=aba` into "ABA". */
function choiceSetOf(field: string) {
  for (const questions of Object.values(REPORT_QUESTIONS)) {
    for (const question of questions) {
      if (question.field === field && question.kind === 'choice') return question.set;
    }
  }
  return null;
}

/** Why the classification is suggested, as a sentence in the reader's language. */
export function suggestionReasonText(
  t: TFunction,
  reason: ClassificationSuggestion['reasons'][number],
): string {
  switch (reason.code) {
    case 'reported_as': {
      const kind = IncidentTypeIdSchema.safeParse(reason.subject);
      const label = kind.success
        ? t(key(`staff.incidents.reportedKinds.${kind.data}`))
        : reason.subject;
      return t('staff.incidents.suggestion.reportedAs', { kind: label });
    }
    case 'answer': {
      const separator = reason.subject.indexOf('=');
      const field = separator < 0 ? reason.subject : reason.subject.slice(0, separator);
      const value = separator < 0 ? '' : reason.subject.slice(separator + 1);
      const set = choiceSetOf(field);
      return t('staff.incidents.suggestion.answer', {
        question: t(key(`staff.incidents.answerFields.${field}`), { defaultValue: field }),
        answer: set ? optionLabel(t, set, value) : value,
      });
    }
    case 'observable_seen_before':
      return t('staff.incidents.suggestion.seenBefore', { value: reason.subject });
  }
}
