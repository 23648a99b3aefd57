import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../../domain/law/catalogue.ts';
import { filterProvisions, LawSearchSchema } from './law-search.ts';

const ids = (filters: Parameters<typeof filterProvisions>[1]) =>
  filterProvisions(CATALOGUE.provisions, filters).map((p) => p.id);

describe('the Law page filters', () => {
  it('keep a linkable state and drop what they do not know', () => {
    expect(LawSearchSchema.parse({ provision: 'kh-cc-2009-art-427', text: 'km', q: '  ' })).toEqual(
      { provision: 'kh-cc-2009-art-427', text: 'km', q: undefined },
    );
    expect(
      LawSearchSchema.parse({ instrument: 'nope', provision: '<script>', text: 'fr' }),
    ).toEqual({ instrument: undefined, provision: undefined, text: undefined });
  });

  it('find an article by its number, in ASCII or Khmer digits, and inside a range', () => {
    expect(ids({ q: '427' })).toContain('kh-cc-2009-art-427');
    expect(ids({ q: '៤២៧' })).toContain('kh-cc-2009-art-427');
    expect(ids({ q: '318' })).toEqual(['kh-cc-2009-art-317-320']);
  });

  it('find words in Khmer or English, and keep to one instrument', () => {
    expect(ids({ q: 'interception', instrument: 'coe-budapest-convention-185' })).toEqual([
      'coe-185-art-3',
      'coe-185-art-21',
      'coe-185-art-34',
    ]);
    expect(ids({ q: 'ប្រព័ន្ធដំណើរការទិន្នន័យស្វ័យប្រវត្តិ' })).toEqual(
      expect.arrayContaining(['kh-cc-2009-art-427', 'kh-cc-2009-art-428']),
    );
    expect(ids({ instrument: 'kh-press-law-1995' })).toEqual([]);
    expect(ids({}).length).toBe(CATALOGUE.provisions.length);
  });
});
