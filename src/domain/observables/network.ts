/**
 * Validators and normalisers for network indicators: host names with a real top-level
 * domain, IPv4, IPv6 and CIDR blocks, URLs. Pure string work, no I/O.
 */

/**
 * A compact list of top-level domains seen in reports. File extensions that are also TLDs
 * (.zip, .mov) are left out on purpose: "receipt.zip" is a file far more often than a site.
 */
const TLDS = new Set(
  (
    'com net org info biz io co me xyz top online site shop store app dev club vip live cc ' +
    'tk ml ga cf gq pw ws ru cn uk us de fr jp kr sg th vn my la id ph in au nz ca eu hk tw ' +
    'mo mm bd pk lk np kh edu gov int mil tv link click icu buzz cloud asia pro work fun ' +
    'cyou cam bet win loan ltd tech space website host support services finance bank money ' +
    'mobi to ly gl gg ai es it nl ch se be at pl su ua tr br mx ar za ng ae sa ir il gr pt ' +
    'cz ro hu dk no fi ie news blog today world life email digital agency company network ' +
    'group global center solutions systems exchange trade market shopping vin monster sbs ' +
    'cfd rest bond lol uno best one'
  ).split(' '),
);

/** Second-level domains under .kh where names are registered. */
const KH_SECOND_LEVELS = new Set(['com', 'gov', 'edu', 'org', 'net', 'per', 'mil']);

const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/**
 * The host name in lower case when `candidate` is one under a known top-level domain, or
 * null. A TLD in mixed case ("done.It") is a missing space, not a site.
 */
export function normaliseDomain(candidate: string): string | null {
  const trimmed = candidate.replace(/\.$/, '');
  if (trimmed.length > 253) return null;
  const labels = trimmed.split('.');
  const tld = labels.at(-1) ?? '';
  if (labels.length < 2 || (tld !== tld.toLowerCase() && tld !== tld.toUpperCase())) return null;
  const lower = labels.map((label) => label.toLowerCase());
  if (!lower.every((label) => LABEL.test(label))) return null;
  const last = lower.at(-1) ?? '';
  if (!TLDS.has(last)) return null;
  if (last === 'kh' && !KH_SECOND_LEVELS.has(lower.at(-2) ?? '')) return null;
  if (last === 'kh' && lower.length < 3) return null;
  return lower.join('.');
}

/**
 * The host name of a URL in lower case, or null. A scheme already says it is a host, so any
 * alphabetic top-level domain counts ("forms.gle", "aba-bank.help"), not only known ones.
 */
export function normaliseHostName(candidate: string): string | null {
  const lower = candidate.replace(/\.$/, '').toLowerCase();
  if (lower.length > 253) return null;
  const labels = lower.split('.');
  const tld = labels.at(-1) ?? '';
  if (labels.length < 2 || !/^(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/.test(tld)) return null;
  return labels.every((label) => LABEL.test(label)) ? lower : null;
}

/** Dotted-quad IPv4 without leading zeros, or null. */
export function normaliseIpv4(candidate: string): string | null {
  const parts = candidate.split('.');
  if (parts.length !== 4) return null;
  const octets = parts.map((part) => (/^\d{1,3}$/.test(part) ? Number(part) : NaN));
  if (octets.some((octet) => !(octet >= 0 && octet <= 255))) return null;
  return octets.join('.');
}

function expandIpv6(candidate: string): number[] | null {
  let text = candidate.toLowerCase();
  // An embedded IPv4 tail ("::ffff:192.0.2.1") becomes its two hex groups.
  const v4 = /(?:^|:)(\d{1,3}(?:\.\d{1,3}){3})$/.exec(text);
  if (v4?.[1]) {
    const quad = normaliseIpv4(v4[1]);
    if (!quad) return null;
    const [a = 0, b = 0, c = 0, d = 0] = quad.split('.').map(Number);
    const hex = `${(a * 256 + b).toString(16)}:${(c * 256 + d).toString(16)}`;
    text = text.slice(0, text.length - v4[1].length) + hex;
  }
  const halves = text.split('::');
  if (halves.length > 2) return null;
  const parse = (half: string | undefined): number[] | null => {
    if (!half) return [];
    const groups = half.split(':');
    if (!groups.every((group) => /^[0-9a-f]{1,4}$/.test(group))) return null;
    return groups.map((group) => parseInt(group, 16));
  };
  const head = parse(halves[0]);
  const rest = parse(halves[1]);
  if (!head || !rest) return null;
  const total = head.length + rest.length;
  if (halves.length === 1) return total === 8 ? head : null;
  if (total > 7) return null;
  return [...head, ...new Array<number>(8 - total).fill(0), ...rest];
}

/** IPv6 in its canonical compressed form (RFC 5952), or null. */
export function normaliseIpv6(candidate: string): string | null {
  const groups = expandIpv6(candidate);
  if (!groups) return null;
  let best = { start: -1, length: 1 };
  for (let start = 0; start < 8;) {
    let end = start;
    while (end < 8 && groups[end] === 0) end += 1;
    if (end - start > best.length) best = { start, length: end - start };
    start = end === start ? start + 1 : end;
  }
  const hex = groups.map((group) => group.toString(16));
  if (best.start < 0) return hex.join(':');
  const left = hex.slice(0, best.start).join(':');
  const right = hex.slice(best.start + best.length).join(':');
  return `${left}::${right}`;
}

/** A URL in canonical form (lower-case scheme and host), or null when it does not parse. */
export function canonicalUrl(candidate: string): { url: string; host: string } | null {
  try {
    const url = new URL(candidate);
    if (!['http:', 'https:', 'ftp:'].includes(url.protocol) || !url.hostname) return null;
    return { url: url.href, host: url.hostname };
  } catch {
    return null;
  }
}
