import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IncidentDetail, ObservableLookup } from '../../domain/incidents/incident.schemas.ts';
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

/** The same mule account and scam number, written the ways victims write them. */
const scam = (account: string, phone: string) => ({
  incidentType: 'money-scam',
  description: `គេបោកឱ្យខ្ញុំផ្ទេរលុយទៅគណនី ABA ${account} ហើយហៅមកពីលេខ ${phone}`,
  language: 'km',
  details: { paymentChannel: 'aba', receivingAccount: account },
});

async function report(body: object) {
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/public/reports',
    payload: body,
  });
  const { trackingCode } = response.json<{ trackingCode: string }>();
  const queue = await t.app.inject({ url: '/api/reports?limit=200', headers: analyst.headers });
  return queue
    .json<{ items: { id: string; trackingCode: string }[] }>()
    .items.find((entry) => entry.trackingCode === trackingCode)!.id;
}

const post = (url: string, payload: object) =>
  t.app.inject({ method: 'POST', url, headers: analyst.headers, payload });

describe('observables across reports and incidents', () => {
  it('shows on an incident how often each observable was seen elsewhere', async () => {
    const reports = [
      await report(scam('001 234 567', '012 345 678')),
      await report(scam('001234567', '+855 12 345 678')),
      await report(scam('001-234-567', '០១២៣៤៥៦៧៨')),
    ];
    await post('/api/incidents', { reportIds: [reports[1]] });
    const created = await post('/api/incidents', { reportIds: [reports[0]] });
    const incident = created.json<IncidentDetail>();
    const phone = incident.observables.find((o) => o.type === 'phone');
    expect(phone).toEqual({
      type: 'phone',
      value: '+85512345678',
      origin: 'found',
      decision: null,
      elsewhere: { reports: 2, incidents: 1 },
    });
    const account = incident.observables.find((o) => o.type === 'bank-account');
    expect(account?.elsewhere.reports).toBe(2);
  });

  it('finds every report and incident naming a value, however it is written', async () => {
    const a = await report(scam('002 888 999', '097 111 2222'));
    const b = await report(scam('002888999', '0971112222'));
    const incident = (await post('/api/incidents', { reportIds: [a] })).json<IncidentDetail>();
    const lookup = await t.app.inject({
      url: '/api/observables?type=phone&value=%2B855%2097%20111%202222',
      headers: analyst.headers,
    });
    expect(lookup.statusCode).toBe(200);
    const found = lookup.json<ObservableLookup>();
    expect(found.value).toBe('+855971112222');
    expect(found.reports.map((r) => r.id).sort()).toEqual([a, b].sort());
    expect(found.incidents.map((i) => i.id)).toEqual([incident.id]);
    expect(found).toMatchObject({ reportTotal: 2, incidentTotal: 1 });
    const unknown = await t.app.inject({
      url: '/api/observables?type=phone&value=011000000',
      headers: analyst.headers,
    });
    expect(unknown.json<ObservableLookup>()).toMatchObject({
      reports: [],
      reportTotal: 0,
      incidents: [],
      incidentTotal: 0,
    });
    const badType = await t.app.inject({
      url: '/api/observables?type=colour&value=red',
      headers: analyst.headers,
    });
    expect(badType.statusCode).toBe(400);
  });

  it('answers with the newest 50 of a much-reported value and how many there are', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 53; i++) {
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/public/reports',
        payload: scam(`004 000 ${String(100 + i)}`, '010 999 888'),
      });
      expect(response.statusCode).toBe(201);
    }
    const queue = await t.app.inject({ url: '/api/reports?limit=60', headers: analyst.headers });
    ids.push(
      ...queue
        .json<{ items: { id: string }[] }>()
        .items.slice(0, 53)
        .map((r) => r.id),
    );
    const lookup = await t.app.inject({
      url: '/api/observables?type=phone&value=010999888',
      headers: analyst.headers,
    });
    const found = lookup.json<ObservableLookup>();
    expect(found.reportTotal).toBe(53);
    expect(found.reports).toHaveLength(50);
    // Newest first: the three oldest are the ones left out.
    expect(found.reports.map((r) => r.id)).toEqual(ids.slice(0, 50));
  });

  it('lets an analyst add, confirm and remove observables, on the timeline', async () => {
    const id = await report(scam('003 555 666', '088 777 6666'));
    const incident = (await post('/api/incidents', { reportIds: [id] })).json<IncidentDetail>();
    const url = `/api/incidents/${incident.id}/observables`;
    const put = (payload: object) =>
      t.app.inject({ method: 'PUT', url, headers: analyst.headers, payload });
    await put({ type: 'domain', value: 'aba-verify[.]com', decision: 'confirmed' });
    const removed = await put({ type: 'phone', value: '088 777 6666', decision: 'removed' });
    const detail = removed.json<IncidentDetail>();
    expect(detail.observables).toContainEqual(
      expect.objectContaining({ type: 'domain', value: 'aba-verify.com', origin: 'added' }),
    );
    expect(detail.observables).toContainEqual(
      expect.objectContaining({
        type: 'phone',
        value: '+855887776666',
        decision: 'removed',
      }),
    );
    expect(detail.timeline.filter((e) => e.kind === 'observable')).toHaveLength(2);
    const bad = await put({ type: 'domain', value: '', decision: 'confirmed' });
    expect(bad.statusCode).toBe(400);
  });

  it('is not for roles without incident access', async () => {
    const oversight = await signInWithNewMfa(t.app, await createStaff(t.services, 'oversight'));
    const response = await t.app.inject({
      url: '/api/observables?type=phone&value=012345678',
      headers: oversight.headers,
    });
    expect(response.statusCode).toBe(403);
  });
});

describe('suggestion from observables seen before', () => {
  it('offers the classification of another incident that named the same domain', async () => {
    const first = (await post('/api/incidents', {})).json<IncidentDetail>();
    await t.app.inject({
      method: 'PATCH',
      url: `/api/incidents/${first.id}`,
      headers: analyst.headers,
      payload: {
        classification: {
          rsitClass: 'fraud',
          rsitType: 'phishing',
          localSubtype: 'phishing-message-or-site',
        },
      },
    });
    const mark = (id: string) =>
      t.app.inject({
        method: 'PUT',
        url: `/api/incidents/${id}/observables`,
        headers: analyst.headers,
        payload: { type: 'domain', value: 'wing-bonus.top', decision: 'confirmed' },
      });
    await mark(first.id);
    const second = (await post('/api/incidents', {})).json<IncidentDetail>();
    const detail = (await mark(second.id)).json<IncidentDetail>();
    expect(detail.suggestion).toEqual({
      classification: {
        rsitClass: 'fraud',
        rsitType: 'phishing',
        localSubtype: 'phishing-message-or-site',
      },
      reasons: [{ code: 'observable_seen_before', subject: 'wing-bonus.top' }],
    });
  });
});
