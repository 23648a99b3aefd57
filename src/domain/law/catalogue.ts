import budapestArticles from './data/budapest-convention-articles.json' with { type: 'json' };
import type {
  BudapestArticle,
  BudapestSupplement,
  CatalogueInput,
  InstrumentProvisions,
  ProvisionInput,
} from './catalogue-input.ts';
import { contentHash } from './content-hash.ts';
import { CLASSIFICATION_RULES } from './data/classification-rules.ts';
import { BUDAPEST_SUPPLEMENT } from './data/coe-budapest-185.ts';
import { INSTRUMENTS } from './data/instruments.ts';
import { CRIMINAL_CODE_2009 } from './data/kh-criminal-code-2009.ts';
import { DRAFT_CYBERCRIME_LAW_V1 } from './data/kh-draft-cybercrime-law-v1.ts';
import { TELECOMMUNICATIONS_LAW_2015 } from './data/kh-telecommunications-law-2015.ts';
import { COMPUTER_MISUSE_ACT_1993 } from './data/sg-computer-misuse-act-1993.ts';
import { SOURCES } from './data/sources.ts';
import { OFFENCE_THEMES } from './data/suggested-mapping.ts';
import { derivedGapNotes } from './gap-notes.ts';
import type {
  Catalogue,
  Instrument,
  InstrumentId,
  IntentRequirement,
  Provision,
  ProvisionKind,
} from './law.schemas.ts';

/**
 * The version a legal assessment records with the hash. Bump it (date and a counter) with
 * every change to the data under `data/`; the test pins the hash so a change that forgets
 * the version fails.
 */
export const CATALOGUE_VERSION = '2026-11-25.1';

export const BUDAPEST_INSTRUMENT: InstrumentId = 'coe-budapest-convention-185';

/** The id of a Convention article's provision: `coe-185-art-2`. */
export const budapestProvisionId = (article: number): string => `coe-185-art-${article}`;

const KIND_OF_GROUP: Record<string, ProvisionKind> = {
  offence: 'offence',
  liability: 'liability',
  procedural: 'procedure',
  jurisdiction: 'jurisdiction',
  'international-cooperation': 'cooperation',
};

function budapestIntent(article: BudapestArticle, extra: BudapestSupplement): Provision['intent'] {
  if (article.group !== 'offence') return { requirements: [], note: null };
  const requirements: IntentRequirement[] = [];
  if (article.intentional) requirements.push('intentional');
  if (article.without_right) requirements.push('without_right');
  if (article.dishonest_intent === 'required') requirements.push('dishonest_intent');
  if (article.article === 6) requirements.push('intent_to_commit_offence');
  if (article.article === 10) requirements.push('wilfully_commercial_scale');
  return { requirements, note: extra.intentNote ?? null };
}

function budapestProvisions(input: CatalogueInput, instrument: Instrument): Provision[] {
  return input.budapestArticles.map((article) => {
    const extra = input.budapestSupplement[article.article];
    if (!extra) throw new Error(`no Khmer title or summary for Convention art ${article.article}`);
    const id = budapestProvisionId(article.article);
    const kind = KIND_OF_GROUP[article.group];
    if (!kind) throw new Error(`unknown Convention group ${article.group}`);
    return {
      id,
      instrumentId: instrument.id,
      article: String(article.article),
      articleNote: null,
      kind,
      title: { en: article.title, km: extra.title.km },
      summary: extra.summary,
      elements: (extra.elements ?? []).map((e) => ({ id: `${id}.${e.id}`, text: e.text })),
      intent: budapestIntent(article, extra),
      penalty: null,
      powers: (extra.powers ?? []).map((p) => ({ ...p, id: `${id}.${p.id}` })),
      budapest: [],
      gapNotes: [],
      notes: [],
      verification: extra.verification ?? instrument.verification,
    };
  });
}

function nationalProvision(
  input: ProvisionInput,
  instrument: Instrument,
  convention: ReadonlyMap<number, BudapestArticle>,
): Provision {
  const { id } = input;
  const base: Omit<Provision, 'gapNotes'> = {
    id,
    instrumentId: instrument.id,
    article: input.article,
    articleNote: input.articleNote ?? null,
    kind: input.kind,
    title: input.title,
    summary: input.summary ?? null,
    elements: (input.elements ?? []).map((e) => ({ id: `${id}.${e.id}`, text: e.text })),
    intent: input.intent ?? { requirements: [], note: null },
    penalty: input.penalty ?? null,
    powers: (input.powers ?? []).map((p) => ({ ...p, id: `${id}.${p.id}` })),
    budapest: [...(input.budapest ?? [])],
    notes: [...(input.notes ?? [])],
    verification: input.verification ?? instrument.verification,
  };
  const stated = input.gapNotes ?? [];
  const derived = instrument.jurisdiction === 'KH' ? derivedGapNotes(base, stated, convention) : [];
  const gapNotes = [...stated, ...derived].map((note) => ({
    ...note,
    id: `${id}.gap-${note.element}-${note.budapestArticles.join('-')}`,
  }));
  return { ...base, gapNotes };
}

/** The content a catalogue's hash covers: everything that can change what the product says. */
export const hashedContent = (input: CatalogueInput, provisions: readonly Provision[]) => ({
  sources: input.sources,
  instruments: input.instruments,
  provisions,
  themes: input.themes,
  rules: input.rules,
});

/** Builds the catalogue from its data; throws on a dangling reference. */
export function buildCatalogue(input: CatalogueInput, version = CATALOGUE_VERSION): Catalogue {
  const instruments = new Map(input.instruments.map((entry) => [entry.id, entry]));
  const instrumentOf = (id: InstrumentId) => {
    const found = instruments.get(id);
    if (!found) throw new Error(`unknown instrument ${id}`);
    return found;
  };
  const convention = new Map(input.budapestArticles.map((entry) => [entry.article, entry]));
  const provisions: Provision[] = [
    ...input.national.flatMap((group: InstrumentProvisions) =>
      group.provisions.map((entry) =>
        nationalProvision(entry, instrumentOf(group.instrumentId), convention),
      ),
    ),
    ...budapestProvisions(input, instrumentOf(BUDAPEST_INSTRUMENT)),
  ].sort(
    (a, b) =>
      input.instruments.findIndex((i) => i.id === a.instrumentId) -
      input.instruments.findIndex((i) => i.id === b.instrumentId),
  );
  return {
    version,
    hash: contentHash(hashedContent(input, provisions)),
    sources: [...input.sources],
    instruments: [...input.instruments],
    provisions,
  };
}

export const CATALOGUE_INPUT: CatalogueInput = {
  sources: SOURCES,
  instruments: INSTRUMENTS,
  budapestArticles: budapestArticles.articles,
  budapestSupplement: BUDAPEST_SUPPLEMENT,
  national: [
    CRIMINAL_CODE_2009,
    TELECOMMUNICATIONS_LAW_2015,
    DRAFT_CYBERCRIME_LAW_V1,
    COMPUTER_MISUSE_ACT_1993,
  ],
  themes: OFFENCE_THEMES,
  rules: CLASSIFICATION_RULES,
};

/** The legal catalogue the product ships, built once when the module loads. */
export const CATALOGUE: Catalogue = buildCatalogue(CATALOGUE_INPUT);

const BY_ID = new Map(CATALOGUE.provisions.map((entry) => [entry.id, entry]));

export const findProvision = (id: string): Provision | null => BY_ID.get(id) ?? null;

export function getProvision(id: string): Provision {
  const found = findProvision(id);
  if (!found) throw new Error(`unknown provision ${id}`);
  return found;
}

export function getInstrument(id: InstrumentId): Instrument {
  const found = CATALOGUE.instruments.find((entry) => entry.id === id);
  if (!found) throw new Error(`unknown instrument ${id}`);
  return found;
}
