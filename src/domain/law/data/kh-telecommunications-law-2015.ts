import type { InstrumentProvisions } from '../catalogue-input.ts';
import type { SourcedNote } from '../law.schemas.ts';

/*
 * Law on Telecommunications 2015: the articles Nguon & Srun (2019) cite. Where they give no
 * subject, the subject "commonly reported" in public commentary is shown as such.
 */

const COMMONLY_REPORTED: SourcedNote = {
  source: 'NS2019',
  text: {
    en: 'Cited by Nguon & Srun (2019); the description comes from public commentary and is unverified.',
    km: 'ត្រូវបាន Nguon & Srun (២០១៩) ដកស្រង់; ការពិពណ៌នាមកពីការអត្ថាធិប្បាយជាសាធារណៈ ហើយមិនទាន់បានផ្ទៀងផ្ទាត់ទេ។',
  },
};

const SUBJECT_NOT_GIVEN: SourcedNote = {
  source: 'NS2019',
  text: {
    en: 'Cited by Nguon & Srun (2019) without its subject.',
    km: 'ត្រូវបាន Nguon & Srun (២០១៩) ដកស្រង់ ដោយមិនបានផ្ដល់ប្រធានបទ។',
  },
};

const unverified = (statement: SourcedNote) => ({
  verifiedAgainstOfficialText: false,
  statements: [statement],
});

export const TELECOMMUNICATIONS_LAW_2015: InstrumentProvisions = {
  instrumentId: 'kh-telecommunications-law-2015',
  provisions: [
    {
      id: 'kh-telecom-2015-art-6',
      article: '6',
      kind: 'duty',
      title: {
        en: 'Duty to provide telecommunications information to the Ministry (as commonly reported)',
        km: 'កាតព្វកិច្ចផ្ដល់ព័ត៌មានទូរគមនាគមន៍ដល់ក្រសួង (តាមការរាយការណ៍ទូទៅ)',
      },
      summary: {
        en: 'Commonly reported as the duty of operators and persons in the telecommunications sector to provide telecommunications information and communications to the Ministry of Posts and Telecommunications.',
        km: 'តាមការរាយការណ៍ទូទៅ ជាកាតព្វកិច្ចរបស់ប្រតិបត្តិករ និងជនក្នុងវិស័យទូរគមនាគមន៍ ក្នុងការផ្ដល់ព័ត៌មាន និងការទំនាក់ទំនងទូរគមនាគមន៍ ដល់ក្រសួងប្រៃសណីយ៍ និងទូរគមនាគមន៍។',
      },
      powers: [
        {
          id: 'obtain-information',
          authority: {
            en: 'Ministry of Posts and Telecommunications',
            km: 'ក្រសួងប្រៃសណីយ៍ និងទូរគមនាគមន៍',
          },
          text: {
            en: 'Receive telecommunications information and communications from operators and persons in the sector (as commonly reported)',
            km: 'ទទួលព័ត៌មាន និងការទំនាក់ទំនងទូរគមនាគមន៍ ពីប្រតិបត្តិករ និងជនក្នុងវិស័យនេះ (តាមការរាយការណ៍ទូទៅ)',
          },
          days: null,
        },
      ],
      verification: unverified(COMMONLY_REPORTED),
    },
    {
      id: 'kh-telecom-2015-art-66',
      article: '66',
      kind: 'unknown',
      title: {
        en: 'Article 66 (subject not given in the sources)',
        km: 'មាត្រា ៦៦ (ប្រភពមិនបានផ្ដល់ប្រធានបទ)',
      },
      verification: unverified(SUBJECT_NOT_GIVEN),
    },
    {
      id: 'kh-telecom-2015-art-76',
      article: '76',
      kind: 'unknown',
      title: {
        en: 'Article 76 (subject not given in the sources)',
        km: 'មាត្រា ៧៦ (ប្រភពមិនបានផ្ដល់ប្រធានបទ)',
      },
      verification: unverified(SUBJECT_NOT_GIVEN),
    },
    {
      id: 'kh-telecom-2015-art-80-81',
      article: '80–81',
      kind: 'offence',
      title: {
        en: 'Telecommunications equipment leading to national insecurity (as commonly reported)',
        km: 'ឧបករណ៍ទូរគមនាគមន៍ដែលនាំឱ្យមានអសន្តិសុខជាតិ (តាមការរាយការណ៍ទូទៅ)',
      },
      elements: [
        {
          id: 'equipment',
          text: {
            en: 'Establishing, installing or using telecommunications equipment',
            km: 'ការបង្កើត ការដំឡើង ឬការប្រើប្រាស់ឧបករណ៍ទូរគមនាគមន៍',
          },
        },
        {
          id: 'insecurity',
          text: {
            en: 'Leading to national insecurity',
            km: 'ដែលនាំឱ្យមានអសន្តិសុខជាតិ',
          },
        },
      ],
      penalty: {
        scope: 'provision',
        imprisonment: { min: { value: 7, unit: 'years' }, max: { value: 15, unit: 'years' } },
        fine: { min: 140_000_000, max: 300_000_000, currency: 'KHR' },
        combination: 'and',
        note: null,
        source: 'NS2019',
      },
      verification: {
        verifiedAgainstOfficialText: false,
        statements: [
          {
            source: 'NS2019',
            text: {
              en: 'Penalty as given by Nguon & Srun (2019); the subject comes from public commentary and is unverified.',
              km: 'ទោសតាមការផ្ដល់ឱ្យដោយ Nguon & Srun (២០១៩); ប្រធានបទមកពីការអត្ថាធិប្បាយជាសាធារណៈ ហើយមិនទាន់បានផ្ទៀងផ្ទាត់ទេ។',
            },
          },
        ],
      },
    },
    {
      id: 'kh-telecom-2015-art-97',
      article: '97',
      kind: 'duty',
      title: {
        en: 'Secret listening to or recording of communications (as commonly reported)',
        km: 'ការលួចស្ដាប់ ឬការថតការទំនាក់ទំនងដោយសម្ងាត់ (តាមការរាយការណ៍ទូទៅ)',
      },
      summary: {
        en: 'Commonly reported: secretly listening to or recording communications is prohibited unless approved by a "legitimate authority".',
        km: 'តាមការរាយការណ៍ទូទៅ៖ ការលួចស្ដាប់ ឬការថតការទំនាក់ទំនងដោយសម្ងាត់ ត្រូវបានហាមឃាត់ លើកលែងតែមានការយល់ព្រមពី «អាជ្ញាធរស្របច្បាប់»។',
      },
      elements: [
        {
          id: 'listen-record',
          text: {
            en: 'Secretly listening to or recording communications',
            km: 'ការលួចស្ដាប់ ឬការថតការទំនាក់ទំនងដោយសម្ងាត់',
          },
        },
        {
          id: 'no-approval',
          text: {
            en: 'Without the approval of a "legitimate authority"',
            km: 'ដោយគ្មានការយល់ព្រមពី «អាជ្ញាធរស្របច្បាប់»',
          },
        },
      ],
      verification: unverified(COMMONLY_REPORTED),
    },
  ],
};
