/**
 * The indicators reports name: Cambodian phone numbers, bank and e-wallet accounts, scam
 * domains and links, Facebook and Telegram profiles. A value is drawn once and written in
 * many ways (spaces, dashes, +855, Khmer digits, defanged links), as victims write them.
 * Some values are popular (a mule account or scam number in hundreds or thousands of
 * reports), most appear once.
 */
import { toKhmerDigits, type Lang, type SlotKind } from './corpus.ts';
import { createZipf, type Random } from './random.ts';

/** Operator prefixes (without the 0) and how many digits follow them. */
const PHONE_PREFIXES: [string, number][] = [
  ['10', 6],
  ['11', 6],
  ['12', 6],
  ['15', 6],
  ['16', 6],
  ['17', 6],
  ['61', 6],
  ['69', 6],
  ['70', 6],
  ['77', 6],
  ['78', 6],
  ['81', 6],
  ['85', 6],
  ['86', 6],
  ['87', 6],
  ['93', 6],
  ['95', 6],
  ['96', 7],
  ['97', 7],
  ['88', 7],
  ['71', 7],
  ['31', 7],
  ['60', 6],
  ['66', 6],
  ['67', 6],
  ['68', 6],
  ['90', 6],
  ['98', 6],
  ['99', 6],
];

type Phone = { kind: 'phone'; prefix: string; rest: string };
type Account = { kind: 'account'; bank: 'ABA' | 'ACLEDA' | 'Wing' | 'Bakong'; number: string };
type Link = { kind: 'url'; host: string; path: string };
type Social = { kind: 'social'; style: 'page' | 'profile' | 'telegram' | 'handle'; id: string };
export type Indicator = Phone | Account | Link | Social;

const SLUG_NAMES = [
  'sokha',
  'dara',
  'vanna',
  'sreymom',
  'chanthy',
  'bopha',
  'pisey',
  'rithy',
  'sophea',
  'kosal',
  'vibol',
  'mealea',
  'sopheak',
  'thida',
  'lida',
];
const SLUG_WORDS = ['shop', 'store', 'loan', 'money', 'kh', 'official', 'online', 'fast', 'cash'];
const BRANDS = ['aba', 'acleda', 'wing', 'truemoney', 'bakong', 'nbc', 'canadia', 'prince', 'khqr'];
const LURES = ['bonus', 'verify', 'promo', 'gift', 'reward', 'secure', 'login', 'update', 'lucky'];
const TLDS = ['top', 'xyz', 'online', 'site', 'click', 'cc', 'info', 'shop', 'live', 'com', 'net'];
const BAKONG_BANKS = ['abaa', 'aclb', 'wing', 'ppcb', 'cadi'];

function newIndicator(random: Random, kind: SlotKind): Indicator {
  switch (kind) {
    case 'phone': {
      const [prefix, length] = random.pick(PHONE_PREFIXES);
      return { kind, prefix, rest: random.digits(length) };
    }
    case 'account': {
      const bank = random.pick(['ABA', 'ABA', 'ACLEDA', 'Wing', 'Bakong'] as const);
      const number =
        bank === 'ABA'
          ? random.digits(9)
          : bank === 'ACLEDA'
            ? random.digits(14)
            : bank === 'Wing'
              ? random.digits(8)
              : `${random.pick(SLUG_NAMES)}${random.pick(['', '_', '.'])}${random.digits(random.between(0, 3))}@${random.pick(BAKONG_BANKS)}`;
      return { kind, bank, number };
    }
    case 'url': {
      const host = `${random.pick(BRANDS)}-${random.pick(LURES)}${random.chance(0.6) ? random.digits(random.between(1, 4)) : ''}.${random.pick(TLDS)}`;
      return { kind, host, path: random.pick(['/login', '/claim', '/kh', '', '/verify']) };
    }
    case 'social': {
      const style = random.pick(['page', 'page', 'profile', 'telegram', 'handle'] as const);
      const id =
        style === 'profile'
          ? `1000${random.digits(11)}`
          : `${random.pick(SLUG_NAMES)}${style === 'page' ? '.' : '_'}${random.pick(SLUG_WORDS)}${random.chance(0.7) ? `${style === 'page' ? '.' : ''}${random.digits(random.between(2, 4))}` : ''}`;
      return { kind, style, id };
    }
  }
}

const group = (digits: string, sizes: number[]): string[] => {
  const out: string[] = [];
  let at = 0;
  for (const size of sizes) {
    out.push(digits.slice(at, at + size));
    at += size;
  }
  return out;
};

/** How one victim writes the value in a report in this language. */
export function writeIndicator(random: Random, indicator: Indicator, lang: Lang): string {
  const khmerDigits = (text: string) =>
    lang === 'km' && random.chance(0.3) ? toKhmerDigits(text) : text;
  switch (indicator.kind) {
    case 'phone': {
      const { prefix, rest } = indicator;
      const parts = rest.length === 6 ? group(rest, [3, 3]) : group(rest, [3, 4]);
      const written = random.weighted({
        spaced: 5,
        compact: 2,
        dashed: 1,
        plus: 2,
        plusCompact: 1,
        bracket: 1,
      });
      const text = {
        spaced: `0${prefix} ${parts.join(' ')}`,
        compact: `0${prefix}${rest}`,
        dashed: `0${prefix}-${parts.join('-')}`,
        plus: `+855 ${prefix} ${parts.join(' ')}`,
        plusCompact: `855${prefix}${rest}`,
        bracket: `(+855) ${prefix} ${parts.join(' ')}`,
      }[written];
      return khmerDigits(text);
    }
    case 'account': {
      const { bank, number } = indicator;
      const shown =
        bank === 'ABA'
          ? random.chance(0.5)
            ? group(number, [3, 3, 3]).join(' ')
            : number
          : bank === 'ACLEDA'
            ? group(number, [4, 2, 6, 1, 1]).join('-')
            : number;
      const label = bank === 'Bakong' ? 'Bakong ID' : `${bank} account`;
      return lang === 'km'
        ? `គណនី ${bank}${bank === 'ABA' ? ' លេខ' : ''} ${bank === 'Bakong' ? shown : khmerDigits(shown)}`
        : `${label} ${shown}`;
    }
    case 'url': {
      const { host, path } = indicator;
      const defanged = random.chance(0.35);
      const shownHost = defanged ? host.replace(/\.(?=[^.]+$)/, '[.]') : host;
      const scheme = random.pick(['https://', 'http://', '']);
      return `${defanged && scheme ? scheme.replace('tt', 'xx') : scheme}${shownHost}${path}`;
    }
    case 'social': {
      const { style, id } = indicator;
      if (style === 'handle') return `@${id}`;
      if (style === 'telegram') return `${random.pick(['https://', ''])}t.me/${id}`;
      const host = random.pick([
        'https://www.facebook.com',
        'facebook.com',
        'https://m.facebook.com',
      ]);
      return style === 'profile' ? `${host}/profile.php?id=${id}` : `${host}/${id}`;
    }
  }
}

/**
 * Draws the indicators of reports: with probability `popularShare` one of `popularCount`
 * known values (Zipf-distributed: the first appear in thousands of reports, the tail in a
 * few), otherwise a fresh value.
 */
export function createIndicatorSource(
  random: Random,
  options: { popularCount: number; popularShare: number; exponent: number },
) {
  const popular = new Map<SlotKind, Indicator[]>();
  const zipf = createZipf(random, options.popularCount, options.exponent);
  const popularOf = (kind: SlotKind) => {
    let list = popular.get(kind);
    if (!list) {
      list = Array.from({ length: options.popularCount }, () => newIndicator(random, kind));
      popular.set(kind, list);
    }
    return list;
  };
  return (kind: SlotKind): Indicator =>
    random.chance(options.popularShare) ? popularOf(kind)[zipf()]! : newIndicator(random, kind);
}
