import type { InstrumentProvisions } from '../catalogue-input.ts';
import type { SourcedNote } from '../law.schemas.ts';

/*
 * Criminal Code 2009, as far as the sources go (offences.md § B). Subjects and penalties are
 * as Nguon & Srun (2019) report them; nothing here was checked against the official text.
 */

const ALLOCATION_INFERRED: SourcedNote = {
  source: 'NS2019',
  text: {
    en: 'Which subject belongs to which article of 427–430 is inferred from the order given in Nguon & Srun (2019); no penalty is given; not verified against the official text.',
    km: 'ការកំណត់ប្រធានបទទៅមាត្រានីមួយៗក្នុងចំណោមមាត្រា ៤២៧–៤៣០ ត្រូវបានសន្និដ្ឋានពីលំដាប់ដែល Nguon & Srun (២០១៩) បានរៀបរាប់; គ្មានទោសទេ; មិនទាន់បានផ្ទៀងផ្ទាត់ជាមួយអត្ថបទផ្លូវការទេ។',
  },
};

const IT_CHAPTER_CONFIRMED: SourcedNote = {
  source: 'KH-CC-EN',
  text: {
    en: 'The chapter "Offences in the information technology sector" (arts 427–432) is confirmed by a secondary source; the article text could not be obtained.',
    km: 'ជំពូក «បទល្មើសក្នុងវិស័យបច្ចេកវិទ្យាព័ត៌មាន» (មាត្រា ៤២៧–៤៣២) ត្រូវបានបញ្ជាក់ដោយប្រភពបន្ទាប់បន្សំ; មិនអាចរកបានអត្ថបទមាត្រាទេ។',
  },
};

const NOT_IN_SOURCES: SourcedNote = {
  source: 'NS2019',
  text: {
    en: 'Not in Nguon & Srun (2019): named only as the likely counterpart in the reference mapping. Article numbers, elements and penalties are not given.',
    km: 'មិនមាននៅក្នុង Nguon & Srun (២០១៩) ទេ៖ ត្រូវបានដាក់ឈ្មោះតែជាបទប្បញ្ញត្តិដែលអាចត្រូវគ្នា នៅក្នុងតារាងផ្គូផ្គងយោងប៉ុណ្ណោះ។ គ្មានលេខមាត្រា ធាតុផ្សំ ឬទោសទេ។',
  },
};

export const CRIMINAL_CODE_2009: InstrumentProvisions = {
  instrumentId: 'kh-criminal-code-2009',
  provisions: [
    {
      id: 'kh-cc-2009-art-305-308',
      article: '305–308',
      kind: 'offence',
      title: {
        en: 'Defamation and related offences',
        km: 'ការបរិហារកេរ្តិ៍ និងបទល្មើសពាក់ព័ន្ធ',
      },
      elements: [
        {
          id: 'defamation',
          text: {
            en: 'Defamation or a related act (the acts of each article are not given in the sources)',
            km: 'ការបរិហារកេរ្តិ៍ ឬអំពើពាក់ព័ន្ធ (ប្រភពមិនបានផ្ដល់អំពើនៃមាត្រានីមួយៗទេ)',
          },
        },
      ],
      notes: [
        {
          source: 'NS2019',
          text: {
            en: 'When committed through the media, the Press Law (1995) applies instead.',
            km: 'បើប្រព្រឹត្តតាមរយៈប្រព័ន្ធផ្សព្វផ្សាយ ត្រូវអនុវត្តច្បាប់ស្ដីពីសារព័ត៌មាន (ឆ្នាំ១៩៩៥) ជំនួសវិញ។',
          },
        },
      ],
      verification: {
        verifiedAgainstOfficialText: false,
        statements: [
          {
            source: 'NS2019',
            text: {
              en: 'Article range and subject only, as reported; no penalty given; not verified against the official text.',
              km: 'មានតែចន្លោះមាត្រា និងប្រធានបទ តាមការរាយការណ៍; គ្មានទោសទេ; មិនទាន់បានផ្ទៀងផ្ទាត់ជាមួយអត្ថបទផ្លូវការទេ។',
            },
          },
        ],
      },
    },
    {
      id: 'kh-cc-2009-art-317-320',
      article: '317–320',
      kind: 'offence',
      title: {
        en: 'Infringement of the secrecy of correspondence and telecommunications',
        km: 'ការរំលោភលើការសម្ងាត់នៃលិខិតឆ្លើយឆ្លង និងទូរគមនាគមន៍',
      },
      elements: [
        {
          id: 'correspondence',
          text: {
            en: 'Opening, suppressing, delaying or diverting correspondence or telecommunications (which act each article covers is not verified)',
            km: 'ការបើក ការលុបចោល ការពន្យារពេល ឬការបង្វែរលិខិតឆ្លើយឆ្លង ឬទូរគមនាគមន៍ (មិនទាន់ផ្ទៀងផ្ទាត់ថា មាត្រានីមួយៗគ្របដណ្ដប់លើអំពើណាទេ)',
          },
        },
        {
          id: 'telephone',
          text: {
            en: 'Listening to, or jamming (interfering with), a telephone conversation',
            km: 'ការលួចស្ដាប់ ឬការរំខាន (បង្អាក់) ការសន្ទនាតាមទូរស័ព្ទ',
          },
        },
      ],
      intent: { requirements: ['bad_faith'], note: null },
      penalty: {
        scope: 'provision',
        imprisonment: { min: { value: 1, unit: 'years' }, max: { value: 5, unit: 'years' } },
        fine: { min: 100_000, max: 2_000_000, currency: 'KHR' },
        combination: 'and',
        note: {
          en: 'As given by Nguon & Srun (2019). A 2009 civil-society draft of the Penal Code pairs the same fine band with 1 month – 1 year: check the imprisonment range against the official text.',
          km: 'តាមការផ្ដល់ឱ្យដោយ Nguon & Srun (២០១៩)។ សេចក្ដីព្រាងក្រមព្រហ្មទណ្ឌឆ្នាំ ២០០៩ ដែលសង្គមស៊ីវិលបានផ្សព្វផ្សាយ ភ្ជាប់កម្រិតប្រាក់ពិន័យដូចគ្នានេះ ជាមួយការដាក់ពន្ធនាគារពី ១ ខែ ដល់ ១ ឆ្នាំ៖ ត្រូវពិនិត្យរយៈពេលដាក់ពន្ធនាគារជាមួយអត្ថបទផ្លូវការ។',
        },
        source: 'NS2019',
      },
      budapest: [{ article: 3, match: 'mapped' }],
      verification: {
        verifiedAgainstOfficialText: false,
        statements: [
          {
            source: 'NS2019',
            text: {
              en: 'Subjects, "in bad faith" and penalty as reported; the penalty is not verified.',
              km: 'ប្រធានបទ ពាក្យ «ដោយអសុទ្ធចិត្ត» និងទោស តាមការរាយការណ៍; ទោសមិនទាន់បានផ្ទៀងផ្ទាត់ទេ។',
            },
          },
          {
            source: 'KH-CC-EN',
            text: {
              en: 'The chapter title "Infringement on the secrecy of correspondence and telecommunication" is confirmed by a secondary source; the article texts could not be obtained.',
              km: 'ចំណងជើងជំពូក «ការរំលោភលើការសម្ងាត់នៃលិខិតឆ្លើយឆ្លង និងទូរគមនាគមន៍» ត្រូវបានបញ្ជាក់ដោយប្រភពបន្ទាប់បន្សំ; មិនអាចរកបានអត្ថបទមាត្រាទេ។',
            },
          },
        ],
      },
    },
    {
      id: 'kh-cc-2009-art-427',
      article: '427',
      kind: 'offence',
      title: {
        en: 'Access to, or maintaining access in, an automated data processing system',
        km: 'ការចូល ឬការបន្តស្ថិតនៅក្នុងប្រព័ន្ធដំណើរការទិន្នន័យស្វ័យប្រវត្តិ',
      },
      elements: [
        {
          id: 'access',
          text: {
            en: 'Accessing an automated data processing system',
            km: 'ការចូលទៅក្នុងប្រព័ន្ធដំណើរការទិន្នន័យស្វ័យប្រវត្តិ',
          },
        },
        {
          id: 'maintain',
          text: {
            en: 'Or maintaining access in such a system',
            km: 'ឬការបន្តស្ថិតនៅក្នុងប្រព័ន្ធនោះ',
          },
        },
        {
          id: 'result',
          text: {
            en: 'Including where it results in the deletion or modification of data',
            km: 'រួមទាំងករណីដែលបណ្ដាលឱ្យមានការលុប ឬការកែប្រែទិន្នន័យ',
          },
        },
      ],
      budapest: [
        { article: 2, match: 'mapped' },
        { article: 4, match: 'partial' },
      ],
      gapNotes: [
        {
          budapestArticles: [4],
          element: 'coverage',
          status: 'unconfirmed',
          source: 'NS2019',
          text: {
            en: 'Convention art 4 covers damaging, deleting, deteriorating, altering or suppressing data however it is done; as described, art 427 reaches deletion or modification only where it results from access (art 429 is the main counterpart).',
            km: 'អនុសញ្ញា មាត្រា ៤ គ្របដណ្ដប់លើការធ្វើឱ្យខូចខាត ការលុប ការធ្វើឱ្យខូចគុណភាព ការកែប្រែ ឬការបំបាត់ទិន្នន័យ មិនថាធ្វើដោយរបៀបណាទេ; តាមការពិពណ៌នា មាត្រា ៤២៧ គ្របដណ្ដប់លើការលុប ឬការកែប្រែ តែក្នុងករណីដែលកើតចេញពីការចូលប្រព័ន្ធប៉ុណ្ណោះ (មាត្រា ៤២៩ ជាបទប្បញ្ញត្តិត្រូវគ្នាចម្បង)។',
          },
        },
      ],
      verification: {
        verifiedAgainstOfficialText: false,
        statements: [ALLOCATION_INFERRED, IT_CHAPTER_CONFIRMED],
      },
    },
    {
      id: 'kh-cc-2009-art-428',
      article: '428',
      kind: 'offence',
      title: {
        en: 'Obstructing the operation of an automated data processing system',
        km: 'ការរារាំងដំណើរការនៃប្រព័ន្ធដំណើរការទិន្នន័យស្វ័យប្រវត្តិ',
      },
      elements: [
        {
          id: 'obstruct',
          text: {
            en: 'Obstructing (hindering) the operation of an automated data processing system',
            km: 'ការរារាំង (ការរំខាន) ដំណើរការនៃប្រព័ន្ធដំណើរការទិន្នន័យស្វ័យប្រវត្តិ',
          },
        },
      ],
      budapest: [{ article: 5, match: 'mapped' }],
      gapNotes: [
        {
          budapestArticles: [5],
          element: 'coverage',
          status: 'unconfirmed',
          source: 'COE-185',
          text: {
            en: 'Convention art 5 requires the hindering to be serious; the sources do not give the text of art 428, so whether it requires seriousness cannot be confirmed.',
            km: 'អនុសញ្ញា មាត្រា ៥ តម្រូវឱ្យការរារាំងនោះមានលក្ខណៈធ្ងន់ធ្ងរ; ប្រភពមិនបានផ្ដល់អត្ថបទនៃមាត្រា ៤២៨ ទេ ដូច្នេះមិនអាចបញ្ជាក់បានថា វាតម្រូវឱ្យមានភាពធ្ងន់ធ្ងរឬអត់ទេ។',
          },
        },
      ],
      verification: {
        verifiedAgainstOfficialText: false,
        statements: [ALLOCATION_INFERRED, IT_CHAPTER_CONFIRMED],
      },
    },
    {
      id: 'kh-cc-2009-art-429',
      article: '429',
      kind: 'offence',
      title: {
        en: 'Fraudulent introduction, deletion or modification of data',
        km: 'ការបញ្ចូល ការលុប ឬការកែប្រែទិន្នន័យដោយទុច្ចរិត',
      },
      elements: [
        {
          id: 'data',
          text: {
            en: 'Introducing data into, or deleting or modifying data in, an automated data processing system',
            km: 'ការបញ្ចូលទិន្នន័យទៅក្នុង ឬការលុប ឬការកែប្រែទិន្នន័យនៅក្នុង ប្រព័ន្ធដំណើរការទិន្នន័យស្វ័យប្រវត្តិ',
          },
        },
      ],
      intent: { requirements: ['fraudulent'], note: null },
      budapest: [{ article: 4, match: 'mapped' }],
      verification: {
        verifiedAgainstOfficialText: false,
        statements: [ALLOCATION_INFERRED, IT_CHAPTER_CONFIRMED],
      },
    },
    {
      id: 'kh-cc-2009-art-430',
      article: '430',
      kind: 'offence',
      title: {
        en: 'Participation in a group or agreement to prepare these offences',
        km: 'ការចូលរួមក្នុងក្រុម ឬកិច្ចព្រមព្រៀង ដើម្បីរៀបចំប្រព្រឹត្តបទល្មើសទាំងនេះ',
      },
      elements: [
        {
          id: 'participate',
          text: {
            en: 'Taking part in a group formed, or an agreement made, to prepare any of the offences of this chapter',
            km: 'ការចូលរួមក្នុងក្រុមដែលបានបង្កើតឡើង ឬក្នុងកិច្ចព្រមព្រៀងដែលបានធ្វើឡើង ដើម្បីរៀបចំប្រព្រឹត្តបទល្មើសណាមួយនៃជំពូកនេះ',
          },
        },
      ],
      budapest: [{ article: 6, match: 'partial' }],
      gapNotes: [
        {
          budapestArticles: [6],
          element: 'coverage',
          status: 'unconfirmed',
          source: 'NS2019',
          text: {
            en: 'A partial counterpart only: as described, art 430 covers taking part in a group or agreement to prepare. Convention art 6 also covers producing, selling, procuring, importing, distributing or making available devices, programs, passwords or access codes, and possessing them; the sources do not show that Cambodian law covers these.',
            km: 'ជាបទប្បញ្ញត្តិត្រូវគ្នាដោយផ្នែកប៉ុណ្ណោះ៖ តាមការពិពណ៌នា មាត្រា ៤៣០ គ្របដណ្ដប់លើការចូលរួមក្នុងក្រុម ឬកិច្ចព្រមព្រៀងដើម្បីរៀបចំ។ អនុសញ្ញា មាត្រា ៦ ក៏គ្របដណ្ដប់លើការផលិត ការលក់ ការទិញយក ការនាំចូល ការចែកចាយ ឬការដាក់ឱ្យប្រើប្រាស់ ឧបករណ៍ កម្មវិធី ពាក្យសម្ងាត់ ឬលេខកូដចូលប្រើ និងការកាន់កាប់វាដែរ; ប្រភពមិនបានបង្ហាញថា ច្បាប់កម្ពុជាគ្របដណ្ដប់លើអំពើទាំងនេះទេ។',
          },
        },
      ],
      verification: {
        verifiedAgainstOfficialText: false,
        statements: [ALLOCATION_INFERRED, IT_CHAPTER_CONFIRMED],
      },
    },
    {
      id: 'kh-cc-2009-art-431-432',
      article: '431–432',
      kind: 'unknown',
      title: {
        en: 'Remaining provisions of the chapter (text not retrieved)',
        km: 'បទប្បញ្ញត្តិដែលនៅសល់នៃជំពូក (មិនអាចរកបានអត្ថបទ)',
      },
      summary: {
        en: 'In comparable codes these cover attempt and additional penalties or the liability of legal entities; for Cambodia this is unverified.',
        km: 'នៅក្នុងក្រមប្រហាក់ប្រហែលគ្នា បទប្បញ្ញត្តិទាំងនេះគ្របដណ្ដប់លើការប៉ុនប៉ង និងទោសបន្ថែម ឬការទទួលខុសត្រូវរបស់នីតិបុគ្គល; សម្រាប់កម្ពុជា ព័ត៌មាននេះមិនទាន់បានផ្ទៀងផ្ទាត់ទេ។',
      },
      verification: {
        verifiedAgainstOfficialText: false,
        statements: [
          {
            source: 'KH-CC-EN',
            text: {
              en: 'Unverified: the text of arts 431–432 was not retrieved.',
              km: 'មិនទាន់ផ្ទៀងផ្ទាត់៖ មិនអាចរកបានអត្ថបទនៃមាត្រា ៤៣១–៤៣២ ទេ។',
            },
          },
        ],
      },
    },
    {
      id: 'kh-cc-2009-art-437',
      article: '437',
      articleNote: {
        en: 'Public reporting places this provision as art 437 bis, inserted by a 2018 amendment: verify the numbering.',
        km: 'របាយការណ៍សាធារណៈដាក់បទប្បញ្ញត្តិនេះជាមាត្រា ៤៣៧ ស្ទួន ដែលបានបញ្ចូលដោយវិសោធនកម្មឆ្នាំ ២០១៨៖ ត្រូវផ្ទៀងផ្ទាត់លេខមាត្រា។',
      },
      kind: 'offence',
      title: { en: 'Lèse-majesté (insulting the King)', km: 'បទប្រមាថព្រះមហាក្សត្រ' },
      elements: [{ id: 'insult', text: { en: 'Insulting the King', km: 'ការប្រមាថព្រះមហាក្សត្រ' } }],
      penalty: {
        scope: 'provision',
        imprisonment: { min: { value: 1, unit: 'years' }, max: { value: 5, unit: 'years' } },
        fine: { min: 2_000_000, max: 10_000_000, currency: 'KHR' },
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
              en: 'Subject and penalty as reported; article number to be verified (437 or 437 bis).',
              km: 'ប្រធានបទ និងទោស តាមការរាយការណ៍; ត្រូវផ្ទៀងផ្ទាត់លេខមាត្រា (៤៣៧ ឬ ៤៣៧ ស្ទួន)។',
            },
          },
        ],
      },
    },
    {
      id: 'kh-cc-2009-general-fraud-forgery',
      article: null,
      kind: 'offence',
      title: {
        en: 'General forgery and fraud offences of the Criminal Code',
        km: 'បទល្មើសទូទៅស្ដីពីការក្លែងបន្លំ និងការឆបោក នៃក្រមព្រហ្មទណ្ឌ',
      },
      summary: {
        en: 'The likely counterparts of Convention arts 7 and 8. They are not in the sources: the articles, their elements and penalties must be looked up in the official text.',
        km: 'ជាបទប្បញ្ញត្តិដែលអាចត្រូវគ្នានឹងអនុសញ្ញា មាត្រា ៧ និង ៨។ បទប្បញ្ញត្តិទាំងនេះមិនមាននៅក្នុងប្រភពទេ៖ ត្រូវស្វែងរកមាត្រា ធាតុផ្សំ និងទោសរបស់វា នៅក្នុងអត្ថបទផ្លូវការ។',
      },
      budapest: [
        { article: 7, match: 'mapped' },
        { article: 8, match: 'mapped' },
      ],
      verification: { verifiedAgainstOfficialText: false, statements: [NOT_IN_SOURCES] },
    },
    {
      id: 'kh-cc-2009-legal-entities',
      article: null,
      kind: 'liability',
      title: {
        en: 'Liability of legal entities (general part of the Code)',
        km: 'ការទទួលខុសត្រូវរបស់នីតិបុគ្គល (ផ្នែកទូទៅនៃក្រម)',
      },
      summary: {
        en: "The likely counterpart of Convention art 12: the Code's general part on legal entities. Not in the sources.",
        km: 'ជាបទប្បញ្ញត្តិដែលអាចត្រូវគ្នានឹងអនុសញ្ញា មាត្រា ១២៖ ផ្នែកទូទៅនៃក្រមស្ដីពីនីតិបុគ្គល។ មិនមាននៅក្នុងប្រភពទេ។',
      },
      budapest: [{ article: 12, match: 'mapped' }],
      gapNotes: [
        {
          budapestArticles: [12],
          element: 'coverage',
          status: 'unconfirmed',
          source: 'COE-185',
          text: {
            en: "Convention art 12 makes legal persons liable for offences committed for their benefit by a person in a leading position, and where that person's lack of supervision made the offence possible; the sources do not give the Code's rule, so this cannot be confirmed.",
            km: 'អនុសញ្ញា មាត្រា ១២ ធ្វើឱ្យនីតិបុគ្គលទទួលខុសត្រូវចំពោះបទល្មើសដែលប្រព្រឹត្តដើម្បីផលប្រយោជន៍របស់ខ្លួន ដោយជនដែលកាន់តំណែងដឹកនាំ និងនៅពេលដែលការខ្វះការត្រួតពិនិត្យរបស់ជននោះបានធ្វើឱ្យបទល្មើសអាចកើតឡើង; ប្រភពមិនបានផ្ដល់វិធានរបស់ក្រមទេ ដូច្នេះមិនអាចបញ្ជាក់បានទេ។',
          },
        },
      ],
      verification: { verifiedAgainstOfficialText: false, statements: [NOT_IN_SOURCES] },
    },
  ],
};
