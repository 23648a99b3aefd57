import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IncidentDetail, IncidentList } from '../../domain/incidents/incident.schemas.ts';
import { CLI_ACTOR } from '../../domain/actor.ts';
import { systemContext } from '../../platform/context.ts';
import {
  createStaff,
  createTestApp,
  signInWithNewMfa,
  type SignedIn,
  type TestApp,
} from '../../../test/app.ts';

let t: TestApp;
let analyst: SignedIn;
let coordinator: SignedIn;
let analystId: string;

beforeAll(async () => {
  t = await createTestApp();
  const analystAccount = await createStaff(t.services, 'analyst');
  analyst = await signInWithNewMfa(t.app, analystAccount);
  coordinator = await signInWithNewMfa(t.app, await createStaff(t.services, 'coordinator'));
  const me = await t.app.inject({ url: '/api/auth/session', headers: analyst.headers });
  analystId = me.json<{ user: { id: string } }>().user.id;
});
afterAll(() => t.close());

type Envelope = { error: { code: string; message: string; fields: { path: string }[] } };

const fraud = {
  incidentType: 'money-scam',
  description: 'ខ្ញុំបានផ្ទេរប្រាក់ ៥០ ដុល្លារ ទៅគណនី ABA ០១២ ៣៤៥ ៦៧៨ ដែលក្លែងខ្លួនជាធនាគារ',
  language: 'km',
  details: { paymentChannel: 'aba', contactChannel: 'telegram' },
};
const takeover = {
  incidentType: 'account-takeover',
  description: 'Someone took my Facebook page and posts scam adverts.',
  language: 'en',
  details: { platform: 'facebook' },
};

/** Files a report as the public does; returns what the staff and the reporter each need. */
async function report(body: object = fraud) {
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/public/reports',
    payload: body,
  });
  expect(response.statusCode).toBe(201);
  const created = response.json<{ trackingCode: string; secret: string }>();
  const queue = await t.app.inject({ url: '/api/reports?limit=200', headers: analyst.headers });
  const item = queue
    .json<{ items: { id: string; trackingCode: string }[] }>()
    .items.find((entry) => entry.trackingCode === created.trackingCode);
  if (!item) throw new Error('report not in the queue');
  return { id: item.id, ...created };
}

const reporterView = (r: { trackingCode: string; secret: string }) =>
  t.app
    .inject({
      url: `/api/public/reports/${r.trackingCode}`,
      headers: { authorization: `Bearer ${r.secret}` },
    })
    .then((response) => response.json<{ status: string; messages: { body: string }[] }>());

function call(
  who: SignedIn,
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
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

async function createIncident(reportIds: string[], extra: object = {}): Promise<IncidentDetail> {
  const response = await call(analyst, 'POST', '/api/incidents', { reportIds, ...extra });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<IncidentDetail>();
}

describe('incidents from reports', () => {
  it('creates an incident from two reports, pre-classified from what was reported', async () => {
    const first = await report();
    const second = await report();
    const incident = await createIncident([first.id, second.id]);
    expect(incident.reference).toMatch(/^INC-\d{6}$/);
    expect(incident.status).toBe('new');
    expect(incident.classification).toEqual({
      rsitClass: 'fraud',
      rsitType: 'masquerade',
      localSubtype: 'fraudulent-money-transfer',
    });
    expect(incident.suggestion?.reasons).toEqual([
      { code: 'reported_as', subject: 'money-scam' },
      { code: 'answer', subject: 'paymentChannel=aba' },
    ]);
    expect(incident.reports.map((r) => r.id).sort()).toEqual([first.id, second.id].sort());
    expect(incident.victimCount).toBe(2);
    expect(incident.tlp).toBe('AMBER');
    expect(incident.timeline.map((e) => e.kind)).toEqual([
      'created',
      'report_linked',
      'report_linked',
    ]);
    expect((await reporterView(first)).status).toBe('in_review');
    const reportPage = await call(analyst, 'GET', `/api/reports/${first.id}`);
    expect(reportPage.json<{ incident: unknown }>().incident).toEqual({
      id: incident.id,
      reference: incident.reference,
      title: incident.title,
    });
    const newQueue = await call(analyst, 'GET', '/api/reports?status=new&limit=200');
    const ids = newQueue.json<{ items: { id: string }[] }>().items.map((r) => r.id);
    expect(ids).not.toContain(first.id);
  });

  it('refuses a report that another incident holds, and an unknown one, changing nothing', async () => {
    const held = await report();
    const holder = await createIncident([held.id]);
    const again = await call(analyst, 'POST', '/api/incidents', { reportIds: [held.id] });
    expect(again.statusCode).toBe(409);
    const unknown = await call(analyst, 'POST', '/api/incidents', {
      reportIds: ['00000000-0000-4000-8000-000000000000'],
    });
    expect(unknown.statusCode).toBe(404);
    const after = await call(analyst, 'GET', `/api/incidents/${holder.id}`);
    expect(after.json<IncidentDetail>().reports.map((r) => r.id)).toEqual([held.id]);
  });

  it('creates an incident directly, with a title and no report', async () => {
    const incident = await createIncident([], { title: 'Ministry website defaced', tlp: 'RED' });
    expect(incident.title).toBe('Ministry website defaced');
    expect(incident.tlp).toBe('RED');
    expect(incident.reports).toEqual([]);
    expect(incident.classification.localSubtype).toBe('other');
  });

  it('rejects bad input with field errors', async () => {
    const response = await call(analyst, 'POST', '/api/incidents', {
      reportIds: ['not-a-uuid'],
      tlp: 'PURPLE',
    });
    expect(response.statusCode).toBe(400);
    const paths = response.json<Envelope>().error.fields.map((f) => f.path);
    expect(paths).toEqual(expect.arrayContaining(['reportIds.0', 'tlp']));
  });
});

describe('the lifecycle', () => {
  it('walks new → triage → in progress → waiting → resolved → closed, closing the reports', async () => {
    const r = await report();
    const incident = await createIncident([r.id]);
    const url = `/api/incidents/${incident.id}/transitions`;
    for (const to of ['triage', 'in_progress', 'waiting_reporter']) {
      const moved = await call(analyst, 'POST', url, { to });
      expect(moved.statusCode, moved.body).toBe(200);
      expect(moved.json<IncidentDetail>().status).toBe(to);
    }
    const waiting = await call(analyst, 'GET', `/api/incidents/${incident.id}`);
    expect(waiting.json<IncidentDetail>().slaDetail.milestones).toContainEqual(
      expect.objectContaining({ milestone: 'resolution', state: 'paused' }),
    );
    expect((await call(analyst, 'POST', url, { to: 'resolved' })).statusCode).toBe(200);
    const closed = await call(analyst, 'POST', url, {
      to: 'closed',
      disposition: 'incident:confirmed',
      resolutionNote: 'Bank froze the receiving account.',
    });
    expect(closed.statusCode).toBe(200);
    const detail = closed.json<IncidentDetail>();
    expect(detail).toMatchObject({
      status: 'closed',
      disposition: 'incident:confirmed',
      resolutionNote: 'Bank froze the receiving account.',
      allowedTransitions: ['in_progress'],
    });
    expect((await reporterView(r)).status).toBe('closed');
    const statusEntries = detail.timeline.filter((e) => e.kind === 'status_changed');
    expect(statusEntries.map((e) => e.details.to)).toEqual([
      'triage',
      'in_progress',
      'waiting_reporter',
      'resolved',
      'closed',
    ]);
  });

  it('refuses an illegal move with a clear 409, in Khmer for a Khmer reader', async () => {
    const incident = await createIncident([(await report()).id]);
    const url = `/api/incidents/${incident.id}/transitions`;
    const english = await call(analyst, 'POST', url, { to: 'resolved' });
    expect(english.statusCode).toBe(409);
    expect(english.json<Envelope>().error).toMatchObject({
      code: 'invalid_transition',
      message: 'An incident that is "New" cannot move to "Resolved".',
    });
    const khmer = await call(analyst, 'POST', url, { to: 'waiting_reporter' }, 'km');
    expect(khmer.json<{ error: { message: string } }>().error.message).toContain('រង់ចាំអ្នករាយការណ៍');
    const after = await call(analyst, 'GET', `/api/incidents/${incident.id}`);
    expect(after.json<IncidentDetail>().status).toBe('new');
  });

  it('asks for a disposition and note to close, and a reason to reopen', async () => {
    const r = await report();
    const incident = await createIncident([r.id]);
    const url = `/api/incidents/${incident.id}/transitions`;
    const bare = await call(analyst, 'POST', url, { to: 'closed' });
    expect(bare.statusCode).toBe(400);
    expect(bare.json<Envelope>().error.fields[0]?.path).toBe('disposition');
    const noNote = await call(analyst, 'POST', url, {
      to: 'closed',
      disposition: 'not-an-incident:insufficient-data',
    });
    expect(noNote.json<Envelope>().error.fields[0]?.path).toBe('resolutionNote');
    const badDisposition = await call(analyst, 'POST', url, {
      to: 'closed',
      disposition: 'incident:maybe',
      resolutionNote: 'x',
    });
    expect(badDisposition.statusCode).toBe(400);
    await call(analyst, 'POST', url, {
      to: 'closed',
      disposition: 'not-an-incident:insufficient-data',
      resolutionNote: 'No reply from the reporter.',
    });
    const noReason = await call(analyst, 'POST', url, { to: 'in_progress' });
    expect(noReason.statusCode).toBe(400);
    const reopened = await call(analyst, 'POST', url, {
      to: 'in_progress',
      reason: 'The reporter wrote back with the account number.',
    });
    expect(reopened.json<IncidentDetail>()).toMatchObject({
      status: 'in_progress',
      disposition: null,
    });
    expect((await reporterView(r)).status).toBe('in_review');
  });
});

describe('classification, severity and assignment', () => {
  it('raises severity for government and scale, and takes an override only with a reason', async () => {
    const incident = await createIncident([(await report(takeover)).id]);
    expect(incident.classification.localSubtype).toBe('facebook-account-takeover');
    const url = `/api/incidents/${incident.id}`;
    const raised = await call(analyst, 'PATCH', url, {
      impact: { confidentiality: 'high', integrity: 'high', availability: 'low' },
      targetSector: 'government',
      victimCount: 150,
      classification: {
        rsitClass: 'intrusions',
        rsitType: 'unprivileged-account-compromise',
        localSubtype: 'facebook-account-takeover',
      },
    });
    expect(raised.statusCode, raised.body).toBe(200);
    expect(raised.json<IncidentDetail>()).toMatchObject({
      severity: 'critical',
      severityComputed: 'critical',
    });
    const noReason = await call(analyst, 'PATCH', url, {
      severityOverride: { severity: 'medium', reason: ' ' },
    });
    expect(noReason.statusCode).toBe(400);
    const lowered = await call(analyst, 'PATCH', url, {
      severityOverride: { severity: 'medium', reason: 'Page recovered within the hour.' },
    });
    const detail = lowered.json<IncidentDetail>();
    expect(detail.severity).toBe('medium');
    expect(detail.severityOverride).toEqual({
      severity: 'medium',
      reason: 'Page recovered within the hour.',
    });
    const severityEntry = detail.timeline.findLast((e) => e.kind === 'severity_changed');
    expect(severityEntry?.body).toBe('Page recovered within the hour.');
    const cleared = await call(analyst, 'PATCH', url, { severityOverride: null });
    expect(cleared.json<IncidentDetail>().severity).toBe('critical');
  });

  it('records the affected organisation from the directory, and refuses an unknown one', async () => {
    const bank = await t.services.organisations.createOrganisation(
      systemContext(CLI_ACTOR, 'test'),
      { name: 'ACLEDA Bank', kind: 'bank' },
    );
    const directory = await call(analyst, 'GET', '/api/incidents/organisations');
    expect(directory.json<{ id: string; name: string }[]>()).toContainEqual({
      id: bank.id,
      name: 'ACLEDA Bank',
    });
    const incident = await createIncident([]);
    const url = `/api/incidents/${incident.id}`;
    const set = await call(analyst, 'PATCH', url, { affectedOrganisationId: bank.id });
    expect(set.json<IncidentDetail>().affectedOrganisation).toEqual({
      id: bank.id,
      name: 'ACLEDA Bank',
    });
    const unknown = await call(analyst, 'PATCH', url, {
      affectedOrganisationId: '00000000-0000-4000-8000-000000000000',
    });
    expect(unknown.statusCode).toBe(400);
    const cleared = await call(analyst, 'PATCH', url, { affectedOrganisationId: null });
    expect(cleared.json<IncidentDetail>().affectedOrganisation).toBeNull();
  });

  it('refuses an RSIT type that is not in the taxonomy', async () => {
    const incident = await createIncident([]);
    const response = await call(analyst, 'PATCH', `/api/incidents/${incident.id}`, {
      classification: { rsitClass: 'fraud', rsitType: 'ddos', localSubtype: 'other' },
    });
    expect(response.statusCode).toBe(400);
  });

  it('assigns to an analyst, not to an admin, and filters the queue by assignee', async () => {
    const incident = await createIncident([]);
    const url = `/api/incidents/${incident.id}`;
    const assignees = await call(coordinator, 'GET', '/api/incidents/assignees');
    expect(assignees.json<{ id: string }[]>().map((a) => a.id)).toContain(analystId);
    const admin = await createStaff(t.services, 'admin');
    const adminId = (await t.services.staffUsers.listUsers()).find(
      (u) => u.email === admin.email,
    )!.id;
    const toAdmin = await call(coordinator, 'PATCH', url, { assigneeId: adminId });
    expect(toAdmin.statusCode).toBe(400);
    const assigned = await call(coordinator, 'PATCH', url, { assigneeId: analystId });
    expect(assigned.json<IncidentDetail>().assignee).toEqual({
      id: analystId,
      name: 'Test analyst',
    });
    expect(assigned.json<IncidentDetail>().timeline.at(-1)?.details).toEqual({
      assigneeId: analystId,
      assigneeName: 'Test analyst',
    });
    const mine = await call(analyst, 'GET', '/api/incidents?assignee=me');
    expect(mine.json<IncidentList>().items.map((i) => i.id)).toEqual([incident.id]);
    const coordinators = await call(coordinator, 'GET', '/api/incidents?assignee=me');
    expect(coordinators.json<IncidentList>().items).toEqual([]);
  });
});

describe('comments and messages to the reporter', () => {
  it('keeps internal comments internal and sends reporter messages to their status page', async () => {
    const r = await report();
    const incident = await createIncident([r.id]);
    const url = `/api/incidents/${incident.id}/comments`;
    await call(analyst, 'POST', url, {
      visibility: 'internal',
      body: 'Looks like the ABA mule ring.',
    });
    const sent = await call(analyst, 'POST', url, {
      visibility: 'reporter',
      reportId: r.id,
      body: 'សូមទូរស័ព្ទទៅធនាគារ ABA ឥឡូវនេះ',
    });
    expect(sent.statusCode).toBe(201);
    const kinds = sent.json<IncidentDetail>().timeline.map((e) => e.kind);
    expect(kinds).toEqual(expect.arrayContaining(['comment', 'message_to_reporter']));
    const view = await reporterView(r);
    expect(view.messages.map((m) => m.body)).toEqual(['សូមទូរស័ព្ទទៅធនាគារ ABA ឥឡូវនេះ']);
    const otherReport = await report();
    const wrong = await call(analyst, 'POST', url, {
      visibility: 'reporter',
      reportId: otherReport.id,
      body: 'not yours',
    });
    expect(wrong.statusCode).toBe(400);
    expect((await reporterView(otherReport)).messages).toEqual([]);
  });
});

describe('merge and split', () => {
  it('merges keeping everything, hides the merged one from the queue, and splits back', async () => {
    const a = await createIncident([(await report()).id]);
    const bReport = await report();
    const b = await createIncident([bReport.id]);
    await call(analyst, 'POST', `/api/incidents/${b.id}/comments`, {
      visibility: 'internal',
      body: 'same receiving account as the other case',
    });
    const merged = await call(analyst, 'POST', `/api/incidents/${a.id}/merge`, {
      incidentIds: [b.id],
    });
    expect(merged.statusCode, merged.body).toBe(200);
    const target = merged.json<IncidentDetail>();
    expect(target.reports.map((r) => r.id)).toContain(bReport.id);
    expect(target.merged.map((m) => m.id)).toEqual([b.id]);
    expect(target.timeline.some((e) => e.body === 'same receiving account as the other case')).toBe(
      true,
    );
    const queue = await call(analyst, 'GET', '/api/incidents?status=all&limit=200');
    expect(queue.json<IncidentList>().items.map((i) => i.id)).not.toContain(b.id);
    const row = queue.json<IncidentList>().items.find((i) => i.id === a.id);
    expect(row?.reportCount).toBe(2);
    const changeMerged = await call(analyst, 'POST', `/api/incidents/${b.id}/transitions`, {
      to: 'triage',
    });
    expect(changeMerged.statusCode).toBe(409);
    const loop = await call(analyst, 'POST', `/api/incidents/${b.id}/merge`, {
      incidentIds: [a.id],
    });
    expect(loop.statusCode).toBe(409);
    const self = await call(analyst, 'POST', `/api/incidents/${a.id}/merge`, {
      incidentIds: [a.id],
    });
    expect(self.statusCode).toBe(400);

    const split = await call(analyst, 'POST', `/api/incidents/${b.id}/split`);
    expect(split.statusCode).toBe(200);
    expect(split.json<IncidentDetail>()).toMatchObject({ mergedInto: null, status: 'new' });
    expect(split.json<IncidentDetail>().reports.map((r) => r.id)).toEqual([bReport.id]);
    const after = await call(analyst, 'GET', `/api/incidents/${a.id}`);
    expect(after.json<IncidentDetail>().reports.map((r) => r.id)).not.toContain(bReport.id);
    expect(after.json<IncidentDetail>().merged).toEqual([]);
  });

  it('takes a report out of an incident and back to the triage queue', async () => {
    const r = await report();
    const incident = await createIncident([r.id]);
    const out = await call(analyst, 'DELETE', `/api/incidents/${incident.id}/reports/${r.id}`);
    expect(out.statusCode).toBe(200);
    expect(out.json<IncidentDetail>().reports).toEqual([]);
    expect(out.json<IncidentDetail>().timeline.at(-1)).toMatchObject({
      kind: 'report_unlinked',
      details: { reportId: r.id, trackingCode: r.trackingCode },
    });
    const page = await call(analyst, 'GET', `/api/reports/${r.id}`);
    expect(page.json<{ incident: unknown }>().incident).toBeNull();
    expect((await reporterView(r)).status).toBe('received');
    const relink = await call(analyst, 'POST', `/api/incidents/${incident.id}/reports`, {
      reportIds: [r.id],
    });
    expect(relink.json<IncidentDetail>().reports.map((x) => x.id)).toEqual([r.id]);
  });
});

describe('rejecting a report', () => {
  it('closes spam and tells the reporter why, in the language they wrote in', async () => {
    const r = await report();
    const response = await call(analyst, 'POST', `/api/reports/${r.id}/reject`, {
      reason: 'spam',
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ status: 'closed' });
    const view = await reporterView(r);
    expect(view.status).toBe('closed');
    expect(view.messages[0]?.body).toContain('យើងបានបិទរបាយការណ៍នេះ');
    const twice = await call(analyst, 'POST', `/api/reports/${r.id}/reject`, { reason: 'spam' });
    expect(twice.statusCode).toBe(409);
  });

  it('will not reject a report an incident holds', async () => {
    const r = await report(takeover);
    await createIncident([r.id]);
    const response = await call(analyst, 'POST', `/api/reports/${r.id}/reject`, {
      reason: 'out_of_scope',
    });
    expect(response.statusCode).toBe(409);
    expect((await reporterView(r)).status).toBe('in_review');
  });
});

describe('who must not see incidents', () => {
  it.each(['admin', 'liaison', 'oversight', 'partner'] as const)(
    'a %s gets 403 on the queue, an incident and its changes',
    async (role) => {
      const incident = await createIncident([]);
      const who = await signInWithNewMfa(t.app, await createStaff(t.services, role));
      const attempts = [
        await call(who, 'GET', '/api/incidents'),
        await call(who, 'GET', `/api/incidents/${incident.id}`),
        await call(who, 'POST', '/api/incidents', { reportIds: [] }),
        await call(who, 'POST', `/api/incidents/${incident.id}/transitions`, { to: 'triage' }),
        await call(who, 'POST', `/api/incidents/${incident.id}/comments`, {
          visibility: 'internal',
          body: 'x',
        }),
      ];
      expect(attempts.map((a) => a.statusCode)).toEqual([403, 403, 403, 403, 403]);
    },
  );

  it('a stranger gets 401', async () => {
    const response = await t.app.inject({ url: '/api/incidents' });
    expect(response.statusCode).toBe(401);
  });
});
