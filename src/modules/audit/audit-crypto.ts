import { hash } from 'node:crypto';
import type { ChainHashes } from '../../domain/audit/audit-chain.ts';
import type { ChainVerifierCrypto } from '../../domain/audit/chain-verifier.ts';
import type { InstallationPublicKey } from '../../platform/crypto/installation-key.ts';

/** Lowercase hex SHA-256 of the UTF-8 bytes of `text` (one-shot: the fastest in Node). */
export const sha256Hex = (text: string): string => hash('sha256', text, 'hex');

// prevHash ‖ contentHash ‖ seq: one buffer reused, since hashing is synchronous.
const link = Buffer.alloc(72);

/** SHA-256 of prevHash ‖ contentHash ‖ seq (8 bytes big-endian), as the database computes it. */
export function linkHash(prevHash: string, contentHash: string, seq: number): string {
  // Buffer.write stops at the first non-hex digit: refuse rather than hash stale bytes.
  if (link.write(prevHash, 0, 32, 'hex') !== 32 || link.write(contentHash, 32, 32, 'hex') !== 32) {
    throw new TypeError('prevHash and contentHash must be 64 hex digits');
  }
  link.writeUInt32BE(Math.floor(seq / 0x1_0000_0000), 64);
  link.writeUInt32BE(seq >>> 0, 68);
  return hash('sha256', link, 'hex');
}

export const chainHashes: ChainHashes = { sha256Hex, linkHash };

/** What the chain verifier needs, for a given public key (null: none known). */
export const verifierCrypto = (publicKey: InstallationPublicKey | null): ChainVerifierCrypto => ({
  ...chainHashes,
  keyFingerprint: publicKey?.fingerprint ?? null,
  verifySignature: (payload, signature) => publicKey?.verify(payload, signature) ?? false,
});
