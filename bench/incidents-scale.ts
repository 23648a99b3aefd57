/**
 * Incidents at scale: a fresh database migrated with the product's migrations is filled
 * with N incidents (default 1,000,000), each with its report in Khmer (~60 %) or English,
 * the report's observables and their sightings; then the queue page, full-text search and
 * observable lookup are timed through the product's services (p50/p95/p99/max).
 * Targets on PostgreSQL: search p95 < 100 ms, observable lookup p95 < 10 ms, queue page
 * p95 < 100 ms.
 *
 *   node bench/incidents-scale.ts --database-url postgres://user:pass@127.0.0.1:5432/postgres
 *   node bench/incidents-scale.ts                     # PGlite in a temp directory
 *   node bench/incidents-scale.ts --quick             # 20,000 incidents, a smoke run
 *
 * Options: --incidents N, --batch N (rows a statement, 5000), --iterations N (200 a
 * measurement, each stopped after --max-seconds, 60), --seed N, --explain FILE (EXPLAIN
 * (ANALYZE, BUFFERS) of every statement the slowest and the fastest case of each
 * measurement send), --json FILE, --keep (leave the
 * scratch database or directory for a look), --existing (measure the database at
 * --database-url, or the PGlite directory at --pglite-dir, as it is: nothing generated,
 * nothing dropped).
 *
 * With --database-url, a scratch database karpear_bench_<pid> is created on that server
 * (the role must be allowed to create databases) and dropped at the end; PGlite runs in a
 * temp directory deleted at the end. Both stop by themselves.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';
import { openDatabase, type Database, type Db } from '../src/platform/db/database.ts';
import { migrateDatabase } from '../src/platform/db/migrate.ts';
import { createSecretBox } from '../src/platform/crypto/secret-box.ts';
import { createServices } from '../src/services.ts';
import { generate, type GenerateResult, type SqlClient } from './incidents-scale/generate.ts';
import {
  createStatementLog,
  explainAll,
  findProbes,
  measure,
  measurements,
  type MeasurementResult,
} from './incidents-scale/measure.ts';

const { values: args } = parseArgs({
  options: {
    incidents: { type: 'string' },
    quick: { type: 'boolean', default: false },
    'database-url': { type: 'string' },
    'pglite-dir': { type: 'string' },
    batch: { type: 'string', default: '5000' },
    iterations: { type: 'string', default: '200' },
    'max-seconds': { type: 'string', default: '60' },
    seed: { type: 'string', default: '20261124' },
    explain: { type: 'string' },
    json: { type: 'string' },
    keep: { type: 'boolean', default: false },
    existing: { type: 'boolean', default: false },
  },
});

const incidents = Number(args.incidents ?? (args.quick ? 20_000 : 1_000_000));
const serverUrl = args['database-url'];
const engine = serverUrl ? 'PostgreSQL' : 'PGlite';
const log = (line: string) => console.log(line);
const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;

let cleanup: (() => Promise<void>) | null = null;
const runCleanup = async () => {
  const pending = cleanup;
  cleanup = null;
  await pending?.();
};
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    log(`${signal}: cleaning up`);
    void runCleanup().finally(() => process.exit(130));
  });
}

async function adminQuery(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

type Opened = { database: Database; sql: SqlClient; label: string; closeSql: () => Promise<void> };

async function open(): Promise<Opened> {
  if (serverUrl) {
    let url = serverUrl;
    if (!args.existing) {
      const name = `karpear_bench_${process.pid}`;
      await adminQuery(serverUrl, `create database ${name}`);
      const target = new URL(serverUrl);
      target.pathname = `/${name}`;
      url = target.toString();
      cleanup = async () => {
        if (args.keep) log(`kept database ${name}`);
        else await adminQuery(serverUrl, `drop database if exists ${name} with (force)`);
      };
    }
    const database = await openDatabase({ databaseUrl: url });
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    // The loader's own session only: each batch is a transaction of its own.
    await client.query('set synchronous_commit = off');
    return {
      database,
      sql: client,
      label: new URL(url).pathname.slice(1),
      closeSql: () => client.end(),
    };
  }
  let dir = args['pglite-dir'];
  if (!dir || !args.existing) {
    const parent = mkdtempSync(path.join(tmpdir(), 'karpear-incidents-bench-'));
    dir = path.join(parent, 'pgdata');
    cleanup = async () => {
      if (args.keep) log(`kept PGlite directory ${dir}`);
      else rmSync(parent, { recursive: true, force: true });
    };
  }
  const database = await openDatabase({ pgliteDir: dir });
  if (database.driver.kind !== 'pglite') throw new Error('expected PGlite');
  return { database, sql: database.driver.client, label: dir, closeSql: async () => {} };
}

/** The same driver with a logger, for --explain: the services then report their SQL. */
function loggingDb(database: Database, logger: ReturnType<typeof createStatementLog>['logger']) {
  return (database.driver.kind === 'postgres'
    ? drizzlePg({ client: database.driver.pool, logger })
    : drizzlePglite({ client: database.driver.client, logger })) as unknown as Db;
}

/** Which version of the product is measured: the commit, and whether the tree differs. */
function commitOf(): string {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' });
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'src', 'migrations'], {
      encoding: 'utf8',
    });
    return `${head.trim()}${dirty.trim() ? ' with uncommitted changes in src/ or migrations/' : ''}`;
  } catch {
    return 'unknown (no git)';
  }
}

const fmt = (ms: number) => (ms >= 100 ? ms.toFixed(0) : ms.toFixed(1));

function printResults(results: MeasurementResult[]) {
  log('');
  log('| measurement | target p95 | calls | p50 | p95 | p99 | max | met |');
  log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |');
  for (const r of results) {
    log(
      `| ${r.name} | < ${r.targetMs} ms | ${r.n}${r.stoppedByTime ? ' (60 s)' : ''} | ${fmt(r.p50)} ms | ${fmt(r.p95)} ms | ${fmt(r.p99)} ms | ${fmt(r.max)} ms | ${r.p95 < r.targetMs ? 'yes' : '**no**'} |`,
    );
  }
  log('');
  log('| measurement | case | calls | p50 | max | result |');
  log('| --- | --- | ---: | ---: | ---: | --- |');
  for (const r of results) {
    for (const c of r.cases) {
      log(`| ${r.name} | ${c.label} | ${c.n} | ${fmt(c.p50)} ms | ${fmt(c.max)} ms | ${c.note} |`);
    }
  }
}

async function main() {
  const cpu = cpus()[0]?.model ?? 'cpu';
  log(
    `machine: ${cpus().length} × ${cpu}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`,
  );
  log(`code: ${commitOf()}`);
  log(
    `${engine}: ${args.existing ? 'existing database' : `${incidents.toLocaleString('en')} incidents`}`,
  );
  const opened = await open();
  const { database, sql } = opened;
  try {
    const [version] = (await sql.query('select version() as v')).rows as { v: string }[];
    log(`server: ${version?.v ?? '?'} (${opened.label})`);
    let generated: GenerateResult | null = null;
    let vacuumSeconds = 0;
    if (!args.existing) {
      const migrated = performance.now();
      await migrateDatabase(database);
      log(`migrated in ${((performance.now() - migrated) / 1000).toFixed(1)} s`);
      generated = await generate(sql, {
        incidents,
        batch: Number(args.batch),
        seed: Number(args.seed),
        now: new Date(),
        years: 4,
        log,
      });
      const vacuumStarted = performance.now();
      // What autovacuum would have done by now: statistics, visibility map, GIN pending lists.
      await sql.query('vacuum (analyze)');
      vacuumSeconds = (performance.now() - vacuumStarted) / 1000;
      log(`vacuum (analyze) in ${vacuumSeconds.toFixed(0)} s`);
    }
    const [size] = (await sql.query('select pg_database_size(current_database())::bigint as b'))
      .rows as { b: string | number }[];
    const sizes = (
      await sql.query(
        `select relname as name, pg_total_relation_size(c.oid)::bigint as b,
           (select count(*) from pg_index i where i.indrelid = c.oid)::int as indexes
         from pg_class c join pg_namespace n on n.oid = c.relnamespace
         where n.nspname = 'public' and c.relkind = 'r' order by b desc limit 9`,
      )
    ).rows as { name: string; b: string | number; indexes: number }[];
    log(`database size: ${mib(Number(size?.b ?? 0))}`);
    for (const row of sizes)
      log(`  ${row.name}: ${mib(Number(row.b))} (with ${row.indexes} indexes)`);

    const services = createServices({
      db: database.db,
      secretBox: createSecretBox(randomBytes(32)),
      publicUrl: 'http://127.0.0.1:8080',
    });
    const probes = await findProbes(sql);
    // Other work on the machine shows here: two cores are shared by Node and the server.
    log(
      `load average before measuring: ${loadavg()
        .map((n) => n.toFixed(2))
        .join(' ')}`,
    );
    const list = measurements(probes);
    const results: MeasurementResult[] = [];
    for (const measurement of list) {
      const result = await measure(services, measurement, {
        iterations: Number(args.iterations),
        maxSeconds: Number(args['max-seconds']),
      });
      log(
        `${result.name}: p50 ${fmt(result.p50)} ms, p95 ${fmt(result.p95)} ms, p99 ${fmt(result.p99)} ms (${result.n} calls)`,
      );
      results.push(result);
    }
    printResults(results);
    const rss = process.resourceUsage().maxRSS * 1024;
    log('');
    if (generated) {
      const total = Object.values(generated.rows).reduce((sum, n) => sum + n, 0);
      log(
        `generation: ${generated.seconds.toFixed(0)} s for ${total.toLocaleString('en')} rows, then vacuum (analyze) ${vacuumSeconds.toFixed(0)} s; ` +
          Object.entries(generated.rows)
            .map(([table, n]) => `${table} ${n.toLocaleString('en')}`)
            .join(', '),
      );
    }
    log(`database size ${mib(Number(size?.b ?? 0))}; bench process peak RSS ${mib(rss)}`);
    log(
      `load average after measuring: ${loadavg()
        .map((n) => n.toFixed(2))
        .join(' ')}`,
    );

    if (args.explain) {
      const statementLog = createStatementLog();
      const explained = createServices({
        db: loggingDb(database, statementLog.logger),
        secretBox: createSecretBox(randomBytes(32)),
        publicUrl: 'http://127.0.0.1:8080',
      });
      await explainAll(explained, statementLog.statements, sql, list, results, args.explain);
      log(`EXPLAIN (ANALYZE, BUFFERS) of the slowest and fastest cases: ${args.explain}`);
    }
    if (args.json) {
      writeFileSync(
        args.json,
        JSON.stringify(
          { engine, incidents, generated, vacuumSeconds, sizeBytes: Number(size?.b), results },
          null,
          2,
        ),
      );
    }
  } finally {
    await opened.closeSql();
    await database.close();
    await runCleanup();
  }
}

await main();
