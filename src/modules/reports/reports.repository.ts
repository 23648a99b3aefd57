import { and, asc, desc, eq, getTableColumns, inArray, ne, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import type { ReportListQuery, ReportStatus } from '../../domain/reports/report.schemas.ts';
import { inOrderOf, pageOfCandidates, timeSortKey } from '../../platform/db/few-matches.ts';
import { reportContacts, reportMessages, reports } from './reports.table.ts';

export type ReportRow = typeof reports.$inferSelect;
export type NewReportRow = typeof reports.$inferInsert;
/** A report as lists show it: without its search words, which are large and never shown. */
export type ReportListRow = Omit<ReportRow, 'searchText' | 'searchVector'>;

const {
  searchText: _searchText,
  searchVector: _searchVector,
  ...listColumns
} = getTableColumns(reports);

/**
 * Lists count matches up to this many past the page asked for, then say "1,000+":
 * counting every report with a common word reads the whole table.
 */
const TOTAL_CAP = 1_000;

/** Inserts a report; null when its tracking code is already taken. */
export async function insertReportUnlessCodeTaken(
  db: Db,
  report: NewReportRow,
): Promise<ReportRow | null> {
  const [row] = await db
    .insert(reports)
    .values(report)
    .onConflictDoNothing({ target: reports.trackingCode })
    .returning();
  return row ?? null;
}

export async function insertReportContact(db: Db, reportId: string, sealed: string) {
  await db.insert(reportContacts).values({ reportId, sealed });
}

export async function findReportByTrackingCode(db: Db, code: string): Promise<ReportRow | null> {
  const [row] = await db.select().from(reports).where(eq(reports.trackingCode, code));
  return row ?? null;
}

export type ReportWithContact = { report: ReportRow; sealedContact: string | null };

export async function findReportById(db: Db, id: string): Promise<ReportWithContact | null> {
  const [row] = await db
    .select({ report: reports, sealedContact: reportContacts.sealed })
    .from(reports)
    .leftJoin(reportContacts, eq(reportContacts.reportId, reports.id))
    .where(eq(reports.id, id));
  return row ?? null;
}

/** A full-text condition on a search_text column; `tsQuery` is built by tsQueryOf. */
export const matchesText = (tsQuery: string): SQL =>
  sql`${reports.searchVector} @@ to_tsquery('simple', ${tsQuery})`;

/** What a search asks for: the reports' words, or one report by its tracking code. */
export type ReportMatch = { tsQuery: string } | { trackingCode: string };

function reportConditions(query: ReportListQuery, match: ReportMatch | null): SQL[] {
  // A tracking code names one report: the queue's other filters do not hide it.
  if (match && 'trackingCode' in match) return [eq(reports.trackingCode, match.trackingCode)];
  const conditions: SQL[] = [];
  if (query.status !== 'all') conditions.push(eq(reports.status, query.status));
  if (query.incidentType) conditions.push(eq(reports.incidentType, query.incidentType));
  if (query.channel) conditions.push(eq(reports.channel, query.channel));
  if (query.language) conditions.push(eq(reports.language, query.language));
  if (match) conditions.push(matchesText(match.tsQuery));
  return conditions;
}

/** The triage queue: reports by status and filters, newest (or oldest) first. */
export async function listReports(
  db: Db,
  query: ReportListQuery,
  match: ReportMatch | null,
): Promise<{
  rows: (ReportListRow & { hasContact: boolean })[];
  total: number;
  totalCapped: boolean;
}> {
  const where = and(...reportConditions(query, match));
  const direction = query.sort === 'oldest' ? 'asc' : 'desc';
  const cap = query.offset + TOTAL_CAP;
  const candidates = await db
    .select({ id: reports.id, sortKey: timeSortKey(reports.submittedAt) })
    .from(reports)
    .where(where)
    .limit(cap + 1);
  if (candidates.length <= cap) {
    const ids = pageOfCandidates(candidates, direction, query.offset, query.limit);
    const rows = ids.length > 0 ? await selectListRows(db, inArray(reports.id, ids)) : [];
    return { rows: inOrderOf(rows, ids), total: candidates.length, totalCapped: false };
  }
  const by = direction === 'asc' ? asc : desc;
  const rows = await selectListRows(db, where)
    .orderBy(by(reports.submittedAt), by(reports.id))
    .limit(query.limit)
    .offset(query.offset);
  return { rows, total: cap, totalCapped: true };
}

/** Reports as lists show them, and whether their sender left a way to be reached. */
function selectListRows(db: Db, where: SQL | undefined) {
  // A subquery rather than a join: computed for the page's rows only.
  const hasContact = sql<boolean>`exists (select 1 from report_contacts c
    where c.report_id = "reports"."id")`;
  return db
    .select({ ...listColumns, hasContact })
    .from(reports)
    .where(where)
    .$dynamic();
}

/** The search tokens of reports, for the incidents they are part of. */
export async function searchTextsOf(db: Db, ids: readonly string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select({ text: reports.searchText })
    .from(reports)
    .where(inArray(reports.id, [...ids]));
  return rows.map((row) => row.text);
}

export type ReportMessageRow = typeof reportMessages.$inferSelect;

export async function insertReportMessage(
  db: Db,
  message: {
    reportId: string;
    author: 'cert' | 'reporter';
    authorUserId: string | null;
    body: string;
  },
): Promise<ReportMessageRow> {
  const [row] = await db.insert(reportMessages).values(message).returning();
  if (!row) throw new Error('insert returned no row');
  await db
    .update(reports)
    .set({ updatedAt: sql`now()` })
    .where(eq(reports.id, message.reportId));
  return row;
}

export function listReportMessages(db: Db, reportId: string): Promise<ReportMessageRow[]> {
  return db
    .select()
    .from(reportMessages)
    .where(eq(reportMessages.reportId, reportId))
    .orderBy(asc(reportMessages.createdAt), asc(reportMessages.id));
}

export async function markReportWithdrawn(db: Db, reportId: string): Promise<ReportRow> {
  const [row] = await db
    .update(reports)
    .set({ status: 'withdrawn', withdrawnAt: sql`now()`, updatedAt: sql`now()` })
    .where(eq(reports.id, reportId))
    .returning();
  if (!row) throw new Error('update returned no row');
  return row;
}

export async function findReportsByIds(
  db: Db,
  ids: readonly string[],
): Promise<(ReportListRow & { hasContact: boolean })[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select({
      report: listColumns,
      hasContact: sql<boolean>`${reportContacts.reportId} is not null`,
    })
    .from(reports)
    .leftJoin(reportContacts, eq(reportContacts.reportId, reports.id))
    .where(inArray(reports.id, [...ids]));
  return rows.map((row) => ({ ...row.report, hasContact: Boolean(row.hasContact) }));
}

/** Sets the status of reports that are not withdrawn: a reporter's withdrawal stands. */
export async function setReportsStatus(
  db: Db,
  ids: readonly string[],
  status: ReportStatus,
): Promise<void> {
  if (ids.length === 0) return;
  await db
    .update(reports)
    .set({ status, updatedAt: sql`now()` })
    .where(and(inArray(reports.id, [...ids]), ne(reports.status, 'withdrawn')));
}

export function listMessagesOfReports(
  db: Db,
  reportIds: readonly string[],
  author: 'cert' | 'reporter',
): Promise<ReportMessageRow[]> {
  if (reportIds.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(reportMessages)
    .where(and(inArray(reportMessages.reportId, [...reportIds]), eq(reportMessages.author, author)))
    .orderBy(asc(reportMessages.createdAt), asc(reportMessages.id));
}
