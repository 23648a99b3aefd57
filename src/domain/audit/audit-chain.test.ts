import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { canonicalJson, type JsonValue } from './canonical-json.ts';
import {
  auditEventPayload,
  chainHashOf,
  checkpointPayload,
  contentHashOf,
  GENESIS_HASH,
  linkAuditEvent,
  type AuditEventContent,
  type ChainHashes,
} from './audit-chain.ts';
import { parseExportLine } from './audit-export.ts';

/** The chain's hashes written out plainly here, as an outsider would. */
const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest();
const hashes: ChainHashes = {
  sha256Hex: (text) => sha256(text).toString('hex'),
  linkHash: (prevHash, contentHash, seq) => {
    const position = Buffer.alloc(8);
    position.writeBigUInt64BE(BigInt(seq));
    return sha256(
      Buffer.concat([Buffer.from(prevHash, 'hex'), Buffer.from(contentHash, 'hex'), position]),
    ).toString('hex');
  },
};

/** The worked example of docs/audit-chain.md: change one and change the other. */
const EXAMPLE: AuditEventContent = {
  occurredAt: '2026-11-25T03:04:05.678Z',
  action: 'report.viewed',
  outcome: 'success',
  actorKind: 'staff',
  actorUserId: '0b7e4f7a-8d0c-4b5e-9a43-2f1c6d9e8a10',
  targetType: 'report',
  targetId: 'c1d2e3f4-0000-4000-8000-000000000001',
  requestId: 'req-42',
  ip: '203.0.113.7',
  details: { reason: 'triage', count: 2, ok: true },
};

describe('canonical JSON (RFC 8785)', () => {
  it('matches the RFC 8785 example (sorting, numbers, string escapes)', () => {
    const input = JSON.parse(
      '{"numbers":[333333333.33333329,1E30,4.50,2e-3,0.000000000000000000000000001],' +
        '"string":"\\u20ac$\\u000F\\u000aA\'\\u0042\\u0022\\u005c\\\\\\"\\/",' +
        '"literals":[null,true,false]}',
    ) as JsonValue;
    expect(canonicalJson(input)).toBe(
      '{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],' +
        '"string":"€$\\u000f\\nA\'B\\"\\\\\\\\\\"/"}',
    );
  });

  it('sorts by UTF-16 code units, keeps Khmer as is and leaves out undefined members', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, 'ក'], c: null }, A: undefined, '\u{1F600}': 1 })).toBe(
      '{"a":{"c":null,"d":[1,"ក"]},"b":1,"\u{1F600}":1}',
    );
    expect(canonicalJson({ '\uE000': 1, '\u{1F600}': 2 })).toBe('{"\u{1F600}":2,"\uE000":1}');
  });

  it('refuses what JSON cannot carry', () => {
    expect(() => canonicalJson(Number.NaN)).toThrow(TypeError);
    expect(() => canonicalJson({ x: Number.POSITIVE_INFINITY })).toThrow(TypeError);
  });
});

describe('audit event hashes', () => {
  it('hashes the canonical JSON of the content with v = 1, then links it (the worked example)', () => {
    const payload = auditEventPayload(EXAMPLE);
    expect(payload).toBe(canonicalJson({ ...EXAMPLE, v: 1 }));
    expect(payload).toBe(
      '{"action":"report.viewed","actorKind":"staff",' +
        '"actorUserId":"0b7e4f7a-8d0c-4b5e-9a43-2f1c6d9e8a10",' +
        '"details":{"count":2,"ok":true,"reason":"triage"},"ip":"203.0.113.7",' +
        '"occurredAt":"2026-11-25T03:04:05.678Z","outcome":"success","requestId":"req-42",' +
        '"targetId":"c1d2e3f4-0000-4000-8000-000000000001","targetType":"report","v":1}',
    );
    expect(contentHashOf(EXAMPLE, hashes)).toBe(
      'e61153c01007318d1f2011b77b7e1635e940d0aeccdb6f7064fd6627f724a862',
    );
    const first = linkAuditEvent({ seq: 0, hash: GENESIS_HASH }, EXAMPLE, hashes);
    expect(first).toMatchObject({ seq: 1, prevHash: GENESIS_HASH });
    expect(first.hash).toBe('6682def327c284c73501990932d4df2e35c9068b57428c664e09fe7f26b23023');
    expect(chainHashOf(first, hashes)).toBe(first.hash);
  });

  it('changes with every field of the content', () => {
    const base = contentHashOf(EXAMPLE, hashes);
    const variants: Partial<AuditEventContent>[] = [
      { occurredAt: '2026-11-25T03:04:05.679Z' },
      { action: 'report.contact_viewed' },
      { outcome: 'denied' },
      { actorKind: 'cli' },
      { actorUserId: null },
      { targetType: null },
      { targetId: 'c1d2e3f4-0000-4000-8000-000000000002' },
      { requestId: null },
      { ip: '203.0.113.8' },
      { details: { reason: 'triage', count: 3, ok: true } },
      { details: {} },
    ];
    const all = variants.map((change) => contentHashOf({ ...EXAMPLE, ...change }, hashes));
    expect(new Set([base, ...all]).size).toBe(variants.length + 1);
  });

  it('links by position and by the hash before: the same content differs at each place', () => {
    const first = linkAuditEvent({ seq: 0, hash: GENESIS_HASH }, EXAMPLE, hashes);
    const second = linkAuditEvent(first, EXAMPLE, hashes);
    expect(second).toMatchObject({ seq: 2, prevHash: first.hash });
    expect(second.hash).not.toBe(first.hash);
    expect(linkAuditEvent({ seq: 1, hash: GENESIS_HASH }, EXAMPLE, hashes).hash).not.toBe(
      second.hash,
    );
  });

  it('signs a checkpoint payload that names its type, version, head, time and key', () => {
    expect(
      checkpointPayload({
        seq: 7,
        hash: 'a'.repeat(64),
        signedAt: '2026-11-25T03:10:00.000Z',
        keyFingerprint: 'b'.repeat(64),
      }),
    ).toBe(
      `{"hash":"${'a'.repeat(64)}","keyFingerprint":"${'b'.repeat(64)}","seq":7,` +
        '"signedAt":"2026-11-25T03:10:00.000Z","type":"karpear.audit.checkpoint","v":1}',
    );
  });
});

describe('export lines', () => {
  it('reads an event line and names what is wrong with a bad one', () => {
    const line = { type: 'event', seq: 1, prevHash: GENESIS_HASH, ...EXAMPLE, hash: 'x' };
    expect(parseExportLine(line)).toMatchObject({ kind: 'event', event: { seq: 1 } });
    expect(parseExportLine({ ...line, action: 5 })).toEqual({
      kind: 'invalid',
      reason: 'event seq 1: field action is missing or of the wrong type',
    });
    expect(parseExportLine({ ...line, seq: 0 })).toMatchObject({ kind: 'invalid' });
    expect(parseExportLine([1])).toEqual({ kind: 'invalid', reason: 'not a JSON object' });
    expect(parseExportLine({ type: 'comment' })).toMatchObject({ kind: 'invalid' });
  });
});

describe('audit event payload, fast and canonical', () => {
  it('equals the generic canonical form for details of every shape', () => {
    const shapes: AuditEventContent['details'][] = [
      {},
      { b: 1, a: 2 },
      { a: { z: [3, { y: 1, x: 2 }], b: null }, c: 'ក' },
      { '10': 'x', '9': 'y', a: 1 },
      { nested: { '2': 1, '1': 2 } },
      { skipped: undefined, kept: false },
      { '\uE000': 1, '\u{1F600}': 2 },
    ];
    for (const details of shapes) {
      const event = { ...EXAMPLE, details };
      expect(auditEventPayload(event)).toBe(canonicalJson({ ...event, v: 1 }));
    }
    expect(auditEventPayload({ ...EXAMPLE, details: { '10': 'x', '9': 'y' } })).toContain(
      '"details":{"10":"x","9":"y"}',
    );
  });

  it('ignores members that are not part of the content and refuses non-JSON numbers', () => {
    const withHash = {
      ...EXAMPLE,
      seq: 4,
      prevHash: GENESIS_HASH,
      hash: 'f'.repeat(64),
      type: 'event',
    };
    expect(auditEventPayload(withHash)).toBe(auditEventPayload(EXAMPLE));
    expect(auditEventPayload({ ...withHash, details: { '1': 1 } })).toBe(
      auditEventPayload({ ...EXAMPLE, details: { '1': 1 } }),
    );
    expect(() => auditEventPayload({ ...EXAMPLE, details: { n: Number.NaN } })).toThrow(TypeError);
  });
});
