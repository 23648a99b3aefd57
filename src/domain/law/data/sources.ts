import type { CatalogueInput } from '../catalogue-input.ts';

/** The works the catalogue's facts come from; see README.md beside this file. */
export const SOURCES: CatalogueInput['sources'] = [
  {
    id: 'COE-185',
    citation:
      'Council of Europe, Convention on Cybercrime, ETS No. 185, Budapest, 23.XI.2001, and its Explanatory Report',
    url: 'https://rm.coe.int/1680081561',
    terms: {
      en: 'Public treaty text of the Council of Europe. Article numbers and titles as in the treaty; summaries and elements are our own words.',
      km: 'អត្ថបទសន្ធិសញ្ញាសាធារណៈរបស់ក្រុមប្រឹក្សាអឺរ៉ុប។ លេខមាត្រា និងចំណងជើង ដូចក្នុងសន្ធិសញ្ញា; សេចក្ដីសង្ខេប និងធាតុផ្សំ ជាពាក្យពេចន៍របស់យើង។',
    },
  },
  {
    id: 'NS2019',
    citation:
      'S. Nguon and S. Srun, "Cambodia v. Hackers: Balancing Security and Liberty in Cybercrime Law" (Konrad-Adenauer-Stiftung, 2019); Khmer Times, "Malaysia to help Cambodia combat cyber threats" (2019)',
    url: null,
    terms: {
      en: 'Facts the publication reports, summarised in our own words. Not checked against the official Khmer text.',
      km: 'ការពិតដែលឯកសារនេះរាយការណ៍ សង្ខេបតាមពាក្យពេចន៍របស់យើង។ មិនទាន់បានផ្ទៀងផ្ទាត់ជាមួយអត្ថបទផ្លូវការជាភាសាខ្មែរទេ។',
    },
  },
  {
    id: 'KH-CC-EN',
    citation:
      'English translations of the Criminal Code of the Kingdom of Cambodia (2009) (Equipo Nizkor; Scribd 484418039), and S. Nguon, master thesis, Tallinn University of Technology, 2017, §2.1.1',
    url: 'https://derechos.org/intlaw/doc/khm1.html',
    terms: {
      en: 'Used only to confirm article ranges and chapter titles; the texts of arts 317–320 and 427–432 could not be obtained.',
      km: 'ប្រើសម្រាប់តែបញ្ជាក់ចន្លោះមាត្រា និងចំណងជើងជំពូកប៉ុណ្ណោះ; មិនអាចរកបានអត្ថបទនៃមាត្រា ៣១៧–៣២០ និង ៤២៧–៤៣២ ទេ។',
    },
  },
  {
    id: 'AIC',
    citation: 'Asia Internet Coalition, "AIC Comments on the Draft Cybercrime Law for Cambodia"',
    url: 'https://asiainternetcoalition.org',
    terms: {
      en: 'Industry commentary on draft arts 3, 23 and 24, summarised in our own words.',
      km: 'ការអត្ថាធិប្បាយរបស់ឧស្សាហកម្មលើមាត្រា ៣ ២៣ និង ២៤ នៃសេចក្ដីព្រាង សង្ខេបតាមពាក្យពេចន៍របស់យើង។',
    },
  },
  {
    id: 'SG-CMA',
    citation:
      'Singapore Computer Misuse Act 1993 (2020 Rev. Ed.), Singapore Statutes Online; Computer Misuse (Amendment) Act 1998 (No. 21 of 1998)',
    url: 'https://sso.agc.gov.sg/Act/CMA1993',
    terms: {
      en: 'Official statute site; section titles and base penalties summarised in our own words.',
      km: 'គេហទំព័រច្បាប់ផ្លូវការ; ចំណងជើងមាត្រា និងទោសមូលដ្ឋាន សង្ខេបតាមពាក្យពេចន៍របស់យើង។',
    },
  },
];
