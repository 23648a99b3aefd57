import { IMMEDIATE_ADVICE } from '../../domain/reports/advice.ts';
import {
  publicStatusOf,
  type PublicReportBody,
  type PublicReportCreated,
  type ReportChannel,
  type ReportDetail,
  type ReporterMessage,
  type ReportList,
  type ReportListQuery,
  type StaffMessageBody,
} from '../../domain/reports/report.schemas.ts';
import {
  formatReporterSecret,
  formatTrackingCode,
  REPORTER_SECRET_LENGTH,
  TRACKING_CODE_LENGTH,
  normaliseTrackingCode,
} from '../../domain/reports/tracking-code.ts';
import { getIncidentType } from '../../domain/taxonomy/incident-types.ts';
import { indexText, searchQueryTerms, tsQueryOf } from '../../domain/search/search-text.ts';
import { extractObservables } from '../../domain/observables/extract-observables.ts';
import type { RequestContext } from '../../platform/context.ts';
import type { Db } from '../../platform/db/database.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { AppError } from '../../platform/errors.ts';
import { hasPermission, requirePermission } from '../../platform/authorize.ts';
import type { SecretBox } from '../../platform/crypto/secret-box.ts';
import { hashToken, randomCode } from '../../platform/crypto/tokens.ts';
import type { AuditService } from '../audit/index.ts';
import type { ObservablesService } from '../observables/index.ts';
import { createReporterFollowUp } from './reporter-follow-up.ts';
import { createReportHandling } from './report-handling.ts';
import { openContact, sealContact } from './report-contact.ts';
import type { NotifyReporterPayload } from './reporter-notifications.ts';
import { presentDetail, presentSummary, reportObservables } from './reports.presenter.ts';
import {
  findReportById,
  insertReportContact,
  insertReportUnlessCodeTaken,
  listReportMessages,
  listReports,
  searchTextsOf,
} from './reports.repository.ts';

export type ReportsDeps = {
  db: Db;
  audit: AuditService;
  secretBox: SecretBox;
  /** Items of evidence a report holds (the evidence module answers). */
  countEvidence: (reportId: string) => Promise<number>;
  /** Where the observables a report names are kept, for correlation. */
  observables: ObservablesService;
  onReporterMessage?: (tx: Db, reportId: string) => Promise<void>;
  /** The incident holding a report, if any (the incidents module answers). */
  incidentOfReport?: (tx: Db, reportId: string) => Promise<ReportDetail['incident']>;
  /** Queues the "news about your report" e-mail in the caller's transaction (server only). */
  notifyReporter?: (tx: Db, payload: NotifyReporterPayload) => Promise<void>;
};

/** Where a report came from: the channel, and for the API, the organisation. */
export type ReportOrigin = {
  channel: ReportChannel;
  organisationId?: string;
  externalReference?: string;
  observables?: { type: string; value: string }[];
  /** More text to find observables in, kept nowhere else (an e-mail's text attachments). */
  observableTexts?: readonly string[];
};

export type ReportsService = ReturnType<typeof createReportsService>;

/**
 * What full-text search finds a report by: its description, its written answers, and the
 * normalised values of its observables (an account number typed as an answer has no
 * "ABA" next to it, yet is an account; the observable says so).
 */
const reportSearchText = (
  description: string,
  details: Record<string, unknown>,
  observables: readonly { value: string }[],
): string =>
  indexText(
    description,
    ...Object.values(details).filter((v) => typeof v === 'string'),
    ...observables.map((observable) => observable.value),
  );

/**
 * The tracking code a search names, if it is one: written in its two groups (7KQM-3XWD,
 * 7KQM 3XWD) or holding a digit, so that an English word made of the code's letters
 * (DEFENDER) stays a word.
 */
function trackingCodeSearched(q: string): string | null {
  const code = normaliseTrackingCode(q);
  if (!code) return null;
  return /^\s*\w{4}(\s*[-–—]\s*|\s+)\w{4}\s*$/.test(q) || /\d/.test(code) ? code : null;
}

export function createReportsService(deps: ReportsDeps) {
  const { db, audit, secretBox } = deps;
  const handling = createReportHandling(deps);

  async function insertWithFreshCode(
    tx: Db,
    body: PublicReportBody,
    secretHash: string,
    origin: ReportOrigin,
  ) {
    const type = getIncidentType(body.incidentType);
    const named = reportObservables(
      {
        description: body.description,
        details: body.details ?? {},
        observables: origin.observables ?? [],
      },
      [],
    );
    // 25^8 codes: a collision is rare; the insert then returns nothing and a new code is
    // drawn. ON CONFLICT instead of a savepoint keeps the hot path to one round trip.
    for (let attempt = 0; attempt < 5; attempt++) {
      const row = await insertReportUnlessCodeTaken(tx, {
        trackingCode: randomCode(TRACKING_CODE_LENGTH),
        secretHash,
        incidentType: type.id,
        rsitClass: type.rsit.class,
        rsitType: type.rsit.type,
        localSubtype: type.localSubtype,
        description: body.description,
        occurredAt: body.occurredAt ?? null,
        details: body.details ?? {},
        language: body.language,
        channel: origin.channel,
        organisationId: origin.organisationId ?? null,
        externalReference: origin.externalReference ?? null,
        observables: origin.observables ?? [],
        searchText: reportSearchText(body.description, body.details ?? {}, named),
      });
      if (row) return row;
    }
    throw new Error('no free tracking code after 5 attempts');
  }

  return {
    ...createReporterFollowUp(deps),
    ...handling,

    /**
     * Files a report from any channel. The secret is returned here and never again; the
     * advice is what to do right now, in the report's language.
     */
    async submitReport(
      ctx: RequestContext,
      body: PublicReportBody,
      origin: ReportOrigin = { channel: 'web' },
      /** Runs in the report's transaction with the answer, e.g. to store it for retries. */
      beforeCommit?: (tx: Db, created: PublicReportCreated) => Promise<void>,
    ): Promise<PublicReportCreated & { reportId: string }> {
      const secret = randomCode(REPORTER_SECRET_LENGTH);
      return inTransaction(db, async (tx) => {
        const row = await insertWithFreshCode(tx, body, hashToken(secret), origin);
        if (body.contact) {
          await insertReportContact(tx, row.id, sealContact(secretBox, row.id, body.contact));
        }
        await deps.observables.recordReportSightings(tx, row.id, [
          ...reportObservables(row, []).map(({ type, value, source }) => ({ type, value, source })),
          ...(origin.observableTexts ?? []).flatMap((text) =>
            extractObservables(text).map(({ type, value }) => ({
              type,
              value,
              source: 'extracted' as const,
            })),
          ),
        ]);
        await audit.record(
          { ...ctx, tx },
          {
            action: 'report.submitted',
            targetType: 'report',
            targetId: row.id,
            details: {
              incidentType: row.incidentType,
              channel: row.channel,
              hasContact: !!body.contact,
            },
          },
        );
        const created: PublicReportCreated = {
          trackingCode: formatTrackingCode(row.trackingCode),
          secret: formatReporterSecret(secret),
          status: publicStatusOf(row.status),
          submittedAt: row.submittedAt.toISOString(),
          advice: IMMEDIATE_ADVICE[body.incidentType].map((advice) => advice[body.language]),
        };
        await beforeCommit?.(tx, created);
        return { ...created, reportId: row.id };
      });
    },

    /** The search tokens of reports; an incident is found by its reports' words too. */
    searchTextsOf(tx: Db, reportIds: readonly string[]): Promise<string[]> {
      return searchTextsOf(tx, reportIds);
    },

    async listReports(ctx: RequestContext, query: ReportListQuery): Promise<ReportList> {
      requirePermission(ctx, 'reports:read');
      const trackingCode = query.q ? trackingCodeSearched(query.q) : null;
      const tsQuery = query.q && !trackingCode ? tsQueryOf(searchQueryTerms(query.q)) : null;
      // A query with no word in it (only punctuation) matches nothing rather than all.
      if (tsQuery === '') return { items: [], total: 0, totalCapped: false };
      const match = trackingCode ? { trackingCode } : tsQuery ? { tsQuery } : null;
      const { rows, total, totalCapped } = await listReports(db, query, match);
      return {
        items: rows.map((row) => presentSummary(row, row.hasContact)),
        total,
        totalCapped,
      };
    },

    /** Opens a report for a staff member; every opening, and every contact shown, is audited. */
    async getReport(ctx: RequestContext, reportId: string): Promise<ReportDetail> {
      requirePermission(ctx, 'reports:read');
      return inTransaction(db, async (tx) => {
        const found = await findReportById(tx, reportId);
        if (!found) throw new AppError('not_found');
        const { report, sealedContact } = found;
        const showContact = sealedContact !== null && hasPermission(ctx, 'reports:contact:read');
        const contact = showContact ? openContact(secretBox, report.id, sealedContact) : null;
        const txCtx = { ...ctx, tx };
        await audit.record(txCtx, {
          action: 'report.viewed',
          targetType: 'report',
          targetId: report.id,
        });
        if (contact) {
          await audit.record(txCtx, {
            action: 'report.contact_viewed',
            targetType: 'report',
            targetId: report.id,
            details: { basis: 'reporter_consented_to_contact' },
          });
        }
        const messages = await listReportMessages(tx, report.id);
        const incident = (await deps.incidentOfReport?.(tx, report.id)) ?? null;
        return presentDetail(report, contact, sealedContact !== null, messages, incident);
      });
    },

    /** A message from the CERT, shown to the reporter on their status page. */
    async sendMessageToReporter(
      ctx: RequestContext,
      reportId: string,
      body: StaffMessageBody,
    ): Promise<ReporterMessage> {
      requirePermission(ctx, 'reports:respond');
      return inTransaction(db, async (tx) => {
        const found = await findReportById(tx, reportId);
        if (!found) throw new AppError('not_found');
        return handling.messageReporter({ ...ctx, tx }, reportId, body.body);
      });
    },
  };
}
