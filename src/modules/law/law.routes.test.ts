import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IncidentDetail } from '../../domain/incidents/incident.schemas.ts';
import { CATALOGUE } from '../../domain/law/catalogue.ts';
import type { Catalogue, LegalCandidates, ProvisionDetail } from '../../domain/law/law.schemas.ts';
import type { StaffRole } from '../../domain/roles.ts';
import {
  createStaff,
  createTestApp,
  signInWithNewMfa,
  type SignedIn,
  type TestApp,
} from '../../../test/app.ts';

let t: TestApp;
const staff = {} as Record<StaffRole, SignedIn>;
let incident: IncidentDetail;

const ROLES: readonly StaffRole[] = [
  'analyst',
  'coordinator',
  'admin',
  'liaison',
  'oversight',
  'partner',
];

beforeAll(async () => {
  t = await createTestApp();
  for (const role of ROLES) {
    staff[role] = await signInWithNewMfa(t.app, await createStaff(t.services, role));
  }
  const submitted = await t.app.inject({
    method: 'POST',
    url: '/api/public/reports',
    payload: {
      incidentType: 'account-takeover',
      description: 'Someone took my Facebook page and posts scam adverts.',
      language: 'en',
      details: { platform: 'facebook' },
    },
  });
  expect(submitted.statusCode).toBe(201);
  const { trackingCode } = submitted.json<{ trackingCode: string }>();
  const queue = await get('analyst', '/api/reports?limit=200');
  const report = queue
    .json<{ items: { id: string; trackingCode: string }[] }>()
    .items.find((item) => item.trackingCode === trackingCode);
  const created = await t.app.inject({
    method: 'POST',
    url: '/api/incidents',
    headers: staff.analyst.headers,
    payload: { reportIds: [report?.id] },
  });
  expect(created.statusCode, created.body).toBe(201);
  incident = created.json<IncidentDetail>();
});
afterAll(() => t.close());

function get(role: StaffRole | null, url: string, language = 'en') {
  return t.app.inject({
    url,
    headers: { ...(role ? staff[role].headers : {}), 'accept-language': language },
  });
}

type Envelope = { error: { code: string; message: string; requestId: string } };

describe('GET /api/law/catalogue', () => {
  it('answers every staff role but partners with the whole catalogue, version and hash', async () => {
    for (const role of ['analyst', 'coordinator', 'admin', 'liaison', 'oversight'] as const) {
      const response = await get(role, '/api/law/catalogue');
      expect(response.statusCode, role).toBe(200);
      const body = response.json<Catalogue>();
      expect(body.version).toBe(CATALOGUE.version);
      expect(body.hash).toMatch(/^[0-9a-f]{64}$/);
      expect(body.hash).toBe(CATALOGUE.hash);
      expect(body.instruments.map((i) => i.id)).toContain('kh-press-law-1995');
      const cc427 = body.provisions.find((p) => p.id === 'kh-cc-2009-art-427');
      expect(cc427?.title.km).toMatch(/[\u1780-\u17FF]/);
      expect(cc427?.title.en).toMatch(/automated data processing system/);
      expect(cc427?.verification.verifiedAgainstOfficialText).toBe(false);
      expect(cc427?.penalty).toBeNull();
    }
  });

  it('refuses partners (403, audited) and strangers (401), in the reader’s language', async () => {
    const partner = await get('partner', '/api/law/catalogue');
    expect(partner.statusCode).toBe(403);
    expect(partner.json<Envelope>().error.code).toBe('forbidden');
    const audit = await get('admin', '/api/audit-events?action=access.denied&limit=50');
    expect(audit.statusCode, audit.body).toBe(200);
    expect(JSON.stringify(audit.json())).toContain('"route":"/api/law/catalogue"');

    const stranger = await get(null, '/api/law/catalogue', 'km');
    expect(stranger.statusCode).toBe(401);
    expect(stranger.json<Envelope>().error.message).toMatch(/[\u1780-\u17FF]/);
  });
});

describe('GET /api/law/provisions/:id', () => {
  it('answers one provision with its instrument and the catalogue version', async () => {
    const response = await get('liaison', '/api/law/provisions/kh-draft-ccl-v1-art-24');
    expect(response.statusCode).toBe(200);
    const body = response.json<ProvisionDetail>();
    expect(body.catalogueVersion).toBe(CATALOGUE.version);
    expect(body.instrument.status).toBe('draft');
    expect(body.provision.gapNotes[0]).toMatchObject({ element: 'intent', source: 'AIC' });
  });

  it('answers 404 for an unknown provision and 400 for a malformed id', async () => {
    const unknown = await get('analyst', '/api/law/provisions/kh-cc-2009-art-999');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json<Envelope>().error.code).toBe('not_found');
    const malformed = await get('analyst', '/api/law/provisions/Art%20427');
    expect(malformed.statusCode).toBe(400);
  });

  it('refuses partners and strangers', async () => {
    expect((await get('partner', '/api/law/provisions/coe-185-art-2')).statusCode).toBe(403);
    expect((await get(null, '/api/law/provisions/coe-185-art-2')).statusCode).toBe(401);
  });
});

describe('GET /api/incidents/:incidentId/legal-candidates', () => {
  const url = () => `/api/incidents/${incident.id}/legal-candidates`;

  it('gives analysts and coordinators the candidates of the incident’s classification', async () => {
    for (const role of ['analyst', 'coordinator'] as const) {
      const response = await get(role, url());
      expect(response.statusCode, role).toBe(200);
      const body = response.json<LegalCandidates>();
      expect(body.incidentId).toBe(incident.id);
      expect(body.classification.localSubtype).toBe('facebook-account-takeover');
      expect(body.catalogueHash).toBe(CATALOGUE.hash);
      expect(body.candidates.map((c) => c.provisionId)).toEqual([
        'kh-cc-2009-art-427',
        'kh-draft-ccl-v1-art-21',
        'coe-185-art-2',
      ]);
      expect(body.candidates[0]?.reasons[0]?.text.km).toMatch(/[\u1780-\u17FF]/);
    }
  });

  it('follows a change of classification', async () => {
    const changed = await t.app.inject({
      method: 'PATCH',
      url: `/api/incidents/${incident.id}`,
      headers: staff.analyst.headers,
      payload: {
        classification: {
          rsitClass: 'availability',
          rsitType: 'ddos',
          localSubtype: 'service-disruption',
        },
      },
    });
    expect(changed.statusCode, changed.body).toBe(200);
    const body = (await get('analyst', url())).json<LegalCandidates>();
    expect(body.candidates.map((c) => c.provisionId)).toEqual([
      'kh-cc-2009-art-428',
      'kh-draft-ccl-v1-art-21-26',
      'coe-185-art-5',
    ]);
  });

  it('answers 404 for an unknown incident and 400 for a malformed id', async () => {
    const unknown = await get(
      'analyst',
      '/api/incidents/00000000-0000-4000-8000-000000000000/legal-candidates',
    );
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json<Envelope>().error.code).toBe('not_found');
    expect((await get('analyst', '/api/incidents/INC-1/legal-candidates')).statusCode).toBe(400);
  });

  it('refuses admin, liaison, oversight and partners (403) and strangers (401)', async () => {
    for (const role of ['admin', 'liaison', 'oversight', 'partner'] as const) {
      const response = await get(role, url());
      expect(response.statusCode, role).toBe(403);
      expect(response.json<Envelope>().error.code).toBe('forbidden');
    }
    expect((await get(null, url())).statusCode).toBe(401);
  });
});
