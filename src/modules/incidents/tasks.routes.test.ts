import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IncidentDetail } from '../../domain/incidents/incident.schemas.ts';
import type { Playbook } from '../../domain/incidents/playbooks.ts';
import {
  createStaff,
  createTestApp,
  signInWithNewMfa,
  type SignedIn,
  type TestApp,
} from '../../../test/app.ts';

let t: TestApp;
let analyst: SignedIn;
let admin: SignedIn;

beforeAll(async () => {
  t = await createTestApp();
  analyst = await signInWithNewMfa(t.app, await createStaff(t.services, 'analyst'));
  admin = await signInWithNewMfa(t.app, await createStaff(t.services, 'admin'));
});
afterAll(() => t.close());

function call(
  who: SignedIn,
  method: 'GET' | 'POST' | 'PATCH' | 'PUT',
  url: string,
  payload?: object,
  language = 'en',
) {
  return t.app.inject({
    method,
    url,
    headers: { ...who.headers, 'accept-language': language },
    ...(payload ? { payload } : {}),
  });
}

async function fraudIncident(): Promise<IncidentDetail> {
  const filed = await t.app.inject({
    method: 'POST',
    url: '/api/public/reports',
    payload: {
      incidentType: 'money-scam',
      description: 'I sent 200 USD by Wing to 012 345 678 for a fake parcel fee.',
      language: 'en',
      details: { paymentChannel: 'wing', contactChannel: 'telegram' },
    },
  });
  const { trackingCode } = filed.json<{ trackingCode: string }>();
  const queue = await call(analyst, 'GET', '/api/reports?limit=200');
  const id = queue
    .json<{ items: { id: string; trackingCode: string }[] }>()
    .items.find((r) => r.trackingCode === trackingCode)!.id;
  return (
    await call(analyst, 'POST', '/api/incidents', { reportIds: [id] })
  ).json<IncidentDetail>();
}

describe('playbooks', () => {
  it('offers the fraud playbook and creates its tasks once, in Khmer for a Khmer analyst', async () => {
    const incident = await fraudIncident();
    expect(incident.playbooks.map((p) => p.id)).toEqual(['fraudulent-transfer']);
    const url = `/api/incidents/${incident.id}/playbooks/fraudulent-transfer/run`;
    const run = await call(analyst, 'POST', url, undefined, 'km');
    expect(run.statusCode, run.body).toBe(200);
    const detail = run.json<IncidentDetail>();
    expect(detail.tasks).toHaveLength(4);
    expect(detail.tasks[0]).toMatchObject({
      title: 'ស្នើឱ្យធនាគារ ឬកាបូបអេឡិចត្រូនិកដែលទទួលប្រាក់បង្កកគណនី',
      status: 'open',
      playbookId: 'fraudulent-transfer',
      overdue: false,
    });
    const due = new Date(detail.tasks[0]!.dueAt!).getTime() - Date.now();
    expect(due).toBeGreaterThan(1.9 * 3_600_000);
    expect(due).toBeLessThanOrEqual(2 * 3_600_000);
    expect(detail.tasks[0]!.checklist).toHaveLength(2);
    expect(detail.playbooks).toEqual([]);
    expect(detail.timeline.some((e) => e.kind === 'playbook_run')).toBe(true);
    expect((await call(analyst, 'POST', url)).statusCode).toBe(409);
    expect(
      (await call(analyst, 'POST', `/api/incidents/${incident.id}/playbooks/no-such/run`))
        .statusCode,
    ).toBe(404);
  });

  it('lets an admin edit a playbook, which new runs then follow; analysts cannot edit', async () => {
    const listed = await call(admin, 'GET', '/api/playbooks');
    expect(listed.statusCode, listed.body).toBe(200);
    const current = listed.json<Playbook[]>();
    const ddos = current.find((p) => p.id === 'ddos')!;
    expect(ddos.edited).toBe(false);
    const body = {
      title: ddos.title,
      appliesTo: ['service-disruption', 'fraudulent-money-transfer'],
      tasks: [
        ...ddos.tasks,
        {
          title: { en: 'Ask the victim for firewall logs', km: 'សុំកំណត់ហេតុជញ្ជាំងភ្លើងពីជនរងគ្រោះ' },
          checklist: [],
          dueWithinHours: 12,
        },
      ],
    };
    const refused = await call(analyst, 'PUT', '/api/playbooks/ddos', body);
    expect(refused.statusCode).toBe(403);
    const saved = await call(admin, 'PUT', '/api/playbooks/ddos', body);
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json<Playbook>()).toMatchObject({ id: 'ddos', edited: true });
    const incident = await fraudIncident();
    expect(incident.playbooks.map((p) => p.id).sort()).toEqual(['ddos', 'fraudulent-transfer']);
    const run = await call(analyst, 'POST', `/api/incidents/${incident.id}/playbooks/ddos/run`);
    expect(run.json<IncidentDetail>().tasks.map((task) => task.title)).toContain(
      'Ask the victim for firewall logs',
    );
    const invalid = await call(admin, 'PUT', '/api/playbooks/Bad_Id', body);
    expect(invalid.statusCode).toBe(400);
    const noTasks = await call(admin, 'PUT', '/api/playbooks/empty', { ...body, tasks: [] });
    expect(noTasks.statusCode).toBe(400);
  });
});

describe('tasks', () => {
  it('adds, assigns, ticks off and finishes a task, each step on the timeline', async () => {
    const incident = await fraudIncident();
    const created = await call(analyst, 'POST', `/api/incidents/${incident.id}/tasks`, {
      title: 'Call ABA fraud desk',
      dueAt: '2020-01-01T00:00:00Z',
      checklist: [{ label: 'Account number' }, { label: 'Amount' }],
    });
    expect(created.statusCode, created.body).toBe(201);
    const task = created.json<IncidentDetail>().tasks[0]!;
    expect(task).toMatchObject({ title: 'Call ABA fraud desk', overdue: true, status: 'open' });
    const url = `/api/incidents/${incident.id}/tasks/${task.id}`;
    const ticked = await call(analyst, 'PATCH', url, {
      checklist: [
        { label: 'Account number', done: true },
        { label: 'Amount', done: false },
      ],
      status: 'in_progress',
    });
    expect(ticked.json<IncidentDetail>().tasks[0]!.checklist[0]!.done).toBe(true);
    const done = await call(analyst, 'PATCH', url, { status: 'done' });
    const finished = done.json<IncidentDetail>();
    expect(finished.tasks[0]).toMatchObject({ status: 'done', overdue: false });
    expect(finished.tasks[0]!.completedAt).not.toBeNull();
    expect(finished.timeline.filter((e) => e.kind.startsWith('task_'))).toHaveLength(3);
  });

  it('refuses bad tasks and tasks of another incident', async () => {
    const a = await fraudIncident();
    const b = await fraudIncident();
    const empty = await call(analyst, 'POST', `/api/incidents/${a.id}/tasks`, { title: '  ' });
    expect(empty.statusCode).toBe(400);
    const badDate = await call(analyst, 'POST', `/api/incidents/${a.id}/tasks`, {
      title: 'x',
      dueAt: 'tomorrow',
    });
    expect(badDate.statusCode).toBe(400);
    const task = (
      await call(analyst, 'POST', `/api/incidents/${a.id}/tasks`, { title: 'Only on A' })
    ).json<IncidentDetail>().tasks[0]!;
    const crossed = await call(analyst, 'PATCH', `/api/incidents/${b.id}/tasks/${task.id}`, {
      status: 'done',
    });
    expect(crossed.statusCode).toBe(404);
    const nothing = await call(analyst, 'PATCH', `/api/incidents/${a.id}/tasks/${task.id}`, {});
    expect(nothing.statusCode).toBe(400);
  });

  it('is closed to roles without incident access', async () => {
    const incident = await fraudIncident();
    const oversight = await signInWithNewMfa(t.app, await createStaff(t.services, 'oversight'));
    const attempts = await Promise.all([
      call(oversight, 'POST', `/api/incidents/${incident.id}/tasks`, { title: 'x' }),
      call(oversight, 'POST', `/api/incidents/${incident.id}/playbooks/fraudulent-transfer/run`),
      call(oversight, 'GET', '/api/playbooks'),
    ]);
    expect(attempts.map((a) => a.statusCode)).toEqual([403, 403, 403]);
  });
});
