import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/node-postgres';
import type pg from 'pg';
import { queryRows, type Database, type Db } from '../../platform/db/database.ts';
import type { AuditChainEvent } from '../../domain/audit/audit-chain.ts';
import type { JsonValue } from '../../domain/audit/canonical-json.ts';

/**
 * One consistent, read-only view of the audit chain, for verifying or exporting it while
 * the server keeps writing: `db` for the head and checkpoints, `readPage` for the events.
 */
export type ChainSnapshot = {
  db: Db;
  /** The chained events after `afterSeq`, in seq order, at most `limit`. */
  readPage(afterSeq: number, limit: number): Promise<AuditChainEvent[]>;
};

type ChainTuple = [
  seq: number | string,
  prevHash: string,
  hash: string,
  /** Epoch milliseconds, or the ISO text already. */
  occurredAt: number | string,
  action: string,
  outcome: string,
  actorKind: string,
  actorUserId: string | null,
  targetType: string | null,
  targetId: string | null,
  requestId: string | null,
  ip: string | null,
  details: { [key: string]: JsonValue } | string,
];

// Times as epoch milliseconds (cut, as the writer's are), addresses and ids in
// PostgreSQL's text form: exactly what was hashed.
const MILLISECONDS = sql`floor(extract(epoch from occurred_at) * 1000)::float8`;

const fromTuple = (row: ChainTuple): AuditChainEvent => ({
  seq: Number(row[0]),
  prevHash: row[1],
  hash: row[2],
  occurredAt: typeof row[3] === 'string' ? row[3] : new Date(row[3]).toISOString(),
  action: row[4],
  outcome: row[5],
  actorKind: row[6],
  actorUserId: row[7],
  targetType: row[8],
  targetId: row[9],
  requestId: row[10],
  ip: row[11],
  details:
    typeof row[12] === 'string' ? (JSON.parse(row[12]) as { [key: string]: JsonValue }) : row[12],
});

/**
 * PGlite decodes result rows field by field in JavaScript, the slowest part of reading:
 * the page comes as one JSON array of arrays instead (five times faster there).
 */
async function readPageAsJson(db: Db, afterSeq: number, limit: number) {
  const [page] = await queryRows<{ page: string | null }>(
    db,
    sql`select json_agg(json_build_array(seq, prev_hash, hash, ${MILLISECONDS}, action,
        outcome, actor_kind, actor_user_id, target_type, target_id, request_id, ip, details)
        order by seq)::text as page
      from (select * from audit_events where seq > ${afterSeq} order by seq limit ${limit}) as p`,
  );
  return page?.page ? (JSON.parse(page.page) as ChainTuple[]).map(fromTuple) : [];
}

/** PostgreSQL builds JSON slowly but sends plain rows fast: rows as arrays, then. */
async function readPageAsRows(client: pg.PoolClient, afterSeq: number, limit: number) {
  const result = await client.query<ChainTuple>({
    text: `select seq, prev_hash, hash,
        to_char(occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
        action, outcome, actor_kind, actor_user_id, target_type, target_id, request_id, ip,
        details::text
      from audit_events where seq > $1 order by seq limit $2`,
    values: [afterSeq, limit],
    rowMode: 'array',
  });
  return result.rows.map(fromTuple);
}

/** Runs `work` on one repeatable-read, read-only snapshot of the database. */
export async function withChainSnapshot<T>(
  database: Pick<Database, 'db' | 'driver'>,
  work: (snapshot: ChainSnapshot) => Promise<T>,
): Promise<T> {
  if (database.driver.kind === 'pglite') {
    return database.db.transaction(
      (tx) => work({ db: tx, readPage: (after, limit) => readPageAsJson(tx, after, limit) }),
      { isolationLevel: 'repeatable read', accessMode: 'read only' },
    );
  }
  // One connection of the pool, so that drizzle's queries and the raw page reads share
  // the transaction and its snapshot.
  const client = await database.driver.pool.connect();
  try {
    await client.query('begin isolation level repeatable read read only');
    const db = drizzle({ client }) as unknown as Db;
    const result = await work({
      db,
      readPage: (after, limit) => readPageAsRows(client, after, limit),
    });
    await client.query('commit');
    return result;
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
