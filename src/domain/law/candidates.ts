import type { Classification } from '../incidents/incident.schemas.ts';
import type { Bilingual } from '../language.ts';
import { LOCAL_SUBTYPES } from '../taxonomy/local-subtypes.ts';
import type { ClassificationRule, OffenceThemeInput, ThemeRule } from './catalogue-input.ts';
import { CATALOGUE_INPUT, findProvision, getInstrument } from './catalogue.ts';
import { articleList } from './gap-notes.ts';
import type {
  BudapestMatch,
  CandidateNote,
  CandidateReason,
  LegalCandidate,
  OffenceTheme,
} from './law.schemas.ts';

/*
 * Candidate provisions for an incident: its RSIT type and its local sub-type each point to
 * offence themes (data/classification-rules.ts), and each theme to provisions (the
 * reference's suggested mapping, data/suggested-mapping.ts). Pure: the same classification
 * always gives the same candidates, with the reasons that led to each.
 */

type Basis = CandidateReason['basis'];

const THEMES = new Map(CATALOGUE_INPUT.themes.map((theme) => [theme.id, theme]));

function themeOf(id: OffenceTheme): OffenceThemeInput {
  const theme = THEMES.get(id);
  if (!theme) throw new Error(`no provisions for the theme ${id}`);
  return theme;
}

/** "…points to illegal access (Convention art 2)", and the condition if there is one. */
function reasonText(basis: Basis, subject: Bilingual, rule: ThemeRule): Bilingual {
  const theme = themeOf(rule.theme);
  const list = theme.articles.length ? articleList(theme.articles) : null;
  const en =
    (basis === 'rsit_type'
      ? `The RSIT type ${subject.en} points to ${theme.label.en}`
      : `The local sub-type “${subject.en}” points to ${theme.label.en}`) +
    (list ? ` (Convention ${list.en})` : '') +
    (rule.condition ? `, only if ${rule.condition.en}` : '') +
    '.';
  const km =
    (basis === 'rsit_type'
      ? `ប្រភេទ RSIT ${subject.km} ចង្អុលទៅ${theme.label.km}`
      : `ប្រភេទរងក្នុងស្រុក «${subject.km}» ចង្អុលទៅ${theme.label.km}`) +
    (list ? ` (អនុសញ្ញា ${list.km})` : '') +
    (rule.condition ? ` លុះត្រាតែ${rule.condition.km}` : '') +
    '។';
  return { en, km };
}

const MATCH_RANK: Record<BudapestMatch, number> = { mapped: 0, partial: 1, candidate: 2 };

/** How the provision answers the themes that led to it: the best of its matching links. */
function matchFor(provisionId: string, themes: readonly OffenceTheme[]): BudapestMatch | null {
  const provision = findProvision(provisionId);
  if (!provision) return null;
  const articles = new Set(themes.flatMap((theme) => themeOf(theme).articles));
  const matches = provision.budapest
    .filter((link) => articles.has(link.article))
    .map((link) => link.match)
    .sort((a, b) => MATCH_RANK[a] - MATCH_RANK[b]);
  return matches[0] ?? null;
}

type Found = { rule: ClassificationRule; basis: Basis; subject: string; label: Bilingual };

function rulesFor(classification: Classification): Found[] {
  const { rules } = CATALOGUE_INPUT;
  const rsitKey = `${classification.rsitClass}/${classification.rsitType}`;
  const found: Found[] = [];
  const rsit = rules.rsit[rsitKey];
  if (rsit) {
    found.push({
      rule: rsit,
      basis: 'rsit_type',
      subject: rsitKey,
      label: { en: rsitKey, km: rsitKey },
    });
  }
  found.push({
    rule: rules.localSubtypes[classification.localSubtype],
    basis: 'local_subtype',
    subject: classification.localSubtype,
    label: LOCAL_SUBTYPES[classification.localSubtype],
  });
  return found;
}

/**
 * The provisions an incident of this classification may engage, each with why, and notes
 * where the sources have nothing (or only part) to offer. Suggestions for the analyst and
 * the legal assessment, never a finding.
 */
export function legalCandidatesFor(classification: Classification): {
  candidates: LegalCandidate[];
  notes: CandidateNote[];
} {
  const candidates = new Map<string, LegalCandidate>();
  const noteCodes: string[] = [];
  const addNote = (code: string) => {
    if (!noteCodes.includes(code)) noteCodes.push(code);
  };
  const themeNotes: CandidateNote[] = [];

  for (const { rule, basis, subject, label } of rulesFor(classification)) {
    for (const code of rule.notes ?? []) addNote(code);
    for (const themeRule of rule.themes) {
      const theme = themeOf(themeRule.theme);
      for (const note of theme.notes ?? []) {
        if (!themeNotes.some((known) => known.code === note.code)) themeNotes.push(note);
      }
      const reason: CandidateReason = {
        basis,
        subject,
        theme: theme.id,
        text: reasonText(basis, label, themeRule),
      };
      for (const provisionId of theme.provisions) {
        const existing = candidates.get(provisionId);
        if (existing) {
          const same = existing.reasons.some((r) => r.basis === basis && r.theme === theme.id);
          if (!same) existing.reasons.push(reason);
          continue;
        }
        const provision = findProvision(provisionId);
        if (!provision) throw new Error(`the mapping names an unknown provision ${provisionId}`);
        const instrument = getInstrument(provision.instrumentId);
        candidates.set(provisionId, {
          provisionId,
          instrumentId: instrument.id,
          instrumentTitle: instrument.shortTitle,
          instrumentStatus: instrument.status,
          article: provision.article,
          title: provision.title,
          match: null,
          verifiedAgainstOfficialText: provision.verification.verifiedAgainstOfficialText,
          reasons: [reason],
        });
      }
    }
  }

  const list = [...candidates.values()].map((candidate) => ({
    ...candidate,
    match: matchFor(
      candidate.provisionId,
      candidate.reasons.map((r) => r.theme),
    ),
  }));
  if (list.length === 0 && noteCodes.length === 0) addNote('none');
  const notes: CandidateNote[] = [
    ...noteCodes.map((code) => {
      const text = CATALOGUE_INPUT.rules.notes[code];
      if (!text) throw new Error(`no text for the note ${code}`);
      return { code, text };
    }),
    ...themeNotes,
  ];
  return { candidates: list, notes };
}
