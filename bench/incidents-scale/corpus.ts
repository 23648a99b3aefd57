/**
 * Realistic report texts in Khmer and English, as victims here write them: scam calls,
 * fake bank pages, stolen Facebook accounts, sextortion, ransomware… Each text is a frame
 * (sentences with names, amounts, banks, places filled in once) with slots for the
 * indicators (phone, account, link, social profile) that change from report to report.
 */
import type { IncidentTypeId } from '../../src/domain/taxonomy/incident-types.ts';
import { PROVINCES } from '../../src/domain/incidents/provinces.ts';
import type { Random } from './random.ts';

export type Lang = 'km' | 'en';
export const SLOT_KINDS = ['phone', 'account', 'url', 'social'] as const;
export type SlotKind = (typeof SLOT_KINDS)[number];

/** A sentence: the first of a kind's list always appears, the others each with a chance. */
type Sentence = { text: string; p: number };
type Templates = Record<Lang, Sentence[]>;

const always = (text: string): Sentence => ({ text, p: 1 });
const often = (text: string): Sentence => ({ text, p: 0.6 });
const sometimes = (text: string): Sentence => ({ text, p: 0.3 });

export const TEMPLATES: Record<IncidentTypeId, Templates> = {
  'money-scam': {
    km: [
      always('{when} មាននរណាម្នាក់ហៅមកខ្ញុំពីលេខ {phone} ហើយក្លែងខ្លួនជាបុគ្គលិកធនាគារ {bank} ។'),
      often('គេប្រាប់ថាគណនីរបស់ខ្ញុំនឹងត្រូវបិទ ប្រសិនបើខ្ញុំមិនផ្ទេរប្រាក់ {amount} ដើម្បីផ្ទៀងផ្ទាត់។'),
      always('ខ្ញុំបានផ្ទេរប្រាក់ {amount} ទៅ {account} ។'),
      often('បន្ទាប់ពីផ្ទេររួច គេបិទទូរស័ព្ទ ហើយខ្ញុំមិនអាចទាក់ទងគេបានទៀតទេ។'),
      sometimes('អ្នកលក់នៅលើ {platform} ឈ្មោះ {name} បានលក់ {item} ឱ្យខ្ញុំ ប៉ុន្តែខ្ញុំមិនបានទទួលទំនិញទេ។'),
      sometimes('ទំព័រ {social} ផ្សព្វផ្សាយប្រាក់កម្ចីការប្រាក់ទាប ហើយទាមទារឱ្យបង់ថ្លៃសេវាមុន។'),
      sometimes('គេសន្យាថានឹងផ្តល់ការងារនៅ {place} ដែលមានប្រាក់ខែខ្ពស់ ប៉ុន្តែឱ្យខ្ញុំបង់ប្រាក់ជាមុនសិន។'),
      sometimes('{relation}របស់ខ្ញុំក៏ត្រូវគេបោកដូចគ្នាដែរ។'),
      often('សូមជួយតាមដានលេខនេះ និងបង្កកគណនីអ្នកបោកប្រាស់ផង។'),
      sometimes('ខ្ញុំរស់នៅខេត្ត {place} ។'),
    ],
    en: [
      always('{when} a man called me from {phone} and said he worked for {bank}.'),
      often('He said my account would be blocked unless I paid a verification fee of {amount}.'),
      always('I transferred {amount} to {account} and then he stopped answering.'),
      sometimes('A seller named {name} on {platform} sold me {item} but never delivered it.'),
      sometimes('The page {social} offers cheap loans but asks for a processing fee upfront.'),
      sometimes('They promised me a job in {place} with a high salary if I paid for a visa first.'),
      sometimes('My {relation} lost money to the same people.'),
      often('Please help me get my money back and block this scammer.'),
      sometimes('I live in {place}.'),
    ],
  },
  phishing: {
    km: [
      always('{when} ខ្ញុំបានទទួលសារ SMS ពីលេខ {phone} ប្រាប់ថាខ្ញុំឈ្នះរង្វាន់ពី {bank} ។'),
      always('សារនោះមានតំណ {url} ដែលស្នើឱ្យបញ្ចូលលេខសម្ងាត់ និងលេខកូដ OTP ។'),
      often('គេហទំព័រនោះមើលទៅដូចគេហទំព័រពិតរបស់ {bank} ណាស់។'),
      sometimes('ខ្ញុំបានបញ្ចូលព័ត៌មានគណនីរបស់ខ្ញុំ ហើយបន្ទាប់មកប្រាក់ {amount} បានបាត់ពីគណនី។'),
      often('សូមពិនិត្យ និងបិទគេហទំព័រក្លែងក្លាយនេះ មុនពេលមានអ្នកផ្សេងទៀតរងគ្រោះ។'),
      sometimes('{relation}របស់ខ្ញុំក៏ទទួលបានសារដូចគ្នាដែរ។'),
    ],
    en: [
      always('{when} I got an SMS from {phone} saying I had won a prize from {bank}.'),
      always('The message had a link {url} asking for my password and OTP code.'),
      often('The site looked exactly like the real {bank} login page.'),
      sometimes('I entered my details and {amount} disappeared from my account an hour later.'),
      often('Please take this fake website down before more people are fooled.'),
      sometimes('My {relation} received the same message.'),
    ],
  },
  'account-takeover': {
    km: [
      always('គេលួចគណនី {platform} របស់ខ្ញុំ {when} ។'),
      always('ឥឡូវនេះគេកំពុងប្រើគណនី {social} ផ្ញើសារសុំលុយពីមិត្តភក្តិរបស់ខ្ញុំ។'),
      often('{name} ជាមិត្តរបស់ខ្ញុំ បានផ្ទេរប្រាក់ {amount} ទៅគេរួចហើយ។'),
      often('ខ្ញុំមិនអាចចូលគណនីបានទេ ព្រោះគេបានប្តូរលេខសម្ងាត់ និងលេខទូរស័ព្ទ។'),
      sometimes('មុននោះ មាននរណាម្នាក់ផ្ញើតំណមកខ្ញុំតាម Messenger ហើយខ្ញុំបានចុច។'),
      sometimes('គេប្រើលេខ {phone} ដើម្បីទាក់ទងមិត្តភក្តិរបស់ខ្ញុំ។'),
      often('សូមជួយយកគណនីរបស់ខ្ញុំមកវិញ។'),
    ],
    en: [
      always('My {platform} account was hacked {when}.'),
      always('The hacker is now using {social} to ask my friends for money.'),
      often('My friend {name} already sent {amount} to them.'),
      often('I cannot log in because they changed the password and the phone number.'),
      sometimes('Before that someone sent me a link on Messenger and I clicked it.'),
      sometimes('They use the number {phone} to contact my friends.'),
      often('Please help me recover my account.'),
    ],
  },
  sextortion: {
    km: [
      always('មាននរណាម្នាក់នៅលើ {platform} ប្រើឈ្មោះ {social} គំរាមថានឹងចែកចាយរូបថត និងវីដេអូរបស់ខ្ញុំ។'),
      always('គេទាមទារប្រាក់ {amount} ហើយឱ្យផ្ទេរទៅ {account} ។'),
      often('ខ្ញុំភ័យខ្លាចណាស់ ហើយមិនហ៊ានប្រាប់គ្រួសារទេ។'),
    ],
    en: [
      always('Someone on {platform} using {social} threatens to share private photos of me.'),
      always('They demand {amount} sent to {account} within 24 hours.'),
      often('I am scared and have not told my family.'),
    ],
  },
  malware: {
    km: [
      always('កុំព្យូទ័រនៅ{org} ឆ្លងមេរោគ ransomware {when} ។'),
      often('ឯកសារទាំងអស់ត្រូវបានចាក់សោ ហើយគេទាមទារប្រាក់ {amount} ជា Bitcoin ។'),
      always('បុគ្គលិកម្នាក់បានទាញយកកម្មវិធីពី {url} ។'),
    ],
    en: [
      always('Computers at {org} were infected with ransomware {when}.'),
      often('All files are encrypted and they ask for {amount} in Bitcoin.'),
      always('A staff member downloaded a cracked program from {url}.'),
    ],
  },
  'data-leak': {
    km: [
      always('មានគេលក់ទិន្នន័យអតិថិជនរបស់{org} នៅលើ Telegram តាមរយៈ {social} ។'),
      often('ទិន្នន័យនោះមានឈ្មោះ លេខទូរស័ព្ទ និងលេខអត្តសញ្ញាណប័ណ្ណរបស់មនុស្សប្រហែល {count} នាក់។'),
    ],
    en: [
      always('Customer data of {org} is being sold on Telegram via {social}.'),
      often('The file has names, phone numbers and ID card numbers of about {count} people.'),
    ],
  },
  defacement: {
    km: [
      always('គេហទំព័រ {url} របស់{org} ត្រូវបានគេកែប្រែ {when} ។'),
      often('ទំព័រដើមបង្ហាញសារ និងរូបភាពដែលយើងមិនបានដាក់។'),
    ],
    en: [
      always('The website {url} of {org} was defaced {when}.'),
      often('The home page shows a message and images we did not put there.'),
    ],
  },
  'service-down': {
    km: [
      always('គេហទំព័រ {url} មិនអាចចូលបានចាប់ពី {when} ។'),
      often('យើងគិតថាជាការវាយប្រហារ DDoS ព្រោះចរាចរណ៍កើនឡើងខ្លាំង។'),
    ],
    en: [
      always('Our website {url} has been unreachable since {when}.'),
      often('We think it is a DDoS attack because traffic went up sharply.'),
    ],
  },
  other: {
    km: [
      always('{when} មានលេខ {phone} ហៅមកខ្ញុំច្រើនដងនៅពេលយប់ ហើយនិយាយពាក្យគំរាម។'),
      often('ខ្ញុំមិនដឹងថាត្រូវធ្វើយ៉ាងណាទេ។'),
    ],
    en: [
      always('{when} the number {phone} called me many times at night and made threats.'),
      often('I do not know what to do.'),
    ],
  },
};

/** How often each kind is reported (a scam-heavy mix, as national CERTs here see). */
export const TYPE_WEIGHTS: Record<IncidentTypeId, number> = {
  'money-scam': 36,
  phishing: 20,
  'account-takeover': 20,
  sextortion: 5,
  malware: 4,
  'data-leak': 3,
  defacement: 2,
  'service-down': 2,
  other: 8,
};

const KM_GIVEN = [
  'សុខា',
  'ដារ៉ា',
  'វណ្ណា',
  'ស្រីមុំ',
  'ចាន់ធី',
  'បុប្ផា',
  'ពិសី',
  'រិទ្ធី',
  'សុភា',
  'កុសល',
  'វិបុល',
  'មាលា',
  'សុភ័ក្ត្រ',
  'រតនា',
  'សំណាង',
  'វិចិត្រ',
  'ធីតា',
  'លីដា',
  'សុវណ្ណ',
  'ចន្ធូ',
];
const EN_GIVEN = [
  'Sokha',
  'Dara',
  'Vanna',
  'Srey Mom',
  'Chan Thy',
  'Bopha',
  'Pisey',
  'Rithy',
  'Sophea',
  'Kosal',
  'Vibol',
  'Mealea',
  'Sopheak',
  'Rathana',
  'Samnang',
  'Vichet',
  'Thida',
  'Lida',
  'Sovann',
  'Chanthou',
];
const KM_FAMILY = ['សុខ', 'ចាន់', 'ហេង', 'លី', 'គឹម', 'ម៉ៅ', 'ស៊ុន', 'ព្រំ', 'កែវ', 'ឈិន', 'ញឹម', 'ទេព'];
const EN_FAMILY = [
  'Sok',
  'Chan',
  'Heng',
  'Ly',
  'Kim',
  'Mao',
  'Sun',
  'Prom',
  'Keo',
  'Chhin',
  'Nhim',
];
const BANKS = [
  'ABA',
  'ACLEDA',
  'Wing',
  'TrueMoney',
  'Prince Bank',
  'Canadia',
  'Bakong',
  'Sathapana',
];
const KM_PLATFORMS = ['Facebook', 'Telegram', 'TikTok', 'Messenger', 'ហ្វេសប៊ុក', 'តេឡេក្រាម'];
const EN_PLATFORMS = ['Facebook', 'Telegram', 'TikTok', 'Messenger', 'WhatsApp', 'Instagram'];
const KM_WHEN = [
  'ម្សិលមិញ',
  'ព្រឹកនេះ',
  'កាលពីសប្តាហ៍មុន',
  'កាលពីល្ងាចថ្ងៃច័ន្ទ',
  'កាលពីពីរថ្ងៃមុន',
  'កាលពីខែមុន',
  'ថ្ងៃសៅរ៍មុន',
];
const EN_WHEN = [
  'yesterday',
  'this morning',
  'last week',
  'on Monday evening',
  'two days ago',
  'last month',
  'last Saturday',
];
const KM_ITEMS = ['ទូរស័ព្ទ iPhone', 'ម៉ូតូ', 'សម្លៀកបំពាក់', 'គ្រឿងសំអាង', 'កុំព្យូទ័រយួរដៃ', 'កាបូប'];
const EN_ITEMS = ['an iPhone 15', 'a motorbike', 'clothes', 'cosmetics', 'a laptop', 'a handbag'];
const KM_RELATIONS = ['ម្តាយ', 'ប្អូនស្រី', 'បងប្រុស', 'មិត្តរួមការងារ', 'អ្នកជិតខាង', 'ឪពុក'];
const EN_RELATIONS = ['mother', 'sister', 'brother', 'colleague', 'neighbour', 'father'];
const KM_ORGS = [
  'សាលារៀនឯកជនមួយ',
  'ក្រុមហ៊ុនដឹកជញ្ជូន',
  'មន្ទីរពេទ្យឯកជន',
  'ហាងលក់ទូរស័ព្ទ',
  'មន្ទីរខេត្ត',
  'សាកលវិទ្យាល័យ',
  'គ្រឹះស្ថានមីក្រូហិរញ្ញវត្ថុ',
];
const EN_ORGS = [
  'a private school',
  'a logistics company',
  'a private hospital',
  'a phone shop',
  'a provincial department',
  'a university',
  'a microfinance institution',
];
const PLACES = Object.values(PROVINCES);
const KHMER_DIGITS = '០១២៣៤៥៦៧៨៩';

export const toKhmerDigits = (text: string): string =>
  text.replace(/\d/g, (d) => KHMER_DIGITS[Number(d)]!);

function amount(random: Random, lang: Lang): string {
  const dollars = random.pick([15, 20, 30, 45, 50, 80, 100, 120, 150, 200, 250, 300, 500, 800]);
  if (lang === 'en') {
    return random.pick([
      `$${dollars}`,
      `${dollars} USD`,
      `${dollars * 4},000 riel`,
      `${dollars} dollars`,
    ]);
  }
  const written = random.chance(0.5) ? toKhmerDigits(String(dollars)) : String(dollars);
  return random.chance(0.7) ? `${written} ដុល្លារ` : `${toKhmerDigits(String(dollars * 4))}០០០ រៀល`;
}

function name(random: Random, lang: Lang): string {
  return lang === 'km'
    ? `${random.pick(KM_FAMILY)} ${random.pick(KM_GIVEN)}`
    : `${random.pick(EN_GIVEN)} ${random.pick(EN_FAMILY)}`;
}

function fill(random: Random, lang: Lang, key: string): string {
  const km = lang === 'km';
  switch (key) {
    case 'when':
      return random.pick(km ? KM_WHEN : EN_WHEN);
    case 'amount':
      return amount(random, lang);
    case 'bank':
      return random.pick(BANKS);
    case 'place':
      return random.pick(PLACES)[lang];
    case 'platform':
      return random.pick(km ? KM_PLATFORMS : EN_PLATFORMS);
    case 'relation':
      return random.pick(km ? KM_RELATIONS : EN_RELATIONS);
    case 'name':
      return name(random, lang);
    case 'item':
      return random.pick(km ? KM_ITEMS : EN_ITEMS);
    case 'org':
      return random.pick(km ? KM_ORGS : EN_ORGS);
    case 'count':
      return String(random.pick([300, 1200, 5000, 12000, 40000]));
    default:
      throw new Error(`no filler for {${key}}`);
  }
}

/** A text with its slots: strings are text, the others stand for an indicator. */
export type FrameText = {
  type: IncidentTypeId;
  lang: Lang;
  parts: (string | { slot: SlotKind })[];
};

const isSlot = (key: string): key is SlotKind => (SLOT_KINDS as readonly string[]).includes(key);

/** A new text of a kind and language: some of its sentences, names and amounts drawn. */
export function makeFrame(random: Random, type: IncidentTypeId, lang: Lang): FrameText {
  const sentences = TEMPLATES[type][lang].filter((s) => random.chance(s.p));
  const parts: FrameText['parts'] = [];
  let text = '';
  for (const sentence of sentences) {
    let filled = sentence.text.replace(/\{(\w+)\}/g, (whole, key: string) =>
      isSlot(key) ? whole : fill(random, lang, key),
    );
    if (lang === 'en') filled = filled[0]!.toUpperCase() + filled.slice(1);
    text += (text ? ' ' : '') + filled;
  }
  // Slots become parts of their own, with a space on each side (as a victim types them).
  for (const piece of text.split(/(\{(?:phone|account|url|social)\})/)) {
    const key = /^\{(\w+)\}$/.exec(piece)?.[1];
    if (key && isSlot(key)) parts.push({ slot: key });
    else if (piece.trim()) parts.push(piece.trim());
  }
  return { type, lang, parts };
}

/** Analysts' titles and summaries when they write their own (the others keep the default). */
export const ANALYST_TITLES: Record<Lang, string[]> = {
  en: [
    'Fake {bank} support calls',
    '{bank} verification fee scam',
    'Phishing SMS impersonating {bank}',
    'Hijacked Facebook page asking friends for money',
    'Telegram loan scam',
    'Job offer scam, {place}',
    'Online shop non-delivery, {place}',
    'Sextortion via Telegram',
    'Ransomware at {org}',
    'Customer database for sale',
    'Website defaced',
    'DDoS on public website',
  ],
  km: [
    'ការហៅក្លែងខ្លួនជា {bank}',
    'សារ SMS បោកប្រាស់ក្លែងជា {bank}',
    'គណនីហ្វេសប៊ុកត្រូវគេលួច សុំលុយមិត្តភក្តិ',
    'ការបោកប្រាស់ប្រាក់កម្ចីតាម Telegram',
    'ការបោកប្រាស់ការងារ {place}',
    'ការលក់អនឡាញមិនផ្ញើទំនិញ {place}',
    'ការគំរាមកំហែងផ្លូវភេទតាម Telegram',
    'មេរោគ ransomware នៅ{org}',
  ],
};

export const ANALYST_SUMMARIES: Record<Lang, string[]> = {
  en: [
    'Victim transferred {amount} via {bank} to a mule account. Same caller script as earlier reports.',
    'Phishing kit hosted on a look-alike domain; takedown requested from the registrar.',
    'Page recovered after Meta escalation; friends warned. No money lost.',
    'Reporter paid {amount}; account holder identified, case referred to the police in {place}.',
    'Linked to a wider campaign targeting {bank} customers.',
  ],
  km: [
    'ជនរងគ្រោះបានផ្ទេរប្រាក់ {amount} តាម {bank} ទៅគណនីអ្នកបោកប្រាស់។',
    'គេហទំព័របោកប្រាស់ត្រូវបានស្នើសុំឱ្យបិទ។',
    'បានបញ្ជូនករណីទៅប៉ូលិសខេត្ត {place} ។',
    'ទាក់ទងនឹងយុទ្ធនាការបោកប្រាស់អតិថិជន {bank} ។',
  ],
};

/** A title or summary from the lists above, its names and amounts filled in. */
export function makeAnalystText(random: Random, lang: Lang, list: Record<Lang, string[]>): string {
  return random
    .pick(list[lang])
    .replace(/\{(\w+)\}/g, (_whole, key: string) => fill(random, lang, key));
}
