import type { Bilingual } from '../language.ts';
import type { BudapestArticle } from './catalogue-input.ts';
import type { GapElement, GapNote, IntentRequirement, Provision } from './law.schemas.ts';

/*
 * The gaps that follow from the Convention's own flags (budapest-convention-articles.json):
 * for a national provision linked to a Convention offence, each element the Convention
 * requires ("intentionally", "without right", dishonest intent for art 8) that the
 * provision is not known to require. Unverified provisions get "cannot be confirmed";
 * a provision checked against its official text would get "lacks".
 */

const MENTAL: readonly IntentRequirement[] = [
  'intentional',
  'dishonest_intent',
  'fraudulent',
  'bad_faith',
  'knowingly',
  'intent_to_commit_offence',
  'wilfully_commercial_scale',
  'wrongful_gain_or_unlawful_purpose',
];
const WITHOUT_RIGHT: readonly IntentRequirement[] = [
  'without_right',
  'without_authorisation',
  'without_authority',
];
const DISHONEST: readonly IntentRequirement[] = ['dishonest_intent', 'fraudulent'];

const KHMER_DIGITS = '០១២៣៤៥៦៧៨៩';
const khmerDigits = (text: string) => text.replace(/[0-9]/g, (d) => KHMER_DIGITS[Number(d)] ?? d);

/** "art 2" / "arts 2 and 4" / "arts 2, 4 and 5", in both languages. */
export function articleList(articles: readonly number[]): Bilingual {
  const en =
    articles.length === 1
      ? `art ${articles[0]}`
      : `arts ${articles.slice(0, -1).join(', ')} and ${articles.at(-1)}`;
  const km = `មាត្រា ${khmerDigits(articles.slice(0, -1).join(' '))}${
    articles.length > 1 ? ' និង ' : ''
  }${khmerDigits(String(articles.at(-1)))}`;
  return { en, km };
}

type Template = (
  list: Bilingual,
  plural: boolean,
) => { lacking: Bilingual; unconfirmed: Bilingual };

const TEMPLATES: Record<'intent' | 'without_right' | 'dishonest_intent', Template> = {
  intent: (list, plural) => ({
    unconfirmed: {
      en: `Convention ${list.en} require${plural ? '' : 's'} the conduct to be committed intentionally; the sources do not give this provision's mental element, so this cannot be confirmed.`,
      km: `អនុសញ្ញា ${list.km} តម្រូវឱ្យអំពើនោះត្រូវបានប្រព្រឹត្តដោយចេតនា; ប្រភពមិនបានផ្ដល់ធាតុចេតនានៃបទប្បញ្ញត្តិនេះទេ ដូច្នេះមិនអាចបញ្ជាក់បានទេ។`,
    },
    lacking: {
      en: `Convention ${list.en} require${plural ? '' : 's'} the conduct to be committed intentionally; this provision's text has no such requirement, so it reaches more conduct than the Convention.`,
      km: `អនុសញ្ញា ${list.km} តម្រូវឱ្យអំពើនោះត្រូវបានប្រព្រឹត្តដោយចេតនា; អត្ថបទនៃបទប្បញ្ញត្តិនេះគ្មានតម្រូវការនេះទេ ដូច្នេះវាគ្របដណ្ដប់លើអំពើច្រើនជាងអនុសញ្ញា។`,
    },
  }),
  without_right: (list, plural) => ({
    unconfirmed: {
      en: `Convention ${list.en} require${plural ? '' : 's'} the act to be done "without right"; the sources do not give the text of this provision, so whether it is limited to acts without right cannot be confirmed.`,
      km: `អនុសញ្ញា ${list.km} តម្រូវឱ្យអំពើនោះត្រូវបានធ្វើ «ដោយគ្មានសិទ្ធិ»; ប្រភពមិនបានផ្ដល់អត្ថបទនៃបទប្បញ្ញត្តិនេះទេ ដូច្នេះមិនអាចបញ្ជាក់បានថា វាកំណត់ត្រឹមតែអំពើដែលគ្មានសិទ្ធិឬអត់ទេ។`,
    },
    lacking: {
      en: `Convention ${list.en} require${plural ? '' : 's'} the act to be done "without right"; this provision's text is not so limited, so it also reaches authorised or lawful acts.`,
      km: `អនុសញ្ញា ${list.km} តម្រូវឱ្យអំពើនោះត្រូវបានធ្វើ «ដោយគ្មានសិទ្ធិ»; អត្ថបទនៃបទប្បញ្ញត្តិនេះមិនកំណត់បែបនេះទេ ដូច្នេះវាក៏គ្របដណ្ដប់លើអំពើដែលមានការអនុញ្ញាត ឬស្របច្បាប់ដែរ។`,
    },
  }),
  dishonest_intent: (list) => ({
    unconfirmed: {
      en: `Convention ${list.en} requires fraudulent or dishonest intent of procuring, without right, an economic benefit; the sources do not give this provision's text, so whether it requires such intent cannot be confirmed. If it does not, the national offence is broader than the Convention.`,
      km: `អនុសញ្ញា ${list.km} តម្រូវឱ្យមានចេតនាក្លែងបន្លំ ឬទុច្ចរិត ដើម្បីទទួលបានផលប្រយោជន៍សេដ្ឋកិច្ចដោយគ្មានសិទ្ធិ; ប្រភពមិនបានផ្ដល់អត្ថបទនៃបទប្បញ្ញត្តិនេះទេ ដូច្នេះមិនអាចបញ្ជាក់បានថា វាតម្រូវឱ្យមានចេតនាបែបនេះឬអត់ទេ។ បើមិនតម្រូវទេ បទល្មើសជាតិនឹងទូលំទូលាយជាងអនុសញ្ញា។`,
    },
    lacking: {
      en: `Convention ${list.en} requires fraudulent or dishonest intent of procuring, without right, an economic benefit; this provision's text has no such requirement, so it is broader than the Convention.`,
      km: `អនុសញ្ញា ${list.km} តម្រូវឱ្យមានចេតនាក្លែងបន្លំ ឬទុច្ចរិត ដើម្បីទទួលបានផលប្រយោជន៍សេដ្ឋកិច្ចដោយគ្មានសិទ្ធិ; អត្ថបទនៃបទប្បញ្ញត្តិនេះគ្មានតម្រូវការនេះទេ ដូច្នេះវាទូលំទូលាយជាងអនុសញ្ញា។`,
    },
  }),
};

type Derivable = keyof typeof TEMPLATES;

/** Which Convention articles, among those linked, require `element`. */
function requiringArticles(
  element: Derivable,
  linked: readonly BudapestArticle[],
): readonly number[] {
  return linked
    .filter((article) => {
      if (element === 'intent') return article.intentional === true;
      if (element === 'without_right') return article.without_right === true;
      return article.dishonest_intent === 'required';
    })
    .map((article) => article.article);
}

const HAS: Record<Derivable, readonly IntentRequirement[]> = {
  intent: MENTAL,
  without_right: WITHOUT_RIGHT,
  dishonest_intent: DISHONEST,
};

/**
 * The derived gap notes of a national provision: one per element the linked Convention
 * offences require and the provision does not show, unless a stated note covers it already.
 */
export function derivedGapNotes(
  provision: Omit<Provision, 'gapNotes'>,
  stated: readonly Pick<GapNote, 'element'>[],
  convention: ReadonlyMap<number, BudapestArticle>,
): Omit<GapNote, 'id'>[] {
  const linked = provision.budapest
    .map((link) => convention.get(link.article))
    .filter((article): article is BudapestArticle => article?.group === 'offence');
  const verified = provision.verification.verifiedAgainstOfficialText;
  const notes: Omit<GapNote, 'id'>[] = [];
  for (const element of Object.keys(TEMPLATES) as Derivable[]) {
    if (stated.some((note) => note.element === (element as GapElement))) continue;
    if (provision.intent.requirements.some((r) => HAS[element].includes(r))) continue;
    const articles = requiringArticles(element, linked);
    if (articles.length === 0) continue;
    const texts = TEMPLATES[element](articleList(articles), articles.length > 1);
    notes.push({
      budapestArticles: [...articles],
      element,
      status: verified ? 'lacking' : 'unconfirmed',
      text: verified ? texts.lacking : texts.unconfirmed,
      source: 'COE-185',
    });
  }
  return notes;
}
