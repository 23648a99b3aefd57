import { toAsciiDigits } from '../reports/text.ts';
import type { ExtractedObservable, ObservableType } from './observable.schemas.ts';
import {
  matchAccounts,
  matchBakongIds,
  matchCryptoWallets,
  matchHashes,
  matchPhones,
} from './money-matchers.ts';
import {
  matchBareUrls,
  matchDomains,
  matchEmails,
  matchIpAddresses,
  matchSocialLinks,
  matchUrls,
} from './network-matchers.ts';
import { canonicalUrl, normaliseDomain, normaliseIpv4, normaliseIpv6 } from './network.ts';
import { normalisePhone } from './phone.ts';
import { refang, refangValue } from './refang.ts';
import { createScanner, type Scanner } from './scanner.ts';

export type ExtractOptions = {
  /**
   * The text answers a question about an account ("which account received the money?"),
   * so a number in it is an account number without a keyword beside it.
   */
  accountContext?: boolean;
};

const HANDLE = /(?<![\w.@/])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,30}[A-Za-z0-9_])?(?![\w@])/g;

/**
 * @handles as Telegram, TikTok and Instagram users write them; not e-mail addresses, nor
 * the domain of one ("@gmail.com").
 */
function matchHandles(scanner: Scanner): void {
  for (const match of scanner.text.matchAll(HANDLE)) {
    const end = match.index + match[0].length;
    if (!/[a-z]/i.test(match[0]) || normaliseDomain(match[0].slice(1).toLowerCase())) continue;
    if (!scanner.isFree(match.index, end)) continue;
    scanner.add({ type: 'social-handle', value: match[0].toLowerCase(), start: match.index, end });
  }
}

// Most specific first: a URL's digits are not a phone, an e-mail's host is not a domain.
const MATCHERS = [
  matchSocialLinks,
  matchUrls,
  matchBareUrls,
  matchEmails,
  matchBakongIds,
  matchCryptoWallets,
  matchHashes,
  matchIpAddresses,
  matchDomains,
  matchPhones,
  matchAccounts,
  matchHandles,
];

/**
 * Indicators in a report's free text: IP addresses and CIDR blocks, domains, URLs (defanged
 * or without a scheme too), e-mail addresses, phones (E.164: Cambodian ones however written,
 * foreign ones with their +), bank and e-wallet accounts (Bakong IDs too), crypto wallets,
 * file hashes and social-media profiles. Khmer digits count as digits and zero-width spaces
 * as spaces. Each (type, value) appears once, at the first place it was written.
 */
export function extractObservables(
  text: string,
  options: ExtractOptions = {},
): ExtractedObservable[] {
  // Both replacements keep every character in place, so offsets still point into `text`.
  const plain = toAsciiDigits(text).replace(/[\u200B-\u200D\uFEFF]/g, ' ');
  const { text: scanned, offsets } = refang(plain);
  const scanner = createScanner(scanned, options.accountContext ?? false);
  for (const matcher of MATCHERS) matcher(scanner);

  const seen = new Set<string>();
  return scanner.found
    .map((found) => {
      const index = offsets[found.start] ?? 0;
      const raw = text.slice(index, offsets[found.end] ?? text.length);
      return { type: found.type, value: found.value, raw, index };
    })
    .sort((a, b) => a.index - b.index)
    .filter((observable) => {
      const key = `${observable.type}\u0000${observable.value}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

/**
 * The normalised form of a value an organisation supplied with its type, so it compares
 * equal to the same indicator extracted from text; unchanged when it does not parse.
 */
export function normaliseObservableValue(type: ObservableType, value: string): string {
  const plain = refangValue(toAsciiDigits(value.trim()));
  switch (type) {
    case 'phone':
      return normalisePhone(plain) ?? plain;
    case 'domain':
      return normaliseDomain(plain) ?? plain.toLowerCase();
    case 'url': {
      // A link without a scheme is extracted as https, so it is supplied as one too.
      const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(plain) ? plain : `https://${plain}`;
      return canonicalUrl(withScheme)?.url ?? plain;
    }
    case 'ipv4':
      return normaliseIpv4(plain) ?? plain;
    case 'ipv6':
      return normaliseIpv6(plain) ?? plain.toLowerCase();
    case 'email':
    case 'md5':
    case 'sha1':
    case 'sha256':
    case 'social-handle':
      return plain.toLowerCase();
    case 'bank-account':
      // A Bakong ID ("Sokdara@ABAA") is a name; other accounts are digits.
      return plain.includes('@') ? plain.toLowerCase() : plain.replace(/[\s-]/g, '');
    case 'crypto-wallet':
      return /^(?:0x|bc1)/i.test(plain) ? plain.toLowerCase() : plain;
    case 'cidr':
      return plain.toLowerCase();
  }
}
