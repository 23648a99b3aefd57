import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { chmod, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { EvidenceDetail, EvidenceItem } from '../../domain/evidence/evidence.schemas.ts';
import type { EvidenceVerification } from '../../domain/evidence/custody.schemas.ts';
import type { StaffRole } from '../../domain/roles.ts';
import { CLI_ACTOR } from '../../domain/actor.ts';
import { systemContext } from '../../platform/context.ts';
import {
  createStaff,
  createTestApp,
  signInWithNewMfa,
  type SignedIn,
  type TestApp,
} from '../../../test/app.ts';

/**
 * The evidence locker over HTTP: an incident's evidence, an analyst's upload, the
 * handling actions and who may take them, sealed content, verification; and the roles
 * that must not read evidence at all.
 */
let t: TestApp;
let base: string;
const as: Partial<Record<StaffRole, SignedIn>> = {};
const cli = systemContext(CLI_ACTOR, 'test');

beforeAll(async () => {
  t = await createTestApp();
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  const address = t.app.server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  for (const role of [
    'analyst',
    'coordinator',
    'admin',
    'liaison',
    'oversight',
    'partner',
  ] as const) {
    as[role] = await signInWithNewMfa(t.app, await createStaff(t.services, role));
  }
});
afterAll(() => t.close());

const headersOf = (role: StaffRole) => as[role]!.headers;
const sha256 = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');
type Envelope = {
  error: { code: string; message: string; fields?: { path: string; message: string }[] };
};

/** A public report with one file, taken into a new incident; the ids. */
async function incidentWithReportFile(text: string) {
  const created = await t.services.reports.submitReport(
    { actor: { kind: 'public' }, requestId: 'r', ip: null, language: 'en' },
    {
      incidentType: 'phishing',
      description: 'A fake ABA message asked for my PIN; the screenshot is attached.',
      language: 'en',
    },
  );
  const [item] = await t.services.evidence.acquireReporterEvidence(
    { actor: { kind: 'public' }, requestId: 'r', ip: null, language: 'en' },
    {
      trackingCode: created.trackingCode,
      secret: created.secret,
      files: (async function* () {
        yield {
          originalName: 'sms.txt',
          declaredType: 'text/plain',
          stream: (async function* () {
            yield Buffer.from(text);
          })(),
        };
      })(),
    },
  );
  const reportId = await t.services.reports.findReportIdForReporter(
    created.trackingCode,
    created.secret,
  );
  const incident = await t.services.incidents.createIncident(cli, {
    reportIds: [reportId],
    title: undefined,
    summary: undefined,
  });
  return { incidentId: incident.id, reportItemId: item!.id };
}

function addFile(
  incidentId: string,
  fields: Record<string, string>,
  file: { name: string; data: Buffer; type?: string } | null,
  role: StaffRole = 'analyst',
) {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  if (file)
    form.append(
      'file',
      new Blob([new Uint8Array(file.data)], { type: file.type ?? '' }),
      file.name,
    );
  return fetch(`${base}/api/incidents/${incidentId}/evidence`, {
    method: 'POST',
    headers: { ...headersOf(role), 'accept-language': 'en' },
    body: form,
  });
}

const act = (role: StaffRole, id: string, action: string, body: object) =>
  t.app.inject({
    method: 'POST',
    url: `/api/evidence/${id}/${action}`,
    headers: { ...headersOf(role), 'accept-language': 'en' },
    payload: body,
  });
const get = (role: StaffRole, url: string) =>
  t.app.inject({ url, headers: { ...headersOf(role), 'accept-language': 'en' } });

describe('an incident’s evidence', () => {
  it('lists its reports’ files, files added to it, and those of incidents merged into it', async () => {
    const main = await incidentWithReportFile('the first message');
    const merged = await incidentWithReportFile('the second message');
    await t.services.incidents.mergeInto(cli, main.incidentId, {
      incidentIds: [merged.incidentId],
    });
    const capture = Buffer.from('Telegram chat export, 2026-11-20, with the scammer\n');
    const added = await addFile(
      merged.incidentId,
      {
        description: 'ការជជែកតាម Telegram ជាមួយជនបោកប្រាស់',
        method: 'device_export',
        tool: 'Telegram Desktop 5.2',
        fileModifiedAt: '2026-11-20T08:30:00.000Z',
      },
      { name: 'chat.txt', data: capture, type: 'text/plain' },
    );
    expect(added.status).toBe(201);
    const [item] = ((await added.json()) as { items: EvidenceItem[] }).items;
    expect(item).toMatchObject({
      sha256: sha256(capture),
      incidentId: merged.incidentId,
      reportId: null,
      source: 'staff',
      acquisitionMethod: 'device_export',
      acquisitionTool: 'Telegram Desktop 5.2',
      description: 'ការជជែកតាម Telegram ជាមួយជនបោកប្រាស់',
      fileModifiedAt: '2026-11-20T08:30:00.000Z',
      acquiredByName: 'Test analyst',
      state: 'active',
      legalHold: false,
      custodyEntries: 1,
    });
    const list = await get('analyst', `/api/incidents/${main.incidentId}/evidence`);
    expect(list.statusCode).toBe(200);
    expect(
      list
        .json<{ items: EvidenceItem[] }>()
        .items.map((entry) => entry.id)
        .sort(),
    ).toEqual([main.reportItemId, merged.reportItemId, item!.id].sort());
    expect(
      (await get('analyst', `/api/incidents/00000000-0000-4000-8000-000000000000/evidence`))
        .statusCode,
    ).toBe(404);
  });

  it('refuses an upload without a description or method, naming the fields', async () => {
    const { incidentId } = await incidentWithReportFile('x');
    const refused = await addFile(
      incidentId,
      { method: 'teleport' },
      {
        name: 'a.txt',
        data: Buffer.from('hello'),
      },
    );
    expect(refused.status).toBe(400);
    const { error } = (await refused.json()) as Envelope;
    expect(error.fields?.map((field) => field.path).sort()).toEqual(['description', 'method']);
    const unknown = await addFile(
      '00000000-0000-4000-8000-000000000000',
      { description: 'a file', method: 'other' },
      { name: 'a.txt', data: Buffer.from('hello') },
    );
    expect(unknown.status).toBe(404);
  });
});

describe('handling an item', () => {
  it('records openings, seals (content 409 until a coordinator unseals), holds, transfers', async () => {
    const { reportItemId: id } = await incidentWithReportFile('handle me');
    const download = await fetch(
      `${base}/api/evidence/${id}/content?purpose=${encodeURIComponent('triage')}`,
      {
        headers: headersOf('analyst'),
      },
    );
    expect(download.status).toBe(200);
    expect(await download.text()).toBe('handle me');

    expect((await act('analyst', id, 'seal', {})).statusCode).toBe(400);
    const sealed = await act('analyst', id, 'seal', { reason: 'court order 12/2026' });
    expect(sealed.statusCode).toBe(200);
    expect(sealed.json<EvidenceDetail>().state).toBe('sealed');
    const refused = await fetch(`${base}/api/evidence/${id}/content`, {
      headers: { ...headersOf('analyst'), 'accept-language': 'en' },
    });
    expect(refused.status).toBe(409);
    expect(((await refused.json()) as Envelope).error).toMatchObject({
      code: 'evidence_sealed',
      message: expect.stringMatching(/sealed/) as unknown,
    });
    expect((await act('analyst', id, 'unseal', { reason: 'I need it' })).statusCode).toBe(403);
    const again = await act('analyst', id, 'seal', { reason: 'twice' });
    expect(again.statusCode).toBe(409);
    expect(again.json<Envelope>().error.fields).toEqual([
      { path: 'state', message: 'This item is already sealed.' },
    ]);
    const unsealed = await act('coordinator', id, 'unseal', {
      reason: 'prosecutor asked for a copy',
    });
    expect(unsealed.statusCode).toBe(200);

    expect((await act('analyst', id, 'hold', { reason: 'preservation order' })).statusCode).toBe(
      200,
    );
    const destroyOnHold = await act('coordinator', id, 'destroy', { reason: 'retention' });
    expect(destroyOnHold.statusCode).toBe(409);
    expect(destroyOnHold.json<Envelope>().error.fields?.[0]?.message).toMatch(/legal hold/);
    const transferred = await act('analyst', id, 'transfer', {
      to: 'Cybercrime Office, National Police',
      reason: 'referral',
    });
    expect(transferred.json<EvidenceDetail>().custodian).toBe('Cybercrime Office, National Police');

    const detail = await get('analyst', `/api/evidence/${id}`);
    expect(detail.statusCode).toBe(200);
    expect(
      detail
        .json<EvidenceDetail>()
        .custodyLog.map((entry) => [entry.action, entry.purpose, entry.actor.name]),
    ).toEqual([
      ['acquired', null, null],
      ['downloaded', 'triage', 'Test analyst'],
      ['sealed', 'court order 12/2026', 'Test analyst'],
      ['unsealed', 'prosecutor asked for a copy', 'Test coordinator'],
      ['hold_placed', 'preservation order', 'Test analyst'],
      ['transferred', 'referral', 'Test analyst'],
    ]);
    expect(detail.json<EvidenceDetail>().legalHold).toBe(true);
  });

  it('destroys for coordinators only: the bytes go, the hash and the custody stay', async () => {
    const { reportItemId: id } = await incidentWithReportFile('destroy me');
    expect((await act('analyst', id, 'destroy', { reason: 'retention' })).statusCode).toBe(403);
    const destroyed = await act('coordinator', id, 'destroy', { reason: 'retention period over' });
    expect(destroyed.statusCode).toBe(200);
    const body = destroyed.json<EvidenceDetail>();
    expect(body).toMatchObject({ state: 'destroyed', sha256: sha256(Buffer.from('destroy me')) });
    expect(body.custodyLog.at(-1)).toMatchObject({
      action: 'destroyed',
      purpose: 'retention period over',
    });
    expect(await t.blobs.has(body.sha256)).toBe(false);
    const content = await fetch(`${base}/api/evidence/${id}/content`, {
      headers: headersOf('analyst'),
    });
    expect(content.status).toBe(410);
    expect(((await content.json()) as Envelope).error.code).toBe('evidence_destroyed');
    const verify = await get('coordinator', `/api/evidence/${id}/custody/verify`);
    expect(verify.json<EvidenceVerification>()).toMatchObject({ ok: true, bytesChecked: 0 });
  });

  it('verifies on request, naming a changed byte; the job’s runs are listed', async () => {
    const { reportItemId: id } = await incidentWithReportFile('verify me');
    const fine = await get('analyst', `/api/evidence/${id}/custody/verify`);
    expect(fine.statusCode).toBe(200);
    expect(fine.json<EvidenceVerification>()).toMatchObject({
      ok: true,
      entries: 1,
      bytesChecked: 9,
    });
    const sha = sha256(Buffer.from('verify me'));
    const file = path.join(t.dataDir, 'blobs', sha.slice(0, 2), sha.slice(2, 4), sha);
    await chmod(file, 0o600);
    await writeFile(file, 'verify mE');
    const bad = (
      await get('analyst', `/api/evidence/${id}/custody/verify`)
    ).json<EvidenceVerification>();
    expect(bad.ok).toBe(false);
    expect(bad.problems).toEqual([
      {
        kind: 'content_mismatch',
        seq: null,
        message: `content: the stored bytes do not match the recorded SHA-256 (file changed): expected ${sha}, found ${sha256(Buffer.from('verify mE'))}`,
      },
    ]);
    const run = await t.services.evidence.verifyAllEvidence('manual');
    const runs = await get('coordinator', '/api/evidence/verification-runs?limit=3');
    expect(runs.statusCode).toBe(200);
    expect(
      runs.json<{ items: { id: number; failures: number; problems: { evidenceId: string }[] }[] }>()
        .items[0],
    ).toMatchObject({
      id: run.id,
      failures: run.failures,
    });
    expect(run.problems.some((problem) => problem.evidenceId === id)).toBe(true);
    const detail = (await get('analyst', `/api/evidence/${id}`)).json<EvidenceDetail>();
    expect(detail.integrity.status).toBe('failed');
    expect(detail.custodyLog.map((entry) => entry.action)).toEqual([
      'acquired',
      'verified',
      'verification_failed',
    ]);
  });
});

describe('who may see evidence', () => {
  it('refuses admin, liaison, oversight and partner everything, content included (403)', async () => {
    const { incidentId, reportItemId: id } = await incidentWithReportFile('not for everyone');
    for (const role of ['admin', 'liaison', 'oversight', 'partner'] as const) {
      for (const url of [
        `/api/incidents/${incidentId}/evidence`,
        `/api/evidence/${id}`,
        `/api/evidence/${id}/content`,
        `/api/evidence/${id}/custody/verify`,
        '/api/evidence/verification-runs',
      ]) {
        expect((await get(role, url)).statusCode, `${role} ${url}`).toBe(403);
      }
      for (const action of ['seal', 'unseal', 'hold', 'release', 'destroy']) {
        expect(
          (await act(role, id, action, { reason: 'because' })).statusCode,
          `${role} ${action}`,
        ).toBe(403);
      }
      const upload = await addFile(
        incidentId,
        { description: 'a file', method: 'other' },
        {
          name: 'a.txt',
          data: Buffer.from('hello'),
        },
        role,
      );
      expect(upload.status, `${role} upload`).toBe(403);
    }
    // Nothing was opened: the only entry is the acquisition.
    const detail = (await get('coordinator', `/api/evidence/${id}`)).json<EvidenceDetail>();
    expect(detail.custodyLog.map((entry) => entry.action)).toEqual(['acquired']);
  });

  it('lets analysts and coordinators read and handle', async () => {
    const { reportItemId: id } = await incidentWithReportFile('for the CERT');
    for (const role of ['analyst', 'coordinator'] as const) {
      expect((await get(role, `/api/evidence/${id}`)).statusCode).toBe(200);
      const content = await fetch(`${base}/api/evidence/${id}/content`, {
        headers: headersOf(role),
      });
      expect(content.status).toBe(200);
      await content.arrayBuffer();
    }
  });
});
