/**
 * Fills a migrated Karpear database with N incidents, each made of one report, the way
 * the product leaves them: the report (search_text = indexText of its description) and
 * maybe its sealed contact, the incident (search_text of title, summary and its report), the link,
 * the timeline events, some tasks, and the observables the report's text names with a
 * sighting each (incident_id set, as when a report is linked).
 *
 * Fast: a pool of a few thousand texts has its tokens computed once; only the indicators
 * (phones, accounts, links, profiles) are tokenised per report, with the product's own
 * functions, and a sample of rows is checked against indexText/extractObservables of the
 * whole text. Rows go in with one multi-table INSERT … SELECT FROM jsonb_to_recordset per
 * batch, plus one for observables and sightings, in a transaction per batch.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { extractObservables } from '../../src/domain/observables/extract-observables.ts';
import { indexText } from '../../src/domain/search/search-text.ts';
import { INCIDENT_TYPES, type IncidentTypeId } from '../../src/domain/taxonomy/incident-types.ts';
import { LOCAL_SUBTYPES, type LocalSubtype } from '../../src/domain/taxonomy/local-subtypes.ts';
import { DEFAULT_IMPACT } from '../../src/domain/incidents/suggestion.ts';
import type { IncidentStatus } from '../../src/domain/incidents/lifecycle.ts';
import { PROVINCES } from '../../src/domain/incidents/provinces.ts';
import { createSecretBox } from '../../src/platform/crypto/secret-box.ts';
import {
  ANALYST_SUMMARIES,
  ANALYST_TITLES,
  makeAnalystText,
  makeFrame,
  TYPE_WEIGHTS,
  type FrameText,
  type Lang,
} from './corpus.ts';
import { createIndicatorSource, writeIndicator } from './indicators.ts';
import { createRandom, type Random } from './random.ts';

/** What the loader needs of a driver: pg.Client and PGlite both answer this. */
export type SqlClient = {
  query(text: string, params?: unknown[]): Promise<{ rows: unknown[] }>;
};

export type GenerateOptions = {
  incidents: number;
  batch: number;
  seed: number;
  /** The newest incident is an hour before this; the oldest `years` before. */
  now: Date;
  years: number;
  log: (line: string) => void;
};

export type GenerateResult = {
  seconds: number;
  rows: Record<string, number>;
  checked: number;
  staffIds: string[];
};

const DAY = 86_400_000;
const HOUR = 3_600_000;
const FRAME_POOL = 6_000;
const STAFF = 28;

type Tokenised = { tokens: readonly string[]; observables: readonly (readonly [string, string])[] };

/** Tokens and observables of a text, exactly as the product computes them for a report. */
const tokenise = (text: string): Tokenised => ({
  tokens: indexText(text).split(' ').filter(Boolean),
  observables: extractObservables(text).map(({ type, value }) => [type, value] as const),
});

function createTokenCache(limit: number) {
  const cache = new Map<string, Tokenised>();
  return (text: string): Tokenised => {
    let found = cache.get(text);
    if (!found) {
      found = tokenise(text);
      if (cache.size >= limit) cache.clear();
      cache.set(text, found);
    }
    return found;
  };
}

type PreparedFrame = FrameText & Tokenised;

function framePool(random: Random): Map<string, PreparedFrame[]> {
  const total = Object.values(TYPE_WEIGHTS).reduce((sum, w) => sum + w, 0);
  const pool = new Map<string, PreparedFrame[]>();
  for (const type of Object.keys(TYPE_WEIGHTS) as IncidentTypeId[]) {
    for (const lang of ['km', 'en'] as const) {
      const share = (TYPE_WEIGHTS[type] / total) * (lang === 'km' ? 0.6 : 0.4);
      const count = Math.max(30, Math.round(FRAME_POOL * share));
      const frames: PreparedFrame[] = [];
      const seen = new Set<string>();
      for (let attempt = 0; frames.length < count && attempt < count * 20; attempt++) {
        const frame = makeFrame(random, type, lang);
        const key = JSON.stringify(frame.parts);
        if (seen.has(key)) continue;
        seen.add(key);
        const text = frame.parts.filter((p) => typeof p === 'string').join(' ');
        frames.push({ ...frame, ...tokenise(text) });
      }
      pool.set(`${type}/${lang}`, frames);
    }
  }
  return pool;
}

const OPEN_WEIGHTS_BY_AGE: { maxDays: number; weights: Record<IncidentStatus, number> }[] = [
  {
    maxDays: 7,
    weights: {
      new: 35,
      triage: 20,
      in_progress: 25,
      waiting_reporter: 7,
      waiting_third_party: 5,
      resolved: 5,
      closed: 3,
    },
  },
  {
    maxDays: 30,
    weights: {
      new: 5,
      triage: 5,
      in_progress: 25,
      waiting_reporter: 10,
      waiting_third_party: 10,
      resolved: 20,
      closed: 25,
    },
  },
  {
    maxDays: 90,
    weights: {
      new: 1,
      triage: 1,
      in_progress: 10,
      waiting_reporter: 8,
      waiting_third_party: 5,
      resolved: 15,
      closed: 60,
    },
  },
  {
    maxDays: Infinity,
    weights: {
      new: 0.1,
      triage: 0.1,
      in_progress: 0.8,
      waiting_reporter: 0.3,
      waiting_third_party: 0.7,
      resolved: 3,
      closed: 95,
    },
  },
];

const CODE_CHARS = '34679ACDEFGHJKMNPQRTUVWXY';
const CODE_SPACE = 25 ** 8;

/** A distinct 8-character tracking code for each n (a bijection of 0..25^8-1). */
function trackingCode(n: number, salt: number): string {
  let x = (n * 1_000_003 + salt) % CODE_SPACE;
  let code = '';
  for (let i = 0; i < 8; i++) {
    code += CODE_CHARS[x % 25];
    x = Math.floor(x / 25);
  }
  return code;
}

const iso = (ms: number) => new Date(ms).toISOString();

const CASE_ROWS = `
  ri uuid, ii uuid, tc text, it text, rc text, rt text, ls text, d text, lang text, ch text,
  rs text, rst text, sa timestamptz, ct text,
  ti text, su text, st text, tlp text, imp jsonb, sec text, prov text, la numeric, lc text,
  sev text, sevc text, asg uuid, disp text, rn text, fra timestamptz, rva timestamptz,
  cla timestamptz, ca timestamptz, ua timestamptz, mi uuid, ist text, tk int`;

/** One statement per batch for reports, contacts, incidents, links, events and tasks. */
const INSERT_CASES = `
with x as (select * from jsonb_to_recordset($1::jsonb) as x(${CASE_ROWS})),
r as (
  insert into reports (id, tracking_code, secret_hash, incident_type, rsit_class, rsit_type,
    local_subtype, description, language, channel, status, search_text, submitted_at, updated_at)
  select ri, tc, md5(tc) || md5(ri::text), it, rc, rt, ls, d, lang, ch, rs, rst, sa, ua from x
),
c as (insert into report_contacts (report_id, sealed, created_at)
  select ri, ct, sa from x where ct is not null),
i as (
  insert into incidents (id, title, summary, status, tlp, pap, rsit_class, rsit_type,
    local_subtype, impact, actor_type, target_sector, province, victim_count, loss_amount,
    loss_currency, severity_computed, severity, severity_override_reason, assignee_id,
    disposition, resolution_note, first_responded_at, resolved_at, closed_at, merged_into_id,
    search_text, created_at, updated_at)
  select ii, ti, su, st, tlp, 'AMBER', rc, rt, ls, imp, 'cybercriminal', sec, prov, 1, la, lc,
    sevc, sev, case when sev <> sevc then 'Analyst judgement' end, asg, disp, rn, fra, rva,
    cla, mi, ist, ca, ua from x
),
l as (insert into incident_reports (report_id, incident_id, linked_by, linked_at)
  select ri, ii, asg, ca from x),
e as (
  insert into incident_events (incident_id, kind, actor_user_id, details, created_at)
  select x.ii, ev.kind, x.asg, ev.details, ev.at from x cross join lateral (values
    ('created', jsonb_build_object('severity', x.sevc), x.ca),
    ('report_linked', jsonb_build_object('reportId', x.ri, 'trackingCode', x.tc), x.ca),
    ('status_changed', jsonb_build_object('from', 'new', 'to', x.st), coalesce(x.fra, x.ua))
  ) as ev(kind, details, at)
  where ev.kind <> 'status_changed' or x.st <> 'new'
),
t as (
  insert into incident_tasks (incident_id, title, status, assignee_id, due_at, checklist,
    position, created_by, created_at, updated_at, completed_at)
  select x.ii, (array['Ask the bank to freeze the receiving account',
      'Request takedown of the page or domain'])[g], case when x.st in ('resolved', 'closed')
      then 'done' else 'open' end, x.asg, x.ca + interval '3 days',
    '[{"label":"Letter sent","done":true},{"label":"Answer received","done":false}]'::jsonb,
    g, x.asg, x.ca, x.ua, case when x.st in ('resolved', 'closed') then x.ua end
  from x cross join lateral generate_series(1, x.tk) as g
)
select count(*)::int as n from x`;

/** New observables are created, known ones reused; one sighting per report and value. */
const INSERT_SIGHTINGS = `
with x as (select * from jsonb_to_recordset($1::jsonb) as x(r uuid, i uuid, t text, v text, a timestamptz)),
d as (select t, v, min(a) as a from x group by t, v),
created as (
  insert into observables (type, value, first_seen_at) select t, v, a from d
  on conflict (type, value) do nothing returning id, type, value
),
known as (
  select id, type, value from created
  union all
  select o.id, o.type, o.value from observables o join d on o.type = d.t and o.value = d.v
)
insert into observable_sightings (observable_id, report_id, incident_id, source, created_at)
select k.id, x.r, x.i, 'extracted', x.a from x join known k on k.type = x.t and k.value = x.v`;

export async function generate(sql: SqlClient, options: GenerateOptions): Promise<GenerateResult> {
  const started = performance.now();
  const random = createRandom(options.seed);
  const { log } = options;

  const staffIds = Array.from({ length: STAFF }, () => randomUUID());
  await sql.query(
    `insert into staff_users (id, email, display_name, role, password_hash)
     select id::uuid, 'analyst' || n || '@cert.example.gov.kh', 'Analyst ' || n,
       case when n <= 3 then 'coordinator' else 'analyst' end, 'not-a-hash'
     from jsonb_array_elements_text($1::jsonb) with ordinality as s(id, n)`,
    [JSON.stringify(staffIds)],
  );

  const pool = framePool(random);
  const poolSize = [...pool.values()].reduce((sum, frames) => sum + frames.length, 0);
  log(`text pool: ${poolSize} texts (${((performance.now() - started) / 1000).toFixed(1)} s)`);

  const indicators = createIndicatorSource(random, {
    popularCount: 3_000,
    popularShare: 0.15,
    exponent: 0.8,
  });
  const slotTokens = createTokenCache(100_000);
  const titleTokens = createTokenCache(50_000);
  // Contacts are sealed as the product seals them; the bench never opens them.
  const box = createSecretBox(randomBytes(32));
  const sealedContacts = Array.from({ length: 500 }, (_, n) =>
    box.seal(JSON.stringify({ phone: `0${12_000_000 + n}` }), randomUUID()),
  );
  const salt = random.int(CODE_SPACE);
  const end = options.now.getTime() - HOUR;
  const span = options.years * 365 * DAY;
  const types = INCIDENT_TYPES;
  const typeWeights = TYPE_WEIGHTS;

  const rows: Record<string, number> = {
    incidents: 0,
    reports: 0,
    report_contacts: 0,
    incident_reports: 0,
    incident_events: 0,
    incident_tasks: 0,
    observable_sightings: 0,
  };
  let checked = 0;
  const check = (label: string, text: string, expected: Tokenised, got: Tokenised) => {
    const a = [...new Set(expected.tokens)].sort().join(' ');
    const b = [...new Set(got.tokens)].sort().join(' ');
    const oa = expected.observables.map((o) => o.join(':')).sort();
    const ob = [...new Set(got.observables.map((o) => o.join(':')))].sort();
    if (a !== b || oa.join(' ') !== ob.join(' ')) {
      throw new Error(
        `${label} tokens differ from the product's for:\n${text}\nproduct: ${a}\n${oa.join(' ')}\nbench:   ${b}\n${ob.join(' ')}`,
      );
    }
    checked++;
  };

  function buildBatch(first: number, count: number) {
    const cases: Record<string, unknown>[] = [];
    const sightings: Record<string, unknown>[] = [];
    for (let n = first; n < first + count; n++) {
      const typeId = random.weighted(typeWeights);
      const type = types.find((t) => t.id === typeId)!;
      const lang: Lang = random.chance(0.6) ? 'km' : 'en';
      const frame = random.pick(pool.get(`${typeId}/${lang}`)!);
      const tokens = new Set(frame.tokens);
      const found = new Map<string, readonly [string, string]>();
      for (const o of frame.observables) found.set(o.join(' '), o);
      const text = frame.parts
        .map((part) => {
          if (typeof part === 'string') return part;
          const written = writeIndicator(random, indicators(part.slot), lang);
          const t = slotTokens(written);
          for (const token of t.tokens) tokens.add(token);
          for (const o of t.observables) found.set(o.join(' '), o);
          return written;
        })
        .join(' ');
      const searchText = [...tokens].join(' ');
      if (n < 2_000 || n % 500 === 0) {
        check('report', text, tokenise(text), {
          tokens: [...tokens],
          observables: [...found.values()],
        });
      }

      const created = end - span + Math.floor(((n + random.next()) / options.incidents) * span);
      const ageDays = (end - created) / DAY;
      const status = random.weighted(
        OPEN_WEIGHTS_BY_AGE.find((band) => ageDays < band.maxDays)!.weights,
      );
      const submitted = created - random.between(10 * 60_000, 3 * DAY);
      const closedLike = status === 'resolved' || status === 'closed';
      const settled = Math.min(end, created + random.between(HOUR, 30 * DAY));
      const updated = closedLike ? settled : created + random.next() * (end - created);
      const responded = status === 'new' ? null : created + random.between(HOUR, 2 * DAY);
      const assignee =
        status === 'new' || (status === 'triage' && random.chance(0.5))
          ? null
          : random.pick(staffIds);
      const severity = random.weighted({ low: 35, medium: 40, high: 20, critical: 5 });
      const severityComputed = random.chance(0.08)
        ? random.weighted({ low: 35, medium: 40, high: 20, critical: 5 })
        : severity;
      const code = trackingCode(n, salt);
      const localSubtype = type.localSubtype as LocalSubtype;
      const custom = random.chance(0.35);
      const titleLang: Lang = custom
        ? random.chance(0.8)
          ? lang
          : lang === 'km'
            ? 'en'
            : 'km'
        : random.chance(0.6)
          ? 'km'
          : 'en';
      const label = custom
        ? makeAnalystText(random, titleLang, ANALYST_TITLES)
        : `${LOCAL_SUBTYPES[localSubtype][titleLang]} ·`;
      const title = custom ? label : `${label} ${code}`;
      const summary =
        status !== 'new' && status !== 'triage' && random.chance(0.4)
          ? makeAnalystText(random, titleLang, ANALYST_SUMMARIES)
          : '';
      const incidentTokens = new Set([
        ...titleTokens(label).tokens,
        ...(custom ? [] : [code.toLowerCase()]),
        ...(summary ? titleTokens(summary).tokens : []),
      ]);
      if (n < 2_000 || n % 500 === 0) {
        const product = indexText(title, summary).split(' ').filter(Boolean);
        check(
          'incident',
          `${title}\n${summary}`,
          { tokens: product, observables: [] },
          {
            tokens: [...incidentTokens],
            observables: [],
          },
        );
      }
      const merged =
        status === 'closed' && cases.length > 0 && random.chance(0.005)
          ? (cases[random.int(cases.length)]!.ii as string)
          : null;
      const money = typeId === 'money-scam' || typeId === 'sextortion';
      const incidentId = randomUUID();
      const reportId = randomUUID();
      const hasContact = random.chance(0.6);
      const tasks =
        status !== 'new' && status !== 'triage' && random.chance(0.15) ? random.between(1, 2) : 0;
      cases.push({
        ri: reportId,
        ii: incidentId,
        tc: code,
        it: typeId,
        rc: type.rsit.class,
        rt: type.rsit.type,
        ls: localSubtype,
        d: text,
        lang,
        ch: random.chance(0.88) ? 'web' : 'email',
        rs: closedLike ? 'closed' : 'in_review',
        rst: searchText,
        sa: iso(submitted),
        ct: hasContact ? random.pick(sealedContacts) : null,
        ti: title,
        su: summary,
        st: status,
        tlp: random.weighted({ AMBER: 70, GREEN: 15, 'AMBER+STRICT': 8, CLEAR: 4, RED: 3 }),
        imp: DEFAULT_IMPACT[typeId],
        sec: random.chance(0.9) ? 'individual' : random.pick(['business', 'finance', 'education']),
        prov: random.chance(0.7) ? random.pick(Object.keys(PROVINCES)) : null,
        la: money && random.chance(0.8) ? random.pick([20, 50, 120, 300, 800, 2500]) : null,
        lc: money ? 'USD' : null,
        sev: severity,
        sevc: severityComputed,
        asg: assignee,
        disp: status === 'closed' ? (merged ? 'duplicate:duplicate' : 'incident:confirmed') : null,
        rn: status === 'closed' ? 'Advice given; bank asked to freeze the account.' : null,
        fra: responded === null ? null : iso(Math.min(responded, end)),
        rva: closedLike ? iso(settled) : null,
        cla: status === 'closed' ? iso(settled) : null,
        ca: iso(created),
        ua: iso(Math.max(updated, created)),
        mi: merged,
        // As the product keeps it: the incident's own words, then its report's.
        ist: `${[...incidentTokens].join(' ')} ${searchText}`,
        tk: tasks,
      });
      rows.incidents!++;
      rows.reports!++;
      rows.incident_reports!++;
      rows.incident_events! += status === 'new' ? 2 : 3;
      rows.incident_tasks! += tasks;
      if (hasContact) rows.report_contacts!++;
      for (const [t, v] of found.values()) {
        sightings.push({ r: reportId, i: incidentId, t, v, a: iso(submitted) });
      }
      rows.observable_sightings! += found.size;
    }
    return { cases: JSON.stringify(cases), sightings: JSON.stringify(sightings) };
  }

  const load = async (batch: { cases: string; sightings: string }) => {
    await sql.query('begin');
    try {
      await sql.query(INSERT_CASES, [batch.cases]);
      await sql.query(INSERT_SIGHTINGS, [batch.sightings]);
      await sql.query('commit');
    } catch (error) {
      await sql.query('rollback');
      throw error;
    }
  };

  const loadStarted = performance.now();
  let lastLog = loadStarted;
  let pending: Promise<void> | null = null;
  for (let first = 0; first < options.incidents; first += options.batch) {
    // The next batch is built while the server writes the previous one.
    const batch = buildBatch(first, Math.min(options.batch, options.incidents - first));
    if (pending) await pending;
    // A turn of the event loop, so Ctrl-C is handled between batches (PGlite never waits).
    await new Promise<void>((resolve) => setImmediate(resolve));
    pending = load(batch);
    const now = performance.now();
    if (now - lastLog > 5_000) {
      lastLog = now;
      const done = first;
      const seconds = (now - loadStarted) / 1000;
      const total = Object.values(rows).reduce((sum, n) => sum + n, 0);
      log(
        `  ${done.toLocaleString('en')} / ${options.incidents.toLocaleString('en')} incidents, ` +
          `${Math.round(done / seconds).toLocaleString('en')} incidents/s, ` +
          `${Math.round(total / seconds).toLocaleString('en')} rows/s, ${seconds.toFixed(0)} s`,
      );
    }
  }
  if (pending) await pending;
  const loadSeconds = (performance.now() - loadStarted) / 1000;
  const [observables] = (await sql.query('select count(*)::int as n from observables')).rows as {
    n: number;
  }[];
  rows.observables = observables?.n ?? 0;
  rows.staff_users = STAFF;
  const total = Object.values(rows).reduce((sum, n) => sum + n, 0);
  log(
    `loaded ${total.toLocaleString('en')} rows in ${loadSeconds.toFixed(0)} s ` +
      `(${Math.round(total / loadSeconds).toLocaleString('en')} rows/s); checked ${checked} texts against the product's tokeniser`,
  );
  return { seconds: (performance.now() - started) / 1000, rows, checked, staffIds };
}
