import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BulkResult, IncidentDetail } from '../../domain/incidents/incident.schemas.ts';
import {
  createStaff,
  createTestApp,
  signInWithNewMfa,
  type SignedIn,
  type TestApp,
} from '../../../test/app.ts';

let t: TestApp;
let analyst: SignedIn;
let analystId: string;
beforeAll(async () => {
  t = await createTestApp();
  analyst = await signInWithNewMfa(t.app, await createStaff(t.services, 'analyst'));
  const session = await t.app.inject({ url: '/api/auth/session', headers: analyst.headers });
  analystId = session.json<{ user: { id: string } }>().user.id;
});
afterAll(() => t.close());

const post = (who: SignedIn, url: string, payload: object) =>
  t.app.inject({ method: 'POST', url, headers: who.headers, payload });

async function report(language: 'km' | 'en') {
  const filed = await t.app.inject({
    method: 'POST',
    url: '/api/public/reports',
    payload: { incidentType: 'other', description: 'win a free iPhone click here', language },
  });
  const created = filed.json<{ trackingCode: string; secret: string }>();
  const queue = await t.app.inject({ url: '/api/reports?limit=200', headers: analyst.headers });
  const id = queue
    .json<{ items: { id: string; trackingCode: string }[] }>()
    .items.find((r) => r.trackingCode === created.trackingCode)!.id;
  return { id, ...created };
}

describe('bulk actions', () => {
  it('rejects many reports, telling each reporter in their language, and says what it refused', async () => {
    const khmer = await report('km');
    const english = await report('en');
    const held = await report('en');
    await post(analyst, '/api/incidents', { reportIds: [held.id] });
    const missing = '00000000-0000-4000-8000-000000000000';
    const response = await post(analyst, '/api/reports/bulk-reject', {
      reportIds: [khmer.id, english.id, held.id, missing],
      reason: 'spam',
    });
    expect(response.statusCode).toBe(200);
    expect(response.json<BulkResult>().results).toEqual([
      { id: khmer.id, outcome: 'done' },
      { id: english.id, outcome: 'done' },
      { id: held.id, outcome: 'conflict' },
      { id: missing, outcome: 'not_found' },
    ]);
    const view = async (r: { trackingCode: string; secret: string }) =>
      (
        await t.app.inject({
          url: `/api/public/reports/${r.trackingCode}`,
          headers: { authorization: `Bearer ${r.secret}` },
        })
      ).json<{ status: string; messages: { body: string }[] }>();
    expect((await view(khmer)).messages[0]?.body).toContain('យើងបានបិទរបាយការណ៍នេះ');
    expect((await view(english)).messages[0]?.body).toContain('We have closed this report');
    expect((await view(held)).status).toBe('in_review');
  });

  it('assigns and classifies many incidents, skipping a merged one', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      ids.push((await post(analyst, '/api/incidents', {})).json<IncidentDetail>().id);
    }
    await post(analyst, `/api/incidents/${ids[0]}/merge`, { incidentIds: [ids[2]] });
    const response = await post(analyst, '/api/incidents/bulk-update', {
      incidentIds: ids,
      changes: {
        assigneeId: analystId,
        classification: {
          rsitClass: 'fraud',
          rsitType: 'phishing',
          localSubtype: 'phishing-message-or-site',
        },
      },
    });
    expect(response.json<BulkResult>().results.map((r) => r.outcome)).toEqual([
      'done',
      'done',
      'conflict',
    ]);
    const first = await t.app.inject({ url: `/api/incidents/${ids[0]}`, headers: analyst.headers });
    expect(first.json<IncidentDetail>()).toMatchObject({
      assignee: { id: analystId },
      classification: { rsitType: 'phishing' },
    });
  });

  it('refuses an empty change, too many ids, and roles that may not act', async () => {
    const none = await post(analyst, '/api/incidents/bulk-update', {
      incidentIds: ['00000000-0000-4000-8000-000000000000'],
      changes: {},
    });
    expect(none.statusCode).toBe(400);
    const tooMany = await post(analyst, '/api/reports/bulk-reject', {
      reportIds: Array.from({ length: 101 }, () => '00000000-0000-4000-8000-000000000000'),
      reason: 'spam',
    });
    expect(tooMany.statusCode).toBe(400);
    const oversight = await signInWithNewMfa(t.app, await createStaff(t.services, 'oversight'));
    const refused = await post(oversight, '/api/reports/bulk-reject', {
      reportIds: ['00000000-0000-4000-8000-000000000000'],
      reason: 'spam',
    });
    expect(refused.statusCode).toBe(403);
  });
});
