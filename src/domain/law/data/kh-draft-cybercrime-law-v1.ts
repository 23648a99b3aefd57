import type { InstrumentProvisions } from '../catalogue-input.ts';
import type { Penalty, SourcedNote, Verification } from '../law.schemas.ts';

/*
 * Draft Cybercrime Law, version 1 (not enacted as of 2019), as Nguon & Srun (2019) and the
 * Asia Internet Coalition's comments describe it. Only art 23 is pinned to a number within
 * arts 21–26; art 21 is "illegal access" in the reference's mapping table.
 */

const AS_REPORTED: Verification = {
  verifiedAgainstOfficialText: false,
  statements: [
    {
      source: 'NS2019',
      text: {
        en: 'As reported by Nguon & Srun (2019) for version 1 of the draft; no draft text was available to check it.',
        km: 'តាមការរាយការណ៍របស់ Nguon & Srun (២០១៩) សម្រាប់កំណែទី១ នៃសេចក្ដីព្រាង; គ្មានអត្ថបទសេចក្ដីព្រាងសម្រាប់ផ្ទៀងផ្ទាត់ទេ។',
      },
    },
  ],
};

const GROUP_PENALTY: Penalty = {
  scope: 'group',
  imprisonment: { min: { value: 6, unit: 'months' }, max: { value: 15, unit: 'years' } },
  fine: { min: 1_000_000, max: 24_000_000, currency: 'KHR' },
  combination: null,
  note: {
    en: 'The range across arts 21–26 as a group; the penalty of each article is not given.',
    km: 'ជាចន្លោះទោសសម្រាប់មាត្រា ២១–២៦ ទាំងមូល; ប្រភពមិនបានផ្ដល់ទោសនៃមាត្រានីមួយៗទេ។',
  },
  source: 'NS2019',
};

const GROUP_ORDER: SourcedNote = {
  source: 'NS2019',
  text: {
    en: 'The source lists illegal access, data espionage, illegal interception, unauthorised data transfer and system interference, in this order, for arts 21–26; only art 23 is pinned to a number.',
    km: 'ប្រភពរៀបរាប់ការចូលប្រើដោយខុសច្បាប់ ចារកម្មទិន្នន័យ ការស្ទាក់ចាប់ដោយខុសច្បាប់ ការផ្ទេរទិន្នន័យដោយគ្មានការអនុញ្ញាត និងការរំខានប្រព័ន្ធ តាមលំដាប់នេះ សម្រាប់មាត្រា ២១–២៦; មានតែមាត្រា ២៣ ប៉ុណ្ណោះដែលត្រូវបានកំណត់លេខច្បាស់។',
  },
};

const FROM_AIC: Verification = {
  verifiedAgainstOfficialText: false,
  statements: [
    {
      source: 'AIC',
      text: {
        en: 'Known only from industry comments on the draft; no draft text was available.',
        km: 'ដឹងតែពីមតិយោបល់របស់ឧស្សាហកម្មលើសេចក្ដីព្រាងប៉ុណ្ណោះ; គ្មានអត្ថបទសេចក្ដីព្រាងទេ។',
      },
    },
  ],
};

export const DRAFT_CYBERCRIME_LAW_V1: InstrumentProvisions = {
  instrumentId: 'kh-draft-cybercrime-law-v1',
  provisions: [
    {
      id: 'kh-draft-ccl-v1-art-1',
      article: '1',
      kind: 'general',
      title: { en: 'Purpose', km: 'គោលបំណង' },
      verification: AS_REPORTED,
    },
    {
      id: 'kh-draft-ccl-v1-art-2',
      article: '2',
      kind: 'general',
      title: { en: 'Objective and scope', km: 'គោលដៅ និងវិសាលភាព' },
      verification: AS_REPORTED,
    },
    {
      id: 'kh-draft-ccl-v1-art-3',
      article: '3',
      kind: 'jurisdiction',
      title: {
        en: 'Extraterritorial scope (per industry comments)',
        km: 'វិសាលភាពក្រៅដែនដី (តាមមតិយោបល់របស់ឧស្សាហកម្ម)',
      },
      notes: [
        {
          source: 'AIC',
          text: {
            en: "Industry comments criticised art 3 for extending the law beyond Cambodia's territory without a mechanism to enforce it.",
            km: 'មតិយោបល់របស់ឧស្សាហកម្មបានរិះគន់មាត្រា ៣ ដែលពង្រីកវិសាលភាពច្បាប់ហួសពីទឹកដីកម្ពុជា ដោយគ្មានយន្តការសម្រាប់អនុវត្ត។',
          },
        },
      ],
      verification: FROM_AIC,
    },
    {
      id: 'kh-draft-ccl-v1-art-7',
      article: '7',
      kind: 'institution',
      title: {
        en: 'National Anti-Cybercrime Committee (NACC)',
        km: 'គណៈកម្មាធិការជាតិប្រយុទ្ធប្រឆាំងបទល្មើសតាមប្រព័ន្ធបច្ចេកវិទ្យា (NACC)',
      },
      summary: {
        en: 'Establishes the National Anti-Cybercrime Committee.',
        km: 'បង្កើតគណៈកម្មាធិការជាតិប្រយុទ្ធប្រឆាំងបទល្មើសតាមប្រព័ន្ធបច្ចេកវិទ្យា។',
      },
      budapest: [{ article: 35, match: 'candidate' }],
      gapNotes: [
        {
          budapestArticles: [35],
          element: 'coverage',
          status: 'unconfirmed',
          source: 'COE-185',
          text: {
            en: 'Convention art 35 requires a point of contact available 24 hours a day, 7 days a week, with trained and equipped staff, for immediate assistance; the sources name the NACC only as a candidate body and do not say it would have this role.',
            km: 'អនុសញ្ញា មាត្រា ៣៥ តម្រូវឱ្យមានចំណុចទំនាក់ទំនងដែលអាចទាក់ទងបាន ២៤ ម៉ោងក្នុងមួយថ្ងៃ ៧ ថ្ងៃក្នុងមួយសប្ដាហ៍ ដោយមានបុគ្គលិកដែលបានបណ្ដុះបណ្ដាល និងមានឧបករណ៍គ្រប់គ្រាន់ សម្រាប់ជំនួយភ្លាមៗ; ប្រភពដាក់ឈ្មោះ NACC ត្រឹមតែជាស្ថាប័នដែលអាចទទួលតួនាទីនេះ ហើយមិនបាននិយាយថា វានឹងមានតួនាទីនេះទេ។',
          },
        },
      ],
      verification: AS_REPORTED,
    },
    {
      id: 'kh-draft-ccl-v1-art-17',
      article: '17',
      kind: 'procedure',
      title: {
        en: 'Expedited preservation of data, ordered by the prosecutor',
        km: 'ការរក្សាទុកទិន្នន័យជាបន្ទាន់ តាមដីកាបង្គាប់របស់ព្រះរាជអាជ្ញា',
      },
      powers: [
        {
          id: 'preserve',
          authority: { en: 'Prosecutor', km: 'ព្រះរាជអាជ្ញា' },
          text: {
            en: 'Order the expedited preservation of data (duration not given in the sources)',
            km: 'បង្គាប់ឱ្យរក្សាទុកទិន្នន័យជាបន្ទាន់ (ប្រភពមិនបានផ្ដល់រយៈពេលទេ)',
          },
          days: null,
        },
      ],
      budapest: [
        { article: 16, match: 'mapped' },
        { article: 17, match: 'mapped' },
      ],
      gapNotes: [
        {
          budapestArticles: [16],
          element: 'duration',
          status: 'unconfirmed',
          source: 'COE-185',
          text: {
            en: 'Convention art 16 limits preservation to at most 90 days, renewable; the sources do not give the duration in draft art 17.',
            km: 'អនុសញ្ញា មាត្រា ១៦ កំណត់ការរក្សាទុកមិនឱ្យលើសពី ៩០ ថ្ងៃ ដែលអាចបន្តបាន; ប្រភពមិនបានផ្ដល់រយៈពេលនៅក្នុងមាត្រា ១៧ នៃសេចក្ដីព្រាងទេ។',
          },
        },
        {
          budapestArticles: [15],
          element: 'safeguards',
          status: 'unconfirmed',
          source: 'COE-185',
          text: {
            en: 'Convention art 15 subjects these powers to safeguards: proportionality, judicial or other independent supervision, grounds for their use, and limits on scope and duration; the sources do not say which of these draft art 17 provides.',
            km: 'អនុសញ្ញា មាត្រា ១៥ តម្រូវឱ្យអំណាចទាំងនេះស្ថិតក្រោមការការពារ៖ គោលការណ៍សមាមាត្រ ការត្រួតពិនិត្យដោយតុលាការ ឬស្ថាប័នឯករាជ្យផ្សេងទៀត មូលហេតុនៃការប្រើប្រាស់ និងការកំណត់វិសាលភាព និងរយៈពេល; ប្រភពមិនបាននិយាយថា មាត្រា ១៧ នៃសេចក្ដីព្រាងផ្ដល់ការការពារណាមួយក្នុងចំណោមនេះទេ។',
          },
        },
        {
          budapestArticles: [17],
          element: 'coverage',
          status: 'unconfirmed',
          source: 'COE-185',
          text: {
            en: 'Convention art 17 also requires quick partial disclosure of traffic data to identify the service providers and the path of a communication; the sources do not say whether draft art 17 provides it.',
            km: 'អនុសញ្ញា មាត្រា ១៧ ក៏តម្រូវឱ្យមានការបង្ហាញជាបន្ទាន់ដោយផ្នែកនូវទិន្នន័យចរាចរណ៍ ដើម្បីកំណត់អត្តសញ្ញាណអ្នកផ្ដល់សេវា និងផ្លូវនៃការទំនាក់ទំនងដែរ; ប្រភពមិនបាននិយាយថា មាត្រា ១៧ នៃសេចក្ដីព្រាងផ្ដល់ការនេះឬអត់ទេ។',
          },
        },
      ],
      verification: AS_REPORTED,
    },
    {
      id: 'kh-draft-ccl-v1-art-21-26',
      article: '21–26',
      articleNote: GROUP_ORDER.text,
      kind: 'offence',
      title: {
        en: 'Offences against computer data and systems (group)',
        km: 'បទល្មើសប្រឆាំងនឹងទិន្នន័យ និងប្រព័ន្ធកុំព្យូទ័រ (ក្រុម)',
      },
      elements: [
        { id: 'access', text: { en: 'Illegal access', km: 'ការចូលប្រើដោយខុសច្បាប់' } },
        { id: 'espionage', text: { en: 'Data espionage', km: 'ចារកម្មទិន្នន័យ' } },
        {
          id: 'interception',
          text: { en: 'Illegal interception (art 23)', km: 'ការស្ទាក់ចាប់ដោយខុសច្បាប់ (មាត្រា ២៣)' },
        },
        {
          id: 'transfer',
          text: { en: 'Unauthorised data transfer', km: 'ការផ្ទេរទិន្នន័យដោយគ្មានការអនុញ្ញាត' },
        },
        { id: 'system', text: { en: 'System interference', km: 'ការរំខានប្រព័ន្ធ' } },
      ],
      penalty: GROUP_PENALTY,
      budapest: [
        { article: 4, match: 'mapped' },
        { article: 5, match: 'mapped' },
      ],
      verification: AS_REPORTED,
    },
    {
      id: 'kh-draft-ccl-v1-art-21',
      article: '21',
      articleNote: {
        en: "Numbered 21 in the reference's mapping table; the source pins only art 23 to a number, so check the numbering.",
        km: 'ត្រូវបានដាក់លេខ ២១ នៅក្នុងតារាងផ្គូផ្គងយោង; ប្រភពកំណត់លេខច្បាស់តែមាត្រា ២៣ ប៉ុណ្ណោះ ដូច្នេះត្រូវពិនិត្យលេខមាត្រា។',
      },
      kind: 'offence',
      title: { en: 'Illegal access', km: 'ការចូលប្រើដោយខុសច្បាប់' },
      elements: [
        {
          id: 'access',
          text: {
            en: 'Illegal access to a computer system (wording not given in the sources)',
            km: 'ការចូលប្រើប្រព័ន្ធកុំព្យូទ័រដោយខុសច្បាប់ (ប្រភពមិនបានផ្ដល់ពាក្យពេចន៍ទេ)',
          },
        },
      ],
      penalty: GROUP_PENALTY,
      budapest: [{ article: 2, match: 'mapped' }],
      verification: AS_REPORTED,
    },
    {
      id: 'kh-draft-ccl-v1-art-23',
      article: '23',
      kind: 'offence',
      title: { en: 'Illegal interception', km: 'ការស្ទាក់ចាប់ដោយខុសច្បាប់' },
      elements: [
        {
          id: 'intercept',
          text: {
            en: 'Illegal interception (wording not given in the sources)',
            km: 'ការស្ទាក់ចាប់ដោយខុសច្បាប់ (ប្រភពមិនបានផ្ដល់ពាក្យពេចន៍ទេ)',
          },
        },
      ],
      penalty: GROUP_PENALTY,
      budapest: [{ article: 3, match: 'mapped' }],
      notes: [
        {
          source: 'AIC',
          text: {
            en: 'Industry comments criticised art 23 as too broad.',
            km: 'មតិយោបល់របស់ឧស្សាហកម្មបានរិះគន់មាត្រា ២៣ ថាទូលំទូលាយពេក។',
          },
        },
      ],
      verification: AS_REPORTED,
    },
    {
      id: 'kh-draft-ccl-v1-art-24',
      article: '24',
      articleNote: {
        en: 'Within the arts 21–26 group; which of the listed subjects is art 24 is not given in the sources.',
        km: 'ស្ថិតក្នុងក្រុមមាត្រា ២១–២៦; ប្រភពមិនបានបញ្ជាក់ថា មាត្រា ២៤ ជាប្រធានបទណាមួយក្នុងចំណោមប្រធានបទដែលបានរៀបរាប់ទេ។',
      },
      kind: 'offence',
      title: {
        en: 'Offence of acting "without authorisation" (per industry comments)',
        km: 'បទល្មើសនៃការប្រព្រឹត្ត «ដោយគ្មានការអនុញ្ញាត» (តាមមតិយោបល់របស់ឧស្សាហកម្ម)',
      },
      elements: [
        {
          id: 'unauthorised',
          text: {
            en: 'Doing an act "without authorisation"',
            km: 'ការប្រព្រឹត្តអំពើ «ដោយគ្មានការអនុញ្ញាត»',
          },
        },
      ],
      intent: {
        requirements: ['without_authorisation'],
        note: {
          en: 'Industry comments: no clear intent requirement.',
          km: 'មតិយោបល់របស់ឧស្សាហកម្ម៖ គ្មានតម្រូវការចេតនាច្បាស់លាស់ទេ។',
        },
      },
      penalty: GROUP_PENALTY,
      gapNotes: [
        {
          budapestArticles: [2, 3, 4, 5],
          element: 'intent',
          status: 'lacking',
          source: 'AIC',
          text: {
            en: 'The Convention\'s offences against computer data and systems (arts 2–5) must be committed intentionally; industry comments say draft art 24 makes acting "without authorisation" an offence with no clear intent requirement, so it may reach more conduct than the Convention does.',
            km: 'បទល្មើសប្រឆាំងនឹងទិន្នន័យ និងប្រព័ន្ធកុំព្យូទ័រនៃអនុសញ្ញា (មាត្រា ២–៥) ត្រូវតែប្រព្រឹត្តដោយចេតនា; មតិយោបល់របស់ឧស្សាហកម្មថា មាត្រា ២៤ នៃសេចក្ដីព្រាង ចាត់ទុកការប្រព្រឹត្ត «ដោយគ្មានការអនុញ្ញាត» ជាបទល្មើស ដោយគ្មានតម្រូវការចេតនាច្បាស់លាស់ ដូច្នេះវាអាចគ្របដណ្ដប់លើអំពើច្រើនជាងអនុសញ្ញា។',
          },
        },
      ],
      verification: {
        verifiedAgainstOfficialText: false,
        statements: [...AS_REPORTED.statements, ...FROM_AIC.statements],
      },
    },
    {
      id: 'kh-draft-ccl-v1-art-28',
      article: '28',
      kind: 'offence',
      title: { en: 'Content offences', km: 'បទល្មើសទាក់ទងនឹងខ្លឹមសារ' },
      elements: [
        {
          id: 'content',
          text: {
            en: 'An offence concerning content (the conduct is not given in the sources)',
            km: 'បទល្មើសទាក់ទងនឹងខ្លឹមសារ (ប្រភពមិនបានផ្ដល់អំពើទេ)',
          },
        },
      ],
      penalty: {
        scope: 'provision',
        imprisonment: { min: { value: 1, unit: 'years' }, max: { value: 3, unit: 'years' } },
        fine: { min: 500, max: 1_500, currency: 'USD' },
        combination: null,
        note: null,
        source: 'NS2019',
      },
      budapest: [{ article: 9, match: 'partial' }],
      gapNotes: [
        {
          budapestArticles: [9],
          element: 'coverage',
          status: 'unconfirmed',
          source: 'NS2019',
          text: {
            en: 'A partial counterpart only. Convention art 9 covers producing for distribution, offering, making available, distributing, transmitting, procuring and possessing child sexual abuse material, a minor being under 18 (a Party may set 16); the sources give only "content offences", so which of these draft art 28 covers, and its age limit, cannot be confirmed.',
            km: 'ជាបទប្បញ្ញត្តិត្រូវគ្នាដោយផ្នែកប៉ុណ្ណោះ។ អនុសញ្ញា មាត្រា ៩ គ្របដណ្ដប់លើការផលិតដើម្បីចែកចាយ ការផ្ដល់ ការដាក់ឱ្យមាន ការចែកចាយ ការបញ្ជូន ការទិញយក និងការកាន់កាប់ សម្ភារៈរំលោភបំពានផ្លូវភេទលើកុមារ ដោយអនីតិជនគឺជាជនដែលមានអាយុក្រោម ១៨ ឆ្នាំ (ភាគីអាចកំណត់ ១៦ ឆ្នាំ); ប្រភពផ្ដល់តែពាក្យ «បទល្មើសទាក់ទងនឹងខ្លឹមសារ» ដូច្នេះមិនអាចបញ្ជាក់បានថា មាត្រា ២៨ នៃសេចក្ដីព្រាងគ្របដណ្ដប់លើអំពើណាខ្លះ និងកំណត់អាយុប៉ុន្មានទេ។',
          },
        },
      ],
      verification: AS_REPORTED,
    },
  ],
};
