import { sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';

/**
 * Lists with few matches are ordered here rather than by PostgreSQL.
 *
 * A list reads its rows by walking an index in its own order and stops at a page: quick
 * when matches are dense, slow when a rare word or filter makes it walk far between them
 * (each row's search words are read to test it). The list therefore first asks for its
 * matches without an order, up to a cap, which PostgreSQL answers from the index that finds
 * them; when they are all there, they are ordered here by a sort key computed in SQL and
 * only the page's rows are read. Only when there are more than the cap does the list walk.
 */

/** A timestamp as text that sorts as the time does (UTC, to the microsecond). */
export const timeSortKey = (column: AnyPgColumn | SQL): SQL<string> =>
  sql<string>`to_char(${column} at time zone 'UTC', 'YYYYMMDDHH24MISSUS')`;

export type Candidate = { id: string; sortKey: string };

/**
 * The ids of one page of candidates, ordered by sort key then id in the given direction,
 * as `order by key <dir>, id <dir>` would (uuids compare as their lower-case text).
 */
export function pageOfCandidates(
  candidates: readonly Candidate[],
  direction: 'asc' | 'desc',
  offset: number,
  limit: number,
): string[] {
  const sign = direction === 'asc' ? 1 : -1;
  const compare = (a: Candidate, b: Candidate) =>
    sign *
    (a.sortKey < b.sortKey
      ? -1
      : a.sortKey > b.sortKey
        ? 1
        : a.id < b.id
          ? -1
          : a.id > b.id
            ? 1
            : 0);
  return [...candidates]
    .sort(compare)
    .slice(offset, offset + limit)
    .map((candidate) => candidate.id);
}

/** Rows in the order of `ids` (a page read by id comes back in any order). */
export function inOrderOf<Row extends { id: string }>(
  rows: readonly Row[],
  ids: readonly string[],
) {
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}
