import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  sign,
  verify,
  type KeyObject,
} from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const INSTALLATION_KEY_FILE_NAME = 'installation-key.pem';

/**
 * The installation's Ed25519 signing key: it signs audit chain heads (and, later, evidence
 * bundles), so that what this installation stated can be checked by anyone holding the
 * public key. The private key never leaves this object's process; only the public key
 * (PEM) and its fingerprint are shown.
 */
export type InstallationKey = {
  algorithm: 'Ed25519';
  /** SubjectPublicKeyInfo, PEM. */
  publicKeyPem: string;
  /** Lowercase hex SHA-256 of the SubjectPublicKeyInfo (DER): how people compare keys. */
  fingerprint: string;
  /** Ed25519 signature of the UTF-8 bytes of `text`, base64. */
  sign(text: string): string;
};

/** A public key to verify with: what a verifier holds (from PEM). */
export type InstallationPublicKey = {
  publicKeyPem: string;
  fingerprint: string;
  verify(text: string, signatureBase64: string): boolean;
};

function fromPrivateKey(privateKey: KeyObject): InstallationKey {
  if (privateKey.asymmetricKeyType !== 'ed25519') {
    throw new Error('the installation key must be an Ed25519 private key');
  }
  const publicKey = createPublicKey(privateKey);
  return {
    algorithm: 'Ed25519',
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    fingerprint: publicKeyFingerprint(publicKey),
    sign: (text) => sign(null, Buffer.from(text, 'utf8'), privateKey).toString('base64'),
  };
}

export const publicKeyFingerprint = (publicKey: KeyObject): string =>
  createHash('sha256')
    .update(publicKey.export({ type: 'spki', format: 'der' }))
    .digest('hex');

/** Reads a public key (PEM, or a private key PEM: its public half). */
export function readInstallationPublicKey(pem: string): InstallationPublicKey {
  const publicKey = createPublicKey(pem);
  if (publicKey.asymmetricKeyType !== 'ed25519') {
    throw new Error('the installation key must be an Ed25519 key');
  }
  return {
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    fingerprint: publicKeyFingerprint(publicKey),
    verify(text, signatureBase64) {
      const signature = Buffer.from(signatureBase64, 'base64');
      // An Ed25519 signature is 64 bytes; anything else is not one (and verify would throw).
      if (signature.length !== 64) return false;
      return verify(null, Buffer.from(text, 'utf8'), publicKey, signature);
    },
  };
}

/** A key held in memory only: tests, and commands that sign nothing that is kept. */
export const ephemeralInstallationKey = (): InstallationKey =>
  fromPrivateKey(generateKeyPairSync('ed25519').privateKey);

/** The key from a PKCS#8 PEM text (configuration). */
export const installationKeyFromPem = (pem: string): InstallationKey =>
  fromPrivateKey(createPrivateKey(pem));

/**
 * The installation key: from configuration when given (PKCS#8 PEM), otherwise read from
 * (or, on the first run, generated into) the data directory, readable by the owner only.
 */
export function loadOrCreateInstallationKey(
  configured: string | null,
  dataDir: string,
): InstallationKey {
  if (configured) return installationKeyFromPem(configured);
  const existing = findInstallationKey(dataDir);
  if (existing) return existing;
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const { privateKey } = generateKeyPairSync('ed25519');
  const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  // 'wx' refuses to overwrite a key another process wrote a moment ago.
  try {
    writeFileSync(installationKeyPath(dataDir), pem, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return findInstallationKey(dataDir) ?? fromPrivateKey(privateKey);
  }
  return fromPrivateKey(privateKey);
}

/** The key in the data directory, or null when there is none yet (never creates one). */
export function findInstallationKey(dataDir: string): InstallationKey | null {
  const file = installationKeyPath(dataDir);
  let pem: string;
  try {
    pem = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  if ((statSync(file).mode & 0o077) !== 0) chmodSync(file, 0o600);
  try {
    return installationKeyFromPem(pem);
  } catch {
    // Never echo the file's content: it is a private key.
    throw new Error(`${file} does not hold an Ed25519 private key (PKCS#8 PEM)`);
  }
}

export const installationKeyPath = (dataDir: string): string =>
  path.join(dataDir, INSTALLATION_KEY_FILE_NAME);
