import { canonicalJson, type JsonValue } from './canonical-json.ts';

/**
 * The tamper-evident audit chain (docs/audit-chain.md is the specification an outsider
 * re-implements the verifier from). Two hashes an event:
 *
 *   contentHash = SHA-256( UTF-8( canonicalJson({ v: 1, occurredAt, action, outcome,
 *                 actorKind, actorUserId, targetType, targetId, requestId, ip, details }) ) )
 *   hash        = SHA-256( prevHash ‖ contentHash ‖ seq )   (32 + 32 bytes + 8 bytes
 *                 big-endian), written as lowercase hex
 *
 * The writer computes the content hash with the event; the database links it at commit
 * (seq, prevHash, hash: docs/adr/0005-audit-hash-chain.md). The first event (seq 1) has
 * prevHash GENESIS_HASH. A head (seq, hash) is signed from time to time: a checkpoint.
 */
export const AUDIT_CHAIN_VERSION = 1;

/** The prevHash of seq 1, and the hash of the empty chain (seq 0): 32 zero bytes. */
export const GENESIS_HASH = '0'.repeat(64);

/** What an event says, without its place in the chain. */
export type AuditEventContent = {
  /** ISO 8601 in UTC with milliseconds, as Date.prototype.toISOString writes it. */
  occurredAt: string;
  action: string;
  outcome: string;
  actorKind: string;
  actorUserId: string | null;
  targetType: string | null;
  targetId: string | null;
  requestId: string | null;
  /** PostgreSQL's text form of the inet value, e.g. `203.0.113.7` or `2001:db8::1`. */
  ip: string | null;
  details: { readonly [key: string]: JsonValue | undefined };
};

export type AuditChainEvent = AuditEventContent & { seq: number; prevHash: string; hash: string };

/** A signed statement "the chain had this head at this time". */
export type AuditCheckpoint = {
  seq: number;
  hash: string;
  /** ISO 8601 in UTC with milliseconds. */
  signedAt: string;
  /** SHA-256 (hex) of the signing key's SubjectPublicKeyInfo (DER). */
  keyFingerprint: string;
  /** Ed25519 signature of checkpointPayload(...), base64. */
  signature: string;
};

export type UnsignedAuditCheckpoint = Omit<AuditCheckpoint, 'signature'>;

/** The two hash functions of the chain (node:crypto outside the domain). */
export type ChainHashes = {
  /** Lowercase hex SHA-256 of the UTF-8 bytes of `text`. */
  sha256Hex: (text: string) => string;
  /**
   * Lowercase hex SHA-256 of prevHash ‖ contentHash ‖ seq (8 bytes, big-endian). Throws
   * when a hash is not 64 hex digits.
   */
  linkHash: (prevHash: string, contentHash: string, seq: number) => string;
};

/**
 * The text whose SHA-256 is the content hash: canonicalJson({ v: 1, ...content }) (pinned
 * by a test). Built with one JSON.stringify of an object whose members are already in
 * canonical order, several times faster than joining members by hand; the generic form is
 * kept for details JSON.stringify would not keep in order (integer-like member names).
 */
export function auditEventPayload(event: AuditEventContent): string {
  const details = inCanonicalOrder(event.details);
  // Members named one by one: an event object carries more (seq, hashes, a line type).
  const fields = {
    action: event.action,
    actorKind: event.actorKind,
    actorUserId: event.actorUserId,
    details: details ?? event.details,
    ip: event.ip,
    occurredAt: event.occurredAt,
    outcome: event.outcome,
    requestId: event.requestId,
    targetId: event.targetId,
    targetType: event.targetType,
    v: AUDIT_CHAIN_VERSION,
  };
  return details === undefined ? canonicalJson(fields) : JSON.stringify(fields);
}

/** The content hash, as the writer stores it and every verifier recomputes it. */
export const contentHashOf = (event: AuditEventContent, hashes: ChainHashes): string =>
  hashes.sha256Hex(auditEventPayload(event));

/** The event's chain hash, recomputed from its content, its seq and its prevHash. */
export const chainHashOf = (
  event: AuditEventContent & { seq: number; prevHash: string },
  hashes: ChainHashes,
): string => hashes.linkHash(event.prevHash, contentHashOf(event, hashes), event.seq);

const INTEGER_LIKE = /^(?:0|[1-9]\d*)$/;

/**
 * The value with every object's members in canonical (sorted) order, for JSON.stringify to
 * write canonically; the value itself when it already is. Undefined when JSON.stringify
 * would not write it canonically: a member name JavaScript orders first whatever its
 * insertion order ("1", "42"), or a number JSON cannot hold.
 */
function inCanonicalOrder(value: JsonValue | undefined): JsonValue | undefined {
  if (value === null || value === undefined) return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    const items: JsonValue[] = [];
    for (const item of value as readonly JsonValue[]) {
      const ordered = inCanonicalOrder(item);
      if (ordered === undefined) return undefined;
      items.push(ordered);
    }
    return items;
  }
  const object = value as { readonly [key: string]: JsonValue | undefined };
  const keys = Object.keys(object);
  let sorted = true;
  let plain = true;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    // Only names starting with a digit can be integer-like: skip the regex for the rest.
    const first = key.charCodeAt(0);
    if (first >= 48 && first <= 57 && INTEGER_LIKE.test(key)) return undefined;
    if (i > 0 && keys[i - 1]! > key) sorted = false;
    const member = object[key];
    if (typeof member === 'object' && member !== null) plain = false;
    else if (typeof member === 'number' && !Number.isFinite(member)) return undefined;
  }
  if (sorted && plain) return object;
  const copy: { [key: string]: JsonValue } = {};
  for (const key of keys.sort()) {
    const member = object[key];
    if (member === undefined) continue;
    const ordered = inCanonicalOrder(member);
    if (ordered === undefined) return undefined;
    copy[key] = ordered;
  }
  return copy;
}

/** The text an installation key signs for a checkpoint (UTF-8 bytes of it). */
export const checkpointPayload = (checkpoint: UnsignedAuditCheckpoint): string =>
  canonicalJson({
    type: 'karpear.audit.checkpoint',
    v: AUDIT_CHAIN_VERSION,
    seq: checkpoint.seq,
    hash: checkpoint.hash,
    signedAt: checkpoint.signedAt,
    keyFingerprint: checkpoint.keyFingerprint,
  });

const HEX_64 = /^[0-9a-f]{64}$/;
export const isChainHash = (value: unknown): value is string =>
  typeof value === 'string' && HEX_64.test(value);

/** The event that follows `head` in the chain: what the database does at commit. */
export function linkAuditEvent(
  head: { seq: number; hash: string },
  content: AuditEventContent,
  hashes: ChainHashes,
): AuditChainEvent {
  const seq = head.seq + 1;
  return {
    ...content,
    seq,
    prevHash: head.hash,
    hash: hashes.linkHash(head.hash, contentHashOf(content, hashes), seq),
  };
}
