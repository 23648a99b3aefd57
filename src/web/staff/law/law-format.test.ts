import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { getProvision } from '../../../domain/law/catalogue.ts';
import { staffResources } from '../../i18n/staff-resources.ts';
import { articleLabel, conventionArticles, penaltyLines, powerDuration } from './law-format.ts';

const en = i18next.createInstance();
const km = i18next.createInstance();
beforeAll(async () => {
  await en.init({ lng: 'en', resources: staffResources, interpolation: { escapeValue: false } });
  await km.init({ lng: 'km', resources: staffResources, interpolation: { escapeValue: false } });
});

describe('legal texts for the page', () => {
  it('label articles in each language, and say when the sources give none', () => {
    expect(articleLabel(en.t, '427', 'en')).toBe('Art. 427');
    expect(articleLabel(km.t, '317–320', 'km')).toBe('មាត្រា ៣១៧–៣២០');
    expect(articleLabel(en.t, 's. 3', 'en')).toBe('s. 3');
    expect(articleLabel(en.t, null, 'en')).toBe('Article not given in the sources');
  });

  it('describe a penalty as the sources give it', () => {
    const secrecy = getProvision('kh-cc-2009-art-317-320').penalty;
    if (!secrecy) throw new Error('fixture moved');
    expect(penaltyLines(en.t, secrecy, 'en')).toEqual([
      'Imprisonment: 1 year to 5 years',
      'Fine: 100,000 riels to 2,000,000 riels',
      'Both imprisonment and a fine.',
    ]);
    expect(penaltyLines(km.t, secrecy, 'km')[0]).toBe('ដាក់ពន្ធនាគារ៖ ពី ១ ឆ្នាំ ដល់ ៥ ឆ្នាំ');
    const group = getProvision('kh-draft-ccl-v1-art-21').penalty;
    if (!group) throw new Error('fixture moved');
    expect(penaltyLines(en.t, group, 'en')).toEqual([
      'Imprisonment: 6 months to 15 years',
      'Fine: 1,000,000 riels to 24,000,000 riels',
      "The range across a group of articles, not this article's own.",
    ]);
    const singapore = getProvision('sg-cma-1993-s-3').penalty;
    if (!singapore) throw new Error('fixture moved');
    expect(penaltyLines(en.t, singapore, 'en')).toEqual([
      'Imprisonment: up to 2 years',
      'Fine: up to S$5,000',
      'Imprisonment, a fine, or both.',
    ]);
  });

  it('give a power its time limit', () => {
    const [preserve] = getProvision('coe-185-art-16').powers;
    expect(powerDuration(en.t, preserve?.days ?? null, 'en')).toBe('At most 90 days, renewable');
    expect(powerDuration(km.t, { min: 60, max: null, renewable: null }, 'km')).toBe(
      'យ៉ាងហោចណាស់ ៦០ ថ្ងៃ',
    );
    expect(powerDuration(en.t, null, 'en')).toBeNull();
  });

  it('name the Convention articles of a gap', () => {
    expect(conventionArticles([2, 4], 'en')).toBe('arts 2, 4');
    expect(conventionArticles([8], 'km')).toBe('មាត្រា ៨');
  });
});
