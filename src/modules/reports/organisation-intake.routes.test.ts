import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createStaff,
  createTestApp,
  signInWithNewMfa,
  type SignedIn,
  type TestApp,
} from '../../../test/app.ts';

let t: TestApp;
let admin: SignedIn;
let analyst: SignedIn;
let token: string;
let tokenId: string;
beforeAll(async () => {
  t = await createTestApp({ proofOfWorkDifficulty: 100_000 });
  admin = await signInWithNewMfa(t.app, await createStaff(t.services, 'admin'));
  analyst = await signInWithNewMfa(t.app, await createStaff(t.services, 'analyst'));
  const organisation = await t.app.inject({
    method: 'POST',
    url: '/api/admin/organisations',
    headers: admin.headers,
    payload: { name: 'ABA Bank Security', kind: 'bank' },
  });
  expect(organisation.statusCode).toBe(201);
  const created = await t.app.inject({
    method: 'POST',
    url: `/api/admin/organisations/${organisation.json<{ id: string }>().id}/api-tokens`,
    headers: admin.headers,
    payload: { name: 'fraud desk' },
  });
  expect(created.statusCode).toBe(201);
  ({ token, id: tokenId } = created.json<{ token: string; id: string }>());
});
afterAll(() => t.close());

const report = {
  incidentType: 'phishing',
  description: 'Customers received SMS linking to a copy of our login page.',
  language: 'en',
  details: { link: 'hxxps://aba-secure-login[.]top/kh', channel: 'sms' },
  observables: [
    { type: 'domain', value: 'aba-secure-login.top' },
    { type: 'phone', value: '+85512345678' },
  ],
  externalReference: 'ABA-SOC-2026-1142',
};

const send = (body: object, headers: Record<string, string> = {}) =>
  t.app.inject({
    method: 'POST',
    url: '/api/reports',
    headers: { authorization: `Bearer ${token}`, ...headers },
    payload: body,
  });

describe('organisation API intake', () => {
  it('shows the token once, and only its prefix afterwards', async () => {
    expect(token).toMatch(/^kp_[\w-]{40,}$/);
    const organisations = await t.app.inject({
      url: '/api/admin/organisations',
      headers: admin.headers,
    });
    const id = organisations.json<{ items: { id: string }[] }>().items[0]!.id;
    const list = await t.app.inject({
      url: `/api/admin/organisations/${id}/api-tokens`,
      headers: admin.headers,
    });
    expect(JSON.stringify(list.json())).not.toContain(token);
    expect(list.json<{ items: { prefix: string }[] }>().items[0]!.prefix).toBe(token.slice(0, 10));
  });

  it('accepts a report with observables, without proof of work, channel api', async () => {
    const response = await send(report);
    expect(response.statusCode).toBe(201);
    const { trackingCode } = response.json<{ trackingCode: string }>();
    const queue = await t.app.inject({ url: '/api/reports', headers: analyst.headers });
    const item = queue
      .json<{ items: { trackingCode: string; channel: string }[] }>()
      .items.find((i) => i.trackingCode === trackingCode);
    expect(item?.channel).toBe('api');
  });

  it('makes a retry with the same Idempotency-Key return the first answer', async () => {
    const before = (await t.app.inject({ url: '/api/reports', headers: analyst.headers })).json<{
      total: number;
    }>().total;
    const first = await send(report, { 'idempotency-key': 'aba-soc-2026-1143' });
    const retry = await send(report, { 'idempotency-key': 'aba-soc-2026-1143' });
    expect(retry.statusCode).toBe(201);
    expect(retry.json()).toEqual(first.json());
    const after = (await t.app.inject({ url: '/api/reports', headers: analyst.headers })).json<{
      total: number;
    }>().total;
    expect(after).toBe(before + 1);
  });

  it('refuses bad input with the field, a missing or unknown token, and staff cookies', async () => {
    const bad = await send({ ...report, observables: [{ type: 'nonsense', value: 'x' }] });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ error: { fields: { path: string }[] } }>().error.fields[0]?.path).toBe(
      'observables.0.type',
    );
    expect(
      (await t.app.inject({ method: 'POST', url: '/api/reports', payload: report })).statusCode,
    ).toBe(401);
    expect((await send(report, { authorization: 'Bearer kp_not-a-real-token' })).statusCode).toBe(
      401,
    );
    const asStaff = await t.app.inject({
      method: 'POST',
      url: '/api/reports',
      headers: analyst.headers,
      payload: report,
    });
    expect(asStaff.statusCode).toBe(401);
  });

  it('stops accepting a revoked token at once, and only admins manage tokens', async () => {
    const refused = await t.app.inject({
      method: 'POST',
      url: `/api/admin/api-tokens/${tokenId}/revoke`,
      headers: analyst.headers,
    });
    expect(refused.statusCode).toBe(403);
    const revoked = await t.app.inject({
      method: 'POST',
      url: `/api/admin/api-tokens/${tokenId}/revoke`,
      headers: admin.headers,
    });
    expect(revoked.statusCode).toBe(200);
    expect(revoked.json<{ revokedAt: string | null }>().revokedAt).not.toBeNull();
    expect((await send(report)).statusCode).toBe(401);
  });
});
