import { z } from 'zod';
import {
  canonicalUrl,
  normaliseHostName,
  normaliseIpv4,
  normaliseIpv6,
} from '../observables/network.ts';
import { normalisePhone } from '../observables/phone.ts';
import { refangValue } from '../observables/refang.ts';
import { socialHandleOf } from '../observables/social.ts';
import { normaliseText, toAsciiDigits } from '../reports/text.ts';

/*
 * What an order names the data by, typed and normalised with the observables' rules, so an
 * order's identifiers match the case's observables: E.164 phones, lower-case e-mail and
 * hosts, canonical IPs and URLs (refanged), "facebook.com/name" for accounts.
 */

export const IdentifierTypeSchema = z.enum([
  'phone',
  'email',
  'ip',
  'account',
  'url',
  'domain',
  'social-handle',
]);
export type IdentifierType = z.infer<typeof IdentifierTypeSchema>;

/** Platforms whose handles can be given without a link ("@sokdara" on Telegram). */
export const SocialPlatformSchema = z.enum(['facebook', 'telegram', 'tiktok', 'instagram']);
export type SocialPlatform = z.infer<typeof SocialPlatformSchema>;

const PROFILE_PREFIX: Record<SocialPlatform, string> = {
  facebook: 'https://facebook.com/',
  telegram: 'https://t.me/',
  tiktok: 'https://tiktok.com/@',
  instagram: 'https://instagram.com/',
};

const EMAIL = /^([\w.%+-]{1,64})@([^@\s]+)$/;

export function normaliseEmail(value: string): string | null {
  const match = EMAIL.exec(refangValue(value.trim()));
  const local = match?.[1];
  const host = match?.[2] ? normaliseHostName(match[2]) : null;
  if (!local || !host || local.startsWith('.') || local.endsWith('.') || local.includes('..')) {
    return null;
  }
  return `${local}@${host}`.toLowerCase();
}

export const normaliseIp = (value: string): string | null => {
  const bare = refangValue(value.trim()).replace(/^\[|\]$/g, '');
  return normaliseIpv4(bare) ?? normaliseIpv6(bare);
};

export function normaliseUrl(value: string): string | null {
  const refanged = refangValue(value.trim());
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(refanged) ? refanged : `https://${refanged}`;
  return canonicalUrl(withScheme)?.url ?? null;
}

export const normaliseDomainName = (value: string): string | null =>
  normaliseHostName(
    refangValue(value.trim())
      .replace(/^https?:\/\//i, '')
      .replace(/\/.*$/, ''),
  );

/** "facebook.com/sok.dara" from a profile link, or from a handle and its platform. */
export function normaliseSocialHandle(value: string, platform?: SocialPlatform): string | null {
  const text = refangValue(value.trim());
  if (platform && /^@?[\w.-]{1,64}$/.test(text)) {
    return socialHandleOf(`${PROFILE_PREFIX[platform]}${text.replace(/^@/, '')}`);
  }
  const link = /^https?:\/\//i.test(text) ? text : `https://${text}`;
  return socialHandleOf(link);
}

/** An account at the provider (a user id, a bank account number): text, Khmer digits as ASCII. */
export const normaliseAccount = (value: string): string | null => {
  const text = normaliseText(toAsciiDigits(value)).replace(/\s+/g, ' ');
  return text.length > 0 && text.length <= 200 ? text : null;
};

/** The normalised value of an identifier, or null when it is not one of its type. */
export function normaliseIdentifier(
  type: IdentifierType,
  value: string,
  platform?: SocialPlatform,
): string | null {
  switch (type) {
    case 'phone':
      return normalisePhone(value);
    case 'email':
      return normaliseEmail(value);
    case 'ip':
      return normaliseIp(value);
    case 'account':
      return normaliseAccount(value);
    case 'url':
      return normaliseUrl(value);
    case 'domain':
      return normaliseDomainName(value);
    case 'social-handle':
      return normaliseSocialHandle(value, platform);
  }
}

export const IDENTIFIER_PROBLEMS: Record<IdentifierType, string> = {
  phone: 'not a phone number: a Cambodian number, or a foreign one with its + and country code',
  email: 'not an e-mail address',
  ip: 'not an IPv4 or IPv6 address',
  account: 'an account is 1 to 200 characters',
  url: 'not an http(s) or ftp URL',
  domain: 'not a domain name',
  'social-handle':
    'not a profile link (facebook.com/…, t.me/…, tiktok.com/@…, instagram.com/…), or a handle without its platform',
};
