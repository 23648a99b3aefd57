import type {
  AddInformationBody,
  PublicReportView,
  ReporterMessage,
  WithdrawReportBody,
} from '../../domain/reports/report.schemas.ts';
import {
  normaliseReporterSecret,
  normaliseTrackingCode,
} from '../../domain/reports/tracking-code.ts';
import type { RequestContext } from '../../platform/context.ts';
import type { Db } from '../../platform/db/database.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { AppError } from '../../platform/errors.ts';
import { hashToken, sameHash } from '../../platform/crypto/tokens.ts';
import type { AuditService } from '../audit/index.ts';
import type { ObservablesService } from '../observables/index.ts';
import { extractObservables } from '../../domain/observables/extract-observables.ts';
import { isOpenToReporter, presentForReporter, presentMessage } from './reports.presenter.ts';
import {
  findReportByTrackingCode,
  insertReportMessage,
  listReportMessages,
  markReportWithdrawn,
  type ReportRow,
} from './reports.repository.ts';

export type FollowUpDeps = {
  db: Db;
  audit: AuditService;
  /** Items of evidence a report holds (the evidence module answers). */
  countEvidence: (reportId: string) => Promise<number>;
  observables: ObservablesService;
  /** Tells whoever handles the report that its reporter wrote (the incidents module). */
  onReporterMessage?: (tx: Db, reportId: string) => Promise<void>;
};

/** Compared against when a code is unknown, so a miss costs what a wrong secret costs. */
const DECOY_SECRET_HASH = hashToken('decoy');

/**
 * What a reporter can do with their tracking code and secret: see the status and the
 * conversation, add information, withdraw. Neither a wrong code nor a wrong secret can be
 * told apart, by answer or by timing.
 */
export function createReporterFollowUp(deps: FollowUpDeps) {
  const { db, audit } = deps;

  async function findReportForReporter(codeInput: string, secretInput: string, tx: Db = db) {
    const code = normaliseTrackingCode(codeInput);
    const row = code ? await findReportByTrackingCode(tx, code) : null;
    const given = hashToken(normaliseReporterSecret(secretInput));
    const matches = sameHash(given, row?.secretHash ?? DECOY_SECRET_HASH);
    if (!row || !matches) throw new AppError('not_found');
    return row;
  }

  async function viewFor(row: ReportRow): Promise<PublicReportView> {
    const [messages, evidenceCount] = await Promise.all([
      listReportMessages(db, row.id),
      deps.countEvidence(row.id),
    ]);
    return presentForReporter(row, messages, evidenceCount);
  }

  return {
    async getReportForReporter(codeInput: string, secretInput: string): Promise<PublicReportView> {
      return viewFor(await findReportForReporter(codeInput, secretInput));
    },

    /** The id of the report a code and secret open, for capabilities acting for the reporter. */
    async findReportIdForReporter(codeInput: string, secretInput: string): Promise<string> {
      return (await findReportForReporter(codeInput, secretInput)).id;
    },

    /** The reporter adds what they remember later; the report itself stays as it was sent. */
    async addInformation(
      ctx: RequestContext,
      codeInput: string,
      secretInput: string,
      body: AddInformationBody,
    ): Promise<ReporterMessage> {
      return inTransaction(db, async (tx) => {
        const row = await findReportForReporter(codeInput, secretInput, tx);
        if (!isOpenToReporter(row)) {
          throw new AppError('conflict', { detail: 'the report is closed or withdrawn' });
        }
        const message = await insertReportMessage(tx, {
          reportId: row.id,
          author: 'reporter',
          authorUserId: null,
          body: body.text,
        });
        await deps.observables.recordReportSightings(
          tx,
          row.id,
          extractObservables(body.text).map(({ type, value }) => ({
            type,
            value,
            source: 'extracted' as const,
          })),
        );
        await audit.record(
          { ...ctx, tx },
          { action: 'report.information_added', targetType: 'report', targetId: row.id },
        );
        await deps.onReporterMessage?.(tx, row.id);
        return presentMessage(message);
      });
    },

    /** Withdrawing twice is the same as once; a closed report can no longer be withdrawn. */
    async withdrawReport(
      ctx: RequestContext,
      codeInput: string,
      secretInput: string,
      body: WithdrawReportBody,
    ): Promise<PublicReportView> {
      const row = await inTransaction(db, async (tx) => {
        const found = await findReportForReporter(codeInput, secretInput, tx);
        if (found.status === 'withdrawn') return found;
        if (found.status === 'closed') {
          throw new AppError('conflict', { detail: 'a closed report cannot be withdrawn' });
        }
        const withdrawn = await markReportWithdrawn(tx, found.id);
        if (body.reason) {
          await insertReportMessage(tx, {
            reportId: found.id,
            author: 'reporter',
            authorUserId: null,
            body: body.reason,
          });
        }
        await audit.record(
          { ...ctx, tx },
          { action: 'report.withdrawn', targetType: 'report', targetId: found.id },
        );
        return withdrawn;
      });
      // After the commit: PGlite has one connection, which the transaction held until now.
      return viewFor(row);
    },
  };
}
