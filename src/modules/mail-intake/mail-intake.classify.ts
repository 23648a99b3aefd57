import type { Language } from '../../domain/language.ts';
import { normaliseText } from '../../domain/reports/report.schemas.ts';
import type { IncidentTypeId } from '../../domain/taxonomy/incident-types.ts';

/** Khmer script (U+1780–U+17FF): any of it makes a message Khmer. */
const KHMER = /[\u1780-\u17FF]/;

/** The language to answer in: Khmer when the text has any Khmer in it, English otherwise. */
export const detectLanguage = (text: string): Language => (KHMER.test(text) ? 'km' : 'en');

/** The kinds an e-mail can be sorted into by its words; everything else is 'other'. */
export type GuessedType = Extract<IncidentTypeId, 'phishing' | 'money-scam' | 'account-takeover'>;

type Cue = { en?: RegExp; km?: string; weight: 1 | 2 };

/**
 * Words victims use, in English and in Khmer. English cues are word-start patterns (so
 * "scam" also finds "scammed"); Khmer, written without spaces, is matched as a substring
 * of the normalised text. Weight 2 is a telling word, 1 a hint that needs company.
 */
const CUES: Record<GuessedType, readonly Cue[]> = {
  'money-scam': [
    { en: /\bscam/, weight: 2 },
    { en: /\bfraud/, weight: 2 },
    { en: /\b(transferred|wired|sent) (the )?money\b/, weight: 2 },
    { en: /\bmoney transfer/, weight: 2 },
    { en: /\b(investment|lottery|prize|loan)\b/, weight: 1 },
    { en: /\b(usd|riel|dollars?|khqr|bakong)\b/, weight: 1 },
    { en: /\b(aba|acleda|wing|truemoney|pi pay)\b/, weight: 1 },
    { en: /\bbank account/, weight: 1 },
    { km: 'បោកប្រាស់', weight: 2 },
    { km: 'ឆបោក', weight: 2 },
    { km: 'ផ្ទេរប្រាក់', weight: 2 },
    { km: 'ផ្ទេរលុយ', weight: 2 },
    { km: 'លុយ', weight: 1 },
    { km: 'ដុល្លារ', weight: 1 },
    { km: 'រៀល', weight: 1 },
    { km: 'គណនីធនាគារ', weight: 1 },
    { km: 'វិនិយោគ', weight: 1 },
  ],
  'account-takeover': [
    { en: /\bhack(ed|er|ers)?\b/, weight: 2 },
    { en: /\b(taken|took) over\b/, weight: 2 },
    { en: /\b(stole|stolen|steal)\b.{0,20}\baccount/, weight: 2 },
    { en: /\baccount\b.{0,20}\b(stolen|compromised)\b/, weight: 2 },
    { en: /\b(can ?not|can't|cannot|unable to) (log ?in|sign in|access)/, weight: 2 },
    { en: /\blocked out\b/, weight: 2 },
    { en: /\b(facebook|telegram|tiktok|instagram|messenger|gmail)\b/, weight: 1 },
    { km: 'ហេក', weight: 2 },
    { km: 'លួចគណនី', weight: 2 },
    { km: 'គណនីត្រូវបានគេលួច', weight: 2 },
    { km: 'ចូលគណនីមិនបាន', weight: 2 },
    { km: 'ចូលមិនបាន', weight: 1 },
    { km: 'បាត់គណនី', weight: 2 },
  ],
  phishing: [
    { en: /\bphish/, weight: 2 },
    { en: /\bfake (web ?site|site|page|link|login|message|sms|e-?mail)/, weight: 2 },
    { en: /\bsuspicious (link|message|e-?mail|sms)/, weight: 2 },
    { en: /\b(verify|confirm) your (account|identity|password)/, weight: 2 },
    { en: /\bclicked (on )?(a|the) link/, weight: 1 },
    { en: /\b(link|password|otp)\b/, weight: 1 },
    { km: 'ក្លែងក្លាយ', weight: 2 },
    { km: 'ហ្វីស៊ីង', weight: 2 },
    { km: 'តំណភ្ជាប់', weight: 1 },
    { km: 'លីង', weight: 1 },
    { km: 'ពាក្យសម្ងាត់', weight: 1 },
  ],
};

/** When two kinds score the same, the one whose advice is most urgent wins. */
const TIE_ORDER: readonly GuessedType[] = ['money-scam', 'account-takeover', 'phishing'];

/** Below this score the words say too little: the report stays 'other' for an analyst. */
const MIN_SCORE = 2;

/** Scores of each kind for a text; exported for the tests. */
export function scoreIncidentTypes(text: string): Record<GuessedType, number> {
  const flat = normaliseText(text).toLowerCase().replace(/\s+/g, ' ');
  const score = (cues: readonly Cue[]) =>
    cues.reduce((sum, cue) => {
      const hit = cue.en ? cue.en.test(flat) : cue.km !== undefined && flat.includes(cue.km);
      return hit ? sum + cue.weight : sum;
    }, 0);
  return {
    'money-scam': score(CUES['money-scam']),
    'account-takeover': score(CUES['account-takeover']),
    phishing: score(CUES.phishing),
  };
}

/**
 * A first guess at the kind of incident an e-mail describes, from a few words in Khmer or
 * English. Only a suggestion: an analyst confirms the type at triage, as for web reports.
 */
export function guessIncidentType(text: string): GuessedType | 'other' {
  const scores = scoreIncidentTypes(text);
  let best: GuessedType | 'other' = 'other';
  let bestScore = MIN_SCORE - 1;
  for (const type of TIE_ORDER) {
    if (scores[type] > bestScore) {
      best = type;
      bestScore = scores[type];
    }
  }
  return best;
}
