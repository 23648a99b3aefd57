import { z } from 'zod';

const Sha256HexSchema = z.string().regex(/^[0-9a-f]{64}$/);

/** A signed chain head, as the API publishes it (docs/audit-chain.md, "Checkpoints"). */
export const AuditCheckpointViewSchema = z.object({
  id: z.number().int(),
  seq: z.number().int().min(0),
  hash: Sha256HexSchema,
  signedAt: z.iso.datetime(),
  algorithm: z.literal('Ed25519'),
  keyFingerprint: Sha256HexSchema,
  signature: z
    .string()
    .meta({ description: 'Ed25519 signature of the checkpoint payload, base64' }),
});
export type AuditCheckpointView = z.infer<typeof AuditCheckpointViewSchema>;

export const AuditCheckpointListQuerySchema = z.object({
  beforeId: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
});
export type AuditCheckpointListQuery = z.infer<typeof AuditCheckpointListQuerySchema>;

export const AuditCheckpointListSchema = z.object({ items: z.array(AuditCheckpointViewSchema) });
export type AuditCheckpointList = z.infer<typeof AuditCheckpointListSchema>;

/** The installation's public key: what oversight compares signatures and exports against. */
export const InstallationKeyViewSchema = z.object({
  algorithm: z.literal('Ed25519'),
  publicKeyPem: z.string(),
  fingerprint: Sha256HexSchema.meta({
    description: 'SHA-256 (hex) of the public key in DER SubjectPublicKeyInfo form',
  }),
});
export type InstallationKeyView = z.infer<typeof InstallationKeyViewSchema>;
