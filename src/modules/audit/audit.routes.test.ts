import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash, createPublicKey } from 'node:crypto';
import type { StaffRole } from '../../domain/roles.ts';
import type { AuditCheckpointList, InstallationKeyView } from '../../domain/audit/audit.schemas.ts';
import { checkpointPayload } from '../../domain/audit/audit-chain.ts';
import { readInstallationPublicKey } from '../../platform/crypto/installation-key.ts';
import {
  createStaff,
  createTestApp,
  signInWithNewMfa,
  type SignedIn,
  type TestApp,
} from '../../../test/app.ts';
import { verifyAuditChainInDatabase } from './index.ts';

let t: TestApp;
const staff = {} as Record<StaffRole, SignedIn>;
const ROLES: StaffRole[] = ['admin', 'oversight', 'coordinator', 'analyst', 'liaison', 'partner'];

beforeAll(async () => {
  t = await createTestApp();
  for (const role of ROLES) {
    staff[role] = await signInWithNewMfa(t.app, await createStaff(t.services, role));
  }
  await t.services.audit.signCheckpoint();
});
afterAll(() => t.close());

const get = (url: string, who?: SignedIn) =>
  t.app.inject({ url, ...(who ? { headers: who.headers } : {}) });

describe('GET /api/admin/installation-key', () => {
  it('gives admin and oversight the Ed25519 public key and its fingerprint', async () => {
    for (const role of ['admin', 'oversight'] as const) {
      const response = await get('/api/admin/installation-key', staff[role]);
      expect(response.statusCode).toBe(200);
      const key = response.json<InstallationKeyView>();
      expect(key.algorithm).toBe('Ed25519');
      expect(key.publicKeyPem).toMatch(/^-----BEGIN PUBLIC KEY-----/);
      expect(key.publicKeyPem).not.toMatch(/PRIVATE/);
      const der = createPublicKey(key.publicKeyPem).export({ type: 'spki', format: 'der' });
      expect(key.fingerprint).toBe(createHash('sha256').update(der).digest('hex'));
    }
  });
});

describe('GET /api/audit/checkpoints', () => {
  it('lists signed heads, newest first, whose signatures verify with the published key', async () => {
    await t.services.audit.signCheckpoint();
    const response = await get('/api/audit/checkpoints?limit=5', staff.oversight);
    expect(response.statusCode).toBe(200);
    const { items } = response.json<AuditCheckpointList>();
    expect(items.length).toBeGreaterThanOrEqual(2);
    expect(items[0]!.id).toBeGreaterThan(items[1]!.id);
    const key = (await get('/api/admin/installation-key', staff.admin)).json<InstallationKeyView>();
    const publicKey = readInstallationPublicKey(key.publicKeyPem);
    for (const item of items) {
      expect(item.keyFingerprint).toBe(key.fingerprint);
      expect(publicKey.verify(checkpointPayload(item), item.signature)).toBe(true);
    }
    const admin = await get('/api/audit/checkpoints', staff.admin);
    expect(admin.statusCode).toBe(200);
  });

  it('refuses a bad query with 400', async () => {
    expect((await get('/api/audit/checkpoints?limit=0', staff.admin)).statusCode).toBe(400);
  });
});

describe('who must not see the audit chain', () => {
  const urls = ['/api/audit/checkpoints', '/api/admin/installation-key', '/api/audit-events'];

  it('answers 403 to coordinator, analyst, liaison and partner', async () => {
    for (const role of ['coordinator', 'analyst', 'liaison', 'partner'] as const) {
      for (const url of urls) {
        const response = await get(url, staff[role]);
        expect(response.statusCode, `${role} ${url}`).toBe(403);
        expect(response.json<{ error: { code: string } }>().error.code).toBe('forbidden');
      }
    }
  });

  it('answers 401 to someone without a session', async () => {
    for (const url of urls) expect((await get(url)).statusCode, url).toBe(401);
  });
});

describe('the chain behind the API', () => {
  it('stays valid through sign-ins, refusals and reads, as verify sees it', async () => {
    const key = (await get('/api/admin/installation-key', staff.admin)).json<InstallationKeyView>();
    const result = await verifyAuditChainInDatabase(t.database, {
      publicKey: readInstallationPublicKey(key.publicKeyPem),
    });
    expect(result.problems).toEqual([]);
    expect(result.events).toBeGreaterThan(20);
    const events = await get('/api/audit-events?limit=5', staff.oversight);
    const newest = events.json<{ items: { seq: number; hash: string }[] }>().items[0]!;
    expect(newest.seq).toBe(result.lastSeq);
    expect(newest.hash).toBe(result.headHash);
  });
});
