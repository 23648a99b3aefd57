/**
 * Chain-of-custody verification rate (target ≥ 200,000 entries/s): N custody entries
 * (default 1,000,000) over items of realistic histories — an acquisition, then openings,
 * seals, holds, transfers, checks — verified by `verifyCustodyChain`, the function the
 * product's verify endpoint and scheduled job call, with the audit chain's hashes.
 *
 *   - in memory: items generated and linked in batches (not timed), each batch verified
 *     item by item (timed); two shapes: 10 entries an item, and 1,000 an item;
 *   - optionally from a database (--database-url for PostgreSQL, --pglite for embedded):
 *     the entries inserted in a scratch database, then read back item batch by item batch
 *     with the job's repository functions and verified (bytes are not re-hashed here:
 *     that is disk speed, see "Upload hashing").
 *
 *   node bench/custody-verify.bench.ts [--entries N] [--runs 3] [--database-url URL]
 *     [--pglite] [--db-entries N] [--max-seconds 120]
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import {
  EMPTY_CUSTODY_HEAD,
  linkCustodyEntry,
  verifyCustodyChain,
  type CustodyEntry,
  type CustodyExpectation,
} from '../src/domain/evidence/custody-chain.ts';
import { chainHashes } from '../src/modules/audit/audit-crypto.ts';
import { evidenceItems } from '../src/modules/evidence/evidence.table.ts';
import { listCustodyOfItems } from '../src/modules/evidence/custody.repository.ts';
import { listEvidenceAfter } from '../src/modules/evidence/evidence.repository.ts';
import { VERIFY_BATCH } from '../src/modules/evidence/evidence-integrity.ts';
import { openDatabase, type Database } from '../src/platform/db/database.ts';
import { migrateDatabase } from '../src/platform/db/migrate.ts';

const { values: args } = parseArgs({
  options: {
    entries: { type: 'string', default: '1000000' },
    runs: { type: 'string', default: '3' },
    'database-url': { type: 'string' },
    pglite: { type: 'boolean', default: false },
    'db-entries': { type: 'string' },
    'max-seconds': { type: 'string', default: '120' },
  },
});
const total = Number(args.entries);
const runs = Number(args.runs);
const dbTotal = Number(args['db-entries'] ?? args.entries);
const maxSeconds = Number(args['max-seconds']);
const TARGET = 200_000;
const n = (value: number) => Math.round(value).toLocaleString('en-US');
const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const rows: string[] = [];
function row(what: string, entries: number, seconds: number, note: string) {
  const rate = entries / seconds;
  rows.push(
    `| ${what} | ${n(entries)} | ${seconds.toFixed(2)} s | ${n(rate)} | ${rate >= TARGET ? 'yes' : '**no**'} | ${note} |`,
  );
  console.log(`${what}: ${n(entries)} entries in ${seconds.toFixed(2)} s = ${n(rate)} entries/s`);
}

const USERS = Array.from({ length: 40 }, () => randomUUID());
const PURPOSES = [
  'triage',
  'ការវិភាគ',
  'court order 12/2026',
  'referral to the Cybercrime Office',
  null,
];
const AFTER_ACQUISITION = [
  'downloaded',
  'viewed',
  'downloaded',
  'viewed',
  'transferred',
  'sealed',
  'unsealed',
  'hold_placed',
  'hold_released',
  'verified',
] as const;

type Item = CustodyExpectation & { entries: CustodyEntry[] };

/** One item with `count` entries, as the product writes them, linked. */
function makeItem(count: number, start: number): Item {
  const evidenceId = randomUUID();
  const sha256 = randomBytes(32).toString('hex');
  const entries: CustodyEntry[] = [];
  let head = EMPTY_CUSTODY_HEAD;
  for (let i = 0; i < count; i++) {
    const acquired = i === 0;
    const action = acquired
      ? 'acquired'
      : AFTER_ACQUISITION[(i * 7 + start) % AFTER_ACQUISITION.length]!;
    const entry = linkCustodyEntry(
      head,
      {
        evidenceId,
        occurredAt: new Date(Date.UTC(2026, 0, 1) + start * 60_000 + i * 1500).toISOString(),
        action,
        actorKind: acquired ? 'public' : 'staff',
        actorUserId: acquired ? null : USERS[(start + i) % USERS.length]!,
        purpose: acquired ? null : PURPOSES[(start + i) % PURPOSES.length]!,
        details: acquired
          ? {
              sha256,
              size: 48_213 + start,
              contentType: 'image/jpeg',
              originalName: 'រូបថតអេក្រង់ 2026-01-12.jpg',
              displaySha256: randomBytes(32).toString('hex'),
              source: 'public-report',
              method: 'reporter_upload',
              tool: null,
              reportId: randomUUID(),
              incidentId: null,
              acquiredAt: '2026-01-12T04:05:06.789Z',
              fileModifiedAt: null,
            }
          : action === 'transferred'
            ? { to: 'Cybercrime Office, National Police' }
            : action === 'downloaded' || action === 'viewed'
              ? { variant: action === 'viewed' ? 'display' : 'original', sha256 }
              : {},
      },
      chainHashes,
    );
    entries.push(entry);
    head = { seq: entry.seq, hash: entry.hash };
  }
  return { evidenceId, sha256, head, entries };
}

/** Verifies `total` entries in items of `perItem`, generating a batch at a time. */
function inMemory(perItem: number): number {
  const itemsPerBatch = Math.max(1, Math.floor(50_000 / perItem));
  let verified = 0;
  let seconds = 0;
  let start = 0;
  while (verified < total) {
    const batch: Item[] = [];
    for (let i = 0; i < itemsPerBatch && verified + batch.length * perItem < total; i++) {
      batch.push(makeItem(perItem, start++));
    }
    const began = performance.now();
    for (const item of batch) {
      const result = verifyCustodyChain(item, item.entries, chainHashes);
      if (!result.ok) throw new Error(result.problems[0]?.message);
      verified += result.entries;
    }
    seconds += (performance.now() - began) / 1000;
  }
  return seconds;
}

async function adminQuery(serverUrl: string, statement: string) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** Fills a migrated database with items and their entries, 10 an item. */
async function fill(database: Database): Promise<void> {
  const perItem = 10;
  const began = performance.now();
  for (let done = 0; done < dbTotal;) {
    const items = Array.from({ length: Math.min(2000, (dbTotal - done) / perItem) }, (_, i) =>
      makeItem(perItem, done / perItem + i),
    );
    if (items.length === 0) break;
    await database.db.insert(evidenceItems).values(
      items.map((item) => ({
        id: item.evidenceId,
        sha256: item.sha256,
        sizeBytes: 48_213,
        contentType: 'image/jpeg',
        originalName: 'រូបថតអេក្រង់ 2026-01-12.jpg',
        source: 'public-report' as const,
        acquiredByKind: 'public' as const,
        acquisitionMethod: 'reporter_upload' as const,
        custodySeq: item.head.seq,
        custodyHash: item.head.hash,
      })),
    );
    const entries = items.flatMap((item) => item.entries);
    // One JSON parameter per 5,000 rows: far fewer bind parameters than a VALUES list.
    for (let at = 0; at < entries.length; at += 5000) {
      const batch = JSON.stringify(entries.slice(at, at + 5000));
      await database.db.execute(
        sql`insert into evidence_custody (evidence_id, seq, occurred_at, action, actor_kind,
              actor_user_id, purpose, details, prev_hash, hash)
            select "evidenceId", seq, "occurredAt", action, "actorKind", "actorUserId", purpose,
              details, "prevHash", hash
            from json_to_recordset(${batch}::json) as x("evidenceId" uuid, seq int,
              "occurredAt" timestamptz, action text, "actorKind" text, "actorUserId" uuid,
              purpose text, details jsonb, "prevHash" text, hash text)`,
      );
    }
    done += entries.length;
  }
  console.log(
    `  filled ${n(dbTotal)} entries in ${((performance.now() - began) / 1000).toFixed(1)} s`,
  );
}

/** Reads item batches as the scheduled job does and verifies their chains. */
async function fromDatabase(database: Database, label: string): Promise<void> {
  const began = performance.now();
  let entries = 0;
  let reading = 0;
  let after: string | null = null;
  for (;;) {
    const readBegan = performance.now();
    const items = await listEvidenceAfter(database.db, after, VERIFY_BATCH);
    if (items.length === 0) break;
    after = items.at(-1)!.id;
    const custody = await listCustodyOfItems(
      database.db,
      items.map((item) => item.id),
    );
    reading += performance.now() - readBegan;
    for (const item of items) {
      const result = verifyCustodyChain(
        {
          evidenceId: item.id,
          sha256: item.sha256,
          head: { seq: item.custodySeq, hash: item.custodyHash },
        },
        custody.get(item.id) ?? [],
        chainHashes,
      );
      if (!result.ok) throw new Error(result.problems[0]?.message);
      entries += result.entries;
    }
    if ((performance.now() - began) / 1000 > maxSeconds) {
      console.log(`  stopped after ${maxSeconds} s (--max-seconds)`);
      break;
    }
  }
  const seconds = (performance.now() - began) / 1000;
  row(
    `${label}: read in batches of ${VERIFY_BATCH} items + verified`,
    entries,
    seconds,
    `the job’s read path, bytes not re-hashed; reading ${(reading / 1000).toFixed(2)} s, ` +
      `verifying ${(seconds - reading / 1000).toFixed(2)} s`,
  );
}

console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}`);
console.log(
  `load average at start: ${loadavg()
    .map((v) => v.toFixed(2))
    .join(' ')}`,
);

for (const perItem of [10, 1000]) {
  const times: number[] = [];
  for (let run = 0; run < runs; run++) times.push(inMemory(perItem));
  row(`in memory, ${perItem} entries an item`, total, median(times), `${runs} runs, median`);
}

const serverUrl = args['database-url'];
if (serverUrl) {
  const name = `karpear_bench_custody_${process.pid}`;
  await adminQuery(serverUrl, `create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ databaseUrl: url.toString() });
  try {
    await migrateDatabase(database);
    await fill(database);
    await fromDatabase(database, 'PostgreSQL 15');
  } finally {
    await database.close();
    await adminQuery(serverUrl, `drop database if exists ${name} with (force)`);
  }
}
if (args.pglite) {
  const dir = mkdtempSync(path.join(tmpdir(), 'karpear-custody-bench-'));
  const database = await openDatabase({ pgliteDir: path.join(dir, 'pglite') });
  try {
    await migrateDatabase(database);
    await fill(database);
    await fromDatabase(database, 'PGlite');
  } finally {
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

console.log('');
console.log(
  `load average at end: ${loadavg()
    .map((v) => v.toFixed(2))
    .join(' ')}`,
);
console.log('| verification | entries | time | entries/s | ≥ 200,000/s | notes |');
console.log('| --- | ---: | ---: | ---: | --- | --- |');
for (const line of rows) console.log(line);
