import { describe, expect, it } from 'vitest';
import { createHash, createPublicKey, generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readFileSync, statSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  ephemeralInstallationKey,
  findInstallationKey,
  INSTALLATION_KEY_FILE_NAME,
  installationKeyFromPem,
  loadOrCreateInstallationKey,
  readInstallationPublicKey,
} from './installation-key.ts';

const freshDir = () => path.join(mkdtempSync(path.join(tmpdir(), 'karpear-ikey-')), 'data');

describe('installation key (Ed25519)', () => {
  it('is generated on first run, owner-only, and read back the same afterwards', () => {
    const dir = freshDir();
    expect(findInstallationKey(dir)).toBeNull();
    const first = loadOrCreateInstallationKey(null, dir);
    const file = path.join(dir, INSTALLATION_KEY_FILE_NAME);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file, 'utf8')).toMatch(/^-----BEGIN PRIVATE KEY-----\n/);
    const again = loadOrCreateInstallationKey(null, dir);
    expect(again.fingerprint).toBe(first.fingerprint);
    expect(findInstallationKey(dir)?.publicKeyPem).toBe(first.publicKeyPem);
  });

  it('tightens a key file others can read', () => {
    const dir = freshDir();
    loadOrCreateInstallationKey(null, dir);
    const file = path.join(dir, INSTALLATION_KEY_FILE_NAME);
    chmodSync(file, 0o644);
    loadOrCreateInstallationKey(null, dir);
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it('exports the public key as PEM with the SHA-256 fingerprint of its DER form', () => {
    const key = ephemeralInstallationKey();
    expect(key.publicKeyPem).toMatch(
      /^-----BEGIN PUBLIC KEY-----\n[\s\S]+-----END PUBLIC KEY-----\n$/,
    );
    const der = createPublicKey(key.publicKeyPem).export({ type: 'spki', format: 'der' });
    expect(key.fingerprint).toBe(createHash('sha256').update(der).digest('hex'));
    expect(key.fingerprint).toMatch(/^[0-9a-f]{64}$/);
  });

  it('signs text that its public key verifies, and nothing else', () => {
    const key = ephemeralInstallationKey();
    const verifier = readInstallationPublicKey(key.publicKeyPem);
    const signature = key.sign('seq 42 ក');
    expect(Buffer.from(signature, 'base64')).toHaveLength(64);
    expect(verifier.verify('seq 42 ក', signature)).toBe(true);
    expect(verifier.verify('seq 43 ក', signature)).toBe(false);
    expect(verifier.verify('seq 42 ក', 'AAAA')).toBe(false);
    expect(
      readInstallationPublicKey(ephemeralInstallationKey().publicKeyPem).verify(
        'seq 42 ក',
        signature,
      ),
    ).toBe(false);
  });

  it('takes a configured PKCS#8 key, and refuses a key of another kind without echoing it', () => {
    const { privateKey } = generateKeyPairSync('ed25519');
    const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    const configured = loadOrCreateInstallationKey(pem, freshDir());
    expect(configured.fingerprint).toBe(installationKeyFromPem(pem).fingerprint);

    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey;
    expect(() =>
      installationKeyFromPem(rsa.export({ type: 'pkcs8', format: 'pem' }).toString()),
    ).toThrow('Ed25519');
    const dir = freshDir();
    loadOrCreateInstallationKey(null, dir);
    writeFileSync(path.join(dir, INSTALLATION_KEY_FILE_NAME), 'not a key SECRET-MATERIAL');
    let message = '';
    try {
      findInstallationKey(dir);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain('does not hold an Ed25519 private key');
    expect(message).not.toContain('SECRET-MATERIAL');
  });
});
