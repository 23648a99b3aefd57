import type { Bilingual } from '../language.ts';
import type { LocalSubtype } from '../taxonomy/local-subtypes.ts';
import type {
  BudapestLink,
  GapElement,
  GapNote,
  Instrument,
  InstrumentId,
  Intent,
  OffenceTheme,
  Penalty,
  ProceduralPower,
  ProvisionKind,
  SourceId,
  SourcedNote,
  Verification,
} from './law.schemas.ts';

/**
 * How the data files under `data/` write a provision: ids of elements and powers are local
 * (the catalogue prefixes them with the provision's id) and empty parts may be left out.
 */
export type ProvisionInput = {
  id: string;
  article: string | null;
  articleNote?: Bilingual;
  kind: ProvisionKind;
  title: Bilingual;
  summary?: Bilingual;
  elements?: readonly { id: string; text: Bilingual }[];
  intent?: Intent;
  penalty?: Penalty;
  powers?: readonly (Omit<ProceduralPower, 'id'> & { id: string })[];
  budapest?: readonly BudapestLink[];
  /** Gaps a source states; the catalogue adds the ones that follow from the Convention's flags. */
  gapNotes?: readonly Omit<GapNote, 'id'>[];
  notes?: readonly SourcedNote[];
  /** The instrument's verification when left out. */
  verification?: Verification;
};

export type InstrumentProvisions = {
  instrumentId: InstrumentId;
  provisions: readonly ProvisionInput[];
};

/** What the data files say about one Convention article beyond budapest-convention-articles.json. */
export type BudapestSupplement = {
  title: { km: string };
  summary: Bilingual;
  elements?: readonly { id: string; text: Bilingual }[];
  intentNote?: Bilingual;
  powers?: readonly ProceduralPower[];
  verification?: Verification;
};

/** One row of the reference's "Suggested mapping, Budapest → Cambodian provisions". */
export type OffenceThemeInput = {
  id: OffenceTheme;
  label: Bilingual;
  /** The Convention articles the theme stands for. */
  articles: readonly number[];
  /** National provisions first (in force, then draft), then the Convention's. */
  provisions: readonly string[];
  notes?: readonly { code: string; text: Bilingual }[];
};

export type ThemeRule = { theme: OffenceTheme; condition?: Bilingual };

/** What one classification value points to: themes, and notes where nothing or little does. */
export type ClassificationRule = { themes: readonly ThemeRule[]; notes?: readonly string[] };

export type ClassificationRules = {
  /** Keyed `class/type`, e.g. `fraud/phishing`; every RSIT type has an entry, even if empty. */
  rsit: Readonly<Record<string, ClassificationRule>>;
  localSubtypes: Readonly<Record<LocalSubtype, ClassificationRule>>;
  notes: Readonly<Record<string, Bilingual>>;
};

export type CatalogueInput = {
  sources: readonly { id: SourceId; citation: string; url: string | null; terms: Bilingual }[];
  instruments: readonly Instrument[];
  budapestArticles: readonly BudapestArticle[];
  budapestSupplement: Readonly<Record<number, BudapestSupplement>>;
  national: readonly InstrumentProvisions[];
  themes: readonly OffenceThemeInput[];
  rules: ClassificationRules;
};

/** One entry of data/budapest-convention-articles.json (copied from the reference). */
export type BudapestArticle = {
  article: number;
  title: string;
  group: string;
  without_right?: boolean;
  intentional?: boolean;
  dishonest_intent?: string;
  note?: string;
};

export type { GapElement };
