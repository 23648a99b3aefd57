import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IncidentListQuerySchema } from '../../domain/incidents/incident.schemas.ts';
import { IncidentStatusSchema } from '../../domain/incidents/lifecycle.ts';
import { DEFAULT_SLA_TARGETS } from '../../domain/incidents/sla.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/database.ts';
import { presentSla } from './incidents.presenter.ts';
import {
  countByStatus,
  countOpenIncidents,
  listIncidents,
  TOTAL_CAP,
  type IncidentListRow,
} from './incidents.repository.ts';
import { incidents } from './incidents.table.ts';

/**
 * The list and count statements the queue sends, on more incidents than the total's cap,
 * checked against the same rows counted one by one with the domain's SLA clock.
 */
let database: TestDatabase;
const NOW = new Date('2026-11-25T12:00:00Z');
const HOUR = 3_600_000;
const SEVERITIES = ['critical', 'high', 'medium', 'low'] as const;
const STATUSES = IncidentStatusSchema.options;
const ASSIGNEE = '00000000-0000-4000-8000-000000000001';
const sla = { targets: DEFAULT_SLA_TARGETS, now: NOW };
const query = (input: Record<string, unknown>) => IncidentListQuerySchema.parse(input);

/** A spread of incidents: every status and severity, clocks from fresh to long overdue. */
function incidentRow(i: number): typeof incidents.$inferInsert {
  const status = STATUSES[i % STATUSES.length]!;
  const severity = SEVERITIES[(i % 7) % SEVERITIES.length]!;
  const createdAt = new Date(NOW.getTime() - (i % 97) * HOUR - (i % 13) * 60_000);
  const finished = status === 'resolved' || status === 'closed';
  return {
    title: `Incident ${i}`,
    status,
    tlp: 'amber',
    pap: 'amber',
    rsitClass: 'fraud',
    rsitType: 'phishing',
    localSubtype: 'phishing-message-or-site',
    impact: { confidentiality: 'low', integrity: 'low', availability: 'none' },
    severityComputed: severity,
    severity,
    assigneeId: i % 3 === 0 ? null : ASSIGNEE,
    firstRespondedAt: i % 5 === 0 ? new Date(createdAt.getTime() + 60_000) : null,
    containedAt: i % 11 === 0 ? new Date(createdAt.getTime() + HOUR) : null,
    resolvedAt: finished ? new Date(createdAt.getTime() + 2 * HOUR) : null,
    slaPausedMs: (i % 4) * HOUR,
    slaPausedSince: status.startsWith('waiting') ? new Date(NOW.getTime() - HOUR) : null,
    searchText: i % 2 === 0 ? 'phishing aba' : 'wing',
    createdAt,
    updatedAt: new Date(createdAt.getTime() + (i % 17) * 60_000),
  };
}

const COUNT = TOTAL_CAP + 260;
let rows: IncidentListRow[];

beforeAll(async () => {
  database = await createTestDatabase();
  rows = await database.db
    .insert(incidents)
    .values(Array.from({ length: COUNT }, (_, i) => incidentRow(i)))
    .returning();
});

afterAll(async () => {
  await database?.close();
});

const isOpen = (row: IncidentListRow) => row.status !== 'resolved' && row.status !== 'closed';

describe('queue totals', () => {
  it('stops counting past the cap and says so', async () => {
    const first = await listIncidents(database.db, query({ status: 'all' }), null, null, sla);
    expect(first.rows).toHaveLength(50);
    expect(first).toMatchObject({ total: TOTAL_CAP, totalCapped: true });
  });

  it('counts exactly when the matches end before the cap past the page', async () => {
    const later = await listIncidents(
      database.db,
      query({ status: 'all', offset: 300 }),
      null,
      null,
      sla,
    );
    expect(later).toMatchObject({ total: COUNT, totalCapped: false });
    const open = await listIncidents(database.db, query({}), null, null, sla);
    expect(open).toMatchObject({ total: rows.filter(isOpen).length, totalCapped: false });
  });

  it('counts a text search the same way', async () => {
    const found = await listIncidents(
      database.db,
      query({ status: 'all' }),
      null,
      { tsQuery: 'wing' },
      sla,
    );
    expect(found).toMatchObject({ total: COUNT / 2, totalCapped: false });
    expect(found.rows.every((row) => Number(row.title.slice('Incident '.length)) % 2 === 1)).toBe(
      true,
    );
  });

  it('does not send the search words with a list', async () => {
    const page = await listIncidents(database.db, query({ limit: 1 }), null, null, sla);
    expect(page.rows[0]).not.toHaveProperty('searchText');
    expect(page.rows[0]).not.toHaveProperty('searchVector');
  });
});

const byId = (a: IncidentListRow, b: IncidentListRow) => (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
const newest = (field: 'updatedAt' | 'createdAt') => (a: IncidentListRow, b: IncidentListRow) =>
  b[field].getTime() - a[field].getTime() || byId(a, b);
const RANK = { critical: 0, high: 1, medium: 2, low: 3 } as Record<string, number>;
const bySeverity = (a: IncidentListRow, b: IncidentListRow) =>
  RANK[a.severity]! - RANK[b.severity]! || newest('updatedAt')(a, b);

describe('queue order', () => {
  // offset 0 has more matches than the cap (PostgreSQL walks the list's index); offset
  // 300 raises the cap past them all (every match is read, then ordered by the service).
  it.each([
    ['updated', newest('updatedAt')],
    ['created', newest('createdAt')],
    ['severity', bySeverity],
  ] as const)('orders by %s the same way whether it walks or sorts', async (sort, compare) => {
    const expected = [...rows].sort(compare).map((row) => row.id);
    for (const offset of [0, 300]) {
      const page = await listIncidents(
        database.db,
        query({ status: 'all', sort, offset, limit: 120 }),
        null,
        null,
        sla,
      );
      expect(page.totalCapped).toBe(offset === 0);
      expect(page.rows.map((row) => row.id)).toEqual(expected.slice(offset, offset + 120));
    }
  });

  it('sorts one severity by last update, as the full severity order would', async () => {
    const high = await listIncidents(
      database.db,
      query({ severity: 'high', sort: 'severity', limit: 200 }),
      null,
      null,
      sla,
    );
    const expected = rows
      .filter((row) => isOpen(row) && row.severity === 'high')
      .sort(
        (a, b) =>
          b.updatedAt.getTime() - a.updatedAt.getTime() || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0),
      )
      .slice(0, 200)
      .map((row) => row.id);
    expect(high.rows.map((row) => row.id)).toEqual(expected);
  });
});

describe('queue counts', () => {
  it('counts open incidents by status, severity, assignee and SLA clock in one pass', async () => {
    const open = rows.filter(isOpen);
    const worstStates = open.map((row) => presentSla(row, DEFAULT_SLA_TARGETS, NOW).milestones);
    const has = (state: string) =>
      worstStates.filter((milestones) => milestones.some((entry) => entry.state === state)).length;

    const counts = await countOpenIncidents(database.db, sla);

    for (const status of STATUSES.filter(
      (status) => status !== 'resolved' && status !== 'closed',
    )) {
      expect(counts.byStatus.get(status)).toBe(open.filter((row) => row.status === status).length);
    }
    expect(counts.byStatus.has('closed')).toBe(false);
    for (const severity of SEVERITIES) {
      expect(counts.bySeverity.get(severity)).toBe(
        open.filter((row) => row.severity === severity).length,
      );
    }
    expect(counts.unassigned).toBe(open.filter((row) => row.assigneeId === null).length);
    expect(counts.slaBreached).toBe(has('breached'));
    expect(counts.slaNearBreach).toBe(has('near_breach'));
    // The spread above puts incidents on both sides of each threshold.
    expect(counts.slaBreached).toBeGreaterThan(0);
    expect(counts.slaNearBreach).toBeGreaterThan(0);
  });

  it('agrees with the SLA filter of the list', async () => {
    const counts = await countOpenIncidents(database.db, sla);
    const breached = await listIncidents(database.db, query({ sla: 'breached' }), null, null, sla);
    const near = await listIncidents(database.db, query({ sla: 'near_breach' }), null, null, sla);
    expect(breached.total).toBe(counts.slaBreached);
    expect(near.total).toBe(counts.slaNearBreach);
  });

  it('counts finished incidents by status', async () => {
    const finished = await countByStatus(database.db, ['resolved', 'closed']);
    expect(finished.get('resolved')).toBe(rows.filter((row) => row.status === 'resolved').length);
    expect(finished.get('closed')).toBe(rows.filter((row) => row.status === 'closed').length);
  });
});
