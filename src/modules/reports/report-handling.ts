import type { RejectReportBody } from '../../domain/incidents/incident.schemas.ts';
import { REJECTION_MESSAGES } from '../../domain/reports/rejection.ts';
import type {
  ReporterMessage,
  ReportStatus,
  ReportSummary,
} from '../../domain/reports/report.schemas.ts';
import type { IncidentTypeId } from '../../domain/taxonomy/incident-types.ts';
import { requirePermission } from '../../platform/authorize.ts';
import type { RequestContext, TxContext } from '../../platform/context.ts';
import type { Db } from '../../platform/db/database.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { AppError } from '../../platform/errors.ts';
import type { AuditService } from '../audit/index.ts';
import type { NotifyReporterPayload } from './reporter-notifications.ts';
import { presentMessage, presentSummary } from './reports.presenter.ts';
import {
  findReportById,
  findReportsByIds,
  insertReportMessage,
  listMessagesOfReports,
  setReportsStatus,
  type ReportMessageRow,
} from './reports.repository.ts';

export type ReportHandlingDeps = {
  db: Db;
  audit: AuditService;
  notifyReporter?: (tx: Db, payload: NotifyReporterPayload) => Promise<void>;
};

/** What an incident needs to know of a report to be created from it. */
export type ReportForIncident = ReportSummary & {
  incidentType: IncidentTypeId;
  rsitClass: string;
  rsitType: string;
  localSubtype: string;
  description: string;
  details: Record<string, unknown>;
  observables: { type: string; value: string }[];
};

/**
 * What the CERT does with reports once they arrive: take them into incidents, write to
 * their reporters, or reject them. The tx-taking functions run inside the caller's
 * transaction (the incidents service), so a report and its incident change together.
 */
export function createReportHandling(deps: ReportHandlingDeps) {
  const { db, audit } = deps;

  async function messageReporter(
    ctx: TxContext,
    reportId: string,
    body: string,
  ): Promise<ReporterMessage> {
    const message = await insertReportMessage(ctx.tx, {
      reportId,
      author: 'cert',
      authorUserId: ctx.actor.kind === 'staff' ? ctx.actor.userId : null,
      body,
    });
    await audit.record(ctx, {
      action: 'report.message_sent',
      targetType: 'report',
      targetId: reportId,
    });
    await deps.notifyReporter?.(ctx.tx, { reportId, reason: 'message' });
    return presentMessage(message);
  }

  return {
    messageReporter,

    /** The reports of these ids that exist, in the order asked. */
    async reportsForIncident(tx: Db, reportIds: readonly string[]): Promise<ReportForIncident[]> {
      const rows = await findReportsByIds(tx, reportIds);
      const byId = new Map(rows.map((row) => [row.id, row]));
      return reportIds.flatMap((id) => {
        const row = byId.get(id);
        if (!row) return [];
        return [
          {
            ...presentSummary(row, row.hasContact),
            rsitClass: row.rsitClass,
            rsitType: row.rsitType,
            localSubtype: row.localSubtype,
            description: row.description,
            details: row.details,
            observables: row.observables,
          },
        ];
      });
    },

    /** Moves reports along with their incident: in review, closed, back in review. */
    async setStatusForIncident(tx: Db, reportIds: readonly string[], status: ReportStatus) {
      await setReportsStatus(tx, reportIds, status);
    },

    /** What the reporters wrote after submitting, for the incident's timeline. */
    reporterMessages(tx: Db, reportIds: readonly string[]): Promise<ReportMessageRow[]> {
      return listMessagesOfReports(tx, reportIds, 'reporter');
    },

    /**
     * Closes a report the CERT will not take up and tells the reporter why, in the
     * language they wrote in.
     */
    async rejectReport(
      ctx: RequestContext,
      reportId: string,
      body: RejectReportBody,
      /** A report inside an incident is handled there; the incidents service says if so. */
      isInIncident: (tx: Db) => Promise<boolean>,
    ): Promise<ReportSummary> {
      requirePermission(ctx, 'reports:respond');
      return inTransaction(db, async (tx) => {
        const found = await findReportById(tx, reportId);
        if (!found) throw new AppError('not_found');
        const { report } = found;
        if (report.status === 'closed' || report.status === 'withdrawn') {
          throw new AppError('conflict', { detail: `report is already ${report.status}` });
        }
        if (await isInIncident(tx)) {
          throw new AppError('conflict', { detail: 'report is part of an incident' });
        }
        const standard = REJECTION_MESSAGES[body.reason][report.language];
        const txCtx = { ...ctx, tx };
        await messageReporter(
          txCtx,
          reportId,
          body.note ? `${standard}\n\n${body.note}` : standard,
        );
        await setReportsStatus(tx, [reportId], 'closed');
        await audit.record(txCtx, {
          action: 'report.rejected',
          targetType: 'report',
          targetId: reportId,
          details: { reason: body.reason },
        });
        return presentSummary({ ...report, status: 'closed' }, found.sealedContact !== null);
      });
    },
  };
}
