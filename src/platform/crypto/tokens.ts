import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Characters a person can read aloud over a bad phone line and type on a phone keyboard
 * without confusion: no 0/O, 1/I/L, 5/S, 2/Z, 8/B.
 */
export const UNAMBIGUOUS_ALPHABET = '34679ACDEFGHJKMNPQRTUVWXY';

/** A random string over the unambiguous alphabet, without modulo bias. */
export function randomCode(length: number): string {
  const alphabet = UNAMBIGUOUS_ALPHABET;
  const limit = 256 - (256 % alphabet.length);
  let out = '';
  while (out.length < length) {
    for (const byte of randomBytes(length * 2)) {
      if (byte < limit && out.length < length) out += alphabet[byte % alphabet.length];
    }
  }
  return out;
}

/** A bearer token for cookies and links: 256 bits, URL-safe. */
export const randomToken = (): string => randomBytes(32).toString('base64url');

/**
 * Tokens and reporter secrets are high-entropy, so a plain SHA-256 is enough to store
 * them; passwords, which are not, go through argon2id instead.
 */
export const hashToken = (token: string): string =>
  createHash('sha256').update(token, 'utf8').digest('hex');

export function sameHash(a: string, b: string): boolean {
  const left = Buffer.from(a, 'hex');
  const right = Buffer.from(b, 'hex');
  return left.length === right.length && timingSafeEqual(left, right);
}
