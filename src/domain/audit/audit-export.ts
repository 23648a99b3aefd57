import { isChainHash, type AuditChainEvent, type AuditCheckpoint } from './audit-chain.ts';

/**
 * The export file (`karpear audit export`): newline-delimited JSON, one object a line.
 * Line 1 is the header, then every checkpoint, then every event in sequence order.
 * Everything a verifier needs is in the file; the public key in it is only a convenience:
 * compare its fingerprint with the one the installation published.
 */
export const AUDIT_EXPORT_TYPE = 'karpear.audit-export';
export const AUDIT_EXPORT_VERSION = 1;

export type AuditExportHeader = {
  type: typeof AUDIT_EXPORT_TYPE;
  version: typeof AUDIT_EXPORT_VERSION;
  exportedAt: string;
  /** The chain head recorded in the database when the export was taken. */
  head: { seq: number; hash: string };
  publicKey: { algorithm: 'Ed25519'; pem: string; fingerprint: string } | null;
};

export type AuditExportLine =
  | { kind: 'header'; header: AuditExportHeader }
  | { kind: 'checkpoint'; checkpoint: AuditCheckpoint }
  | { kind: 'event'; event: AuditChainEvent }
  | { kind: 'invalid'; reason: string };

type Loose = Record<string, unknown>;

const isSeq = (value: unknown): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
const isText = (value: unknown): value is string => typeof value === 'string';
const isTextOrNull = (value: unknown): value is string | null =>
  value === null || typeof value === 'string';
const isObject = (value: unknown): value is Loose =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export const headerLine = (header: AuditExportHeader): Loose => header;
export const checkpointLine = (checkpoint: AuditCheckpoint): Loose => ({
  type: 'checkpoint',
  ...checkpoint,
});
export const eventLine = (event: AuditChainEvent): Loose => ({ type: 'event', ...event });

const EVENT_TEXT_FIELDS = ['occurredAt', 'action', 'outcome', 'actorKind'] as const;
const EVENT_NULLABLE_FIELDS = ['actorUserId', 'targetType', 'targetId', 'requestId', 'ip'] as const;

function parseEvent(line: Loose): AuditExportLine {
  const { seq, prevHash, hash, details } = line;
  if (!isSeq(seq) || seq < 1) return { kind: 'invalid', reason: 'event without a valid seq' };
  const bad = (field: string): AuditExportLine => ({
    kind: 'invalid',
    reason: `event seq ${seq}: field ${field} is missing or of the wrong type`,
  });
  if (!isText(prevHash)) return bad('prevHash');
  if (!isText(hash)) return bad('hash');
  if (!isObject(details)) return bad('details');
  for (const field of EVENT_TEXT_FIELDS) if (!isText(line[field])) return bad(field);
  for (const field of EVENT_NULLABLE_FIELDS) if (!isTextOrNull(line[field])) return bad(field);
  // Checked member by member above; the line itself is the event (its `type` is not hashed).
  return { kind: 'event', event: line as AuditChainEvent };
}

/** A checkpoint as an export line or an API answer carries it. */
export function parseCheckpoint(line: Loose): AuditCheckpoint | string {
  const { seq, hash, signedAt, keyFingerprint, signature } = line;
  if (!isSeq(seq)) return 'checkpoint without a valid seq';
  if (!isChainHash(hash)) return `checkpoint seq ${seq}: hash is not 64 hex digits`;
  if (!isText(signedAt) || !isText(keyFingerprint) || !isText(signature)) {
    return `checkpoint seq ${seq}: signedAt, keyFingerprint or signature missing`;
  }
  return { seq, hash, signedAt, keyFingerprint, signature };
}

function parseHeader(line: Loose): AuditExportLine {
  const { version, exportedAt, head, publicKey } = line;
  if (version !== AUDIT_EXPORT_VERSION) {
    return { kind: 'invalid', reason: `export version ${String(version)} is not supported` };
  }
  if (!isText(exportedAt) || !isObject(head) || !isSeq(head.seq) || !isText(head.hash)) {
    return { kind: 'invalid', reason: 'header without exportedAt or head' };
  }
  let key: AuditExportHeader['publicKey'] = null;
  if (publicKey !== null) {
    if (!isObject(publicKey) || !isText(publicKey.pem) || !isText(publicKey.fingerprint)) {
      return { kind: 'invalid', reason: 'header: publicKey must be null or { pem, fingerprint }' };
    }
    key = { algorithm: 'Ed25519', pem: publicKey.pem, fingerprint: publicKey.fingerprint };
  }
  return {
    kind: 'header',
    header: {
      type: AUDIT_EXPORT_TYPE,
      version: AUDIT_EXPORT_VERSION,
      exportedAt,
      head: { seq: head.seq, hash: head.hash },
      publicKey: key,
    },
  };
}

/** Classifies one parsed line of an export file. */
export function parseExportLine(value: unknown): AuditExportLine {
  if (!isObject(value)) return { kind: 'invalid', reason: 'not a JSON object' };
  switch (value.type) {
    case 'event':
      return parseEvent(value);
    case 'checkpoint': {
      const checkpoint = parseCheckpoint(value);
      return typeof checkpoint === 'string'
        ? { kind: 'invalid', reason: checkpoint }
        : { kind: 'checkpoint', checkpoint };
    }
    case AUDIT_EXPORT_TYPE:
      return parseHeader(value);
    default:
      return { kind: 'invalid', reason: `unknown line type ${JSON.stringify(value.type)}` };
  }
}
