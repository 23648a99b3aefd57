import type {
  CommentBody,
  TransitionBody,
  UpdateIncidentBody,
} from '../../domain/incidents/incident.schemas.ts';
import {
  checkTransition,
  isReopen,
  type IncidentStatus,
} from '../../domain/incidents/lifecycle.ts';
import {
  computeSeverity,
  type CiaImpact,
  type TargetSector,
} from '../../domain/incidents/severity.ts';
import { pauseTransition } from '../../domain/incidents/sla.ts';
import { INCIDENT_STATUS_LABELS } from '../../domain/incidents/status-labels.ts';
import { requirePermission } from '../../platform/authorize.ts';
import type { RequestContext, TxContext } from '../../platform/context.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { AppError } from '../../platform/errors.ts';
import {
  insertEvents,
  linkedReportIds,
  lockIncident,
  mergeTreeIds,
  updateIncident,
  type IncidentRow,
  type NewIncidentEvent,
  type NewIncidentRow,
} from './incidents.repository.ts';
import { notifyAssignee, refreshSearchText, type IncidentsShared } from './incident-shared.ts';
import { formatIncidentReference } from '../../domain/incidents/incident.schemas.ts';

/** A change to an incident needs it to exist and not be merged into another. */
export async function lockForChange(ctx: TxContext, incidentId: string): Promise<IncidentRow> {
  const row = await lockIncident(ctx.tx, incidentId);
  if (!row) throw new AppError('not_found');
  if (row.mergedIntoId) {
    throw new AppError('conflict', { detail: 'incident is merged into another; change that one' });
  }
  return row;
}

const TRANSITION_FIELD: Record<string, string> = {
  disposition_required: 'disposition',
  resolution_note_required: 'resolutionNote',
  reason_required: 'reason',
};

/** What a status change writes besides the status: timestamps, the SLA pause, the outcome. */
function transitionPatch(
  row: IncidentRow,
  body: TransitionBody,
  at: Date,
): Partial<NewIncidentRow> {
  const from = row.status as IncidentStatus;
  const clock = pauseTransition(
    { pausedMs: row.slaPausedMs, pausedSince: row.slaPausedSince },
    from,
    body.to,
    at,
  );
  const patch: Partial<NewIncidentRow> = {
    status: body.to,
    slaPausedMs: clock.pausedMs,
    slaPausedSince: clock.pausedSince,
  };
  if (!row.firstRespondedAt) patch.firstRespondedAt = at;
  if (body.to === 'resolved' || body.to === 'closed') {
    patch.resolvedAt = row.resolvedAt ?? at;
  }
  if (body.to === 'closed') {
    patch.closedAt = at;
    patch.disposition = body.disposition ?? null;
    patch.resolutionNote = body.resolutionNote ?? null;
  }
  if (isReopen(from, body.to)) {
    Object.assign(patch, { resolvedAt: null, closedAt: null, disposition: null });
  }
  return patch;
}

/** Status of the reports of an incident that follows the incident's own. */
const reportStatusFor = (to: IncidentStatus) => (to === 'closed' ? 'closed' : 'in_review');

export function createIncidentChanges(shared: IncidentsShared) {
  const { deps, now, event } = shared;
  const { db, audit, reports, staffUsers } = deps;

  async function checkAssignee(ctx: TxContext, assigneeId: string) {
    const holders = await staffUsers.holdersOf('incidents:handle', ctx.tx);
    if (!holders.some((holder) => holder.id === assigneeId)) {
      throw new AppError('validation_failed', {
        fields: [{ path: 'assigneeId', message: 'not a staff member who handles incidents' }],
      });
    }
  }

  /** The row changes and timeline entries an update makes. */
  function updatePatch(ctx: RequestContext, row: IncidentRow, body: UpdateIncidentBody) {
    const patch: Partial<NewIncidentRow> = {};
    const events: NewIncidentEvent[] = [];
    const changed: string[] = [];
    const simple = [
      'affectedOrganisationId',
      'title',
      'summary',
      'tlp',
      'pap',
      'actorType',
      'targetSector',
      'province',
      'victimCount',
    ] as const;
    for (const field of simple) {
      if (body[field] !== undefined && body[field] !== row[field]) {
        Object.assign(patch, { [field]: body[field] });
        changed.push(field);
      }
    }
    if (body.impact) {
      patch.impact = body.impact;
      changed.push('impact');
    }
    if (body.financialLoss !== undefined) {
      patch.lossAmount = body.financialLoss ? String(body.financialLoss.amount) : null;
      patch.lossCurrency = body.financialLoss?.currency ?? null;
      changed.push('financialLoss');
    }
    if (body.classification) {
      Object.assign(patch, body.classification);
      events.push(event(ctx, row.id, 'classified', { ...body.classification }));
    }
    if (body.assigneeId !== undefined && body.assigneeId !== row.assigneeId) {
      patch.assigneeId = body.assigneeId;
      events.push(event(ctx, row.id, 'assigned', { assigneeId: body.assigneeId }));
    }
    if (changed.length > 0) {
      events.push(event(ctx, row.id, 'details_changed', { fields: changed.join(',') }));
    }
    return { patch, events };
  }

  /** Computed severity from the incident as it will be; an override replaces the result. */
  function severityPatch(
    ctx: RequestContext,
    row: IncidentRow,
    body: UpdateIncidentBody,
    patch: Partial<NewIncidentRow>,
  ) {
    const computed = computeSeverity({
      impact: (patch.impact ?? row.impact) as CiaImpact,
      sector: (patch.targetSector !== undefined
        ? patch.targetSector
        : row.targetSector) as TargetSector | null,
      victims: patch.victimCount !== undefined ? patch.victimCount : row.victimCount,
    }).severity;
    let severity = row.severityOverrideReason ? row.severity : computed;
    let overrideReason = row.severityOverrideReason;
    if (body.severityOverride !== undefined) {
      severity = body.severityOverride?.severity ?? computed;
      overrideReason = body.severityOverride?.reason ?? null;
    }
    const result = { severityComputed: computed, severity, severityOverrideReason: overrideReason };
    const events =
      severity !== row.severity || overrideReason !== row.severityOverrideReason
        ? [
            event(
              ctx,
              row.id,
              'severity_changed',
              {
                from: row.severity,
                to: severity,
                computed,
                overridden: overrideReason !== null,
              },
              overrideReason,
            ),
          ]
        : [];
    return { result, events };
  }

  return {
    async updateIncident(
      ctx: RequestContext,
      incidentId: string,
      body: UpdateIncidentBody,
    ): Promise<void> {
      requirePermission(ctx, 'incidents:handle');
      await inTransaction(db, async (tx) => {
        const txCtx = { ...ctx, tx };
        const row = await lockForChange(txCtx, incidentId);
        if (body.assigneeId) await checkAssignee(txCtx, body.assigneeId);
        if (
          body.affectedOrganisationId &&
          !(await deps.organisations.nameOf(body.affectedOrganisationId, tx))
        ) {
          throw new AppError('validation_failed', {
            fields: [{ path: 'affectedOrganisationId', message: 'no such organisation' }],
          });
        }
        const { patch, events } = updatePatch(ctx, row, body);
        const severity = severityPatch(ctx, row, body, patch);
        Object.assign(patch, severity.result);
        const updated = await updateIncident(tx, row.id, patch);
        if (patch.title !== undefined || patch.summary !== undefined) {
          await refreshSearchText(deps, tx, updated);
        }
        await insertEvents(tx, [...events, ...severity.events]);
        if (patch.assigneeId !== undefined) {
          await notifyAssignee(deps, txCtx, patch.assigneeId, {
            kind: 'incident_assigned',
            incidentId: row.id,
            reference: formatIncidentReference(row.number),
          });
        }
        await audit.record(txCtx, {
          action: 'incident.updated',
          targetType: 'incident',
          targetId: row.id,
          details: { fields: Object.keys(body).join(',') },
        });
      });
    },

    async transition(ctx: RequestContext, incidentId: string, body: TransitionBody): Promise<void> {
      requirePermission(ctx, 'incidents:handle');
      await inTransaction(db, async (tx) => {
        const txCtx = { ...ctx, tx };
        const row = await lockForChange(txCtx, incidentId);
        const from = row.status as IncidentStatus;
        const check = checkTransition(from, body);
        if (!check.ok) {
          const field = TRANSITION_FIELD[check.problem];
          if (field) {
            throw new AppError('validation_failed', {
              fields: [{ path: field, message: 'required' }],
            });
          }
          throw new AppError('invalid_transition', {
            params: {
              from: INCIDENT_STATUS_LABELS[from][ctx.language],
              to: INCIDENT_STATUS_LABELS[body.to][ctx.language],
            },
          });
        }
        await updateIncident(tx, row.id, transitionPatch(row, body, now()));
        await insertEvents(tx, [
          event(
            ctx,
            row.id,
            'status_changed',
            {
              from,
              to: body.to,
              disposition: body.disposition ?? null,
            },
            body.resolutionNote ?? body.reason ?? null,
          ),
        ]);
        const reportIds = await linkedReportIds(tx, await mergeTreeIds(tx, row.id));
        await reports.setStatusForIncident(tx, reportIds, reportStatusFor(body.to));
        await audit.record(txCtx, {
          action: 'incident.status_changed',
          targetType: 'incident',
          targetId: row.id,
          details: { from, to: body.to },
        });
      });
    },

    /** Records that the harm is contained (the SLA's containment milestone). */
    async markContained(ctx: RequestContext, incidentId: string): Promise<void> {
      requirePermission(ctx, 'incidents:handle');
      await inTransaction(db, async (tx) => {
        const txCtx = { ...ctx, tx };
        const row = await lockForChange(txCtx, incidentId);
        if (row.containedAt) throw new AppError('conflict', { detail: 'already contained' });
        await updateIncident(tx, row.id, { containedAt: now() });
        await insertEvents(tx, [event(ctx, row.id, 'contained')]);
        await audit.record(txCtx, {
          action: 'incident.contained',
          targetType: 'incident',
          targetId: row.id,
        });
      });
    },

    /**
     * A comment: internal, or a message to the reporter of one of the incident's reports,
     * shown on their status page and e-mailed to them when they left an address.
     */
    async comment(ctx: RequestContext, incidentId: string, body: CommentBody): Promise<void> {
      requirePermission(ctx, 'incidents:handle');
      await inTransaction(db, async (tx) => {
        const txCtx = { ...ctx, tx };
        const row = await lockForChange(txCtx, incidentId);
        const patch: Partial<NewIncidentRow> = {};
        let entry: NewIncidentEvent;
        if (body.visibility === 'reporter') {
          const reportIds = await linkedReportIds(tx, await mergeTreeIds(tx, row.id));
          if (!reportIds.includes(body.reportId)) {
            throw new AppError('validation_failed', {
              fields: [{ path: 'reportId', message: 'not a report of this incident' }],
            });
          }
          await reports.messageReporter(txCtx, body.reportId, body.body);
          if (!row.firstRespondedAt) patch.firstRespondedAt = now();
          const [report] = await reports.reportsForIncident(tx, [body.reportId]);
          entry = event(
            ctx,
            row.id,
            'message_to_reporter',
            { reportId: body.reportId, trackingCode: report?.trackingCode ?? null },
            body.body,
          );
        } else {
          entry = event(ctx, row.id, 'comment', {}, body.body);
        }
        await updateIncident(tx, row.id, patch);
        await insertEvents(tx, [entry]);
        await audit.record(txCtx, {
          action: 'incident.commented',
          targetType: 'incident',
          targetId: row.id,
          details: { visibility: body.visibility },
        });
      });
    },
  };
}
