import { normaliseCambodianPhone } from './phone.ts';
import type { Scanner } from './scanner.ts';

const ETHEREUM = /(?<!\w)0x[0-9a-fA-F]{40}(?!\w)/g;
const BECH32 = /(?<!\w)bc1[02-9ac-hj-np-z]{11,71}(?!\w)/gi;
const BASE58 = /(?<!\w)[13T][1-9A-HJ-NP-Za-km-z]{25,34}(?!\w)/g;
const HEX_RUN = /(?<!\w)[0-9a-fA-F]{32,64}(?!\w)/g;
const HASH_TYPES = { 32: 'md5', 40: 'sha1', 64: 'sha256' } as const;

/** A run of digits with up to three separators between them: a phone, maybe several. */
const DIGIT_RUN = /(?<![\w+.,/-])(?:\+|\(\+?)?\d(?:[ .\-()]{0,3}\d){7,24}(?!\w|[.,/-]\d)/g;
const DIGIT_GROUP = /[+(]*\d+\)?(?:\(\d\)\d+)?/g;
const MAX_PHONE_DIGITS = 13;

/** Digits, optionally spaced, as account numbers are written: 6 to 20 of them. */
const ACCOUNT = /(?<![\w.,/-])\d(?: ?\d){5,19}(?!\w|[.,/-]\d)/g;
const ACCOUNT_KEYWORD =
  /\b(?:account|acc|acct|a\/c|aba|acleda|wing|true ?money|pi ?pay|bakong|khqr)\b|លេខគណនី|គណនី/gi;
const CURRENCY_AFTER = /^\s?(?:\$|៛|usd\b|khr\b|riels?\b|dollars?\b|រៀល|ដុល្លារ)/i;
const CURRENCY_BEFORE = /(?:\$|៛|usd|khr)\s?$/i;

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
 * Cambodian phone numbers, stored in E.164. A run of digits may hold several numbers or a
 * number next to something else, so windows of its groups are tried, longest first.
 */
export function matchPhones(scanner: Scanner): void {
  for (const run of scanner.text.matchAll(DIGIT_RUN)) {
    const groups = [...run[0].matchAll(DIGIT_GROUP)].map((group) => ({
      start: run.index + group.index,
      end: run.index + group.index + group[0].length,
      digits: group[0].replace(/\D/g, '').length,
      canStart: /^(?:[+(]|0|855)/.test(group[0]),
    }));
    for (let first = 0; first < groups.length; first += 1) {
      if (!groups[first]?.canStart) continue;
      // "+855 (0)12 345 678" has 12 digits at most; a longer window cannot be one number.
      let last = first;
      for (let digits = 0; last < groups.length; last += 1) {
        digits += groups[last]?.digits ?? 0;
        if (digits > MAX_PHONE_DIGITS) break;
      }
      for (last -= 1; last >= first; last -= 1) {
        const start = groups[first]?.start ?? 0;
        const end = groups[last]?.end ?? 0;
        const value = normaliseCambodianPhone(scanner.text.slice(start, end));
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
 * amount ("500 000 រៀល") and never a number that is a Cambodian phone.
 */
export function matchAccounts(scanner: Scanner): void {
  const { text } = scanner;
  const near = scanner.accountContext ? null : nearKeywords(text);
  for (const match of text.matchAll(ACCOUNT)) {
    const start = match.index;
    const end = start + match[0].length;
    const close = !near || near.after[start] === 1 || near.before[end] === 1;
    if (!close || !scanner.isFree(start, end)) continue;
    if (CURRENCY_AFTER.test(text.slice(end, end + 12))) continue;
    if (CURRENCY_BEFORE.test(text.slice(Math.max(0, start - 5), start))) continue;
    if (normaliseCambodianPhone(match[0])) continue;
    scanner.add({ type: 'bank-account', value: match[0].replace(/ /g, ''), start, end });
  }
}
