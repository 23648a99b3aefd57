/**
 * Search tokens for free text in Khmer, English and both. Khmer is written without spaces
 * between words, so words are found with ICU's dictionary segmentation (Intl.Segmenter);
 * the tokens are stored space-separated in a column that PostgreSQL indexes as
 * to_tsvector('simple', …), and a user's query becomes to_tsquery('simple', …) of the
 * same tokens. Pure string work, no I/O.
 */
import { extractObservables } from '../observables/extract-observables.ts';
import { refangValue } from '../observables/refang.ts';
import { toAsciiDigits } from '../reports/text.ts';

const WORDS = new Intl.Segmenter('km', { granularity: 'word' });
const MAX_TOKEN_LENGTH = 100;
const MAX_QUERY_TERMS = 16;

/** Where Khmer meets another script with no space: "តាមABA", "គណនីFacebook", "លេខ012…". */
const SCRIPT_CHANGE =
  /(?<=[\u1780-\u17FF])(?=[^\u1780-\u17FF\s])|(?<=[^\u1780-\u17FF\s])(?=[\u1780-\u17FF])/g;

/**
 * Lower case, NFC, ASCII digits, defanged links working again, zero-width spaces as spaces,
 * and a space where Khmer meets another script: ICU would keep "តាមaba" as one word.
 */
function prepare(text: string): string {
  const plain = text
    .replace(/\u200B/g, ' ')
    // Soft hyphen, ZWNJ, ZWJ, word joiner, BOM: typed or pasted inside words.
    .replace(/\u00AD|\u200C|\u200D|\u2060|\uFEFF/g, '')
    .toLowerCase()
    .normalize('NFC');
  return refangValue(toAsciiDigits(plain)).replace(SCRIPT_CHANGE, ' ');
}

/** The word-like segments of prepared text, as ICU finds them. */
function wordTokens(prepared: string): string[] {
  const tokens: string[] = [];
  for (const { segment, isWordLike } of WORDS.segment(prepared)) {
    if (isWordLike && segment.length <= MAX_TOKEN_LENGTH) tokens.push(segment);
  }
  return tokens;
}

/**
 * Indicators named in the text, normalised ("+85512345678", "aba-bank-verify.com",
 * "scam@gmail.com"), so a phone or a domain is found however it was written. URLs are left
 * out: their punctuation does not survive a tsquery; their host is a domain of its own.
 */
function indicators(text: string, accountContext: boolean) {
  return extractObservables(text, { accountContext })
    .filter(({ type, value }) => type !== 'url' && value.length <= MAX_TOKEN_LENGTH)
    .map((found) => ({ ...found, value: found.value.toLowerCase().normalize('NFC') }));
}

/**
 * The search tokens of a text: its words (lower case, NFC, Khmer digits as ASCII, Khmer
 * split into words) followed by the normalised indicators it names.
 */
export function searchTokens(text: string): string[] {
  const tokens = wordTokens(prepare(text));
  const seen = new Set(tokens);
  for (const { value } of indicators(text, false)) {
    if (!seen.has(value)) tokens.push(value);
    seen.add(value);
  }
  return tokens;
}

const KHMER = /[\u1780-\u17FF]/;
const COENG = 0x17d2;
/** Signs that mark a consonant as the final of a syllable: bantoc, toandakhiat, kakabat, ahsda. */
const FINAL_SIGNS = new Set([0x17cb, 0x17cd, 0x17ce, 0x17cf]);
const SUBWORD_CACHE_SIZE = 20_000;
const subwordCache = new Map<string, readonly string[]>();

/** The token as ICU segments it on its own, when that is the whole of it. */
const isOneWord = (text: string): boolean => {
  const words = wordTokens(text);
  return words.length === 1 && words[0] === text;
};

/**
 * The words inside a Khmer token that ICU's dictionary keeps whole ("របស់ខ្ញុំ",
 * "អ្នកបោកប្រាស់", "លេខសម្ងាត់"), two levels deep: a token is cut before a consonant that
 * can start a syllable when both halves are words on their own. Some halves are syllables
 * rather than words; they only make the index a little larger.
 */
function khmerSubwords(token: string, depth = 2): readonly string[] {
  const cached = depth === 2 ? subwordCache.get(token) : undefined;
  if (cached) return cached;
  const found = new Set<string>();
  for (let cut = 2; depth > 0 && cut <= token.length - 2; cut += 1) {
    const code = token.charCodeAt(cut);
    if (code < 0x1780 || code > 0x17b3 || token.charCodeAt(cut - 1) === COENG) continue;
    if (FINAL_SIGNS.has(token.charCodeAt(cut + 1))) continue;
    const head = token.slice(0, cut);
    const tail = token.slice(cut);
    if (!isOneWord(head) || !isOneWord(tail)) continue;
    for (const part of [head, tail]) {
      found.add(part);
      for (const inner of khmerSubwords(part, depth - 1)) found.add(inner);
    }
  }
  const subwords = [...found];
  if (depth === 2) {
    if (subwordCache.size >= SUBWORD_CACHE_SIZE) subwordCache.clear();
    subwordCache.set(token, subwords);
  }
  return subwords;
}

/**
 * The tokens to index for some texts (a title, a description…): the search tokens of each,
 * and the words inside Khmer compounds that ICU keeps whole, so that "ខ្ញុំ" finds
 * "…របស់ខ្ញុំ…". Every term searchQueryTerms finds in a query is among the tokens of a text
 * that contains the query's words.
 */
export function indexTokens(...parts: (string | null | undefined)[]): string[] {
  const tokens: string[] = [];
  const extra = new Set<string>();
  for (const part of parts) {
    if (!part) continue;
    for (const token of searchTokens(part)) {
      tokens.push(token);
      if (!KHMER.test(token)) continue;
      for (const subword of khmerSubwords(token)) extra.add(subword);
    }
  }
  const seen = new Set(tokens);
  return [...tokens, ...[...extra].filter((subword) => !seen.has(subword))];
}

/** The space-separated index tokens of some texts, for to_tsvector('simple', …). */
export const indexText = (...parts: (string | null | undefined)[]): string =>
  indexTokens(...parts).join(' ');

/**
 * The terms of a user's query, to be matched all together (AND): each indicator it names as
 * one normalised term (a phone however written, a domain, an account number: a number in a
 * query is taken for one), then its words; no duplicates, at most 16.
 */
export function searchQueryTerms(query: string): string[] {
  const found = indicators(query, true);
  // The words of the query without the indicators, which are terms of their own.
  let words = '';
  let last = 0;
  for (const { index, raw } of found) {
    if (index >= last) words += `${query.slice(last, index)} `;
    last = Math.max(last, index + raw.length);
  }
  words += query.slice(last);
  const terms = new Set([...found.map(({ value }) => value), ...wordTokens(prepare(words))]);
  return [...terms].slice(0, MAX_QUERY_TERMS);
}

/** Characters with a meaning in tsquery syntax; a term never carries them. */
const TSQUERY_SPECIAL = /[&|!():*'\\<>\s]+/g;

/**
 * A to_tsquery('simple', …) text matching every term: each term single-quoted, with the
 * characters of the tsquery syntax replaced by spaces (inside quotes PostgreSQL parses the
 * term into the same lexemes as to_tsvector does), joined with " & "; '' without terms.
 */
export function tsQueryOf(terms: readonly string[]): string {
  return terms
    .map((term) => term.replace(TSQUERY_SPECIAL, ' ').trim())
    .filter((term) => term !== '')
    .map((term) => `'${term}'`)
    .join(' & ');
}
