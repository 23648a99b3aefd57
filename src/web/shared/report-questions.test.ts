import { describe, expect, it } from 'vitest';
import { REPORT_DETAILS_SCHEMAS } from '../../domain/reports/report-details.ts';
import { IncidentTypeIdSchema } from '../../domain/taxonomy/incident-types.ts';
import en from '../i18n/en.json' with { type: 'json' };
import km from '../i18n/km.json' with { type: 'json' };
import { ALL_DETAIL_FIELDS, REPORT_QUESTIONS, optionsOf } from './report-questions.ts';

type Catalogue = { [key: string]: string | Catalogue };

const lookup = (catalogue: Catalogue, path: string): unknown =>
  path.split('.').reduce<unknown>((node, key) => (node as Catalogue | undefined)?.[key], catalogue);

describe('the questions of each kind of incident', () => {
  it('ask every field of its schema, once, and nothing else', () => {
    for (const type of IncidentTypeIdSchema.options) {
      const asked = REPORT_QUESTIONS[type].map((question) => question.field);
      expect(asked.sort(), type).toEqual(Object.keys(REPORT_DETAILS_SCHEMAS[type].shape).sort());
    }
  });

  it('offer the answers the schema allows, each labelled in both languages', () => {
    for (const type of IncidentTypeIdSchema.options) {
      for (const question of REPORT_QUESTIONS[type]) {
        if (question.kind !== 'choice') continue;
        const options = optionsOf(type, question.field);
        expect(options.length, `${type}.${question.field}`).toBeGreaterThan(1);
        for (const option of options) {
          const key = `details.options.${question.set}.${option}`;
          expect(lookup(en, key), key).toEqual(expect.any(String));
          expect(lookup(km, key), key).toEqual(expect.any(String));
        }
      }
    }
  });

  it('have a label and a hint for every field in both languages', () => {
    for (const field of ALL_DETAIL_FIELDS) {
      for (const part of ['label', 'hint']) {
        const key = `details.fields.${field}.${part}`;
        expect(lookup(en, key), key).toEqual(expect.any(String));
        expect(lookup(km, key), key).toEqual(expect.any(String));
      }
    }
  });

  it('name the payment channels people know', () => {
    expect(optionsOf('money-scam', 'paymentChannel')).toEqual(
      expect.arrayContaining(['aba', 'acleda', 'wing', 'truemoney', 'pipay', 'bakong-khqr']),
    );
    expect(lookup(en, 'details.options.paymentChannel.bakong-khqr')).toBe('Bakong / KHQR');
  });
});
