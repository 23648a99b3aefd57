import type { CatalogueInput } from '../catalogue-input.ts';

export const INSTRUMENTS: CatalogueInput['instruments'] = [
  {
    id: 'kh-criminal-code-2009',
    jurisdiction: 'KH',
    status: 'in_force',
    title: {
      en: 'Criminal Code of the Kingdom of Cambodia (2009)',
      km: 'ក្រមព្រហ្មទណ្ឌនៃព្រះរាជាណាចក្រកម្ពុជា (ឆ្នាំ២០០៩)',
    },
    shortTitle: { en: 'Criminal Code 2009', km: 'ក្រមព្រហ្មទណ្ឌ ២០០៩' },
    citation: 'Royal Kram NS/RKM/1109/022, promulgated 30 November 2009',
    year: 2009,
    notes: [
      {
        source: 'NS2019',
        text: {
          en: 'The computer offences follow the French-law model of an "automated data processing system" (système de traitement automatisé de données), not the Convention\'s "computer system".',
          km: 'បទល្មើសកុំព្យូទ័រធ្វើតាមគំរូច្បាប់បារាំង «ប្រព័ន្ធដំណើរការទិន្នន័យស្វ័យប្រវត្តិ» (système de traitement automatisé de données) មិនមែនពាក្យ «ប្រព័ន្ធកុំព្យូទ័រ» របស់អនុសញ្ញាទេ។',
        },
      },
    ],
    verification: {
      verifiedAgainstOfficialText: false,
      statements: [
        {
          source: 'NS2019',
          text: {
            en: 'Article numbers, subjects and penalties as reported by Nguon & Srun (2019); not verified against the official Khmer text.',
            km: 'លេខមាត្រា ប្រធានបទ និងទោស តាមការរាយការណ៍របស់ Nguon & Srun (២០១៩); មិនទាន់បានផ្ទៀងផ្ទាត់ជាមួយអត្ថបទផ្លូវការជាភាសាខ្មែរទេ។',
          },
        },
        {
          source: 'KH-CC-EN',
          text: {
            en: 'English translations were located, but the texts of arts 317–320 and 427–432 could not be obtained; secondary sources confirm the article ranges and chapter titles only.',
            km: 'បានរកឃើញការបកប្រែជាភាសាអង់គ្លេស ប៉ុន្តែមិនអាចរកបានអត្ថបទនៃមាត្រា ៣១៧–៣២០ និង ៤២៧–៤៣២ ទេ; ប្រភពបន្ទាប់បន្សំបញ្ជាក់តែចន្លោះមាត្រា និងចំណងជើងជំពូកប៉ុណ្ណោះ។',
          },
        },
      ],
    },
  },
  {
    id: 'kh-telecommunications-law-2015',
    jurisdiction: 'KH',
    status: 'in_force',
    title: {
      en: 'Law on Telecommunications (2015)',
      km: 'ច្បាប់ស្ដីពីទូរគមនាគមន៍ (ឆ្នាំ២០១៥)',
    },
    shortTitle: { en: 'Telecommunications Law 2015', km: 'ច្បាប់ទូរគមនាគមន៍ ២០១៥' },
    citation: 'Promulgated December 2015',
    year: 2015,
    notes: [],
    verification: {
      verifiedAgainstOfficialText: false,
      statements: [
        {
          source: 'NS2019',
          text: {
            en: 'Articles cited by Nguon & Srun (2019); their subjects come from public commentary and are not verified against the official text.',
            km: 'មាត្រាដែល Nguon & Srun (២០១៩) បានដកស្រង់; ប្រធានបទរបស់វាមកពីការអត្ថាធិប្បាយជាសាធារណៈ ហើយមិនទាន់បានផ្ទៀងផ្ទាត់ជាមួយអត្ថបទផ្លូវការទេ។',
          },
        },
      ],
    },
  },
  {
    id: 'kh-draft-cybercrime-law-v1',
    jurisdiction: 'KH',
    status: 'draft',
    title: {
      en: 'Draft Cybercrime Law (version 1)',
      km: 'សេចក្ដីព្រាងច្បាប់ស្ដីពីបទល្មើសតាមប្រព័ន្ធបច្ចេកវិទ្យា (កំណែទី១)',
    },
    shortTitle: { en: 'Draft Cybercrime Law v1', km: 'សេចក្ដីព្រាងច្បាប់បទល្មើសតាមប្រព័ន្ធបច្ចេកវិទ្យា' },
    citation: null,
    year: null,
    notes: [
      {
        source: 'NS2019',
        text: {
          en: 'A draft: not enacted as of 2019. Its provisions are not law.',
          km: 'ជាសេចក្ដីព្រាង៖ មិនទាន់បានអនុម័តនៅឆ្នាំ ២០១៩ ទេ។ បទប្បញ្ញត្តិរបស់វាមិនទាន់ជាច្បាប់ទេ។',
        },
      },
    ],
    verification: {
      verifiedAgainstOfficialText: false,
      statements: [
        {
          source: 'NS2019',
          text: {
            en: 'Article numbers, subjects and penalties as reported by Nguon & Srun (2019) for version 1 of the draft; no draft text was available to check them.',
            km: 'លេខមាត្រា ប្រធានបទ និងទោស តាមការរាយការណ៍របស់ Nguon & Srun (២០១៩) សម្រាប់កំណែទី១ នៃសេចក្ដីព្រាង; គ្មានអត្ថបទសេចក្ដីព្រាងសម្រាប់ផ្ទៀងផ្ទាត់ទេ។',
          },
        },
      ],
    },
  },
  {
    id: 'kh-press-law-1995',
    jurisdiction: 'KH',
    status: 'in_force',
    title: { en: 'Press Law (1995)', km: 'ច្បាប់ស្ដីពីសារព័ត៌មាន (ឆ្នាំ១៩៩៥)' },
    shortTitle: { en: 'Press Law 1995', km: 'ច្បាប់សារព័ត៌មាន ១៩៩៥' },
    citation: null,
    year: 1995,
    notes: [
      {
        source: 'NS2019',
        text: {
          en: 'Defamation committed through the media falls under the Press Law rather than Criminal Code arts 305–308. The sources give no article of the Press Law, so none is listed here.',
          km: 'ការបរិហារកេរ្តិ៍ដែលប្រព្រឹត្តតាមរយៈប្រព័ន្ធផ្សព្វផ្សាយ ស្ថិតក្រោមច្បាប់ស្ដីពីសារព័ត៌មាន ជាជាងក្រមព្រហ្មទណ្ឌ មាត្រា ៣០៥–៣០៨។ ប្រភពមិនបានផ្ដល់មាត្រាណាមួយនៃច្បាប់ស្ដីពីសារព័ត៌មានទេ ដូច្នេះគ្មានមាត្រាណាមួយត្រូវបានរាយនៅទីនេះទេ។',
        },
      },
    ],
    verification: {
      verifiedAgainstOfficialText: false,
      statements: [
        {
          source: 'NS2019',
          text: {
            en: 'Known only from the remark that defamation through the media falls under it; no text was available.',
            km: 'ដឹងតែពីការកត់សម្គាល់ថា ការបរិហារកេរ្តិ៍តាមរយៈប្រព័ន្ធផ្សព្វផ្សាយស្ថិតក្រោមច្បាប់នេះប៉ុណ្ណោះ; គ្មានអត្ថបទទេ។',
          },
        },
      ],
    },
  },
  {
    id: 'coe-budapest-convention-185',
    jurisdiction: 'COE',
    status: 'treaty',
    title: {
      en: 'Council of Europe Convention on Cybercrime (Budapest Convention)',
      km: 'អនុសញ្ញាក្រុមប្រឹក្សាអឺរ៉ុបស្ដីពីឧក្រិដ្ឋកម្មតាមប្រព័ន្ធកុំព្យូទ័រ (អនុសញ្ញាប៊ុយដាប៉េស្ដ)',
    },
    shortTitle: { en: 'Budapest Convention', km: 'អនុសញ្ញាប៊ុយដាប៉េស្ដ' },
    citation: 'ETS No. 185, Budapest, 23.XI.2001',
    year: 2001,
    notes: [
      {
        source: 'COE-185',
        text: {
          en: "Whether Cambodia has signed or acceded is not established from the sources: check the Council of Europe's chart of signatures and ratifications for treaty 185.",
          km: 'ប្រភពមិនបានបញ្ជាក់ថា កម្ពុជាបានចុះហត្ថលេខា ឬចូលជាភាគីហើយឬនៅទេ៖ សូមពិនិត្យតារាងហត្ថលេខា និងការផ្ដល់សច្ចាប័នរបស់ក្រុមប្រឹក្សាអឺរ៉ុប សម្រាប់សន្ធិសញ្ញាលេខ ១៨៥។',
        },
      },
      {
        source: 'COE-185',
        text: {
          en: 'The First Additional Protocol (ETS 189, 2003) covers racist and xenophobic acts; the Second Additional Protocol (CETS 224, 2022) adds direct co-operation with service providers, expedited disclosure in emergencies and joint investigations.',
          km: 'ពិធីសារបន្ថែមទីមួយ (ETS 189, ២០០៣) គ្របដណ្ដប់លើអំពើប្រកាន់ពូជសាសន៍ និងស្អប់ជនបរទេស; ពិធីសារបន្ថែមទីពីរ (CETS 224, ២០២២) បន្ថែមកិច្ចសហប្រតិបត្តិការដោយផ្ទាល់ជាមួយអ្នកផ្ដល់សេវា ការបង្ហាញទិន្នន័យជាបន្ទាន់ក្នុងគ្រាអាសន្ន និងការស៊ើបអង្កេតរួមគ្នា។',
        },
      },
    ],
    verification: {
      verifiedAgainstOfficialText: true,
      statements: [
        {
          source: 'COE-185',
          text: {
            en: 'Article numbers and titles as in the official treaty text; the summaries, elements and intent notes are our paraphrase, not the treaty wording.',
            km: 'លេខមាត្រា និងចំណងជើង ដូចក្នុងអត្ថបទផ្លូវការនៃសន្ធិសញ្ញា; សេចក្ដីសង្ខេប ធាតុផ្សំ និងកំណត់សម្គាល់អំពីចេតនា គឺជាការសរសេរឡើងវិញរបស់យើង មិនមែនពាក្យពេចន៍នៃសន្ធិសញ្ញាទេ។',
          },
        },
      ],
    },
  },
  {
    id: 'sg-computer-misuse-act-1993',
    jurisdiction: 'SG',
    status: 'foreign_law',
    title: {
      en: 'Computer Misuse Act 1993 (Singapore)',
      km: 'ច្បាប់ស្ដីពីការប្រើប្រាស់កុំព្យូទ័រខុសគោលបំណង ឆ្នាំ១៩៩៣ (សិង្ហបុរី)',
    },
    shortTitle: { en: 'Singapore CMA 1993', km: 'ច្បាប់ CMA សិង្ហបុរី ១៩៩៣' },
    citation: 'Computer Misuse Act 1993 (2020 Rev. Ed.)',
    year: 1993,
    notes: [
      {
        source: 'SG-CMA',
        text: {
          en: 'For comparison only: not law in Cambodia. Singapore uses "knowingly" and "without authority" rather than "without right". Sections 8A onwards (added 2017–2024) are not listed; check the current revised edition for numbering.',
          km: 'សម្រាប់ការប្រៀបធៀបតែប៉ុណ្ណោះ៖ មិនមែនជាច្បាប់នៅកម្ពុជាទេ។ សិង្ហបុរីប្រើពាក្យ «ដោយដឹង» និង «ដោយគ្មានសិទ្ធិអំណាច» ជំនួសឱ្យ «ដោយគ្មានសិទ្ធិ»។ មាត្រា 8A តទៅ (បន្ថែមពីឆ្នាំ ២០១៧–២០២៤) មិនត្រូវបានរាយទេ; សូមពិនិត្យលេខមាត្រានៅក្នុងការបោះពុម្ពកែសម្រួលចុងក្រោយ។',
        },
      },
    ],
    verification: {
      verifiedAgainstOfficialText: false,
      statements: [
        {
          source: 'SG-CMA',
          text: {
            en: 'Sections 3–8 and their base penalties summarised from Singapore Statutes Online (2020 Rev. Ed.); not re-checked against the current revised edition.',
            km: 'មាត្រា ៣–៨ និងទោសមូលដ្ឋាន សង្ខេបពី Singapore Statutes Online (ការបោះពុម្ពកែសម្រួលឆ្នាំ ២០២០); មិនទាន់បានពិនិត្យឡើងវិញជាមួយការបោះពុម្ពកែសម្រួលចុងក្រោយទេ។',
          },
        },
      ],
    },
  },
];
