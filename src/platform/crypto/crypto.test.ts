import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { createSecretBox } from './secret-box.ts';
import { KEY_FILE_NAME, loadOrCreateEncryptionKey } from './key-file.ts';
import { hashToken, randomCode, sameHash, UNAMBIGUOUS_ALPHABET } from './tokens.ts';
import { generateTotpSecret, matchTotp } from './totp.ts';
import * as OTPAuth from 'otpauth';
import { hashPassword, verifyPassword } from './passwords.ts';

describe('secret box (AES-256-GCM)', () => {
  const box = createSecretBox(randomBytes(32));

  it('opens what it sealed, and the ciphertext differs every time', () => {
    const a = box.seal('ស្រីពៅ +855 12 345 678', 'report-contact:1');
    const b = box.seal('ស្រីពៅ +855 12 345 678', 'report-contact:1');
    expect(a).not.toBe(b);
    expect(box.open(a, 'report-contact:1')).toBe('ស្រីពៅ +855 12 345 678');
  });

  it('refuses a value moved to another row, tampered with, or sealed by another key', () => {
    const sealed = box.seal('secret', 'report-contact:1');
    expect(() => box.open(sealed, 'report-contact:2')).toThrow();
    const parts = sealed.split('.');
    const flipped = Buffer.from(parts[3]!, 'base64url');
    flipped[0] = flipped[0]! ^ 1;
    parts[3] = flipped.toString('base64url');
    expect(() => box.open(parts.join('.'), 'report-contact:1')).toThrow();
    expect(() => createSecretBox(randomBytes(32)).open(sealed, 'report-contact:1')).toThrow();
  });
});

describe('encryption key file', () => {
  it('generates a 0600 key on first run and reads the same key afterwards', () => {
    const dir = path.join(mkdtempSync(path.join(tmpdir(), 'karpear-key-')), 'data');
    const first = loadOrCreateEncryptionKey(null, dir);
    const file = path.join(dir, KEY_FILE_NAME);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(first).toHaveLength(32);
    expect(loadOrCreateEncryptionKey(null, dir).equals(first)).toBe(true);
    expect(readFileSync(file, 'utf8').trim()).toBe(first.toString('base64'));
  });

  it('prefers a configured key and never writes a file for it', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'karpear-key-'));
    const configured = randomBytes(32);
    expect(loadOrCreateEncryptionKey(configured, dir)).toBe(configured);
    expect(() => statSync(path.join(dir, KEY_FILE_NAME))).toThrow();
  });
});

describe('tokens', () => {
  it('draws codes only from the unambiguous alphabet', () => {
    const code = randomCode(2000);
    expect(code).toHaveLength(2000);
    expect([...new Set(code)].every((c) => UNAMBIGUOUS_ALPHABET.includes(c))).toBe(true);
    expect(new Set(code).size).toBe(UNAMBIGUOUS_ALPHABET.length);
  });

  it('compares hashes in constant time and by value', () => {
    expect(sameHash(hashToken('a'), hashToken('a'))).toBe(true);
    expect(sameHash(hashToken('a'), hashToken('b'))).toBe(false);
  });
});

describe('TOTP', () => {
  it('accepts the current and adjacent steps, and reports which step matched', () => {
    const secret = generateTotpSecret();
    const totp = new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret) });
    const now = 1_800_000_000_000;
    const step = Math.floor(now / 30_000);
    expect(matchTotp(secret, totp.generate({ timestamp: now }), now)).toBe(step);
    expect(matchTotp(secret, totp.generate({ timestamp: now - 30_000 }), now)).toBe(step - 1);
    expect(matchTotp(secret, totp.generate({ timestamp: now + 90_000 }), now)).toBeNull();
  });
});

describe('passwords', () => {
  it('hashes with argon2id and verifies', async () => {
    const hash = await hashPassword('correct horse battery staple');
    expect(hash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(hash, 'correct horse battery staple')).toBe(true);
    expect(await verifyPassword(hash, 'Correct horse battery staple')).toBe(false);
    expect(await verifyPassword('not a hash', 'x')).toBe(false);
  });
});
