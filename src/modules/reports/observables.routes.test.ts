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
beforeAll(async () => {
  t = await createTestApp();
  admin = await signInWithNewMfa(t.app, await createStaff(t.services, 'admin'));
  analyst = await signInWithNewMfa(t.app, await createStaff(t.services, 'analyst'));
});
afterAll(() => t.close());

type Observable = { type: string; value: string; raw: string | null; source: string };

async function reportAsAnalystSees(trackingCode: string) {
  const list = await t.app.inject({ url: '/api/reports?status=new', headers: analyst.headers });
  const id = list
    .json<{ items: { id: string; trackingCode: string }[] }>()
    .items.find((item) => item.trackingCode === trackingCode)?.id;
  const detail = await t.app.inject({ url: `/api/reports/${id}`, headers: analyst.headers });
  expect(detail.statusCode).toBe(200);
  return detail.json<{ observables: Observable[] }>().observables;
}

describe('observables on a report', () => {
  it('shows an analyst the phone, the refanged domain and the account of a Khmer report', async () => {
    const submitted = await t.app.inject({
      method: 'POST',
      url: '/api/public/reports',
      payload: {
        incidentType: 'money-scam',
        language: 'km',
        description:
          'ខ្ញុំបាន\u200bចុចលើ hxxps://aba-secure-login[.]top/kh?id=1 ហើយផ្ទេរប្រាក់ ៥០០ ០០០ រៀល ទៅគណនី ABA ០០០ ១២៣ ៤៥៦',
        details: {
          amount: '៥០០ ០០០',
          currency: 'KHR',
          paymentChannel: 'aba',
          receivingAccount: '០០០ ៧៧៧ ៨៨៨',
          scammerContact: '០៩៧ ១២៣ ៤៥៦៧',
        },
      },
    });
    expect(submitted.statusCode).toBe(201);
    const { trackingCode, secret } = submitted.json<{ trackingCode: string; secret: string }>();
    const added = await t.app.inject({
      method: 'POST',
      url: `/api/public/reports/${trackingCode}/additions`,
      headers: { authorization: `Bearer ${secret}` },
      payload: { text: 'គេប្រើ Telegram t.me/aba_help_kh ផងដែរ' },
    });
    expect(added.statusCode).toBe(201);

    const observables = await reportAsAnalystSees(trackingCode);
    // The answers come in the order PostgreSQL keeps jsonb keys: shorter keys first.
    expect(observables).toEqual([
      {
        type: 'url',
        value: 'https://aba-secure-login.top/kh?id=1',
        raw: 'hxxps://aba-secure-login[.]top/kh?id=1',
        source: 'extracted',
      },
      {
        type: 'domain',
        value: 'aba-secure-login.top',
        raw: 'aba-secure-login[.]top',
        source: 'extracted',
      },
      { type: 'bank-account', value: '000123456', raw: '០០០ ១២៣ ៤៥៦', source: 'extracted' },
      { type: 'phone', value: '+855971234567', raw: '097 123 4567', source: 'extracted' },
      { type: 'bank-account', value: '000777888', raw: '000 777 888', source: 'extracted' },
      {
        type: 'url',
        value: 'https://t.me/aba_help_kh',
        raw: 't.me/aba_help_kh',
        source: 'extracted',
      },
      {
        type: 'social-handle',
        value: 't.me/aba_help_kh',
        raw: 't.me/aba_help_kh',
        source: 'extracted',
      },
    ]);
    expect(observables.map((o) => o.value)).not.toContain('500000');
  });

  it('merges what an organisation supplied, marking what it supplied once', async () => {
    const organisation = await t.app.inject({
      method: 'POST',
      url: '/api/admin/organisations',
      headers: admin.headers,
      payload: { name: 'Wing Fraud Desk', kind: 'bank' },
    });
    const token = await t.app.inject({
      method: 'POST',
      url: `/api/admin/organisations/${organisation.json<{ id: string }>().id}/api-tokens`,
      headers: admin.headers,
      payload: { name: 'soc' },
    });
    const sent = await t.app.inject({
      method: 'POST',
      url: '/api/reports',
      headers: { authorization: `Bearer ${token.json<{ token: string }>().token}` },
      payload: {
        incidentType: 'phishing',
        language: 'en',
        description: 'SMS from 012 345 678 linking to wing-verify[.]xyz and evil.com.kh',
        observables: [
          { type: 'phone', value: '+855 12 345 678' },
          { type: 'ipv4', value: '203.0.113.7' },
        ],
      },
    });
    expect(sent.statusCode).toBe(201);
    const observables = await reportAsAnalystSees(
      sent.json<{ trackingCode: string }>().trackingCode,
    );
    expect(observables.map(({ type, value, source }) => [type, value, source])).toEqual([
      ['domain', 'wing-verify.xyz', 'extracted'],
      ['domain', 'evil.com.kh', 'extracted'],
      ['phone', '+85512345678', 'supplied'],
      ['ipv4', '203.0.113.7', 'supplied'],
    ]);
  });
});
