import { describe, expect, it } from 'vitest';
import budapestJson from './data/budapest-convention-articles.json' with { type: 'json' };
import {
  buildCatalogue,
  CATALOGUE,
  CATALOGUE_INPUT,
  CATALOGUE_VERSION,
  findProvision,
  getProvision,
} from './catalogue.ts';
import { CatalogueSchema, InstrumentIdSchema, type Provision } from './law.schemas.ts';

const KHMER = /[\u1780-\u17FF]/;

/** Every { km, en } pair anywhere in a value, with where it was found. */
function bilingualTexts(value: unknown, path = ''): [string, { km: unknown; en: unknown }][] {
  if (value === null || typeof value !== 'object') return [];
  if (Array.isArray(value))
    return value.flatMap((entry, i) => bilingualTexts(entry, `${path}[${i}]`));
  const record = value as Record<string, unknown>;
  if ('km' in record || 'en' in record) return [[path, { km: record.km, en: record.en }]];
  return Object.entries(record).flatMap(([key, entry]) => bilingualTexts(entry, `${path}.${key}`));
}

const national = CATALOGUE.provisions.filter((p) => p.instrumentId.startsWith('kh-'));
const convention = CATALOGUE.provisions.filter(
  (p) => p.instrumentId === 'coe-budapest-convention-185',
);

describe('the legal catalogue', () => {
  it('is valid against the schema the API answers with', () => {
    expect(CatalogueSchema.safeParse(CATALOGUE).success).toBe(true);
  });

  it('has every instrument, and the Press Law without invented provisions', () => {
    expect(CATALOGUE.instruments.map((i) => i.id)).toEqual(InstrumentIdSchema.options);
    const pressLaw = CATALOGUE.instruments.find((i) => i.id === 'kh-press-law-1995');
    expect(CATALOGUE.provisions.filter((p) => p.instrumentId === 'kh-press-law-1995')).toEqual([]);
    expect(pressLaw?.notes[0]?.text.en).toMatch(/305–308/);
  });

  it('holds Convention arts 2–35 with the titles of the copied reference file', () => {
    expect(convention.map((p) => p.article)).toEqual(
      budapestJson.articles.map((a) => String(a.article)),
    );
    for (const article of budapestJson.articles) {
      expect(getProvision(`coe-185-art-${article.article}`).title.en).toBe(article.title);
    }
    expect(getProvision('coe-185-art-8').intent.requirements).toEqual([
      'intentional',
      'without_right',
      'dishonest_intent',
    ]);
  });

  it('links every provision only to Convention articles that exist', () => {
    const articles = new Set(convention.map((p) => Number(p.article)));
    for (const provision of CATALOGUE.provisions) {
      for (const link of provision.budapest) {
        expect(articles.has(link.article), `${provision.id} → art ${link.article}`).toBe(true);
      }
      for (const note of provision.gapNotes) {
        for (const article of note.budapestArticles) {
          expect(articles.has(article), `${note.id} → art ${article}`).toBe(true);
        }
      }
    }
  });

  it('gives every provision, element, power and gap note a unique id', () => {
    const ids = CATALOGUE.provisions.flatMap((p) => [
      p.id,
      ...p.elements.map((e) => e.id),
      ...p.powers.map((power) => power.id),
      ...p.gapNotes.map((g) => g.id),
    ]);
    expect(ids.length).toBeGreaterThan(100);
    expect(new Set(ids).size).toBe(ids.length);
    for (const provision of CATALOGUE.provisions) {
      for (const element of provision.elements) expect(element.id).toMatch(`${provision.id}.`);
    }
  });

  it('has every text in Khmer and English', () => {
    const texts = bilingualTexts(CATALOGUE);
    expect(texts.length).toBeGreaterThan(300);
    for (const [path, text] of texts) {
      expect(typeof text.en === 'string' && text.en.trim().length > 0, path).toBe(true);
      expect(typeof text.km === 'string' && KHMER.test(text.km), path).toBe(true);
      expect(KHMER.test(String(text.en)), `${path} (English with Khmer)`).toBe(false);
    }
  });

  it('gives penalties only where the reference does, with its figures', () => {
    const withPenalty = CATALOGUE.provisions.filter((p) => p.penalty).map((p) => p.id);
    expect(withPenalty).toEqual([
      'kh-cc-2009-art-317-320',
      'kh-cc-2009-art-437',
      'kh-telecom-2015-art-80-81',
      'kh-draft-ccl-v1-art-21-26',
      'kh-draft-ccl-v1-art-21',
      'kh-draft-ccl-v1-art-23',
      'kh-draft-ccl-v1-art-24',
      'kh-draft-ccl-v1-art-28',
      'sg-cma-1993-s-3',
      'sg-cma-1993-s-4',
      'sg-cma-1993-s-5',
      'sg-cma-1993-s-6',
      'sg-cma-1993-s-7',
      'sg-cma-1993-s-8',
    ]);
    const secrecy = getProvision('kh-cc-2009-art-317-320').penalty;
    expect(secrecy?.imprisonment).toEqual({
      min: { value: 1, unit: 'years' },
      max: { value: 5, unit: 'years' },
    });
    expect(secrecy?.fine).toEqual({ min: 100_000, max: 2_000_000, currency: 'KHR' });
    expect(getProvision('kh-draft-ccl-v1-art-28').penalty?.fine).toEqual({
      min: 500,
      max: 1_500,
      currency: 'USD',
    });
    for (const id of ['kh-draft-ccl-v1-art-21', 'kh-draft-ccl-v1-art-24']) {
      expect(getProvision(id).penalty?.scope).toBe('group');
    }
  });

  it('marks every Cambodian provision as not verified against the official text, with its source', () => {
    expect(national.length).toBeGreaterThan(15);
    for (const provision of national) {
      expect(provision.verification.verifiedAgainstOfficialText, provision.id).toBe(false);
      expect(provision.verification.statements.length, provision.id).toBeGreaterThan(0);
    }
    expect(getProvision('kh-cc-2009-art-437').articleNote?.en).toMatch(/437 bis/);
    expect(getProvision('kh-cc-2009-general-fraud-forgery').article).toBeNull();
  });

  it('has gap notes for every Cambodian provision with a Convention counterpart', () => {
    for (const provision of national.filter((p) => p.budapest.length > 0)) {
      expect(provision.gapNotes.length, provision.id).toBeGreaterThan(0);
    }
  });

  it('notes the gaps the reference names', () => {
    const gap = (id: string, element: string) =>
      getProvision(id).gapNotes.find((note) => note.element === element);
    expect(gap('kh-draft-ccl-v1-art-24', 'intent')).toMatchObject({
      status: 'lacking',
      source: 'AIC',
    });
    expect(gap('kh-cc-2009-general-fraud-forgery', 'dishonest_intent')).toMatchObject({
      budapestArticles: [8],
      status: 'unconfirmed',
    });
    expect(gap('kh-cc-2009-art-427', 'without_right')?.budapestArticles).toEqual([2, 4]);
    expect(gap('kh-cc-2009-art-430', 'coverage')?.text.en).toMatch(/partial/i);
    expect(gap('kh-draft-ccl-v1-art-28', 'coverage')?.text.en).toMatch(/under 18/);
    expect(gap('kh-draft-ccl-v1-art-17', 'duration')?.text.en).toMatch(/90 days/);
    // "In bad faith" is a mental element: no intent gap, but "without right" stays open.
    expect(gap('kh-cc-2009-art-317-320', 'intent')).toBeUndefined();
    expect(gap('kh-cc-2009-art-317-320', 'without_right')).toBeDefined();
  });

  it('records the preservation powers with their limits', () => {
    const [preserve] = getProvision('coe-185-art-16').powers;
    expect(preserve?.days).toEqual({ min: null, max: 90, renewable: true });
    expect(getProvision('coe-185-art-29').powers[0]?.days?.min).toBe(60);
    expect(getProvision('kh-draft-ccl-v1-art-17').powers[0]?.authority?.en).toBe('Prosecutor');
  });

  it('finds a provision by id, or nothing', () => {
    expect(findProvision('kh-cc-2009-art-427')?.article).toBe('427');
    expect(findProvision('kh-cc-2009-art-999')).toBeNull();
  });
});

describe('the catalogue version and hash', () => {
  it('are pinned: a change to the data must bump CATALOGUE_VERSION and this pin together', () => {
    expect({ version: CATALOGUE.version, hash: CATALOGUE.hash }).toEqual({
      version: CATALOGUE_VERSION,
      hash: '8a0431928de6e439e3aa0d8916d56ce1c212ec2f91ed0abaab158ee393d7001e',
    });
    expect(CATALOGUE_VERSION).toMatch(/^\d{4}-\d{2}-\d{2}\.\d+$/);
  });

  it('are stable for the same data', () => {
    expect(buildCatalogue(CATALOGUE_INPUT).hash).toBe(CATALOGUE.hash);
    expect(buildCatalogue(structuredClone(CATALOGUE_INPUT)).hash).toBe(CATALOGUE.hash);
  });

  it('change when a provision, a Convention flag or a mapping rule changes', () => {
    const input = structuredClone(CATALOGUE_INPUT);
    const criminalCode = input.national[0];
    const provision = criminalCode?.provisions.find((p) => p.id === 'kh-cc-2009-art-317-320');
    if (!provision?.penalty?.imprisonment) throw new Error('fixture moved');
    const changed: Provision['penalty'] = {
      ...provision.penalty,
      imprisonment: { min: { value: 1, unit: 'months' }, max: { value: 1, unit: 'years' } },
    };
    const edited = {
      ...input,
      national: input.national.map((group) =>
        group === criminalCode
          ? {
              ...group,
              provisions: group.provisions.map((p) =>
                p === provision ? { ...p, penalty: changed } : p,
              ),
            }
          : group,
      ),
    };
    expect(buildCatalogue(edited).hash).not.toBe(CATALOGUE.hash);

    const flags = structuredClone(CATALOGUE_INPUT);
    const art2 = flags.budapestArticles.find((a) => a.article === 2);
    if (art2) art2.without_right = false;
    expect(buildCatalogue(flags).hash).not.toBe(CATALOGUE.hash);

    const rules = structuredClone(CATALOGUE_INPUT);
    const mapping = {
      ...rules,
      rules: {
        ...rules.rules,
        rsit: { ...rules.rules.rsit, 'fraud/phishing': { themes: [] } },
      },
    };
    expect(buildCatalogue(mapping).hash).not.toBe(CATALOGUE.hash);
  });
});
