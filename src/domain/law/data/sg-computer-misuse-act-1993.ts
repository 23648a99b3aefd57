import type { InstrumentProvisions } from '../catalogue-input.ts';
import type { Intent, Penalty } from '../law.schemas.ts';

/* Singapore Computer Misuse Act 1993, ss 3–8, for comparison (offences.md § C). */

const DAMAGE_NOTE = {
  en: 'Up to S$50,000 and/or 7 years if damage is caused.',
  km: 'រហូតដល់ S$50,000 និង/ឬ ៧ ឆ្នាំ ប្រសិនបើបង្កការខូចខាត។',
};

/** Fine up to `fine` Singapore dollars and/or up to `years` of imprisonment, first conviction. */
const basePenalty = (fine: number, years: number, note: Penalty['note']): Penalty => ({
  scope: 'provision',
  imprisonment: { min: null, max: { value: years, unit: 'years' } },
  fine: { min: null, max: fine, currency: 'SGD' },
  combination: 'and_or',
  note,
  source: 'SG-CMA',
});

/** Singapore's wording: "knowingly" and "without authority" rather than "without right". */
const unauthorised = (): Intent => ({
  requirements: ['knowingly', 'without_authority'],
  note: null,
});

export const COMPUTER_MISUSE_ACT_1993: InstrumentProvisions = {
  instrumentId: 'sg-computer-misuse-act-1993',
  provisions: [
    {
      id: 'sg-cma-1993-s-3',
      article: 's. 3',
      kind: 'offence',
      title: {
        en: 'Unauthorised access to computer material',
        km: 'ការចូលប្រើសម្ភារៈកុំព្យូទ័រដោយគ្មានការអនុញ្ញាត',
      },
      elements: [
        {
          id: 'access',
          text: {
            en: 'Accessing computer material without authority',
            km: 'ការចូលប្រើសម្ភារៈកុំព្យូទ័រដោយគ្មានសិទ្ធិអំណាច',
          },
        },
      ],
      intent: unauthorised(),
      penalty: basePenalty(5_000, 2, {
        en: 'More for a repeat conviction; up to S$50,000 and/or 7 years if damage is caused.',
        km: 'ច្រើនជាងនេះសម្រាប់ការផ្ដន្ទាទោសលើកទីពីរ; រហូតដល់ S$50,000 និង/ឬ ៧ ឆ្នាំ ប្រសិនបើបង្កការខូចខាត។',
      }),
    },
    {
      id: 'sg-cma-1993-s-4',
      article: 's. 4',
      kind: 'offence',
      title: {
        en: 'Access with intent to commit or facilitate the commission of an offence',
        km: 'ការចូលប្រើដោយមានចេតនាប្រព្រឹត្ត ឬសម្រួលដល់ការប្រព្រឹត្តបទល្មើស',
      },
      elements: [
        {
          id: 'access',
          text: {
            en: 'Accessing computer material without authority',
            km: 'ការចូលប្រើសម្ភារៈកុំព្យូទ័រដោយគ្មានសិទ្ធិអំណាច',
          },
        },
        {
          id: 'further-offence',
          text: {
            en: 'To commit or facilitate an offence involving property, fraud, dishonesty or bodily harm punishable by 2 years or more',
            km: 'ដើម្បីប្រព្រឹត្ត ឬសម្រួលដល់បទល្មើសពាក់ព័ន្ធនឹងទ្រព្យសម្បត្តិ ការឆបោក ភាពទុច្ចរិត ឬការបង្ករបួសស្នាម ដែលមានទោសចាប់ពី ២ ឆ្នាំឡើងទៅ',
          },
        },
      ],
      intent: { requirements: ['intent_to_commit_offence'], note: null },
      penalty: basePenalty(50_000, 10, null),
    },
    {
      id: 'sg-cma-1993-s-5',
      article: 's. 5',
      kind: 'offence',
      title: {
        en: 'Unauthorised modification of computer material',
        km: 'ការកែប្រែសម្ភារៈកុំព្យូទ័រដោយគ្មានការអនុញ្ញាត',
      },
      elements: [
        {
          id: 'modify',
          text: {
            en: 'Modifying computer material without authority',
            km: 'ការកែប្រែសម្ភារៈកុំព្យូទ័រដោយគ្មានសិទ្ធិអំណាច',
          },
        },
      ],
      intent: unauthorised(),
      penalty: basePenalty(10_000, 3, DAMAGE_NOTE),
    },
    {
      id: 'sg-cma-1993-s-6',
      article: 's. 6',
      kind: 'offence',
      title: {
        en: 'Unauthorised use or interception of computer service',
        km: 'ការប្រើប្រាស់ ឬការស្ទាក់ចាប់សេវាកុំព្យូទ័រដោយគ្មានការអនុញ្ញាត',
      },
      elements: [
        {
          id: 'use-intercept',
          text: {
            en: 'Using or intercepting a computer service without authority',
            km: 'ការប្រើប្រាស់ ឬការស្ទាក់ចាប់សេវាកុំព្យូទ័រ ដោយគ្មានសិទ្ធិអំណាច',
          },
        },
      ],
      intent: unauthorised(),
      penalty: basePenalty(10_000, 3, {
        en: 'Up to S$50,000 and/or 7 years if damage is caused (verify against the current edition).',
        km: 'រហូតដល់ S$50,000 និង/ឬ ៧ ឆ្នាំ ប្រសិនបើបង្កការខូចខាត (សូមផ្ទៀងផ្ទាត់ជាមួយការបោះពុម្ពចុងក្រោយ)។',
      }),
    },
    {
      id: 'sg-cma-1993-s-7',
      article: 's. 7',
      articleNote: {
        en: 'Inserted in 1998 as s. 6A.',
        km: 'បានបញ្ចូលក្នុងឆ្នាំ ១៩៩៨ ជាមាត្រា 6A។',
      },
      kind: 'offence',
      title: {
        en: 'Unauthorised obstruction of use of computer',
        km: 'ការរារាំងការប្រើប្រាស់កុំព្យូទ័រដោយគ្មានការអនុញ្ញាត',
      },
      elements: [
        {
          id: 'obstruct',
          text: {
            en: 'Obstructing the use of a computer without authority',
            km: 'ការរារាំងការប្រើប្រាស់កុំព្យូទ័រ ដោយគ្មានសិទ្ធិអំណាច',
          },
        },
      ],
      intent: unauthorised(),
      penalty: basePenalty(10_000, 3, DAMAGE_NOTE),
    },
    {
      id: 'sg-cma-1993-s-8',
      article: 's. 8',
      articleNote: {
        en: 'Inserted in 1998 as s. 6B.',
        km: 'បានបញ្ចូលក្នុងឆ្នាំ ១៩៩៨ ជាមាត្រា 6B។',
      },
      kind: 'offence',
      title: {
        en: 'Unauthorised disclosure of access code',
        km: 'ការបង្ហាញលេខកូដចូលប្រើដោយគ្មានការអនុញ្ញាត',
      },
      elements: [
        {
          id: 'disclose',
          text: {
            en: 'Disclosing an access code without authority',
            km: 'ការបង្ហាញលេខកូដចូលប្រើ ដោយគ្មានសិទ្ធិអំណាច',
          },
        },
      ],
      intent: {
        requirements: ['wrongful_gain_or_unlawful_purpose'],
        note: {
          en: 'Requires wrongful gain, an unlawful purpose, or knowledge that wrongful loss is likely.',
          km: 'តម្រូវឱ្យមានការទទួលផលដោយខុសច្បាប់ គោលបំណងខុសច្បាប់ ឬការដឹងថាទំនងជាបង្កការខាតបង់ដោយខុសច្បាប់។',
        },
      },
      penalty: basePenalty(10_000, 3, null),
    },
  ],
};
