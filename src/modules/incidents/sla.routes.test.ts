import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type {
  IncidentCounts,
  IncidentDetail,
  IncidentList,
} from '../../domain/incidents/incident.schemas.ts';
import {
  createStaff,
  createTestApp,
  signInWithNewMfa,
  type SignedIn,
  type TestApp,
} from '../../../test/app.ts';

let t: TestApp;
let analyst: SignedIn;
const at: Record<string, string> = {};

const HOUR = { firstResponseMinutes: 60, containmentMinutes: 60, resolutionMinutes: 60 };

/** An incident opened `minutesAgo`; paused for the last `pausedFor` minutes when given. */
async function incidentOpened(key: string, minutesAgo: number, pausedFor?: number) {
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/incidents',
    headers: analyst.headers,
    payload: { title: key },
  });
  const id = response.json<IncidentDetail>().id;
  await t.database.db.execute(sql`update incidents
    set created_at = now() - make_interval(mins => ${minutesAgo}),
        sla_paused_since = ${pausedFor === undefined ? null : sql`now() - make_interval(mins => ${pausedFor})`}
    where id = ${id}`);
  at[key] = id;
}

beforeAll(async () => {
  t = await createTestApp();
  analyst = await signInWithNewMfa(t.app, await createStaff(t.services, 'analyst'));
  const admin = await signInWithNewMfa(t.app, await createStaff(t.services, 'admin'));
  const targets = await t.app.inject({
    method: 'PUT',
    url: '/api/admin/settings/sla',
    headers: admin.headers,
    payload: { critical: HOUR, high: HOUR, medium: HOUR, low: HOUR },
  });
  expect(targets.statusCode).toBe(200);
  await incidentOpened('overdue', 70);
  await incidentOpened('nearly', 50);
  await incidentOpened('fresh', 10);
  await incidentOpened('waiting', 70, 65);
});
afterAll(() => t.close());

const queue = (sla: string) =>
  t.app
    .inject({ url: `/api/incidents?sla=${sla}`, headers: analyst.headers })
    .then((r) => r.json<IncidentList>());

describe('SLA breaches', () => {
  it('counts incidents for the queue tabs, at-risk ones included', async () => {
    const response = await t.app.inject({ url: '/api/incidents/counts', headers: analyst.headers });
    expect(response.statusCode).toBe(200);
    const counts = response.json<IncidentCounts>();
    expect(counts).toMatchObject({
      byStatus: { new: 4, triage: 0, closed: 0 },
      unassigned: 4,
      slaBreached: 1,
      slaNearBreach: 1,
    });
    expect(Object.values(counts.bySeverity).reduce((a, b) => a + b, 0)).toBe(4);
    const oversight = await signInWithNewMfa(t.app, await createStaff(t.services, 'oversight'));
    const refused = await t.app.inject({
      url: '/api/incidents/counts',
      headers: oversight.headers,
    });
    expect(refused.statusCode).toBe(403);
  });

  it('lists breached, nearly breached and both, leaving out paused and fresh incidents', async () => {
    const breached = await queue('breached');
    expect(breached.items.map((i) => i.title)).toEqual(['overdue']);
    expect(breached.items[0]?.sla).toBe('breached');
    const near = await queue('near_breach');
    expect(near.items.map((i) => i.title)).toEqual(['nearly']);
    expect(near.items[0]?.sla).toBe('near_breach');
    const atRisk = await queue('at_risk');
    expect(atRisk.items.map((i) => i.title).sort()).toEqual(['nearly', 'overdue']);
  });

  it('stops counting once the incident is resolved', async () => {
    const url = `/api/incidents/${at.overdue}/transitions`;
    for (const to of ['in_progress', 'resolved']) {
      await t.app.inject({ method: 'POST', url, headers: analyst.headers, payload: { to } });
    }
    expect((await queue('breached')).items).toEqual([]);
  });

  it('rejects an unknown SLA filter and keeps targets valid', async () => {
    const bad = await t.app.inject({ url: '/api/incidents?sla=late', headers: analyst.headers });
    expect(bad.statusCode).toBe(400);
    const analystSets = await t.app.inject({
      method: 'PUT',
      url: '/api/admin/settings/sla',
      headers: analyst.headers,
      payload: { critical: HOUR, high: HOUR, medium: HOUR, low: HOUR },
    });
    expect(analystSets.statusCode).toBe(403);
  });
});
