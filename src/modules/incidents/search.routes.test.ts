import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IncidentDetail, IncidentList } from '../../domain/incidents/incident.schemas.ts';
import type { ReportList } from '../../domain/reports/report.schemas.ts';
import {
  createStaff,
  createTestApp,
  signInWithNewMfa,
  type SignedIn,
  type TestApp,
} from '../../../test/app.ts';

let t: TestApp;
let analyst: SignedIn;
const ids: Record<string, string> = {};

async function report(key: string, body: object) {
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/public/reports',
    payload: body,
  });
  const { trackingCode } = response.json<{ trackingCode: string }>();
  const queue = await t.app.inject({ url: '/api/reports?limit=200', headers: analyst.headers });
  ids[key] = queue
    .json<ReportList>()
    .items.find((entry) => entry.trackingCode === trackingCode)!.id;
}

beforeAll(async () => {
  t = await createTestApp();
  analyst = await signInWithNewMfa(t.app, await createStaff(t.services, 'analyst'));
  await report('khmerTakeover', {
    incidentType: 'account-takeover',
    description: 'គេលួចគណនីហ្វេសប៊ុករបស់ខ្ញុំ ហើយផ្ញើសារសុំលុយពីមិត្តភក្តិ',
    language: 'km',
    details: { platform: 'facebook' },
  });
  await report('englishScam', {
    incidentType: 'money-scam',
    description: 'A caller from 012 999 888 said he was from Wing and asked for my PIN.',
    language: 'en',
  });
  await report('phishing', {
    incidentType: 'phishing',
    description: 'SMS with a link hxxps://aba-bonus[.]top/login asking for my password',
    language: 'en',
  });
  const created = await t.app.inject({
    method: 'POST',
    url: '/api/incidents',
    headers: analyst.headers,
    payload: { reportIds: [ids.khmerTakeover], title: '=HYPERLINK("http://evil") page theft' },
  });
  ids.incident = created.json<IncidentDetail>().id;
});
afterAll(() => t.close());

const searchReports = (q: string) =>
  t.app
    .inject({
      url: `/api/reports?status=all&q=${encodeURIComponent(q)}`,
      headers: analyst.headers,
    })
    .then((r) => r.json<ReportList>().items.map((item) => item.id));

const searchIncidents = (q: string) =>
  t.app
    .inject({
      url: `/api/incidents?status=all&q=${encodeURIComponent(q)}`,
      headers: analyst.headers,
    })
    .then((r) => r.json<IncidentList>().items.map((item) => item.id));

describe('search in Khmer and English', () => {
  it('finds a Khmer word inside unspaced Khmer text, in reports and their incident', async () => {
    expect(await searchReports('គណនី')).toEqual([ids.khmerTakeover]);
    expect(await searchIncidents('គណនី')).toEqual([ids.incident]);
    expect(await searchReports('មិត្តភក្តិ លុយ')).toEqual([ids.khmerTakeover]);
  });

  it('matches English words whatever the case, and every word of the query', async () => {
    expect(await searchReports('WING pin')).toEqual([ids.englishScam]);
    expect(await searchReports('wing password')).toEqual([]);
  });

  it('finds a phone number or a defanged domain however it is written', async () => {
    expect(await searchReports('+855 12 999 888')).toEqual([ids.englishScam]);
    expect(await searchReports('aba-bonus.top')).toEqual([ids.phishing]);
  });

  it('finds a report by an account number given only as an answer', async () => {
    await report('answeredAccount', {
      incidentType: 'money-scam',
      description: 'They promised a job in Thailand and asked for a deposit.',
      language: 'en',
      details: { paymentChannel: 'aba', receivingAccount: '001 234 567' },
    });
    expect(await searchReports('001234567')).toEqual([ids.answeredAccount]);
  });

  it('finds an incident by its own title', async () => {
    expect(await searchIncidents('theft')).toEqual([ids.incident]);
  });

  it('finds what was merged through the incident it went into, and not after a split', async () => {
    const child = await t.app.inject({
      method: 'POST',
      url: '/api/incidents',
      headers: analyst.headers,
      payload: { reportIds: [ids.phishing], title: 'Bonus lottery clone' },
    });
    const childId = child.json<IncidentDetail>().id;
    expect(await searchIncidents('aba-bonus.top')).toEqual([childId]);
    const merged = await t.app.inject({
      method: 'POST',
      url: `/api/incidents/${ids.incident}/merge`,
      headers: analyst.headers,
      payload: { incidentIds: [childId] },
    });
    expect(merged.statusCode).toBe(200);
    // The child is out of every list; its report's words and its title lead to the parent.
    expect(await searchIncidents('aba-bonus.top')).toEqual([ids.incident]);
    expect(await searchIncidents('lottery')).toEqual([ids.incident]);
    const split = await t.app.inject({
      method: 'POST',
      url: `/api/incidents/${childId}/split`,
      headers: analyst.headers,
    });
    expect(split.statusCode).toBe(200);
    expect(await searchIncidents('aba-bonus.top')).toEqual([childId]);
    expect(await searchIncidents('គណនី')).toEqual([ids.incident]);
  });

  it('finds an incident by its reference and a report by its tracking code, whatever the filters', async () => {
    const incident = await t.app.inject({
      url: `/api/incidents/${ids.incident}`,
      headers: analyst.headers,
    });
    const reference = incident.json<IncidentDetail>().reference;
    const number = Number(reference.slice(4));
    for (const typed of [reference, `inc ${number}`, reference.toLowerCase().replace('-', '')]) {
      // The default (open) queue and a filter that excludes it do not hide it.
      expect(await searchIncidents(typed)).toEqual([ids.incident]);
      const filtered = await t.app.inject({
        url: `/api/incidents?status=closed&severity=critical&q=${encodeURIComponent(typed)}`,
        headers: analyst.headers,
      });
      expect(filtered.json<IncidentList>().items.map((item) => item.id)).toEqual([ids.incident]);
    }
    expect(await searchIncidents('INC-999999')).toEqual([]);

    const report = await t.app.inject({
      url: `/api/reports/${ids.englishScam}`,
      headers: analyst.headers,
    });
    const code = report.json<{ trackingCode: string }>().trackingCode;
    for (const typed of [code, code.toLowerCase(), ` ${code.replace('-', ' ')} `]) {
      const found = await t.app.inject({
        url: `/api/reports?status=closed&q=${encodeURIComponent(typed)}`,
        headers: analyst.headers,
      });
      expect(found.json<ReportList>().items.map((item) => item.id)).toEqual([ids.englishScam]);
    }
  });

  it('survives hostile queries and answers nothing for pure punctuation', async () => {
    expect(await searchReports("a & b | !c:* 'x' <-> ()")).toEqual([]);
    expect(await searchIncidents('&&&')).toEqual([]);
  });

  it('filters the triage queue by kind, channel and language', async () => {
    const response = await t.app.inject({
      url: '/api/reports?status=all&incidentType=phishing&language=en&channel=web',
      headers: analyst.headers,
    });
    expect(response.json<ReportList>().items.map((r) => r.id)).toEqual([ids.phishing]);
    const bad = await t.app.inject({
      url: '/api/reports?channel=pigeon',
      headers: analyst.headers,
    });
    expect(bad.statusCode).toBe(400);
  });
});

describe('CSV export of a result list', () => {
  it('exports the filtered list with TLP on every row and formulas defused', async () => {
    const response = await t.app.inject({
      url: `/api/incidents/export.csv?status=all&q=${encodeURIComponent('គណនី')}`,
      headers: analyst.headers,
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    const lines = response.body
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toMatch(/^reference,title,tlp,status,severity/);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(`"'=HYPERLINK(""http://evil"") page theft"`);
    expect(lines[1]).toContain('TLP:AMBER');
    const audit = await t.services.audit.list({ action: 'incident.exported', limit: 10 });
    expect(audit[0]?.details).toEqual({ rows: 1, q: 'yes' });
  });
});

describe('search respects access', () => {
  it.each(['oversight', 'liaison', 'partner', 'admin'] as const)(
    'a %s finds nothing: 403 on report and incident search and export',
    async (role) => {
      const who = await signInWithNewMfa(t.app, await createStaff(t.services, role));
      const answers = await Promise.all(
        ['/api/reports?q=គណនី', '/api/incidents?q=គណនី', '/api/incidents/export.csv'].map((url) =>
          t.app.inject({ url, headers: who.headers }),
        ),
      );
      expect(answers.map((a) => a.statusCode)).toEqual([403, 403, 403]);
    },
  );
});
