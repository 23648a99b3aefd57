import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReportListQuerySchema } from '../../domain/reports/report.schemas.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/database.ts';
import { insertReportContact, listReports, type ReportRow } from './reports.repository.ts';
import { reports } from './reports.table.ts';

/** The triage queue's list on more reports than its total's cap, both ways of reading it. */
let database: TestDatabase;
let rows: ReportRow[];
const COUNT = 1_150;
const START = Date.parse('2026-11-01T00:00:00Z');

beforeAll(async () => {
  database = await createTestDatabase();
  rows = await database.db
    .insert(reports)
    .values(
      Array.from({ length: COUNT }, (_, i) => ({
        trackingCode: `KP-TEST-${String(i).padStart(5, '0')}`,
        secretHash: 'x',
        incidentType: 'phishing',
        rsitClass: 'fraud',
        rsitType: 'phishing',
        localSubtype: 'phishing-message-or-site',
        description: `Report ${i}`,
        language: i % 2 === 0 ? ('km' as const) : ('en' as const),
        channel: 'web' as const,
        searchText: i % 3 === 0 ? 'wing' : 'aba',
        // Clashing times, so that the order between equal times is checked too.
        submittedAt: new Date(START + (i % 400) * 60_000),
      })),
    )
    .returning();
  for (const row of rows.slice(0, 5)) await insertReportContact(database.db, row.id, 'sealed');
});

afterAll(async () => {
  await database?.close();
});

const query = (input: Record<string, unknown>) => ReportListQuerySchema.parse(input);
const byTime = (sign: 1 | -1) => (a: ReportRow, b: ReportRow) =>
  sign * (a.submittedAt.getTime() - b.submittedAt.getTime()) ||
  sign * (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

describe('the reports queue on many reports', () => {
  it.each([
    ['newest', -1],
    ['oldest', 1],
  ] as const)('lists the %s first the same way whether it walks or sorts', async (sort, sign) => {
    const expected = [...rows].sort(byTime(sign)).map((row) => row.id);
    for (const offset of [0, 200]) {
      const page = await listReports(
        database.db,
        query({ status: 'all', sort, offset, limit: 100 }),
        null,
      );
      expect(page.totalCapped).toBe(offset === 0);
      expect(page.total).toBe(offset === 0 ? 1_000 : COUNT);
      expect(page.rows.map((row) => row.id)).toEqual(expected.slice(offset, offset + 100));
    }
  });

  it('counts a word exactly when it has fewer matches than the cap', async () => {
    const page = await listReports(database.db, query({ status: 'all' }), { tsQuery: "'wing'" });
    expect(page).toMatchObject({ total: Math.ceil(COUNT / 3), totalCapped: false });
    expect(page.rows.every((row) => Number(row.description.slice(7)) % 3 === 0)).toBe(true);
  });

  it('says which reports left a contact, without sending search words', async () => {
    const page = await listReports(
      database.db,
      query({ status: 'all', sort: 'oldest', limit: 200 }),
      null,
    );
    const withContact = new Set(rows.slice(0, 5).map((row) => row.id));
    for (const row of page.rows) expect(row.hasContact).toBe(withContact.has(row.id));
    expect(page.rows[0]).not.toHaveProperty('searchVector');
  });
});
