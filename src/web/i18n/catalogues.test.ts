import { describe, expect, it } from 'vitest';
import en from './en.json' with { type: 'json' };
import km from './km.json' with { type: 'json' };
import staffEn from './staff.en.json' with { type: 'json' };
import staffKm from './staff.km.json' with { type: 'json' };

type Catalogue = { [key: string]: string | Catalogue };

/** Every leaf as [dotted.key, text]. */
function leaves(catalogue: Catalogue, prefix = ''): [string, string][] {
  return Object.entries(catalogue).flatMap(([key, value]) =>
    typeof value === 'string'
      ? [[`${prefix}${key}`, value] as [string, string]]
      : leaves(value, `${prefix}${key}.`),
  );
}

const placeholders = (text: string): string[] =>
  [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((match) => match[1] ?? '').sort();

const PAIRS = [
  ['public and shared (en.json, km.json)', en, km],
  ['staff (staff.en.json, staff.km.json)', staffEn, staffKm],
] as const;

describe.each(PAIRS)('the %s i18n catalogues', (_name, enCatalogue, kmCatalogue) => {
  const english = new Map(leaves(enCatalogue));
  const khmer = new Map(leaves(kmCatalogue));

  it('have the same keys', () => {
    expect([...khmer.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it('have no empty strings', () => {
    for (const [key, text] of [...english, ...khmer]) {
      expect(text.trim(), key).not.toBe('');
    }
  });

  it('use the same placeholders in both languages', () => {
    for (const [key, text] of english) {
      expect(placeholders(khmer.get(key) ?? ''), key).toEqual(placeholders(text));
    }
  });

  it('really are in Khmer, apart from names and codes', () => {
    const khmerScript = /[\u1780-\u17FF]/;
    const untranslated = [...khmer].filter(([, text]) => !khmerScript.test(text));
    expect(untranslated).toEqual([]);
  });
});

describe('the staff catalogues', () => {
  it('add to the shared ones without replacing any of their sections', () => {
    expect(Object.keys(staffEn).filter((key) => key in en)).toEqual([]);
  });
});
