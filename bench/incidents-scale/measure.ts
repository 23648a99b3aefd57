/**
 * Latency of what analysts do all day, through the product's services (the code the HTTP
 * routes call, with the routes' Zod schemas applied to the query): the incident queue,
 * full-text search over incidents and reports, and the lookup of an observable.
 */
import { writeFileSync } from 'node:fs';
import type { Logger } from 'drizzle-orm';
import { IncidentListQuerySchema } from '../../src/domain/incidents/incident.schemas.ts';
import { ReportListQuerySchema } from '../../src/domain/reports/report.schemas.ts';
import {
  ObservableLookupQuerySchema,
  type ObservableType,
} from '../../src/domain/observables/observable.schemas.ts';
import { permissionsOf } from '../../src/domain/roles.ts';
import type { RequestContext } from '../../src/platform/context.ts';
import type { Services } from '../../src/services.ts';
import type { SqlClient } from './generate.ts';

export type Case = { label: string; run: (services: Services) => Promise<string> };
export type Measurement = { name: string; targetMs: number; cases: Case[] };
export type CaseResult = { label: string; n: number; p50: number; max: number; note: string };
export type MeasurementResult = {
  name: string;
  targetMs: number;
  n: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  stoppedByTime: boolean;
  cases: CaseResult[];
};

/**
 * PGlite answers through promises that settle without I/O, so a loop of its queries never
 * lets the event loop turn, and Ctrl-C would wait for the end; a turn between calls lets
 * the signal handler clean up.
 */
export const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Nearest-rank percentile of sorted samples. */
const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))] ?? NaN;

/** The values searched and looked up: popular, rare and absent ones, read off the data. */
export type Probes = {
  staffId: string;
  terms: { label: string; q: string }[];
  lookups: { label: string; type: ObservableType; value: string }[];
};

type TopRow = { type: string; value: string; n: number };

/** How an analyst types a Cambodian number: "012 345 678", "097 765 4321". */
const localPhone = (e164: string) => {
  const national = `0${e164.slice(4)}`;
  return `${national.slice(0, 3)} ${national.slice(3, 6)} ${national.slice(6)}`;
};

export async function findProbes(sql: SqlClient): Promise<Probes> {
  const top = (
    await sql.query(
      `select o.type, o.value, c.n from (
         select observable_id, count(*)::int as n from observable_sightings
         group by observable_id order by n desc limit 400) c
       join observables o on o.id = c.observable_id order by c.n desc`,
    )
  ).rows as TopRow[];
  const first = (type: string, skip = 0) => top.filter((row) => row.type === type)[skip];
  const single = (
    await sql.query(
      `select o.type, o.value, 1 as n from observables o
       where o.type = 'phone' and (select count(*) from observable_sightings s
         where s.observable_id = o.id) = 1
       order by o.id desc limit 1`,
    )
  ).rows as TopRow[];
  const [staff] = (
    await sql.query(`select id from staff_users where role = 'analyst' order by email limit 1`)
  ).rows as { id: string }[];
  const phone = first('phone');
  const account = first('bank-account');
  const domain = first('domain');
  const social = first('social-handle', 60);
  if (!phone || !account || !domain || !social || !single[0] || !staff) {
    throw new Error('the database holds too few observables to measure lookups');
  }
  const seen = (row: TopRow) => `${row.n.toLocaleString('en')} reports`;
  return {
    staffId: staff.id,
    terms: [
      { label: 'Khmer word គណនី (account): very common', q: 'គណនី' },
      { label: 'Khmer word ប្រាក់កម្ចី (loan)', q: 'ប្រាក់កម្ចី' },
      { label: 'Khmer name សុភ័ក្ត្រ', q: 'សុភ័ក្ត្រ' },
      { label: 'English/bank word Wing: common', q: 'Wing' },
      { label: 'English word ransomware (also in the default titles)', q: 'ransomware' },
      { label: 'two English words: telegram loan', q: 'telegram loan' },
      {
        label: `most reported phone, typed ${localPhone(phone.value)}`,
        q: localPhone(phone.value),
      },
      { label: `most reported domain ${domain.value}`, q: domain.value },
    ],
    lookups: [
      {
        label: `phone in ${seen(phone)}, typed ${localPhone(phone.value)}`,
        type: 'phone',
        value: localPhone(phone.value),
      },
      { label: `account in ${seen(account)}`, type: 'bank-account', value: account.value },
      { label: `domain in ${seen(domain)}`, type: 'domain', value: domain.value },
      { label: `profile in ${seen(social)}`, type: 'social-handle', value: social.value },
      { label: 'phone in 1 report', type: 'phone', value: localPhone(single[0].value) },
      { label: 'phone never seen', type: 'phone', value: '011 000 001' },
    ],
  };
}

export function measurements(probes: Probes): Measurement[] {
  const ctx: RequestContext = {
    actor: {
      kind: 'staff',
      userId: probes.staffId,
      role: 'analyst',
      permissions: permissionsOf('analyst'),
    },
    requestId: 'bench',
    ip: null,
    language: 'km',
  };
  /** A list's total as the staff app shows it: "1,000+" when the service stopped counting. */
  const totalOf = (list: { total: number; totalCapped: boolean }) =>
    `${list.total.toLocaleString('en')}${list.totalCapped ? '+' : ''}`;
  const queue = (label: string, query: Record<string, unknown>): Case => ({
    label,
    run: async (s) => {
      const list = await s.incidents.listIncidents(ctx, IncidentListQuerySchema.parse(query));
      return `${list.items.length} rows of ${totalOf(list)}`;
    },
  });
  const matches = (list: { total: number; totalCapped: boolean }) => `${totalOf(list)} matches`;
  return [
    {
      name: 'Queue: open incidents, newest update first (default page, 50 rows)',
      targetMs: 100,
      cases: [queue('default', {})],
    },
    {
      name: "Queue: the tabs' counts (countIncidents)",
      targetMs: 100,
      cases: [
        {
          label: 'counts',
          run: async (s) => {
            const counts = await s.incidents.countIncidents(ctx);
            return `${counts.unassigned.toLocaleString('en')} unassigned, ${counts.slaBreached.toLocaleString('en')} SLA breached`;
          },
        },
      ],
    },
    {
      name: 'Queue: severity=high, sort=severity',
      targetMs: 100,
      cases: [queue('high, by severity', { severity: 'high', sort: 'severity' })],
    },
    {
      name: 'Queue: assigned to me',
      targetMs: 100,
      cases: [queue('assignee=me', { assignee: 'me' })],
    },
    {
      name: 'Search incidents, open queue (listIncidents q=…)',
      targetMs: 100,
      cases: probes.terms.map(({ label, q }) => ({
        label,
        run: async (s) =>
          matches(await s.incidents.listIncidents(ctx, IncidentListQuerySchema.parse({ q }))),
      })),
    },
    {
      name: 'Search incidents, all statuses (listIncidents status=all q=…)',
      targetMs: 100,
      cases: probes.terms.map(({ label, q }) => ({
        label,
        run: async (s) =>
          matches(
            await s.incidents.listIncidents(
              ctx,
              IncidentListQuerySchema.parse({ status: 'all', q }),
            ),
          ),
      })),
    },
    {
      name: 'Search reports (listReports status=all q=…)',
      targetMs: 100,
      cases: probes.terms.map(({ label, q }) => ({
        label,
        run: async (s) =>
          matches(
            await s.reports.listReports(ctx, ReportListQuerySchema.parse({ status: 'all', q })),
          ),
      })),
    },
    {
      name: 'Observable lookup, store (observables.lookup)',
      targetMs: 10,
      cases: probes.lookups.map(({ label, type, value }) => ({
        label,
        run: async (s) => {
          const seen = await s.observables.lookup(type, value);
          return `${seen.reportIds.length} of ${seen.reportTotal} report ids, ${seen.incidentIds.length} of ${seen.incidentTotal} incident ids`;
        },
      })),
    },
    {
      name: 'Observable lookup, API path (incidents.lookupObservable)',
      targetMs: 10,
      cases: probes.lookups.map(({ label, type, value }) => ({
        label,
        run: async (s) => {
          const seen = await s.incidents.lookupObservable(
            ctx,
            ObservableLookupQuerySchema.parse({ type, value }),
          );
          return `${seen.reports.length} reports, ${seen.incidents.length} incidents`;
        },
      })),
    },
  ];
}

/**
 * Runs each case twice to warm up (less when calls are slow: warming up stops after a
 * quarter of the time), then `iterations` calls cycling through the cases, and stops once
 * `maxSeconds` have passed since the start: the last call started before then is the last,
 * and there is at least one. A case reached by no measured call shows n = 0.
 */
export async function measure(
  services: Services,
  measurement: Measurement,
  options: { iterations: number; maxSeconds: number },
): Promise<MeasurementResult> {
  const notes = new Map<string, string>();
  const perCase = new Map<string, number[]>(measurement.cases.map((c) => [c.label, []]));
  const started = performance.now();
  const deadline = started + options.maxSeconds * 1000;
  const warmUntil = started + (options.maxSeconds * 1000) / 4;
  warm: for (let round = 0; round < 2; round++) {
    for (const c of measurement.cases) {
      if (performance.now() > warmUntil) break warm;
      notes.set(c.label, await c.run(services));
      await yieldToEventLoop();
    }
  }
  const all: number[] = [];
  let stoppedByTime = false;
  for (let i = 0; i < options.iterations; i++) {
    // At least one measured call, even when warming up took all the time.
    if (i > 0 && performance.now() > deadline) {
      stoppedByTime = true;
      break;
    }
    const c = measurement.cases[i % measurement.cases.length]!;
    const t0 = performance.now();
    const note = await c.run(services);
    const ms = performance.now() - t0;
    if (!notes.has(c.label)) notes.set(c.label, note);
    all.push(ms);
    perCase.get(c.label)!.push(ms);
    await yieldToEventLoop();
  }
  all.sort((a, b) => a - b);
  return {
    name: measurement.name,
    targetMs: measurement.targetMs,
    n: all.length,
    p50: percentile(all, 0.5),
    p95: percentile(all, 0.95),
    p99: percentile(all, 0.99),
    max: all[all.length - 1] ?? NaN,
    stoppedByTime,
    cases: measurement.cases.map((c) => {
      const samples = perCase.get(c.label)!.sort((a, b) => a - b);
      return {
        label: c.label,
        n: samples.length,
        p50: percentile(samples, 0.5),
        max: samples[samples.length - 1] ?? NaN,
        note: notes.get(c.label) ?? '',
      };
    }),
  };
}

/** Collects the SQL the services send, for EXPLAIN. */
export function createStatementLog() {
  const statements: { query: string; params: unknown[] }[] = [];
  const logger: Logger = {
    logQuery(query, params) {
      statements.push({ query, params });
    },
  };
  return { logger, statements };
}

/**
 * Runs the slowest and the fastest case of each measurement once on services that log
 * their SQL, then EXPLAIN (ANALYZE, BUFFERS) of each statement they sent, into `file`.
 */
export async function explainAll(
  services: Services,
  statements: { query: string; params: unknown[] }[],
  sql: SqlClient,
  list: Measurement[],
  results: MeasurementResult[],
  file: string,
): Promise<void> {
  let out = '';
  for (const measurement of list) {
    const timed = results.find((r) => r.name === measurement.name)?.cases ?? [];
    const byP50 = [...timed].sort((a, b) => b.p50 - a.p50).map((c) => c.label);
    const chosen = new Set([byP50[0], byP50[byP50.length - 1]]);
    for (const c of measurement.cases.filter((c) => chosen.has(c.label))) {
      statements.length = 0;
      await c.run(services);
      const sent = [...statements];
      out += `\n\n######## ${measurement.name} — ${c.label}\n`;
      for (const { query, params } of sent) {
        const started = performance.now();
        const plan = (await sql.query(`explain (analyze, buffers) ${query}`, params)).rows as {
          'QUERY PLAN': string;
        }[];
        const ms = performance.now() - started;
        out += `\n--- ${ms.toFixed(1)} ms: ${query}\n--- params: ${JSON.stringify(params).slice(0, 300)}\n`;
        out += plan.map((row) => row['QUERY PLAN']).join('\n');
        out += '\n';
      }
    }
  }
  writeFileSync(file, out);
}
