import { normaliseCambodianPhone, normaliseInternationalPhone } from './phone.ts';
import type { Scanner } from './scanner.ts';

const ETHEREUM = /(?<!\w)0x[0-9a-fA-F]{40}(?!\w)/g;
const BECH32 = /(?<!\w)bc1[02-9ac-hj-np-z]{11,71}(?!\w)/gi;
const BASE58 = /(?<!\w)[13T][1-9A-HJ-NP-Za-km-z]{25,34}(?!\w)/g;
const HEX_RUN = /(?<!\w)[0-9a-fA-F]{32,64}(?!\w)/g;
const HASH_TYPES = { 32: 'md5', 40: 'sha1', 64: 'sha256' } as const;

/**
 * A run of digits with up to three separators between them: a phone, maybe several. A run
 * may follow a slash ("012 345 678/097 123 4567") or "Tel.", not a decimal point.
 */
const DIGIT_RUN = /(?<![\w+,-]|\d\.)(?:\+|\(\+?)?\d(?:[ .\-()]{0,3}\d){7,24}(?!\w|[.,-]\d)/g;
const DIGIT_GROUP = /[+(]*\d+\)?(?:\(\d\)\d+)?/g;
const MAX_PHONE_DIGITS = 15;

/** Digits, spaced or hyphenated, as account numbers are written: 6 to 20 of them. */
const ACCOUNT = /(?<![\w.,/-])\d(?:[ -]?\d){5,19}(?!\w|[.,/-]\d)/g;
/** Banks and e-wallets victims name, in Latin and in Khmer script, and the word "account". */
const ACCOUNT_KEYWORD = new RegExp(
  String.raw`\b(?:account|acc|acct|a\/c|bank|wallet|aba|acleda|wing|true ?money|pi ?pay` +
    String.raw`|bakong|khqr|canadia|prince|sathapana|vattanac|prasac|hattha|amk|chip ?mong` +
    String.raw`|ftb|ppcb|cimb|maybank|amret|ly ?hour|e-?money|cellpay)\b` +
    '|លេខគណនី|គណនី|ធនាគារ|វីង|អេស៊ីលីដា|អេប៊ីអេ',
  'gi',
);
const CURRENCY_AFTER = /^\s?(?:\$|៛|usd\b|khr\b|riels?\b|dollars?\b|រៀល|ដុល្លារ)/i;
const CURRENCY_BEFORE = /(?:\$|៛|usd|khr)\s?$/i;
/** Words after which a number is an amount or a reference, not an account. */
const NOT_ACCOUNT_BEFORE = new RegExp(
  String.raw`(?:\b(?:amount|total|sum|ref(?:erence)?|trx|txn|transaction|invoice|order)` +
    String.raw`(?:\.?\s*(?:id|no|number|#))?|ចំនួន(?:ទឹក)?(?:ប្រាក់|លុយ)?|ទឹកប្រាក់|សរុប|លេខយោង` +
    String.raw`|លេខប្រតិបត្តិការ)\.?\s*[:#=]?\s*$`,
  'i',
);
/** A one-time code or PIN named shortly before a short number: "កូដ OTP របស់អ្នកគឺ 482913". */
const CODE_BEFORE = /(?:\b(?:otp|pin|code)\b|កូដ)\D{0,24}$/i;
/** A date written with hyphens: "12-03-2026", "2026-03-12". */
const HYPHEN_DATE = /^(?:\d{1,2}-\d{1,2}-\d{2,4}|\d{4}-\d{1,2}-\d{1,2})$/;
/** Bakong account IDs: a name at a bank's short code ("sokdara@aclb", "chan_tha@wing"). */
const BAKONG_ID = /(?<![\w.@%+-])[A-Za-z0-9][\w.]{1,40}@[A-Za-z]{3,8}(?![\w@-]|\.\w)/g;

/** Base58 addresses mix cases and digits; a word or a number does not. */
const looksRandom = (value: string): boolean =>
  /[a-z]/.test(value) && /[A-Z]/.test(value) && /\d/.test(value);

/** Ethereum (0x…), Bitcoin (1…, 3…, bc1…) and TRON (T…, the USDT-TRC20 rail) addresses. */
export function matchCryptoWallets(scanner: Scanner): void {
  const add = (start: number, written: string, value: string) => {
    const end = start + written.length;
    if (scanner.isFree(start, end)) scanner.add({ type: 'crypto-wallet', value, start, end });
  };
  for (const match of scanner.text.matchAll(ETHEREUM)) {
    add(match.index, match[0], match[0].toLowerCase());
  }
  for (const match of scanner.text.matchAll(BECH32)) {
    const written = match[0];
    if (written !== written.toLowerCase() && written !== written.toUpperCase()) continue;
    add(match.index, written, written.toLowerCase());
  }
  for (const match of scanner.text.matchAll(BASE58)) {
    const written = match[0];
    const tron = written.startsWith('T') && written.length === 34;
    if ((tron || !written.startsWith('T')) && looksRandom(written)) {
      add(match.index, written, written);
    }
  }
}

/** MD5, SHA-1 and SHA-256 in hex, alone: not part of a longer hex run. */
export function matchHashes(scanner: Scanner): void {
  for (const match of scanner.text.matchAll(HEX_RUN)) {
    const written = match[0];
    const type = HASH_TYPES[written.length as keyof typeof HASH_TYPES] as
      (typeof HASH_TYPES)[keyof typeof HASH_TYPES] | undefined;
    if (!type || !/[a-f]/i.test(written) || !/\d/.test(written)) continue;
    const end = match.index + written.length;
    if (!scanner.isFree(match.index, end)) continue;
    scanner.add({ type, value: written.toLowerCase(), start: match.index, end });
  }
}

/**
 * Phone numbers in E.164: Cambodian ones however written, foreign ones written with their
 * + and country code. A run of digits may hold several numbers or a number next to
 * something else, so windows of its groups are tried, longest first.
 */
export function matchPhones(scanner: Scanner): void {
  for (const run of scanner.text.matchAll(DIGIT_RUN)) {
    const groups = [...run[0].matchAll(DIGIT_GROUP)].map((group) => ({
      start: run.index + group.index,
      end: run.index + group.index + group[0].length,
      digits: group[0].replace(/\D/g, '').length,
      canStart: /^(?:[+(]|0|855)/.test(group[0]),
    }));
    // A number starts and ends at a space in the run: "0001-01-234567" holds no "01-234567".
    const spaceBefore = groups.map((group, i) => {
      const previous = groups[i - 1];
      return !previous || /\s/.test(scanner.text.slice(previous.end, group.start));
    });
    for (let first = 0; first < groups.length; first += 1) {
      if (!groups[first]?.canStart || !spaceBefore[first]) continue;
      // E.164 has 15 digits at most; a longer window cannot be one number.
      let last = first;
      for (let digits = 0; last < groups.length; last += 1) {
        digits += groups[last]?.digits ?? 0;
        if (digits > MAX_PHONE_DIGITS) break;
      }
      for (last -= 1; last >= first; last -= 1) {
        if (last + 1 < groups.length && !spaceBefore[last + 1]) continue;
        const start = groups[first]?.start ?? 0;
        const end = groups[last]?.end ?? 0;
        const written = scanner.text.slice(start, end);
        // A foreign number's length varies with its country, so it must end the run.
        const value =
          normaliseCambodianPhone(written) ??
          (last === groups.length - 1 ? normaliseInternationalPhone(written) : null);
        if (!value || !scanner.isFree(start, end)) continue;
        scanner.add({ type: 'phone', value, start, end });
        first = last;
        break;
      }
    }
  }
}

/** Where a number may start (after) or end (before) to count as next to an account keyword. */
function nearKeywords(text: string): { after: Uint8Array; before: Uint8Array } {
  const after = new Uint8Array(text.length + 1);
  const before = new Uint8Array(text.length + 1);
  for (const keyword of text.matchAll(ACCOUNT_KEYWORD)) {
    const end = keyword.index + keyword[0].length;
    after.fill(1, end, Math.min(text.length, end + 40) + 1);
    before.fill(1, Math.max(0, keyword.index - 30), keyword.index + 1);
  }
  return { after, before };
}

/**
 * Bank and e-wallet account numbers: only next to a keyword (ABA, Wing, គណនី…), never an
 * amount ("500 000 រៀល", "ចំនួន 250000", "1 000 000"), a reference, a date or a number
 * that is a Cambodian phone. A leading zero makes it an account even before a currency:
 * "001 234 567 USD" is an account held in dollars.
 */
export function matchAccounts(scanner: Scanner): void {
  const { text } = scanner;
  const near = scanner.accountContext ? null : nearKeywords(text);
  for (const match of text.matchAll(ACCOUNT)) {
    const start = match.index;
    const end = start + match[0].length;
    const close = !near || near.after[start] === 1 || near.before[end] === 1;
    if (!close || !scanner.isFree(start, end)) continue;
    const digits = match[0].replace(/[ -]/g, '');
    const amount =
      /^[1-9]\d*000$/.test(digits) ||
      (!digits.startsWith('0') &&
        (CURRENCY_AFTER.test(text.slice(end, end + 12)) ||
          CURRENCY_BEFORE.test(text.slice(Math.max(0, start - 5), start))));
    if (amount || HYPHEN_DATE.test(match[0])) continue;
    const before = text.slice(Math.max(0, start - 32), start);
    if (NOT_ACCOUNT_BEFORE.test(before)) continue;
    if (digits.length <= 6 && CODE_BEFORE.test(before)) continue;
    if (normaliseCambodianPhone(match[0])) continue;
    scanner.add({ type: 'bank-account', value: digits, start, end });
  }
}

/** Bakong account IDs ("sokdara@aclb") next to a keyword, as bank accounts in lower case. */
export function matchBakongIds(scanner: Scanner): void {
  const { text } = scanner;
  const near = scanner.accountContext ? null : nearKeywords(text);
  for (const match of text.matchAll(BAKONG_ID)) {
    const start = match.index;
    const end = start + match[0].length;
    const close = !near || near.after[start] === 1 || near.before[end] === 1;
    if (!close || !scanner.isFree(start, end)) continue;
    scanner.add({ type: 'bank-account', value: match[0].toLowerCase(), start, end });
  }
}
