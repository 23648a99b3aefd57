import type { BudapestSupplement } from '../catalogue-input.ts';

/*
 * What the catalogue adds to budapest-convention-articles.json for each Convention article:
 * the Khmer title (our translation), a summary in both languages (offences.md § A, our own
 * words), the conduct elements of the offences, and the powers of the procedural articles.
 */

const competentAuthority = { en: 'Competent authority', km: 'អាជ្ញាធរមានសមត្ថកិច្ច' };
const requestedParty = { en: 'Requested Party', km: 'ភាគីដែលត្រូវបានស្នើសុំ' };

export const BUDAPEST_SUPPLEMENT: Readonly<Record<number, BudapestSupplement>> = {
  2: {
    title: { km: 'ការចូលប្រើដោយខុសច្បាប់' },
    summary: {
      en: 'Accessing the whole or part of a computer system without right.',
      km: 'ការចូលប្រើប្រព័ន្ធកុំព្យូទ័រទាំងមូល ឬផ្នែកណាមួយ ដោយគ្មានសិទ្ធិ។',
    },
    elements: [
      {
        id: 'access',
        text: {
          en: 'Accessing the whole or any part of a computer system',
          km: 'ការចូលប្រើប្រព័ន្ធកុំព្យូទ័រទាំងមូល ឬផ្នែកណាមួយ',
        },
      },
    ],
    intentNote: {
      en: 'A Party may also require infringing security measures, intent to obtain data or other dishonest intent, or that the system is connected to another system.',
      km: 'ភាគីអាចតម្រូវបន្ថែមនូវការបំបែកវិធានការសុវត្ថិភាព ចេតនាទទួលបានទិន្នន័យ ឬចេតនាទុច្ចរិតផ្សេងទៀត ឬលក្ខខណ្ឌថាប្រព័ន្ធនោះភ្ជាប់ទៅប្រព័ន្ធផ្សេងទៀត។',
    },
  },
  3: {
    title: { km: 'ការស្ទាក់ចាប់ដោយខុសច្បាប់' },
    summary: {
      en: 'Intercepting by technical means non-public transmissions of computer data to, from or within a computer system, including electromagnetic emissions.',
      km: 'ការស្ទាក់ចាប់ដោយមធ្យោបាយបច្ចេកទេស នូវការបញ្ជូនទិន្នន័យកុំព្យូទ័រមិនមែនសាធារណៈ ទៅកាន់ ពី ឬនៅក្នុងប្រព័ន្ធកុំព្យូទ័រ រួមទាំងការបញ្ចេញរលកអេឡិចត្រូម៉ាញេទិច។',
    },
    elements: [
      {
        id: 'intercept',
        text: { en: 'Intercepting by technical means', km: 'ការស្ទាក់ចាប់ដោយមធ្យោបាយបច្ចេកទេស' },
      },
      {
        id: 'transmission',
        text: {
          en: 'Non-public transmissions of computer data to, from or within a computer system, including electromagnetic emissions',
          km: 'ការបញ្ជូនទិន្នន័យកុំព្យូទ័រមិនមែនសាធារណៈ ទៅកាន់ ពី ឬនៅក្នុងប្រព័ន្ធកុំព្យូទ័រ រួមទាំងការបញ្ចេញរលកអេឡិចត្រូម៉ាញេទិច',
        },
      },
    ],
    intentNote: {
      en: 'A Party may require dishonest intent, or that the system is connected to another system.',
      km: 'ភាគីអាចតម្រូវចេតនាទុច្ចរិត ឬលក្ខខណ្ឌថាប្រព័ន្ធនោះភ្ជាប់ទៅប្រព័ន្ធផ្សេងទៀត។',
    },
  },
  4: {
    title: { km: 'ការរំខានទិន្នន័យ' },
    summary: {
      en: 'Damaging, deleting, deteriorating, altering or suppressing computer data without right.',
      km: 'ការធ្វើឱ្យខូចខាត ការលុប ការធ្វើឱ្យខូចគុណភាព ការកែប្រែ ឬការបំបាត់ទិន្នន័យកុំព្យូទ័រ ដោយគ្មានសិទ្ធិ។',
    },
    elements: [
      {
        id: 'interfere',
        text: {
          en: 'Damaging, deleting, deteriorating, altering or suppressing computer data',
          km: 'ការធ្វើឱ្យខូចខាត ការលុប ការធ្វើឱ្យខូចគុណភាព ការកែប្រែ ឬការបំបាត់ទិន្នន័យកុំព្យូទ័រ',
        },
      },
    ],
    intentNote: {
      en: 'A Party may reserve the right to require serious harm.',
      km: 'ភាគីអាចរក្សាសិទ្ធិតម្រូវឱ្យមានការខូចខាតធ្ងន់ធ្ងរ។',
    },
  },
  5: {
    title: { km: 'ការរំខានប្រព័ន្ធ' },
    summary: {
      en: 'Seriously hindering the functioning of a computer system by inputting, transmitting, damaging, deleting, deteriorating, altering or suppressing computer data.',
      km: 'ការរារាំងយ៉ាងធ្ងន់ធ្ងរដល់ដំណើរការនៃប្រព័ន្ធកុំព្យូទ័រ ដោយការបញ្ចូល ការបញ្ជូន ការធ្វើឱ្យខូចខាត ការលុប ការធ្វើឱ្យខូចគុណភាព ការកែប្រែ ឬការបំបាត់ទិន្នន័យកុំព្យូទ័រ។',
    },
    elements: [
      {
        id: 'hinder',
        text: {
          en: 'Seriously hindering the functioning of a computer system',
          km: 'ការរារាំងយ៉ាងធ្ងន់ធ្ងរដល់ដំណើរការនៃប្រព័ន្ធកុំព្យូទ័រ',
        },
      },
      {
        id: 'means',
        text: {
          en: 'By inputting, transmitting, damaging, deleting, deteriorating, altering or suppressing computer data',
          km: 'ដោយការបញ្ចូល ការបញ្ជូន ការធ្វើឱ្យខូចខាត ការលុប ការធ្វើឱ្យខូចគុណភាព ការកែប្រែ ឬការបំបាត់ទិន្នន័យកុំព្យូទ័រ',
        },
      },
    ],
    intentNote: {
      en: 'The hindering must be serious.',
      km: 'ការរារាំងត្រូវតែមានលក្ខណៈធ្ងន់ធ្ងរ។',
    },
  },
  6: {
    title: { km: 'ការប្រើប្រាស់ឧបករណ៍ខុសគោលបំណង' },
    summary: {
      en: 'Producing, selling, procuring for use, importing, distributing or making available devices or programs designed for, or passwords or access codes enabling, offences under arts 2–5, and possessing them with that intent.',
      km: 'ការផលិត ការលក់ ការទិញយកមកប្រើ ការនាំចូល ការចែកចាយ ឬការដាក់ឱ្យប្រើប្រាស់ នូវឧបករណ៍ ឬកម្មវិធីដែលរចនាឡើងសម្រាប់ ឬពាក្យសម្ងាត់ ឬលេខកូដចូលប្រើដែលអាចឱ្យប្រព្រឹត្ត បទល្មើសតាមមាត្រា ២–៥ និងការកាន់កាប់វាក្នុងចេតនានោះ។',
    },
    elements: [
      {
        id: 'deal',
        text: {
          en: 'Producing, selling, procuring for use, importing, distributing or otherwise making available a device or program designed for, or a password or access code enabling, an offence under arts 2–5',
          km: 'ការផលិត ការលក់ ការទិញយកមកប្រើ ការនាំចូល ការចែកចាយ ឬការដាក់ឱ្យប្រើប្រាស់តាមវិធីផ្សេង នូវឧបករណ៍ ឬកម្មវិធីដែលរចនាឡើងសម្រាប់ ឬពាក្យសម្ងាត់ ឬលេខកូដចូលប្រើដែលអាចឱ្យប្រព្រឹត្ត បទល្មើសតាមមាត្រា ២–៥',
        },
      },
      {
        id: 'possess',
        text: {
          en: 'Or possessing such an item, with intent that it be used for an offence under arts 2–5',
          km: 'ឬការកាន់កាប់វត្ថុបែបនេះ ក្នុងចេតនាឱ្យវាត្រូវបានប្រើដើម្បីប្រព្រឹត្តបទល្មើសតាមមាត្រា ២–៥',
        },
      },
    ],
    intentNote: {
      en: 'Plus intent that the item be used for an offence under arts 2–5. Not criminal when for authorised testing or protection of a system (6(2)); a reservation is possible (6(3)).',
      km: 'បន្ថែមលើចេតនាថា វត្ថុនោះនឹងត្រូវប្រើដើម្បីប្រព្រឹត្តបទល្មើសតាមមាត្រា ២–៥។ មិនមែនជាបទល្មើសទេ នៅពេលប្រើសម្រាប់ការធ្វើតេស្តដែលមានការអនុញ្ញាត ឬសម្រាប់ការការពារប្រព័ន្ធ (៦(២)); អាចធ្វើការកក់ទុកបាន (៦(៣))។',
    },
  },
  7: {
    title: { km: 'ការក្លែងបន្លំទាក់ទងនឹងកុំព្យូទ័រ' },
    summary: {
      en: 'Inputting, altering, deleting or suppressing computer data so that inauthentic data results, with the intent that it be acted upon for legal purposes as if authentic.',
      km: 'ការបញ្ចូល ការកែប្រែ ការលុប ឬការបំបាត់ទិន្នន័យកុំព្យូទ័រ ដែលបណ្ដាលឱ្យមានទិន្នន័យមិនពិត ក្នុងចេតនាឱ្យគេយកទៅប្រើសម្រាប់គោលបំណងផ្លូវច្បាប់ ដូចជាទិន្នន័យពិត។',
    },
    elements: [
      {
        id: 'act',
        text: {
          en: 'Inputting, altering, deleting or suppressing computer data',
          km: 'ការបញ្ចូល ការកែប្រែ ការលុប ឬការបំបាត់ទិន្នន័យកុំព្យូទ័រ',
        },
      },
      {
        id: 'result',
        text: { en: 'Resulting in inauthentic data', km: 'ដែលបណ្ដាលឱ្យមានទិន្នន័យមិនពិត' },
      },
      {
        id: 'purpose',
        text: {
          en: 'Intended to be considered or acted upon for legal purposes as if it were authentic',
          km: 'ក្នុងចេតនាឱ្យគេចាត់ទុក ឬយកទៅប្រើសម្រាប់គោលបំណងផ្លូវច្បាប់ ដូចជាទិន្នន័យពិត',
        },
      },
    ],
    intentNote: {
      en: 'A Party may require intent to defraud or similar dishonest intent.',
      km: 'ភាគីអាចតម្រូវចេតនាក្លែងបន្លំ ឬចេតនាទុច្ចរិតស្រដៀងគ្នា។',
    },
  },
  8: {
    title: { km: 'ការឆបោកទាក់ទងនឹងកុំព្យូទ័រ' },
    summary: {
      en: 'Causing a loss of property to another by any input, alteration, deletion or suppression of computer data or interference with a computer system, with fraudulent or dishonest intent of procuring an economic benefit without right.',
      km: 'ការបង្កការបាត់បង់ទ្រព្យសម្បត្តិដល់អ្នកដទៃ ដោយការបញ្ចូល ការកែប្រែ ការលុប ឬការបំបាត់ទិន្នន័យកុំព្យូទ័រ ឬការរំខានដល់ប្រព័ន្ធកុំព្យូទ័រ ក្នុងចេតនាក្លែងបន្លំ ឬទុច្ចរិត ដើម្បីទទួលបានផលប្រយោជន៍សេដ្ឋកិច្ចដោយគ្មានសិទ្ធិ។',
    },
    elements: [
      {
        id: 'act',
        text: {
          en: 'Any input, alteration, deletion or suppression of computer data, or interference with the functioning of a computer system',
          km: 'ការបញ្ចូល ការកែប្រែ ការលុប ឬការបំបាត់ទិន្នន័យកុំព្យូទ័រ ឬការរំខានដល់ដំណើរការនៃប្រព័ន្ធកុំព្យូទ័រ',
        },
      },
      {
        id: 'loss',
        text: {
          en: 'Causing a loss of property to another person',
          km: 'ដែលបង្កការបាត់បង់ទ្រព្យសម្បត្តិដល់អ្នកដទៃ',
        },
      },
    ],
    intentNote: {
      en: 'Fraudulent or dishonest intent of procuring, without right, an economic benefit for oneself or another is an element of the offence.',
      km: 'ចេតនាក្លែងបន្លំ ឬទុច្ចរិត ដើម្បីទទួលបានផលប្រយោជន៍សេដ្ឋកិច្ចសម្រាប់ខ្លួនឯង ឬអ្នកដទៃ ដោយគ្មានសិទ្ធិ គឺជាធាតុផ្សំនៃបទល្មើស។',
    },
  },
  9: {
    title: { km: 'បទល្មើសទាក់ទងនឹងរូបភាពអាសអាភាសកុមារ' },
    summary: {
      en: 'Producing for distribution, offering or making available, distributing or transmitting, procuring, or possessing child sexual abuse material through a computer system; a minor is a person under 18 (a Party may set an age not lower than 16).',
      km: 'ការផលិតដើម្បីចែកចាយ ការផ្ដល់ ឬការដាក់ឱ្យមាន ការចែកចាយ ឬការបញ្ជូន ការទិញយក ឬការកាន់កាប់ សម្ភារៈរំលោភបំពានផ្លូវភេទលើកុមារ តាមរយៈប្រព័ន្ធកុំព្យូទ័រ; អនីតិជន គឺជាជនដែលមានអាយុក្រោម ១៨ ឆ្នាំ (ភាគីអាចកំណត់អាយុមិនទាបជាង ១៦ ឆ្នាំ)។',
    },
    elements: [
      {
        id: 'acts',
        text: {
          en: 'Producing for distribution, offering or making available, distributing or transmitting, procuring, or possessing child sexual abuse material',
          km: 'ការផលិតដើម្បីចែកចាយ ការផ្ដល់ ឬការដាក់ឱ្យមាន ការចែកចាយ ឬការបញ្ជូន ការទិញយក ឬការកាន់កាប់ សម្ភារៈរំលោភបំពានផ្លូវភេទលើកុមារ',
        },
      },
      {
        id: 'means',
        text: { en: 'Through a computer system', km: 'តាមរយៈប្រព័ន្ធកុំព្យូទ័រ' },
      },
      {
        id: 'minor',
        text: {
          en: 'A minor is a person under 18 (a Party may set an age not lower than 16)',
          km: 'អនីតិជន គឺជាជនដែលមានអាយុក្រោម ១៨ ឆ្នាំ (ភាគីអាចកំណត់អាយុមិនទាបជាង ១៦ ឆ្នាំ)',
        },
      },
    ],
    intentNote: {
      en: 'Reservations are possible for some limbs.',
      km: 'អាចធ្វើការកក់ទុកបានសម្រាប់ផ្នែកខ្លះ។',
    },
  },
  10: {
    title: { km: 'បទល្មើសទាក់ទងនឹងការរំលោភសិទ្ធិអ្នកនិពន្ធ និងសិទ្ធិប្រហាក់ប្រហែល' },
    summary: {
      en: "Infringing copyright or related rights, as defined by the Party's law and treaties, wilfully, on a commercial scale and by means of a computer system; moral rights are excluded.",
      km: 'ការរំលោភសិទ្ធិអ្នកនិពន្ធ ឬសិទ្ធិប្រហាក់ប្រហែល ដូចដែលបានកំណត់ដោយច្បាប់ និងសន្ធិសញ្ញារបស់ភាគី ដោយចេតនា ក្នុងកម្រិតពាណិជ្ជកម្ម និងតាមរយៈប្រព័ន្ធកុំព្យូទ័រ; មិនរាប់បញ្ចូលសិទ្ធិសីលធម៌ទេ។',
    },
    elements: [
      {
        id: 'infringe',
        text: {
          en: "Infringing copyright or related rights as defined by the Party's law and treaties",
          km: 'ការរំលោភសិទ្ធិអ្នកនិពន្ធ ឬសិទ្ធិប្រហាក់ប្រហែល ដូចដែលបានកំណត់ដោយច្បាប់ និងសន្ធិសញ្ញារបស់ភាគី',
        },
      },
      {
        id: 'scale',
        text: {
          en: 'On a commercial scale and by means of a computer system',
          km: 'ក្នុងកម្រិតពាណិជ្ជកម្ម និងតាមរយៈប្រព័ន្ធកុំព្យូទ័រ',
        },
      },
    ],
    intentNote: {
      en: '"Wilfully, on a commercial scale"; the article does not use "without right".',
      km: '«ដោយចេតនា ក្នុងកម្រិតពាណិជ្ជកម្ម»; មាត្រានេះមិនប្រើពាក្យ «ដោយគ្មានសិទ្ធិ» ទេ។',
    },
  },
  11: {
    title: { km: 'ការប៉ុនប៉ង និងការជួយ ឬការញុះញង់' },
    summary: {
      en: 'Aiding or abetting any offence under arts 2–10; attempting an offence under arts 3, 4, 5, 7, 8, 9(1)(a) and (c).',
      km: 'ការជួយ ឬការញុះញង់ឱ្យប្រព្រឹត្តបទល្មើសណាមួយតាមមាត្រា ២–១០; ការប៉ុនប៉ងប្រព្រឹត្តបទល្មើសតាមមាត្រា ៣ ៤ ៥ ៧ ៨ ៩(១)(ក) និង (គ)។',
    },
    elements: [
      {
        id: 'aid',
        text: {
          en: 'Aiding or abetting an offence under arts 2–10',
          km: 'ការជួយ ឬការញុះញង់ឱ្យប្រព្រឹត្តបទល្មើសតាមមាត្រា ២–១០',
        },
      },
      {
        id: 'attempt',
        text: {
          en: 'Attempting an offence under arts 3, 4, 5, 7, 8, 9(1)(a) and (c)',
          km: 'ការប៉ុនប៉ងប្រព្រឹត្តបទល្មើសតាមមាត្រា ៣ ៤ ៥ ៧ ៨ ៩(១)(ក) និង (គ)',
        },
      },
    ],
    intentNote: {
      en: 'A Party may reserve the right not to apply the attempt limb.',
      km: 'ភាគីអាចរក្សាសិទ្ធិមិនអនុវត្តផ្នែកស្ដីពីការប៉ុនប៉ង។',
    },
  },
  12: {
    title: { km: 'ការទទួលខុសត្រូវរបស់នីតិបុគ្គល' },
    summary: {
      en: 'Legal persons are liable for Convention offences committed for their benefit by a person in a leading position, and where that person’s lack of supervision made the offence possible; the liability may be criminal, civil or administrative.',
      km: 'នីតិបុគ្គលត្រូវទទួលខុសត្រូវចំពោះបទល្មើសតាមអនុសញ្ញា ដែលប្រព្រឹត្តដើម្បីផលប្រយោជន៍របស់ខ្លួន ដោយជនដែលកាន់តំណែងដឹកនាំ និងនៅពេលដែលការខ្វះការត្រួតពិនិត្យរបស់ជននោះ បានធ្វើឱ្យបទល្មើសអាចកើតឡើង; ការទទួលខុសត្រូវនេះអាចជាព្រហ្មទណ្ឌ រដ្ឋប្បវេណី ឬរដ្ឋបាល។',
    },
  },
  13: {
    title: { km: 'ទណ្ឌកម្ម និងវិធានការ' },
    summary: {
      en: 'Sanctions must be effective, proportionate and dissuasive, including deprivation of liberty for natural persons; legal persons get criminal or non-criminal sanctions, including monetary sanctions.',
      km: 'ទណ្ឌកម្មត្រូវមានប្រសិទ្ធភាព សមាមាត្រ និងមានលក្ខណៈបង្ការ រួមទាំងការដកហូតសេរីភាពសម្រាប់រូបវន្តបុគ្គល; នីតិបុគ្គលទទួលទណ្ឌកម្មព្រហ្មទណ្ឌ ឬមិនមែនព្រហ្មទណ្ឌ រួមទាំងទណ្ឌកម្មជាប្រាក់។',
    },
  },
  14: {
    title: { km: 'វិសាលភាពនៃបទប្បញ្ញត្តិនីតិវិធី' },
    summary: {
      en: 'The procedural powers apply to Convention offences, to other offences committed by means of a computer system, and to collecting electronic evidence of any offence (arts 20–21 may be restricted by reservation).',
      km: 'អំណាចនីតិវិធីអនុវត្តចំពោះបទល្មើសតាមអនុសញ្ញា បទល្មើសផ្សេងទៀតដែលប្រព្រឹត្តតាមរយៈប្រព័ន្ធកុំព្យូទ័រ និងការប្រមូលភស្តុតាងអេឡិចត្រូនិកនៃបទល្មើសណាមួយ (មាត្រា ២០–២១ អាចត្រូវបានកម្រិតដោយការកក់ទុក)។',
    },
  },
  15: {
    title: { km: 'លក្ខខណ្ឌ និងការការពារ' },
    summary: {
      en: 'The powers are subject to domestic human-rights safeguards and proportionality, including judicial or other independent supervision, grounds justifying their use, and limits on their scope and duration.',
      km: 'អំណាចទាំងនេះស្ថិតក្រោមការការពារសិទ្ធិមនុស្សតាមច្បាប់ជាតិ និងគោលការណ៍សមាមាត្រ រួមទាំងការត្រួតពិនិត្យដោយតុលាការ ឬស្ថាប័នឯករាជ្យផ្សេងទៀត មូលហេតុសមរម្យសម្រាប់ការប្រើប្រាស់ និងការកំណត់វិសាលភាព និងរយៈពេល។',
    },
  },
  16: {
    title: { km: 'ការរក្សាទុកជាបន្ទាន់នូវទិន្នន័យកុំព្យូទ័រដែលបានផ្ទុក' },
    summary: {
      en: 'A competent authority can order or obtain the expeditious preservation of specified stored computer data, including traffic data, at risk of loss or modification, for up to 90 days (renewable); the custodian keeps it confidential.',
      km: 'អាជ្ញាធរមានសមត្ថកិច្ចអាចបង្គាប់ ឬទទួលបានការរក្សាទុកជាបន្ទាន់ នូវទិន្នន័យកុំព្យូទ័រដែលបានផ្ទុកជាក់លាក់ រួមទាំងទិន្នន័យចរាចរណ៍ ដែលប្រឈមនឹងហានិភ័យនៃការបាត់បង់ ឬការកែប្រែ រហូតដល់ ៩០ ថ្ងៃ (អាចបន្តបាន); អ្នកថែរក្សាត្រូវរក្សាការសម្ងាត់។',
    },
    powers: [
      {
        id: 'preserve',
        authority: competentAuthority,
        text: {
          en: 'Order the custodian to preserve specified stored data, and maintain its integrity',
          km: 'បង្គាប់អ្នកថែរក្សាឱ្យរក្សាទុកទិន្នន័យដែលបានផ្ទុកជាក់លាក់ និងថែរក្សាភាពត្រឹមត្រូវរបស់វា',
        },
        days: { min: null, max: 90, renewable: true },
      },
      {
        id: 'confidentiality',
        authority: competentAuthority,
        text: {
          en: 'Oblige the custodian to keep the preservation confidential',
          km: 'តម្រូវឱ្យអ្នកថែរក្សារក្សាការសម្ងាត់នៃការរក្សាទុកនោះ',
        },
        days: null,
      },
    ],
  },
  17: {
    title: { km: 'ការរក្សាទុកជាបន្ទាន់ និងការបង្ហាញដោយផ្នែកនូវទិន្នន័យចរាចរណ៍' },
    summary: {
      en: 'Preservation of traffic data however many service providers were involved, and quick disclosure of enough traffic data to identify the providers and the path of the communication.',
      km: 'ការរក្សាទុកទិន្នន័យចរាចរណ៍ ទោះបីមានអ្នកផ្ដល់សេវាប៉ុន្មានក៏ដោយដែលពាក់ព័ន្ធ និងការបង្ហាញជាបន្ទាន់នូវទិន្នន័យចរាចរណ៍គ្រប់គ្រាន់ ដើម្បីកំណត់អត្តសញ្ញាណអ្នកផ្ដល់សេវា និងផ្លូវនៃការទំនាក់ទំនង។',
    },
    powers: [
      {
        id: 'preserve-traffic',
        authority: competentAuthority,
        text: {
          en: 'Have traffic data preserved whichever service providers took part in the transmission',
          km: 'ធ្វើឱ្យទិន្នន័យចរាចរណ៍ត្រូវបានរក្សាទុក មិនថាអ្នកផ្ដល់សេវាណាបានចូលរួមក្នុងការបញ្ជូនទេ',
        },
        days: null,
      },
      {
        id: 'disclose-path',
        authority: competentAuthority,
        text: {
          en: 'Obtain quick disclosure of enough traffic data to identify the service providers and the path of the communication',
          km: 'ទទួលបានការបង្ហាញជាបន្ទាន់នូវទិន្នន័យចរាចរណ៍គ្រប់គ្រាន់ ដើម្បីកំណត់អត្តសញ្ញាណអ្នកផ្ដល់សេវា និងផ្លូវនៃការទំនាក់ទំនង',
        },
        days: null,
      },
    ],
  },
  18: {
    title: { km: 'ដីកាបង្គាប់ឱ្យផ្ដល់ទិន្នន័យ' },
    summary: {
      en: 'Order a person in the territory to submit specified computer data in their possession or control, and a service provider offering services in the territory to submit subscriber information.',
      km: 'បង្គាប់ជនដែលនៅក្នុងទឹកដី ឱ្យផ្ដល់ទិន្នន័យកុំព្យូទ័រជាក់លាក់ដែលស្ថិតក្នុងការកាន់កាប់ ឬការគ្រប់គ្រងរបស់ខ្លួន និងបង្គាប់អ្នកផ្ដល់សេវាដែលផ្ដល់សេវានៅក្នុងទឹកដី ឱ្យផ្ដល់ព័ត៌មានអតិថិជន។',
    },
    powers: [
      {
        id: 'produce-data',
        authority: competentAuthority,
        text: {
          en: 'Order a person in the territory to submit specified computer data in their possession or control',
          km: 'បង្គាប់ជនដែលនៅក្នុងទឹកដី ឱ្យផ្ដល់ទិន្នន័យកុំព្យូទ័រជាក់លាក់ដែលស្ថិតក្នុងការកាន់កាប់ ឬការគ្រប់គ្រងរបស់ខ្លួន',
        },
        days: null,
      },
      {
        id: 'subscriber-information',
        authority: competentAuthority,
        text: {
          en: 'Order a service provider offering services in the territory to submit subscriber information',
          km: 'បង្គាប់អ្នកផ្ដល់សេវាដែលផ្ដល់សេវានៅក្នុងទឹកដី ឱ្យផ្ដល់ព័ត៌មានអតិថិជន',
        },
        days: null,
      },
    ],
  },
  19: {
    title: { km: 'ការឆែកឆេរ និងការរឹបអូសទិន្នន័យកុំព្យូទ័រដែលបានផ្ទុក' },
    summary: {
      en: 'Search or access a computer system or storage medium, extend the search to a connected system in the territory, seize or similarly secure data, and order persons with knowledge of the system to assist.',
      km: 'ការឆែកឆេរ ឬការចូលប្រើប្រព័ន្ធកុំព្យូទ័រ ឬឧបករណ៍ផ្ទុកទិន្នន័យ ការពង្រីកការឆែកឆេរទៅប្រព័ន្ធដែលភ្ជាប់គ្នានៅក្នុងទឹកដី ការរឹបអូស ឬការធានាសុវត្ថិភាពទិន្នន័យ និងការបង្គាប់ជនដែលស្គាល់ប្រព័ន្ធឱ្យជួយ។',
    },
    powers: [
      {
        id: 'search',
        authority: competentAuthority,
        text: {
          en: 'Search or access a computer system or a storage medium, and extend the search to a connected system in the territory',
          km: 'ឆែកឆេរ ឬចូលប្រើប្រព័ន្ធកុំព្យូទ័រ ឬឧបករណ៍ផ្ទុកទិន្នន័យ និងពង្រីកការឆែកឆេរទៅប្រព័ន្ធដែលភ្ជាប់គ្នានៅក្នុងទឹកដី',
        },
        days: null,
      },
      {
        id: 'seize',
        authority: competentAuthority,
        text: {
          en: 'Seize or similarly secure data: copy it, preserve its integrity, render it inaccessible or remove it',
          km: 'រឹបអូស ឬធានាសុវត្ថិភាពទិន្នន័យ៖ ចម្លងវា ថែរក្សាភាពត្រឹមត្រូវរបស់វា ធ្វើឱ្យវាមិនអាចចូលប្រើបាន ឬដកវាចេញ',
        },
        days: null,
      },
      {
        id: 'assist',
        authority: competentAuthority,
        text: {
          en: 'Order persons with knowledge of the system to assist',
          km: 'បង្គាប់ជនដែលស្គាល់ប្រព័ន្ធឱ្យជួយ',
        },
        days: null,
      },
    ],
  },
  20: {
    title: { km: 'ការប្រមូលទិន្នន័យចរាចរណ៍ក្នុងពេលជាក់ស្ដែង' },
    summary: {
      en: 'Collect or record traffic data in real time by technical means, or compel a service provider, within its existing capability, to do so or to assist; providers must keep it confidential.',
      km: 'ការប្រមូល ឬការកត់ត្រាទិន្នន័យចរាចរណ៍ក្នុងពេលជាក់ស្ដែង ដោយមធ្យោបាយបច្ចេកទេស ឬការបង្ខំអ្នកផ្ដល់សេវា ក្នុងលទ្ធភាពដែលខ្លួនមានស្រាប់ ឱ្យធ្វើដូច្នោះ ឬជួយ; អ្នកផ្ដល់សេវាត្រូវរក្សាការសម្ងាត់។',
    },
    powers: [
      {
        id: 'collect-traffic',
        authority: competentAuthority,
        text: {
          en: 'Collect or record traffic data in real time, or compel a service provider to do so or to assist',
          km: 'ប្រមូល ឬកត់ត្រាទិន្នន័យចរាចរណ៍ក្នុងពេលជាក់ស្ដែង ឬបង្ខំអ្នកផ្ដល់សេវាឱ្យធ្វើដូច្នោះ ឬជួយ',
        },
        days: null,
      },
    ],
  },
  21: {
    title: { km: 'ការស្ទាក់ចាប់ទិន្នន័យខ្លឹមសារ' },
    summary: {
      en: 'The same for content data, limited to a range of serious offences defined by domestic law.',
      km: 'ដូចគ្នានេះដែរសម្រាប់ទិន្នន័យខ្លឹមសារ ប៉ុន្តែកំណត់ត្រឹមបទល្មើសធ្ងន់ធ្ងរមួយចំនួនដែលកំណត់ដោយច្បាប់ជាតិ។',
    },
    powers: [
      {
        id: 'intercept-content',
        authority: competentAuthority,
        text: {
          en: 'Collect or record content data in real time, for serious offences defined by domestic law only',
          km: 'ប្រមូល ឬកត់ត្រាទិន្នន័យខ្លឹមសារក្នុងពេលជាក់ស្ដែង សម្រាប់តែបទល្មើសធ្ងន់ធ្ងរដែលកំណត់ដោយច្បាប់ជាតិ',
        },
        days: null,
      },
    ],
  },
  22: {
    title: { km: 'យុត្តាធិការ' },
    summary: {
      en: "Jurisdiction over offences committed in the territory, on the Party's ships or aircraft, or by its nationals; extradite or prosecute.",
      km: 'យុត្តាធិការលើបទល្មើសដែលប្រព្រឹត្តនៅក្នុងទឹកដី លើនាវា ឬយន្តហោះរបស់ភាគី ឬដោយពលរដ្ឋរបស់ខ្លួន; ត្រូវធ្វើបត្យាប័ន ឬកាត់ទោស។',
    },
  },
  23: {
    title: { km: 'គោលការណ៍ទូទៅស្ដីពីកិច្ចសហប្រតិបត្តិការអន្តរជាតិ' },
    summary: {
      en: 'Co-operate to the widest extent in investigations and proceedings on computer-related offences and in collecting electronic evidence.',
      km: 'សហប្រតិបត្តិការក្នុងវិសាលភាពទូលំទូលាយបំផុត ក្នុងការស៊ើបអង្កេត និងនីតិវិធីលើបទល្មើសទាក់ទងនឹងកុំព្យូទ័រ និងក្នុងការប្រមូលភស្តុតាងអេឡិចត្រូនិក។',
    },
  },
  24: {
    title: { km: 'បត្យាប័ន' },
    summary: {
      en: 'Offences under arts 2–11 are extraditable where punishable in both Parties by at least one year of deprivation of liberty; the Convention may serve as the legal basis.',
      km: 'បទល្មើសតាមមាត្រា ២–១១ អាចធ្វើបត្យាប័នបាន ប្រសិនបើមានទោសដកហូតសេរីភាពយ៉ាងហោចណាស់ ១ ឆ្នាំ នៅក្នុងភាគីទាំងពីរ; អនុសញ្ញាអាចប្រើជាមូលដ្ឋានច្បាប់។',
    },
  },
  25: {
    title: { km: 'គោលការណ៍ទូទៅស្ដីពីជំនួយទៅវិញទៅមក' },
    summary: {
      en: 'The widest mutual assistance; urgent requests may be made by expedited means such as fax or e-mail, confirmed afterwards; dual criminality is satisfied if the conduct is an offence in both Parties.',
      km: 'ជំនួយទៅវិញទៅមកក្នុងវិសាលភាពទូលំទូលាយបំផុត; សំណើបន្ទាន់អាចធ្វើតាមមធ្យោបាយរហ័ស ដូចជាទូរសារ ឬអ៊ីមែល ហើយបញ្ជាក់តាមក្រោយ; លក្ខខណ្ឌឧក្រិដ្ឋកម្មទ្វេត្រូវបានបំពេញ ប្រសិនបើអំពើនោះជាបទល្មើសនៅក្នុងភាគីទាំងពីរ។',
    },
  },
  26: {
    title: { km: 'ព័ត៌មានដែលផ្ដល់ដោយឯកឯង' },
    summary: {
      en: 'A Party may send information from its own investigations unasked, possibly on conditions of confidentiality or use.',
      km: 'ភាគីអាចផ្ញើព័ត៌មានពីការស៊ើបអង្កេតរបស់ខ្លួន ដោយមិនចាំបាច់មានសំណើ ហើយអាចដាក់លក្ខខណ្ឌរក្សាការសម្ងាត់ ឬកម្រិតការប្រើប្រាស់។',
    },
  },
  27: {
    title: {
      km: 'នីតិវិធីសម្រាប់សំណើសុំជំនួយទៅវិញទៅមក ក្នុងករណីគ្មានកិច្ចព្រមព្រៀងអន្តរជាតិដែលអាចអនុវត្តបាន',
    },
    summary: {
      en: 'Central authorities; grounds for refusal or postponement; urgent requests may go directly between judicial authorities or through INTERPOL.',
      km: 'អាជ្ញាធរកណ្ដាល; មូលហេតុនៃការបដិសេធ ឬការពន្យារពេល; សំណើបន្ទាន់អាចផ្ញើដោយផ្ទាល់រវាងអាជ្ញាធរតុលាការ ឬតាមរយៈ INTERPOL។',
    },
  },
  28: {
    title: { km: 'ការរក្សាការសម្ងាត់ និងការកម្រិតលើការប្រើប្រាស់' },
    summary: {
      en: 'Without a mutual-assistance treaty, the requested Party may make supply conditional on confidentiality or limited use.',
      km: 'ក្នុងករណីគ្មានសន្ធិសញ្ញាជំនួយទៅវិញទៅមក ភាគីដែលត្រូវបានស្នើសុំអាចដាក់លក្ខខណ្ឌរក្សាការសម្ងាត់ ឬកម្រិតការប្រើប្រាស់ លើការផ្ដល់ព័ត៌មាន។',
    },
  },
  29: {
    title: { km: 'ការរក្សាទុកជាបន្ទាន់នូវទិន្នន័យកុំព្យូទ័រដែលបានផ្ទុក' },
    summary: {
      en: 'Ask another Party to preserve stored data pending a mutual-assistance request; the request names the authority, offence, data, custodian or location, and necessity; the data are preserved for at least 60 days.',
      km: 'ស្នើសុំភាគីមួយទៀតឱ្យរក្សាទុកទិន្នន័យដែលបានផ្ទុក ក្នុងពេលរង់ចាំសំណើសុំជំនួយទៅវិញទៅមក; សំណើត្រូវបញ្ជាក់អាជ្ញាធរ បទល្មើស ទិន្នន័យ អ្នកថែរក្សា ឬទីតាំង និងភាពចាំបាច់; ទិន្នន័យត្រូវរក្សាទុកយ៉ាងហោចណាស់ ៦០ ថ្ងៃ។',
    },
    powers: [
      {
        id: 'preserve-for-party',
        authority: requestedParty,
        text: {
          en: 'Preserve stored data at another Party’s request, pending its mutual-assistance request',
          km: 'រក្សាទុកទិន្នន័យដែលបានផ្ទុក តាមសំណើរបស់ភាគីមួយទៀត ក្នុងពេលរង់ចាំសំណើសុំជំនួយទៅវិញទៅមករបស់ភាគីនោះ',
        },
        days: { min: 60, max: null, renewable: null },
      },
    ],
  },
  30: {
    title: { km: 'ការបង្ហាញជាបន្ទាន់នូវទិន្នន័យចរាចរណ៍ដែលបានរក្សាទុក' },
    summary: {
      en: 'When preserving data for another Party reveals a service provider in a third State, disclose enough traffic data to identify that provider and the path.',
      km: 'នៅពេលការរក្សាទុកទិន្នន័យសម្រាប់ភាគីមួយទៀតបង្ហាញឱ្យឃើញអ្នកផ្ដល់សេវានៅក្នុងរដ្ឋទីបី ត្រូវបង្ហាញទិន្នន័យចរាចរណ៍គ្រប់គ្រាន់ ដើម្បីកំណត់អត្តសញ្ញាណអ្នកផ្ដល់សេវានោះ និងផ្លូវនៃការទំនាក់ទំនង។',
    },
    powers: [
      {
        id: 'disclose-traffic',
        authority: requestedParty,
        text: {
          en: 'Disclose enough traffic data to identify a service provider in a third State and the path of the communication',
          km: 'បង្ហាញទិន្នន័យចរាចរណ៍គ្រប់គ្រាន់ ដើម្បីកំណត់អត្តសញ្ញាណអ្នកផ្ដល់សេវានៅក្នុងរដ្ឋទីបី និងផ្លូវនៃការទំនាក់ទំនង',
        },
        days: null,
      },
    ],
  },
  31: {
    title: { km: 'ជំនួយទៅវិញទៅមកទាក់ទងនឹងការចូលប្រើទិន្នន័យកុំព្យូទ័រដែលបានផ្ទុក' },
    summary: {
      en: "Search or access, seize or secure, and disclose stored computer data at another Party's request.",
      km: 'ការឆែកឆេរ ឬការចូលប្រើ ការរឹបអូស ឬការធានាសុវត្ថិភាព និងការបង្ហាញទិន្នន័យកុំព្យូទ័រដែលបានផ្ទុក តាមសំណើរបស់ភាគីមួយទៀត។',
    },
  },
  32: {
    title: {
      km: 'ការចូលប្រើទិន្នន័យកុំព្យូទ័រដែលបានផ្ទុកឆ្លងដែន ដោយមានការយល់ព្រម ឬនៅពេលដែលមានជាសាធារណៈ',
    },
    summary: {
      en: 'Without authorisation from another Party: access publicly available (open source) data wherever located, or access or receive data abroad with the lawful and voluntary consent of the person with lawful authority to disclose it.',
      km: 'ដោយមិនចាំបាច់មានការអនុញ្ញាតពីភាគីមួយទៀត៖ ការចូលប្រើទិន្នន័យដែលមានជាសាធារណៈ (ប្រភពបើកចំហ) ទោះស្ថិតនៅទីណាក៏ដោយ ឬការចូលប្រើ ឬការទទួលទិន្នន័យនៅបរទេស ដោយមានការយល់ព្រមស្របច្បាប់ និងដោយស្ម័គ្រចិត្ត ពីជនដែលមានសិទ្ធិអំណាចស្របច្បាប់ក្នុងការបង្ហាញទិន្នន័យនោះ។',
    },
  },
  33: {
    title: { km: 'ជំនួយទៅវិញទៅមកក្នុងការប្រមូលទិន្នន័យចរាចរណ៍ក្នុងពេលជាក់ស្ដែង' },
    summary: {
      en: 'Real-time collection of traffic data for another Party, at least for offences where it is available domestically.',
      km: 'ការប្រមូលទិន្នន័យចរាចរណ៍ក្នុងពេលជាក់ស្ដែងសម្រាប់ភាគីមួយទៀត យ៉ាងហោចណាស់សម្រាប់បទល្មើសដែលអាចធ្វើបានក្នុងស្រុក។',
    },
  },
  34: {
    title: { km: 'ជំនួយទៅវិញទៅមកទាក់ទងនឹងការស្ទាក់ចាប់ទិន្នន័យខ្លឹមសារ' },
    summary: {
      en: 'Real-time collection or recording of content data for another Party, as far as applicable treaties and domestic law permit.',
      km: 'ការប្រមូល ឬការកត់ត្រាទិន្នន័យខ្លឹមសារក្នុងពេលជាក់ស្ដែងសម្រាប់ភាគីមួយទៀត ក្នុងវិសាលភាពដែលសន្ធិសញ្ញា និងច្បាប់ជាតិអនុញ្ញាត។',
    },
  },
  35: {
    title: { km: 'បណ្ដាញ ២៤/៧' },
    summary: {
      en: 'Each Party designates a point of contact available 24 hours a day, 7 days a week, for immediate assistance: technical advice, preservation of data under arts 29–30, collection of evidence, legal information and locating suspects; with expedited communication with other contact points, and trained and equipped staff.',
      km: 'ភាគីនីមួយៗកំណត់ចំណុចទំនាក់ទំនងមួយដែលអាចទាក់ទងបាន ២៤ ម៉ោងក្នុងមួយថ្ងៃ ៧ ថ្ងៃក្នុងមួយសប្ដាហ៍ សម្រាប់ជំនួយភ្លាមៗ៖ ដំបូន្មានបច្ចេកទេស ការរក្សាទុកទិន្នន័យតាមមាត្រា ២៩–៣០ ការប្រមូលភស្តុតាង ព័ត៌មានផ្លូវច្បាប់ និងការស្វែងរកទីតាំងជនសង្ស័យ ព្រមទាំងការទំនាក់ទំនងរហ័សជាមួយចំណុចទំនាក់ទំនងផ្សេងទៀត និងបុគ្គលិកដែលបានបណ្ដុះបណ្ដាល និងមានឧបករណ៍គ្រប់គ្រាន់។',
    },
    powers: [
      {
        id: 'contact-point',
        authority: { en: '24/7 point of contact', km: 'ចំណុចទំនាក់ទំនង ២៤/៧' },
        text: {
          en: 'Give immediate assistance to other Parties: technical advice, preservation of data, collection of evidence, legal information, locating suspects',
          km: 'ផ្ដល់ជំនួយភ្លាមៗដល់ភាគីផ្សេងទៀត៖ ដំបូន្មានបច្ចេកទេស ការរក្សាទុកទិន្នន័យ ការប្រមូលភស្តុតាង ព័ត៌មានផ្លូវច្បាប់ ការស្វែងរកទីតាំងជនសង្ស័យ',
        },
        days: null,
      },
    ],
    verification: {
      verifiedAgainstOfficialText: true,
      statements: [
        {
          source: 'COE-185',
          text: {
            en: 'Number and title as in the official treaty text; the wording was cross-checked on the Council of Europe page "About 24/7 Points of contact". The summary is our paraphrase.',
            km: 'លេខ និងចំណងជើង ដូចក្នុងអត្ថបទផ្លូវការនៃសន្ធិសញ្ញា; ពាក្យពេចន៍ត្រូវបានពិនិត្យផ្ទៀងផ្ទាត់ជាមួយទំព័ររបស់ក្រុមប្រឹក្សាអឺរ៉ុប «About 24/7 Points of contact»។ សេចក្ដីសង្ខេបជាការសរសេរឡើងវិញរបស់យើង។',
          },
        },
      ],
    },
  },
};
