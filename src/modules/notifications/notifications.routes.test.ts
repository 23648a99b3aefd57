import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { IncidentDetail } from '../../domain/incidents/incident.schemas.ts';
import type { NotificationList } from '../../domain/notifications.schemas.ts';
import {
  createStaff,
  createTestApp,
  signInWithNewMfa,
  type SignedIn,
  type TestApp,
} from '../../../test/app.ts';

let t: TestApp;
let coordinator: SignedIn;
let analyst: SignedIn;
let analystId: string;
let coordinatorId: string;

const idOf = async (who: SignedIn) =>
  (await t.app.inject({ url: '/api/auth/session', headers: who.headers })).json<{
    user: { id: string };
  }>().user.id;

beforeAll(async () => {
  t = await createTestApp();
  coordinator = await signInWithNewMfa(t.app, await createStaff(t.services, 'coordinator'));
  analyst = await signInWithNewMfa(t.app, await createStaff(t.services, 'analyst'));
  analystId = await idOf(analyst);
  coordinatorId = await idOf(coordinator);
});
afterAll(() => t.close());

const mine = (who: SignedIn, query = '') =>
  t.app
    .inject({ url: `/api/notifications${query}`, headers: who.headers })
    .then((r) => r.json<NotificationList>());

function call(who: SignedIn, method: 'POST' | 'PATCH', url: string, payload?: object) {
  return t.app.inject({ method, url, headers: who.headers, ...(payload ? { payload } : {}) });
}

async function reportedIncident() {
  const filed = await t.app.inject({
    method: 'POST',
    url: '/api/public/reports',
    payload: { incidentType: 'phishing', description: 'Fake ABA SMS link', language: 'en' },
  });
  const created = filed.json<{ trackingCode: string; secret: string }>();
  const queue = await t.app.inject({ url: '/api/reports?limit=200', headers: analyst.headers });
  const reportId = queue
    .json<{ items: { id: string; trackingCode: string }[] }>()
    .items.find((r) => r.trackingCode === created.trackingCode)!.id;
  const incident = (
    await call(coordinator, 'POST', '/api/incidents', { reportIds: [reportId] })
  ).json<IncidentDetail>();
  return { incident, ...created };
}

describe('notifications to assignees', () => {
  it('tells an analyst an incident was assigned to them, and nobody else', async () => {
    const { incident } = await reportedIncident();
    await call(coordinator, 'PATCH', `/api/incidents/${incident.id}`, { assigneeId: analystId });
    const list = await mine(analyst);
    expect(list.unread).toBe(1);
    expect(list.items[0]).toMatchObject({
      kind: 'incident_assigned',
      incidentId: incident.id,
      details: { reference: incident.reference },
      read: false,
    });
    expect((await mine(coordinator)).items).toEqual([]);
  });

  it('does not notify someone who takes an incident themselves', async () => {
    const { incident } = await reportedIncident();
    await call(coordinator, 'PATCH', `/api/incidents/${incident.id}`, {
      assigneeId: coordinatorId,
    });
    expect((await mine(coordinator)).items).toEqual([]);
  });

  it('tells the assignee of a task and of a reporter who wrote back', async () => {
    const { incident, trackingCode, secret } = await reportedIncident();
    await call(coordinator, 'PATCH', `/api/incidents/${incident.id}`, { assigneeId: analystId });
    await call(coordinator, 'POST', `/api/incidents/${incident.id}/tasks`, {
      title: 'Takedown request',
      assigneeId: analystId,
    });
    await t.app.inject({
      method: 'POST',
      url: `/api/public/reports/${trackingCode}/additions`,
      headers: { authorization: `Bearer ${secret}` },
      payload: { text: 'They sent another SMS from 012 000 111' },
    });
    const kinds = (await mine(analyst)).items
      .filter((n) => n.incidentId === incident.id)
      .map((n) => n.kind);
    expect(kinds).toEqual(['reporter_replied', 'task_assigned', 'incident_assigned']);
  });

  it('warns of SLA risks once per milestone, however often the watch runs', async () => {
    const { incident } = await reportedIncident();
    await call(coordinator, 'PATCH', `/api/incidents/${incident.id}`, { assigneeId: analystId });
    await t.database.db.execute(
      sql`update incidents set created_at = now() - interval '30 days' where id = ${incident.id}`,
    );
    const first = await t.services.incidents.notifySlaRisks();
    const second = await t.services.incidents.notifySlaRisks();
    expect(first).toBeGreaterThanOrEqual(1);
    const breaches = (await mine(analyst)).items.filter(
      (n) => n.incidentId === incident.id && n.kind === 'sla_breached',
    );
    expect(breaches.map((n) => n.details.milestone).sort()).toEqual([
      'containment',
      'first_response',
      'resolution',
    ]);
    expect(second).toBe(0);
    const again = (await mine(analyst)).items.filter(
      (n) => n.incidentId === incident.id && n.kind === 'sla_breached',
    );
    expect(again).toHaveLength(3);
  });
});

describe('reading notifications', () => {
  it('marks some or all of my notifications read, never anyone else’s', async () => {
    const { incident } = await reportedIncident();
    await call(coordinator, 'PATCH', `/api/incidents/${incident.id}`, { assigneeId: analystId });
    const before = await mine(analyst, '?unread=true');
    const first = before.items[0]!;
    const byCoordinator = await call(coordinator, 'POST', '/api/notifications/read', {
      ids: [first.id],
    });
    expect(byCoordinator.statusCode).toBe(200);
    expect((await mine(analyst, '?unread=true')).items.map((n) => n.id)).toContain(first.id);
    const one = await call(analyst, 'POST', '/api/notifications/read', { ids: [first.id] });
    expect(one.json<NotificationList>().unread).toBe(before.unread - 1);
    const all = await call(analyst, 'POST', '/api/notifications/read', { all: true });
    expect(all.json<NotificationList>().unread).toBe(0);
    const bad = await call(analyst, 'POST', '/api/notifications/read', { ids: [] });
    expect(bad.statusCode).toBe(400);
  });

  it('is for signed-in staff only', async () => {
    expect((await t.app.inject({ url: '/api/notifications' })).statusCode).toBe(401);
  });
});
