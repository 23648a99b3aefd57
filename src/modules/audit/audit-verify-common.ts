import type { InstallationPublicKey } from '../../platform/crypto/installation-key.ts';
import type { AuditCheckpoint } from '../../domain/audit/audit-chain.ts';
import type { ChainVerification } from '../../domain/audit/chain-verifier.ts';

/** What verifying a database or an export file is given. */
export type VerifyOptions = {
  /** The key checkpoints must be signed with; pinned by the person verifying. */
  publicKey: InstallationPublicKey | null;
  /** Checkpoints held outside the database (published, or received by oversight). */
  extraCheckpoints?: readonly AuditCheckpoint[];
  maxProblems?: number;
  onProgress?: (eventsSoFar: number) => void;
};

export type VerifyResult = ChainVerification & {
  /** The key the checkpoints were checked against, and where it came from. */
  key: { fingerprint: string; source: string } | null;
};

/** Checkpoints once each, whichever sources named them. */
export function mergeCheckpoints(...lists: (readonly AuditCheckpoint[])[]): AuditCheckpoint[] {
  const seen = new Map<string, AuditCheckpoint>();
  for (const checkpoint of lists.flat()) seen.set(checkpoint.signature, checkpoint);
  return [...seen.values()];
}

export const withKey = (
  result: ChainVerification,
  key: InstallationPublicKey | null,
  source: string,
): VerifyResult => ({ ...result, key: key ? { fingerprint: key.fingerprint, source } : null });
