import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../platform/db/database.ts';
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
  t = await createTestApp();
  analyst = await signInWithNewMfa(t.app, await createStaff(t.services, 'analyst'));
});
afterAll(() => t.close());

const khmerReport = {
  incidentType: 'money-scam',
  description: 'ខ្ញុំបាន\u200bផ្ទេរប្រាក់ ៥០ ដុល្លារ ទៅគណនី ABA ០១២ ៣៤៥ ៦៧៨ ដែលក្លែងខ្លួនជាធនាគារ',
  occurredAt: '2026-11-20',
  language: 'km',
};

async function submit(body: object) {
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/public/reports',
    payload: body,
  });
  return {
    response,
    created: response.json<{ trackingCode: string; secret: string; status: string }>(),
  };
}

function check(code: string, secret?: string) {
  return t.app.inject({
    url: `/api/public/reports/${encodeURIComponent(code)}`,
    headers: secret === undefined ? {} : { authorization: `Bearer ${secret}` },
  });
}

describe('public reporting', () => {
  it('accepts an anonymous report and answers 201 with a code and a secret', async () => {
    const { response, created } = await submit(khmerReport);
    expect(response.statusCode).toBe(201);
    expect(response.headers['cache-control']).toBe('no-store');
    expect(created.trackingCode).toMatch(
      /^[34679ACDEFGHJKMNPQRTUVWXY]{4}-[34679ACDEFGHJKMNPQRTUVWXY]{4}$/,
    );
    expect(created.secret).toMatch(
      /^([34679ACDEFGHJKMNPQRTUVWXY]{5}-){3}[34679ACDEFGHJKMNPQRTUVWXY]{5}$/,
    );
    expect(created.status).toBe('received');
  });

  it('shows the status to whoever holds code and secret, typed loosely', async () => {
    const { created } = await submit(khmerReport);
    const loose = await check(
      created.trackingCode.toLowerCase().replace('-', ' '),
      created.secret.toLowerCase().replace(/-/g, ' '),
    );
    expect(loose.statusCode).toBe(200);
    expect(loose.json()).toMatchObject({
      trackingCode: created.trackingCode,
      status: 'received',
      incidentType: 'money-scam',
    });
  });

  it('gives the same 404 for a wrong secret, a wrong code and no secret', async () => {
    const { created } = await submit(khmerReport);
    const other = (await submit(khmerReport)).created;
    const answers = await Promise.all([
      check(created.trackingCode, other.secret),
      check('AAAA-AAAA', created.secret),
      check('not a code', created.secret),
      check(created.trackingCode),
    ]);
    for (const answer of answers) {
      expect(answer.statusCode).toBe(404);
      const { error } = answer.json<{ error: { code: string; message: string } }>();
      expect(error.code).toBe('not_found');
    }
    const messages = new Set(
      answers.map((a) => a.json<{ error: { message: string } }>().error.message),
    );
    expect(messages.size).toBe(1);
  });

  it('stores contact details sealed, apart from the report, with no clear text anywhere', async () => {
    const contact = { name: 'Sok Dara', email: 'sok.dara@example.com', phone: '+855 12 345 678' };
    const { created } = await submit({ ...khmerReport, contact });
    const code = created.trackingCode.replace('-', '');
    const [row] = await queryRows<{ sealed: string; report: string }>(
      t.database.db,
      sql`select c.sealed, r::text as report from report_contacts c join reports r on r.id = c.report_id where r.tracking_code = ${code}`,
    );
    expect(row?.sealed).toMatch(/^v1\./);
    for (const value of Object.values(contact)) {
      expect(row?.sealed).not.toContain(value);
      expect(row?.report).not.toContain(value);
    }
    const [audit] = await queryRows<{ dump: string }>(
      t.database.db,
      sql`select string_agg(details::text, ' ') as dump from audit_events`,
    );
    expect(audit?.dump).not.toContain('Sok Dara');
  });

  it('normalises Khmer text (zero-width spaces removed) and refuses empty contact objects', async () => {
    const bad = await t.app.inject({
      method: 'POST',
      url: '/api/public/reports',
      headers: { 'accept-language': 'en' },
      payload: { ...khmerReport, contact: {} },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ error: { fields: { path: string }[] } }>().error.fields[0]?.path).toBe(
      'contact',
    );
  });
});

describe('the analyst queue', () => {
  it('lists the new report and opens it, with the contact the reporter gave', async () => {
    const contact = { email: 'victim@example.com', phone: '០១២ ៣៤៥ ៦៧៨' };
    const { created } = await submit({ ...khmerReport, contact });
    const list = await t.app.inject({ url: '/api/reports?status=new', headers: analyst.headers });
    expect(list.statusCode).toBe(200);
    const { items, total } = list.json<{
      items: { id: string; trackingCode: string; hasContact: boolean }[];
      total: number;
    }>();
    expect(total).toBeGreaterThanOrEqual(1);
    const item = items.find((entry) => entry.trackingCode === created.trackingCode);
    expect(item?.hasContact).toBe(true);

    const detail = await t.app.inject({
      url: `/api/reports/${item!.id}`,
      headers: analyst.headers,
    });
    expect(detail.statusCode).toBe(200);
    expect(detail.json()).toMatchObject({
      trackingCode: created.trackingCode,
      description: 'ខ្ញុំបានផ្ទេរប្រាក់ ៥០ ដុល្លារ ទៅគណនី ABA ០១២ ៣៤៥ ៦៧៨ ដែលក្លែងខ្លួនជាធនាគារ',
      rsit: { class: 'fraud', type: 'masquerade' },
      contact: { email: 'victim@example.com', phone: '012 345 678', name: null },
    });
    const [viewed] = await queryRows<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from audit_events where target_id = ${item!.id} and action in ('report.viewed', 'report.contact_viewed')`,
    );
    expect(viewed?.n).toBe(2);
  });

  it('answers 404 for an unknown report and 400 for a malformed id', async () => {
    const unknown = await t.app.inject({
      url: '/api/reports/00000000-0000-4000-8000-000000000000',
      headers: analyst.headers,
    });
    expect(unknown.statusCode).toBe(404);
    const malformed = await t.app.inject({ url: '/api/reports/42', headers: analyst.headers });
    expect(malformed.statusCode).toBe(400);
  });

  it('refuses the queue to the public (401) and to roles without reports:read (403)', async () => {
    expect((await t.app.inject({ url: '/api/reports' })).statusCode).toBe(401);
    for (const role of ['admin', 'oversight', 'partner', 'liaison'] as const) {
      const staff = await signInWithNewMfa(t.app, await createStaff(t.services, role));
      const response = await t.app.inject({ url: '/api/reports', headers: staff.headers });
      expect(response.statusCode, role).toBe(403);
      expect(response.json<{ error: { code: string } }>().error.code).toBe('forbidden');
    }
  });
});
