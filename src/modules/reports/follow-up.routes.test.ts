import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { encodeSolution, type ProofOfWorkChallenge } from '../../domain/proof-of-work.ts';
import {
  createStaff,
  createTestApp,
  signInWithNewMfa,
  type SignedIn,
  type TestApp,
} from '../../../test/app.ts';

let t: TestApp;
let analyst: SignedIn;
beforeAll(async () => {
  t = await createTestApp({ proofOfWorkDifficulty: 300 });
  analyst = await signInWithNewMfa(t.app, await createStaff(t.services, 'analyst'));
});
afterAll(() => t.close());

const fraud = {
  incidentType: 'money-scam',
  description: 'A caller claiming to be from Wing Bank made me transfer money.',
  language: 'en',
  details: {
    amount: '១២០,០០០',
    currency: 'KHR',
    paymentChannel: 'wing',
    receivingAccount: '012 345 678',
    transferredAt: '2026-11-23T09:15',
    contactChannel: 'phone-call',
  },
};

async function proofOfWork(): Promise<string> {
  const challenge = (
    await t.app.inject({ url: '/api/public/challenge' })
  ).json<ProofOfWorkChallenge>();
  for (let number = 0; number <= challenge.maxnumber; number++) {
    const hash = createHash('sha256').update(`${challenge.salt}${number}`).digest('hex');
    if (hash === challenge.challenge) {
      const { maxnumber: _max, ...signed } = challenge;
      return encodeSolution({ ...signed, number });
    }
  }
  throw new Error('unsolvable');
}

async function submit(body: object, headers: Record<string, string> = {}) {
  return t.app.inject({
    method: 'POST',
    url: '/api/public/reports',
    headers: { 'x-karpear-pow': await proofOfWork(), ...headers },
    payload: body,
  });
}

const asReporter = (secret: string) => ({ authorization: `Bearer ${secret}` });

describe('proof of work on the public form', () => {
  it('refuses a report without a solved challenge, in the reader language, and stores nothing', async () => {
    const before = (await t.app.inject({ url: '/api/reports', headers: analyst.headers })).json<{
      total: number;
    }>().total;
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/public/reports',
      headers: { 'accept-language': 'km' },
      payload: fraud,
    });
    expect(response.statusCode).toBe(400);
    const { error } = response.json<{ error: { fields: { path: string; message: string }[] } }>();
    expect(error.fields).toEqual([
      { path: 'proofOfWork', message: expect.stringMatching(/[\u1780-\u17FF]/) as unknown },
    ]);
    const after = (await t.app.inject({ url: '/api/reports', headers: analyst.headers })).json<{
      total: number;
    }>().total;
    expect(after).toBe(before);
  });

  it('accepts a solved challenge once', async () => {
    const pow = await proofOfWork();
    const first = await t.app.inject({
      method: 'POST',
      url: '/api/public/reports',
      headers: { 'x-karpear-pow': pow },
      payload: fraud,
    });
    expect(first.statusCode).toBe(201);
    const replay = await t.app.inject({
      method: 'POST',
      url: '/api/public/reports',
      headers: { 'x-karpear-pow': pow },
      payload: fraud,
    });
    expect(replay.statusCode).toBe(400);
  });
});

describe('guided report with details and advice', () => {
  it('stores the answers normalised and answers with advice in the report language', async () => {
    const response = await submit({ ...fraud, language: 'km' });
    expect(response.statusCode).toBe(201);
    const created = response.json<{ advice: string[]; trackingCode: string }>();
    expect(created.advice[0]).toMatch(/^ទូរស័ព្ទទៅធនាគារ/);
    const list = await t.app.inject({ url: '/api/reports', headers: analyst.headers });
    const id = list
      .json<{ items: { id: string; trackingCode: string }[] }>()
      .items.find((i) => i.trackingCode === created.trackingCode)!.id;
    const detail = await t.app.inject({ url: `/api/reports/${id}`, headers: analyst.headers });
    expect(detail.json<{ details: unknown }>().details).toEqual({
      amount: 120000,
      currency: 'KHR',
      paymentChannel: 'wing',
      receivingAccount: '012 345 678',
      transferredAt: '2026-11-23T09:15',
      contactChannel: 'phone-call',
    });
  });

  it('refuses answers that do not belong to the kind, with the field path', async () => {
    const response = await submit(
      { ...fraud, details: { ...fraud.details, amount: '-5', paymentChannel: 'piggy-bank' } },
      { 'accept-language': 'en' },
    );
    expect(response.statusCode).toBe(400);
    const paths = response
      .json<{ error: { fields: { path: string }[] } }>()
      .error.fields.map((f) => f.path)
      .sort();
    expect(paths).toEqual(['details.amount', 'details.paymentChannel']);
  });
});

const SAMPLE_DETAILS = {
  'account-takeover': {
    platform: 'facebook',
    accountKind: 'business-page',
    profileLink: 'https://facebook.com/mystore.kh',
    stillControlsRecovery: 'no',
  },
  phishing: {
    link: 'hxxps://acleda-verify[.]top',
    sender: '+855 96 123 4567',
    channel: 'sms',
    impersonated: 'ACLEDA',
    enteredCredentials: 'yes',
  },
  'money-scam': fraud.details,
  defacement: { url: 'https://ministry.gov.kh/news', firstSeenAt: '2026-11-22' },
  'service-down': {
    service: 'online banking portal',
    since: '2026-11-23T07:00',
    ransomDemanded: 'no',
  },
  malware: {
    filesEncrypted: 'yes',
    ransomNote: 'Your files are encrypted. Pay 0.1 BTC.',
    devicesAffected: '៣',
  },
  sextortion: { platform: 'telegram', demand: 'money', paid: 'no', offenderContact: '@badactor' },
  'data-leak': {
    dataKind: 'customer names and phone numbers',
    whereSeen: 'a Telegram channel',
    recordsEstimate: 12000,
  },
  other: {},
} as const;

describe('every kind of report', () => {
  it.each(Object.entries(SAMPLE_DETAILS))(
    'accepts a %s report with its questions answered',
    async (incidentType, details) => {
      const response = await submit({
        incidentType,
        description: `A report of kind ${incidentType} with its own answers.`,
        language: 'en',
        details,
      });
      expect(response.statusCode, response.body).toBe(201);
      expect(response.json<{ advice: string[] }>().advice.length).toBeGreaterThan(0);
    },
  );

  it('refuses the answers of one kind sent under another', async () => {
    const response = await submit({
      incidentType: 'defacement',
      description: 'Our site shows a banner we did not put there.',
      language: 'en',
      details: { url: 'https://example.gov.kh', firstSeenAt: 'yesterday' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json<{ error: { fields: { path: string }[] } }>().error.fields[0]?.path).toBe(
      'details.firstSeenAt',
    );
  });
});

describe('idempotent submission', () => {
  it('answers a retry with the same key with the first answer and creates nothing new', async () => {
    const key = `retry-${Date.now()}-abcdef`;
    const first = await submit(fraud, { 'idempotency-key': key });
    const second = await submit(fraud, { 'idempotency-key': key });
    expect(first.statusCode).toBe(201);
    expect(second.statusCode).toBe(201);
    expect(second.json()).toEqual(first.json());
    const conflict = await submit(
      { ...fraud, description: 'Something else entirely, not a retry.' },
      { 'idempotency-key': key },
    );
    expect(conflict.statusCode).toBe(409);
  });
});

describe('follow-up by the reporter', () => {
  it('shows CERT messages, takes additions, and withdraws', async () => {
    const created = (await submit(fraud)).json<{ trackingCode: string; secret: string }>();
    const list = await t.app.inject({ url: '/api/reports', headers: analyst.headers });
    const id = list
      .json<{ items: { id: string; trackingCode: string }[] }>()
      .items.find((i) => i.trackingCode === created.trackingCode)!.id;

    const sent = await t.app.inject({
      method: 'POST',
      url: `/api/reports/${id}/messages`,
      headers: analyst.headers,
      payload: { body: 'We asked Wing to freeze the receiving account. Can you send the receipt?' },
    });
    expect(sent.statusCode).toBe(201);

    const added = await t.app.inject({
      method: 'POST',
      url: `/api/public/reports/${created.trackingCode}/additions`,
      headers: asReporter(created.secret),
      payload: { text: 'The caller used the number 097 123 4567.' },
    });
    expect(added.statusCode).toBe(201);
    expect(added.json()).toMatchObject({ from: 'reporter' });

    const view = await t.app.inject({
      url: `/api/public/reports/${created.trackingCode}`,
      headers: asReporter(created.secret),
    });
    expect(view.json()).toMatchObject({
      status: 'received',
      canAddInformation: true,
      evidenceCount: 0,
      messages: [
        {
          from: 'cert',
          body: 'We asked Wing to freeze the receiving account. Can you send the receipt?',
        },
        { from: 'reporter', body: 'The caller used the number 097 123 4567.' },
      ],
    });

    const wrongSecret = await t.app.inject({
      method: 'POST',
      url: `/api/public/reports/${created.trackingCode}/additions`,
      headers: asReporter('AAAAA-AAAAA-AAAAA-AAAAA'),
      payload: { text: 'Injected by someone else.' },
    });
    expect(wrongSecret.statusCode).toBe(404);

    const withdrawn = await t.app.inject({
      method: 'POST',
      url: `/api/public/reports/${created.trackingCode}/withdraw`,
      headers: asReporter(created.secret),
      payload: { reason: 'The bank returned my money.' },
    });
    expect(withdrawn.statusCode).toBe(200);
    expect(withdrawn.json()).toMatchObject({ status: 'withdrawn', canAddInformation: false });
    const late = await t.app.inject({
      method: 'POST',
      url: `/api/public/reports/${created.trackingCode}/additions`,
      headers: asReporter(created.secret),
      payload: { text: 'One more thing.' },
    });
    expect(late.statusCode).toBe(409);
    const again = await t.app.inject({
      method: 'POST',
      url: `/api/public/reports/${created.trackingCode}/withdraw`,
      headers: asReporter(created.secret),
      payload: {},
    });
    expect(again.json()).toMatchObject({ status: 'withdrawn' });
  });

  it('lets only staff with reports:respond write to a reporter', async () => {
    const created = (await submit(fraud)).json<{ trackingCode: string }>();
    const list = await t.app.inject({ url: '/api/reports', headers: analyst.headers });
    const id = list
      .json<{ items: { id: string; trackingCode: string }[] }>()
      .items.find((i) => i.trackingCode === created.trackingCode)!.id;
    const oversight = await signInWithNewMfa(t.app, await createStaff(t.services, 'oversight'));
    const refused = await t.app.inject({
      method: 'POST',
      url: `/api/reports/${id}/messages`,
      headers: oversight.headers,
      payload: { body: 'Hello' },
    });
    expect(refused.statusCode).toBe(403);
    const anonymous = await t.app.inject({
      method: 'POST',
      url: `/api/reports/${id}/messages`,
      payload: { body: 'Hello' },
    });
    expect(anonymous.statusCode).toBe(401);
  });
});
