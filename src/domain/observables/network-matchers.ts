import {
  canonicalUrl,
  normaliseDomain,
  normaliseHostName,
  normaliseIpv4,
  normaliseIpv6,
} from './network.ts';
import { normalisePhone } from './phone.ts';
import type { Scanner } from './scanner.ts';
import { trimTrailing } from './scanner.ts';
import { phoneOfChatLink, socialHandleOf } from './social.ts';

// Every pattern starts with a look-behind that rejects a start inside a longer token, so
// each token is scanned once and a match costs time linear in the input.
const SOCIAL_LINK =
  /(?<![\w.@/-])(?:https?:\/\/)?(?:(?:www|m|web|mbasic|mobile|vm)\.)?(?:facebook\.com|fb\.com|fb\.me|m\.me|t\.me|telegram\.me|tiktok\.com|instagram\.com|wa\.me)\/[^\s"<>\u0080-\uffff]*/gi;
const URL_PATTERN = /(?<!\w)(?:https?|ftp):\/\/[^\s"<>\u0080-\uffff]+/gi;
const EMAIL = /(?<![\w.%+-])[\w.%+-]{1,64}@[A-Za-z0-9][A-Za-z0-9.-]*/g;
const IPV4 = /(?<![\w.])(?:\d{1,3}\.){3}\d{1,3}(?:\/\d{1,2})?(?!\w|\.\d)/g;
const IPV6 = /(?<![\w:.])[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]*(?:[0-9A-Fa-f]|::)(?:\/\d{1,3})?(?![\w:])/g;
const DOMAIN = /(?<![\w.@/:-])[A-Za-z0-9][A-Za-z0-9.-]*/g;
/** A link written without its scheme: a host name, a slash and a path. */
const BARE_URL = /(?<![\w.@/:-])[A-Za-z0-9][A-Za-z0-9.-]*\/[^\s"<>\u0080-\uffff]*/g;

/** The host of a URL as an observable of its own: a domain or an IP address. */
function addHost(scanner: Scanner, host: string, start: number, end: number): void {
  const bare = host.replace(/^\[|\]$/g, '');
  const text = scanner.text.slice(start, end).toLowerCase();
  const at = text.indexOf(bare);
  const span = at < 0 ? { start, end } : { start: start + at, end: start + at + bare.length };
  const ipv4 = normaliseIpv4(bare);
  const ipv6 = ipv4 ? null : normaliseIpv6(bare);
  const domain = ipv4 || ipv6 ? null : normaliseHostName(bare);
  if (ipv4) scanner.add({ type: 'ipv4', value: ipv4, ...span }, false);
  else if (ipv6) scanner.add({ type: 'ipv6', value: ipv6, ...span }, false);
  else if (domain) scanner.add({ type: 'domain', value: domain, ...span }, false);
}

/** facebook.com/…, t.me/…, tiktok.com/@…: the link and the account it points to. */
export function matchSocialLinks(scanner: Scanner): void {
  for (const match of scanner.text.matchAll(SOCIAL_LINK)) {
    const written = trimTrailing(match[0]);
    const start = match.index;
    const end = start + written.length;
    const withScheme = /^https?:\/\//i.test(written) ? written : `https://${written}`;
    const parsed = canonicalUrl(withScheme);
    if (!parsed) continue;
    scanner.add({ type: 'url', value: parsed.url, start, end });
    const handle = socialHandleOf(parsed.url);
    if (handle) scanner.add({ type: 'social-handle', value: handle, start, end });
    addChatPhone(scanner, parsed.url, start, end);
  }
}

/** The phone a WhatsApp or Telegram link opens. */
function addChatPhone(scanner: Scanner, url: string, start: number, end: number): void {
  const written = phoneOfChatLink(url);
  const phone = written ? normalisePhone(written) : null;
  if (!written || !phone) return;
  const at = scanner.text.slice(start, end).lastIndexOf(written.slice(1));
  const span =
    at < 0 ? { start, end } : { start: start + at, end: start + at + written.length - 1 };
  scanner.add({ type: 'phone', value: phone, ...span }, false);
}

/** http(s) and ftp links, refanged; the host is returned as a domain too. */
export function matchUrls(scanner: Scanner): void {
  for (const match of scanner.text.matchAll(URL_PATTERN)) {
    const written = trimTrailing(match[0]);
    const start = match.index;
    const end = start + written.length;
    if (!scanner.isFree(start, end)) continue;
    const parsed = canonicalUrl(written);
    if (!parsed) continue;
    scanner.add({ type: 'url', value: parsed.url, start, end });
    addHost(scanner, parsed.host, start, end);
    addChatPhone(scanner, parsed.url, start, end);
  }
}

/**
 * Links without a scheme ("bit[.]ly/wing-reward", "aba-kh.info/verify") as https URLs, when
 * the host is under a known top-level domain and a path follows the slash.
 */
export function matchBareUrls(scanner: Scanner): void {
  for (const match of scanner.text.matchAll(BARE_URL)) {
    const written = trimTrailing(match[0]);
    const slash = written.indexOf('/');
    const domain = normaliseDomain(written.slice(0, slash));
    const start = match.index;
    const end = start + written.length;
    if (!domain || written.length - slash < 2 || !scanner.isFree(start, end)) continue;
    const parsed = canonicalUrl(`https://${written}`);
    if (parsed?.host !== domain) continue;
    scanner.add({ type: 'url', value: parsed.url, start, end });
    scanner.add({ type: 'domain', value: domain, start, end: start + slash }, false);
  }
}

export function matchEmails(scanner: Scanner): void {
  for (const match of scanner.text.matchAll(EMAIL)) {
    const [local = '', host = ''] = match[0].split('@');
    // The @ already says it is a host: "Sok@Gmail.Com" as a phone keyboard capitalises it.
    const domain = normaliseDomain(host.replace(/[.-]+$/, '').toLowerCase());
    if (!domain || local.startsWith('.') || local.endsWith('.')) continue;
    const start = match.index;
    const end = start + local.length + 1 + host.replace(/[.-]+$/, '').length;
    if (!scanner.isFree(start, end)) continue;
    scanner.add({ type: 'email', value: `${local}@${domain}`.toLowerCase(), start, end });
  }
}

export function matchIpAddresses(scanner: Scanner): void {
  for (const match of scanner.text.matchAll(IPV4)) {
    const [address = '', prefix] = match[0].split('/');
    const value = normaliseIpv4(address);
    const end = match.index + match[0].length;
    if (!value || !scanner.isFree(match.index, end)) continue;
    if (prefix !== undefined && Number(prefix) > 32) continue;
    const type = prefix === undefined ? 'ipv4' : 'cidr';
    const normalised = prefix === undefined ? value : `${value}/${Number(prefix)}`;
    scanner.add({ type, value: normalised, start: match.index, end });
  }
  for (const match of scanner.text.matchAll(IPV6)) {
    const [address = '', prefix] = match[0].split('/');
    const value = normaliseIpv6(address);
    const end = match.index + match[0].length;
    if (!value || !scanner.isFree(match.index, end)) continue;
    if (prefix !== undefined && Number(prefix) > 128) continue;
    const type = prefix === undefined ? 'ipv6' : 'cidr';
    const normalised = prefix === undefined ? value : `${value}/${Number(prefix)}`;
    scanner.add({ type, value: normalised, start: match.index, end });
  }
}

/** Host names under a known top-level domain; "receipt.png" and "v1.2" are not. */
export function matchDomains(scanner: Scanner): void {
  for (const match of scanner.text.matchAll(DOMAIN)) {
    const written = match[0].replace(/[.-]+$/, '');
    const end = match.index + written.length;
    const value = normaliseDomain(written);
    if (!value || !scanner.isFree(match.index, end)) continue;
    scanner.add({ type: 'domain', value, start: match.index, end });
  }
}
