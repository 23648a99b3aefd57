import type { OffenceThemeInput } from '../catalogue-input.ts';

/**
 * The reference's "Suggested mapping, Budapest → Cambodian provisions" (offences.md § B), one
 * theme per Convention offence, plus speech, which the Convention does not cover (so the
 * product says so instead of staying silent). Provisions are listed in force first, then
 * draft, then the Convention article.
 */
export const OFFENCE_THEMES: readonly OffenceThemeInput[] = [
  {
    id: 'illegal_access',
    label: { en: 'illegal access', km: 'ការចូលប្រើដោយខុសច្បាប់' },
    articles: [2],
    provisions: ['kh-cc-2009-art-427', 'kh-draft-ccl-v1-art-21', 'coe-185-art-2'],
  },
  {
    id: 'illegal_interception',
    label: { en: 'illegal interception', km: 'ការស្ទាក់ចាប់ដោយខុសច្បាប់' },
    articles: [3],
    provisions: ['kh-cc-2009-art-317-320', 'kh-draft-ccl-v1-art-23', 'coe-185-art-3'],
  },
  {
    id: 'data_interference',
    label: { en: 'data interference', km: 'ការរំខានទិន្នន័យ' },
    articles: [4],
    provisions: [
      'kh-cc-2009-art-429',
      'kh-cc-2009-art-427',
      'kh-draft-ccl-v1-art-21-26',
      'coe-185-art-4',
    ],
  },
  {
    id: 'system_interference',
    label: { en: 'system interference', km: 'ការរំខានប្រព័ន្ធ' },
    articles: [5],
    provisions: ['kh-cc-2009-art-428', 'kh-draft-ccl-v1-art-21-26', 'coe-185-art-5'],
  },
  {
    id: 'misuse_of_devices',
    label: { en: 'misuse of devices', km: 'ការប្រើប្រាស់ឧបករណ៍ខុសគោលបំណង' },
    articles: [6],
    provisions: ['kh-cc-2009-art-430', 'coe-185-art-6'],
    notes: [
      {
        code: 'devices_partial',
        text: {
          en: 'Misuse of devices: Criminal Code art 430 is a partial counterpart only, and the sources give none in the draft law.',
          km: 'ការប្រើប្រាស់ឧបករណ៍ខុសគោលបំណង៖ ក្រមព្រហ្មទណ្ឌ មាត្រា ៤៣០ ត្រូវគ្នាតែដោយផ្នែកប៉ុណ្ណោះ ហើយប្រភពមិនបានផ្ដល់បទប្បញ្ញត្តិណាមួយនៅក្នុងសេចក្ដីព្រាងច្បាប់ទេ។',
        },
      },
    ],
  },
  {
    id: 'forgery_fraud',
    label: {
      en: 'computer-related forgery or fraud',
      km: 'ការក្លែងបន្លំ ឬការឆបោកទាក់ទងនឹងកុំព្យូទ័រ',
    },
    articles: [7, 8],
    provisions: ['kh-cc-2009-general-fraud-forgery', 'coe-185-art-7', 'coe-185-art-8'],
    notes: [
      {
        code: 'fraud_not_in_sources',
        text: {
          en: "Fraud and forgery: the Criminal Code's general forgery and fraud offences are the likely counterparts, but they are not in the sources; their articles, elements and penalties must be looked up in the official text.",
          km: 'ការឆបោក និងការក្លែងបន្លំ៖ បទល្មើសទូទៅស្ដីពីការក្លែងបន្លំ និងការឆបោកនៃក្រមព្រហ្មទណ្ឌ ទំនងជាបទប្បញ្ញត្តិត្រូវគ្នា ប៉ុន្តែមិនមាននៅក្នុងប្រភពទេ; ត្រូវស្វែងរកមាត្រា ធាតុផ្សំ និងទោសរបស់វានៅក្នុងអត្ថបទផ្លូវការ។',
        },
      },
    ],
  },
  {
    id: 'child_abuse_material',
    label: { en: 'child sexual abuse material', km: 'សម្ភារៈរំលោភបំពានផ្លូវភេទលើកុមារ' },
    articles: [9],
    provisions: ['kh-draft-ccl-v1-art-28', 'coe-185-art-9'],
    notes: [
      {
        code: 'csam_not_in_force',
        text: {
          en: 'Child sexual abuse material: the sources give no provision in force, and the draft law’s art 28 covers it only in part.',
          km: 'សម្ភារៈរំលោភបំពានផ្លូវភេទលើកុមារ៖ ប្រភពមិនបានផ្ដល់បទប្បញ្ញត្តិជាធរមានណាមួយទេ ហើយមាត្រា ២៨ នៃសេចក្ដីព្រាងច្បាប់គ្របដណ្ដប់តែដោយផ្នែកប៉ុណ្ណោះ។',
        },
      },
    ],
  },
  {
    id: 'copyright',
    label: { en: 'copyright infringement', km: 'ការរំលោភសិទ្ធិអ្នកនិពន្ធ' },
    articles: [10],
    provisions: ['coe-185-art-10'],
    notes: [
      {
        code: 'copyright_not_in_sources',
        text: {
          en: 'Copyright: no Cambodian provision is in the sources.',
          km: 'សិទ្ធិអ្នកនិពន្ធ៖ គ្មានបទប្បញ្ញត្តិកម្ពុជាណាមួយនៅក្នុងប្រភពទេ។',
        },
      },
    ],
  },
  {
    id: 'speech',
    label: {
      en: 'speech and content offences',
      km: 'បទល្មើសទាក់ទងនឹងការបញ្ចេញមតិ និងខ្លឹមសារ',
    },
    articles: [],
    provisions: ['kh-cc-2009-art-305-308', 'kh-draft-ccl-v1-art-28'],
    notes: [
      {
        code: 'speech_not_in_convention',
        text: {
          en: 'Speech: the Convention has no offence for speech other than child sexual abuse material (art 9); racist and xenophobic acts are in its First Additional Protocol (ETS 189). Defamation through the media falls under the Press Law (1995), whose articles are not in the sources.',
          km: 'ការបញ្ចេញមតិ៖ អនុសញ្ញាមិនមានបទល្មើសទាក់ទងនឹងការបញ្ចេញមតិទេ លើកលែងតែសម្ភារៈរំលោភបំពានផ្លូវភេទលើកុមារ (មាត្រា ៩); អំពើប្រកាន់ពូជសាសន៍ និងស្អប់ជនបរទេស មាននៅក្នុងពិធីសារបន្ថែមទីមួយ (ETS 189)។ ការបរិហារកេរ្តិ៍តាមរយៈប្រព័ន្ធផ្សព្វផ្សាយ ស្ថិតក្រោមច្បាប់ស្ដីពីសារព័ត៌មាន (ឆ្នាំ១៩៩៥) ដែលមាត្រារបស់វាមិនមាននៅក្នុងប្រភពទេ។',
        },
      },
    ],
  },
];
