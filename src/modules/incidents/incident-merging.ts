import {
  formatIncidentReference,
  type LinkReportsBody,
  type MergeBody,
} from '../../domain/incidents/incident.schemas.ts';
import { requirePermission } from '../../platform/authorize.ts';
import type { RequestContext } from '../../platform/context.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { AppError } from '../../platform/errors.ts';
import { lockForChange } from './incident-changes.ts';
import {
  insertEvents,
  lockIncident,
  mergeTreeIds,
  unlinkReport,
  updateIncident,
} from './incidents.repository.ts';
import { refreshSearchText, type IncidentsShared } from './incident-shared.ts';

/**
 * Reports into and out of an incident, and incidents into one another. A merge moves
 * nothing: the merged incident keeps its reports, evidence and timeline and is read
 * through the one it was merged into, so a split gives it back exactly as it was.
 */
export function createIncidentMerging(shared: IncidentsShared) {
  const { deps, event, takeReports, loadReports } = shared;
  const { db, audit, reports } = deps;

  return {
    async linkReports(
      ctx: RequestContext,
      incidentId: string,
      body: LinkReportsBody,
    ): Promise<void> {
      requirePermission(ctx, 'incidents:handle');
      await inTransaction(db, async (tx) => {
        const txCtx = { ...ctx, tx };
        const row = await lockForChange(txCtx, incidentId);
        const reportIds = [...new Set(body.reportIds)];
        await loadReports(tx, reportIds);
        await takeReports(txCtx, row, reportIds);
        await updateIncident(tx, row.id, {});
      });
    },

    /** Takes a report out of an incident; it goes back to the triage queue. */
    async unlinkReport(ctx: RequestContext, incidentId: string, reportId: string): Promise<void> {
      requirePermission(ctx, 'incidents:handle');
      await inTransaction(db, async (tx) => {
        const txCtx = { ...ctx, tx };
        const row = await lockForChange(txCtx, incidentId);
        if (!(await unlinkReport(tx, row.id, reportId))) throw new AppError('not_found');
        await reports.setStatusForIncident(tx, [reportId], 'new');
        await deps.observables.moveReportSightings(tx, [reportId], null);
        await refreshSearchText(deps, tx, row);
        const [report] = await reports.reportsForIncident(tx, [reportId]);
        await insertEvents(tx, [
          event(ctx, row.id, 'report_unlinked', {
            reportId,
            trackingCode: report?.trackingCode ?? null,
          }),
        ]);
        await updateIncident(tx, row.id, {});
        await audit.record(txCtx, {
          action: 'incident.report_unlinked',
          targetType: 'incident',
          targetId: row.id,
          details: { reportId },
        });
      });
    },

    /** Merges other incidents into this one. */
    async mergeInto(ctx: RequestContext, targetId: string, body: MergeBody): Promise<void> {
      requirePermission(ctx, 'incidents:handle');
      await inTransaction(db, async (tx) => {
        const txCtx = { ...ctx, tx };
        const target = await lockForChange(txCtx, targetId);
        const sourceIds = [...new Set(body.incidentIds)];
        if (sourceIds.includes(target.id)) {
          throw new AppError('validation_failed', {
            fields: [{ path: 'incidentIds', message: 'an incident cannot be merged into itself' }],
          });
        }
        for (const sourceId of sourceIds) {
          const source = await lockForChange(txCtx, sourceId);
          // The target must not already sit inside the source: that would make a loop.
          if ((await mergeTreeIds(tx, source.id)).includes(target.id)) {
            throw new AppError('conflict', { detail: 'the target is merged into this incident' });
          }
          await updateIncident(tx, source.id, { mergedIntoId: target.id });
          const sourceRef = formatIncidentReference(source.number);
          const targetRef = formatIncidentReference(target.number);
          await insertEvents(tx, [
            event(ctx, target.id, 'merged', { incidentId: source.id, reference: sourceRef }),
            event(ctx, source.id, 'merged', { intoId: target.id, into: targetRef }),
          ]);
        }
        await refreshSearchText(deps, tx, target);
        await audit.record(txCtx, {
          action: 'incident.merged',
          targetType: 'incident',
          targetId: target.id,
          details: { merged: sourceIds.join(',') },
        });
      });
    },

    /** Undoes a merge: the incident stands on its own again, as it was. */
    async split(ctx: RequestContext, incidentId: string): Promise<void> {
      requirePermission(ctx, 'incidents:handle');
      await inTransaction(db, async (tx) => {
        const row = await lockIncident(tx, incidentId);
        if (!row) throw new AppError('not_found');
        if (!row.mergedIntoId) {
          throw new AppError('conflict', { detail: 'incident is not merged into another' });
        }
        const parentId = row.mergedIntoId;
        const parent = await lockIncident(tx, parentId);
        await updateIncident(tx, row.id, { mergedIntoId: null });
        if (parent) await refreshSearchText(deps, tx, parent);
        const reference = formatIncidentReference(row.number);
        await insertEvents(tx, [
          event(ctx, parentId, 'split', { incidentId: row.id, reference }),
          event(ctx, row.id, 'split', {
            fromId: parentId,
            from: parent ? formatIncidentReference(parent.number) : null,
          }),
        ]);
        await audit.record(
          { ...ctx, tx },
          {
            action: 'incident.split',
            targetType: 'incident',
            targetId: row.id,
            details: { from: parentId },
          },
        );
      });
    },
  };
}
