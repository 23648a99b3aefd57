import { describe, expect, it } from 'vitest';
import { getProvision } from '../law/catalogue.ts';
import {
  CreatePreservationOrderBodySchema,
  formatPreservationOrderReference,
  PRESERVATION_LIMITS,
  PreservationIdentifierInputSchema,
  PreservationTransitionBodySchema,
  RenewPreservationOrderBodySchema,
} from './preservation.schemas.ts';

const NECESSITY =
  'The suspect used this Telegram account to collect USD 4,800 from 12 victims between 2 and 20 November; the provider keeps login records for 30 days only.';
const PROPORTIONALITY =
  'Only the one account and the three weeks of the scam; no content is asked for.';

const body = (overrides: Record<string, unknown> = {}) => ({
  incidentId: '6f1c1f0e-3a43-4f3c-9d57-0f3e7a1b2c3d',
  serviceProvider: { name: 'Telegram FZ-LLC', country: 'ae', contact: 'abuse@telegram.org' },
  dataCategories: ['traffic', 'subscriber'],
  identifiers: [{ type: 'phone', value: '០១២ ៣៤៥ ៦៧៨' }],
  legalBases: [{ basis: 'kh-draft-ccl-v1-art-17' }, { basis: 'coe-185-art-16' }],
  necessity: NECESSITY,
  proportionality: PROPORTIONALITY,
  days: 90,
  ...overrides,
});

const parse = (input: unknown) => CreatePreservationOrderBodySchema.safeParse(input);

const issues = (input: unknown) => {
  const result = parse(input);
  expect(result.success).toBe(false);
  return result.success
    ? []
    : result.error.issues.map((i) => ({ path: i.path, message: i.message }));
};

const identifier = (input: Record<string, unknown>) => {
  const result = PreservationIdentifierInputSchema.safeParse(input);
  return result.success ? result.data : { error: result.error.issues.map((i) => i.path.join('.')) };
};

describe('the bounds of an order come from the Convention as the catalogue records it', () => {
  it('90 days at most (art 16), 60 days at least at another Party’s request (art 29)', () => {
    expect(getProvision('coe-185-art-16').powers[0]?.days?.max).toBe(PRESERVATION_LIMITS.maxDays);
    expect(getProvision('coe-185-art-29').powers[0]?.days?.min).toBe(
      PRESERVATION_LIMITS.art29MinDays,
    );
  });
});

describe('creating an order: the body', () => {
  it('accepts a complete body and normalises it', () => {
    const result = parse(body());
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.data).toMatchObject({
      serviceProvider: { name: 'Telegram FZ-LLC', country: 'AE', contact: 'abuse@telegram.org' },
      // Canonical order, whatever order they were ticked in.
      dataCategories: ['subscriber', 'traffic'],
      identifiers: [
        { type: 'phone', value: '+85512345678', port: null, from: null, to: null, note: null },
      ],
      legalBases: [
        { basis: 'kh-draft-ccl-v1-art-17', text: null },
        { basis: 'coe-185-art-16', text: null },
      ],
      requestingParty: null,
      days: 90,
    });
  });

  it.each([0, 91, 1.5, -3, '30'])('refuses a period of %j days', (days) => {
    expect(issues(body({ days }))[0]?.path).toEqual(['days']);
  });

  it.each([1, 45, 90])('accepts %i days', (days) => {
    expect(parse(body({ days })).success).toBe(true);
  });

  it('requires at least one category of data, each once, of the three', () => {
    expect(issues(body({ dataCategories: [] }))).toEqual([
      { path: ['dataCategories'], message: 'name at least one category of data' },
    ]);
    expect(issues(body({ dataCategories: ['traffic', 'traffic'] }))[0]?.path).toEqual([
      'dataCategories',
    ]);
    expect(issues(body({ dataCategories: ['location'] }))[0]?.path).toEqual(['dataCategories', 0]);
  });

  it.each([
    ['missing', undefined],
    ['blank', '   '],
    ['only zero-width characters', '\u200B\u200C\uFEFF'.repeat(30)],
    ['too short', 'Needed for the case.'],
  ])('requires the necessity in words: refuses it %s', (_, necessity) => {
    expect(issues(body({ necessity }))[0]?.path).toEqual(['necessity']);
  });

  it('requires the proportionality in words, separately', () => {
    expect(issues(body({ proportionality: undefined }))[0]?.path).toEqual(['proportionality']);
    expect(issues(body({ proportionality: 'Proportionate.' }))[0]?.path).toEqual([
      'proportionality',
    ]);
  });

  it('accepts a justification in Khmer', () => {
    const khmer =
      'ជនសង្ស័យបានប្រើគណនី Telegram នេះ ដើម្បីប្រមូលប្រាក់ពីជនរងគ្រោះ ១២ នាក់ ហើយអ្នកផ្ដល់សេវារក្សាទុកកំណត់ត្រាចូលប្រើតែ ៣០ ថ្ងៃប៉ុណ្ណោះ។';
    expect(parse(body({ necessity: khmer })).success).toBe(true);
  });

  it('requires a legal basis, each once, and words for another basis', () => {
    expect(issues(body({ legalBases: [] }))[0]?.message).toBe('give the legal basis');
    expect(
      issues(body({ legalBases: [{ basis: 'coe-185-art-16' }, { basis: 'coe-185-art-16' }] }))[0],
    ).toEqual({ path: ['legalBases'], message: 'a legal basis is listed twice' });
    expect(issues(body({ legalBases: [{ basis: 'other' }] }))[0]?.path).toEqual([
      'legalBases',
      0,
      'text',
    ]);
    expect(issues(body({ legalBases: [{ basis: 'criminal-code' }] }))[0]?.path).toEqual([
      'legalBases',
      0,
      'basis',
    ]);
    const other = parse(
      body({
        legalBases: [
          { basis: 'other', text: 'Code of Criminal Procedure, investigating judge’s order' },
        ],
      }),
    );
    expect(other.success && other.data.legalBases).toEqual([
      { basis: 'other', text: 'Code of Criminal Procedure, investigating judge’s order' },
    ]);
  });

  it('at another Party’s request (art 29): at least 60 days, and names the Party', () => {
    const art29 = { legalBases: [{ basis: 'coe-185-art-29' }] };
    expect(issues(body({ ...art29, days: 30 })).map((i) => i.path)).toEqual([
      ['days'],
      ['requestingParty'],
    ]);
    expect(parse(body({ ...art29, days: 60, requestingParty: 'Japan' })).success).toBe(true);
  });

  it('requires at least one identifier, each once', () => {
    expect(issues(body({ identifiers: [] }))[0]?.message).toBe('name at least one identifier');
    expect(
      issues(
        body({
          identifiers: [
            { type: 'phone', value: '012 345 678' },
            { type: 'phone', value: '+855 12 345 678' },
          ],
        }),
      )[0],
    ).toEqual({ path: ['identifiers', 1], message: 'this identifier is listed twice' });
    const many = Array.from({ length: PRESERVATION_LIMITS.identifiers + 1 }, (_, i) => ({
      type: 'account',
      value: `user-${i}`,
    }));
    expect(issues(body({ identifiers: many }))[0]?.path).toEqual(['identifiers']);
  });

  it('requires the provider’s name', () => {
    expect(issues(body({ serviceProvider: { name: ' ' } }))[0]?.path).toEqual([
      'serviceProvider',
      'name',
    ]);
    expect(issues(body({ serviceProvider: { name: 'Smart', country: 'KHM' } }))[0]?.path).toEqual([
      'serviceProvider',
      'country',
    ]);
  });
});

describe('identifiers, typed and normalised like observables', () => {
  it.each([
    [{ type: 'phone', value: '097-123-4567' }, '+855971234567'],
    [{ type: 'phone', value: '+66 81 234 5678' }, '+66812345678'],
    [{ type: 'email', value: 'Sok.Dara@Gmail.Com' }, 'sok.dara@gmail.com'],
    [{ type: 'email', value: 'scam[@]aba-bank[.]help' }, 'scam@aba-bank.help'],
    [
      { type: 'ip', value: '2001:DB8:0:0:0:0:0:1', from: '2026-11-20T02:14:00+07:00' },
      '2001:db8::1',
    ],
    [{ type: 'url', value: 'hxxps://ABA-Verify[.]top/login' }, 'https://aba-verify.top/login'],
    [{ type: 'url', value: 'bit.ly/wing-reward' }, 'https://bit.ly/wing-reward'],
    [{ type: 'domain', value: 'https://Wing-Bonus.XYZ/claim' }, 'wing-bonus.xyz'],
    [
      { type: 'social-handle', value: 'https://www.facebook.com/sok.dara/' },
      'facebook.com/sok.dara',
    ],
    [{ type: 'social-handle', value: 't.me/aba_support_kh' }, 't.me/aba_support_kh'],
    [
      { type: 'social-handle', value: '@aba_support_kh', platform: 'telegram' },
      't.me/aba_support_kh',
    ],
    [{ type: 'social-handle', value: 'sokdara', platform: 'tiktok' }, 'tiktok.com/@sokdara'],
    [{ type: 'account', value: '០០០ ១២៣ ៤៥៦' }, '000 123 456'],
  ])('%j → %s', (input, value) => {
    expect(identifier(input)).toMatchObject({ value });
  });

  it('keeps the time range of an IP address, and its port', () => {
    expect(
      identifier({
        type: 'ip',
        value: '203.0.113.7',
        port: 51_234,
        from: '2026-11-20T02:14:00+07:00',
        to: '2026-11-20T02:20:00+07:00',
      }),
    ).toEqual({
      type: 'ip',
      value: '203.0.113.7',
      port: 51_234,
      from: '2026-11-19T19:14:00.000Z',
      to: '2026-11-19T19:20:00.000Z',
      note: null,
    });
  });

  it.each([
    [{ type: 'phone', value: '12345' }, ['value']],
    [{ type: 'phone', value: '023 456' }, ['value']],
    [{ type: 'email', value: 'sok@' }, ['value']],
    [{ type: 'email', value: '.sok@gmail.com' }, ['value']],
    [{ type: 'ip', value: '256.1.1.1', from: '2026-11-20T02:14:00+07:00' }, ['value']],
    [{ type: 'ip', value: '203.0.113.7' }, ['from']],
    [{ type: 'url', value: 'javascript:alert(1)' }, ['value']],
    [{ type: 'domain', value: 'not a domain' }, ['value']],
    [{ type: 'social-handle', value: 'https://facebook.com/sharer.php' }, ['value']],
    [{ type: 'social-handle', value: '@sokdara' }, ['value']],
    [{ type: 'account', value: ' \u200B ' }, ['value']],
    [{ type: 'phone', value: '012 345 678', port: 80 }, ['port']],
    [{ type: 'phone', value: '012 345 678', platform: 'telegram' }, ['platform']],
    [{ type: 'telegram', value: 'x' }, ['type']],
    [
      {
        type: 'account',
        value: 'user-1',
        from: '2026-11-20T00:00:00+07:00',
        to: '2026-11-19T00:00:00+07:00',
      },
      ['to'],
    ],
    [{ type: 'account', value: 'user-1', from: '20/11/2026' }, ['from']],
  ])('refuses %j', (input, path) => {
    expect(identifier(input)).toEqual({ error: [path.join('.')] });
  });
});

describe('renewal and transition bodies', () => {
  it('renewal: 1–90 days and a new justification', () => {
    const renewal = { days: 90, justification: NECESSITY, proportionality: PROPORTIONALITY };
    expect(RenewPreservationOrderBodySchema.safeParse(renewal).success).toBe(true);
    for (const days of [0, 91]) {
      expect(RenewPreservationOrderBodySchema.safeParse({ ...renewal, days }).success).toBe(false);
    }
    expect(
      RenewPreservationOrderBodySchema.safeParse({ ...renewal, justification: ' ' }).success,
    ).toBe(false);
  });

  it('transitions: a reason to refuse or release; expiry is not a request', () => {
    const ok = (input: unknown) => PreservationTransitionBodySchema.safeParse(input).success;
    expect(ok({ to: 'approved' })).toBe(true);
    expect(ok({ to: 'refused' })).toBe(false);
    expect(ok({ to: 'refused', reason: 'Not necessary: the account is already closed.' })).toBe(
      true,
    );
    expect(ok({ to: 'released' })).toBe(false);
    expect(ok({ to: 'sent', occurredAt: '2026-11-24T09:00:00+07:00' })).toBe(true);
    expect(ok({ to: 'sent', occurredAt: 'yesterday' })).toBe(false);
    expect(ok({ to: 'expired' })).toBe(false);
    expect(ok({ to: 'requested' })).toBe(false);
  });

  it('formats references', () => {
    expect(formatPreservationOrderReference(42)).toBe('PO-000042');
  });
});
