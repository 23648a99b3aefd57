import {
  formatIncidentReference,
  parseIncidentReference,
  IncidentListQuerySchema,
  type BulkRejectBody,
  type Classification,
  type BulkResult,
  type BulkUpdateBody,
  type IncidentCounts,
  type CommentBody,
  type CreateIncidentBody,
  type CreateTaskBody,
  type UpdateTaskBody,
  type IncidentDetail,
  type IncidentList,
  type IncidentListQuery,
  type LinkReportsBody,
  type MergeBody,
  type ObservableLookup,
  type TimelineEntry,
  type TransitionBody,
  type UpdateIncidentBody,
} from '../../domain/incidents/incident.schemas.ts';
import type { Disposition } from '../../domain/incidents/lifecycle.ts';
import {
  applyOverride,
  computeSeverity,
  SeveritySchema,
  type CiaImpact,
  type TargetSector,
} from '../../domain/incidents/severity.ts';
import {
  DEFAULT_IMPACT,
  suggestClassification,
  type SeenBefore,
} from '../../domain/incidents/suggestion.ts';
import { DEFAULT_PAP, DEFAULT_TLP } from '../../domain/sharing/tlp.ts';
import { LOCAL_SUBTYPES, type LocalSubtype } from '../../domain/taxonomy/local-subtypes.ts';
import type { Language } from '../../domain/language.ts';
import { hasPermission, requirePermission } from '../../platform/authorize.ts';
import type {
  ObservableDecisionBody,
  ObservableLookupQuery,
} from '../../domain/observables/observable.schemas.ts';
import { IncidentStatusSchema, type IncidentStatus } from '../../domain/incidents/lifecycle.ts';
import type { ReportSummary } from '../../domain/reports/report.schemas.ts';
import { lockForChange } from './incident-changes.ts';
import type { RequestContext, TxContext } from '../../platform/context.ts';

export type { IncidentsDeps } from './incident-shared.ts';
import type { Db } from '../../platform/db/database.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { AppError, isAppError } from '../../platform/errors.ts';
import type { ReportsService } from '../reports/index.ts';
import {
  actorIdOf,
  incidentSearchText,
  refreshSearchText,
  type IncidentsDeps,
  type IncidentsShared,
} from './incident-shared.ts';
import { createIncidentChanges } from './incident-changes.ts';
import { createIncidentMerging } from './incident-merging.ts';
import { createIncidentTasks, playbooksToOffer, presentTask } from './incident-tasks.ts';
import { listTasks } from './tasks.repository.ts';
import type { PlaybookBody } from '../../domain/incidents/playbooks.ts';
import {
  allowedTransitions,
  classificationOf,
  impactOf,
  incidentRef,
  presentEvent,
  presentSla,
  presentSummary,
  incidentsCsv,
  staffIdsOf,
} from './incidents.presenter.ts';
import {
  findIncident,
  findIncidentsByIds,
  findMergedInto,
  incidentsOfReports,
  countByStatus,
  countOpenIncidents,
  insertEvents,
  insertIncident,
  linkedReportIds,
  linkReports,
  listEvents,
  listIncidents,
  mergeTreeIds,
  type IncidentRow,
  type NewIncidentEvent,
  type TextMatch,
  updateIncident,
} from './incidents.repository.ts';
import { searchQueryTerms, tsQueryOf } from '../../domain/search/search-text.ts';

/** What a bulk item came to: done, or the refusal a single request would have got. */
async function outcomeOf(
  work: () => Promise<unknown>,
): Promise<BulkResult['results'][number]['outcome']> {
  try {
    await work();
    return 'done';
  } catch (error) {
    if (!isAppError(error)) throw error;
    if (error.code === 'not_found') return 'not_found';
    if (error.code === 'conflict' || error.code === 'invalid_transition') return 'conflict';
    if (error.code === 'validation_failed') return 'invalid';
    throw error;
  }
}

/** The most rows one CSV export holds. */
const EXPORT_LIMIT = 10_000;

/** The summary part of what the reports module tells about a report. */
const toReportSummary = (report: ReportSummary): ReportSummary => ({
  id: report.id,
  trackingCode: report.trackingCode,
  incidentType: report.incidentType,
  status: report.status,
  language: report.language,
  channel: report.channel,
  hasContact: report.hasContact,
  excerpt: report.excerpt,
  submittedAt: report.submittedAt,
});

export type IncidentsService = ReturnType<typeof createIncidentsService>;

/** What an incident made of reports starts with; every value is the analyst's to change. */
function defaultsFromReports(
  reports: Awaited<ReturnType<ReportsService['reportsForIncident']>>,
  language: Language,
) {
  const suggestion = suggestClassification(reports);
  const first = reports[0];
  const localSubtype: LocalSubtype = suggestion?.classification.localSubtype ?? 'other';
  const impact: CiaImpact = first
    ? DEFAULT_IMPACT[first.incidentType]
    : { confidentiality: 'none', integrity: 'none', availability: 'none' };
  return {
    title: `${LOCAL_SUBTYPES[localSubtype][language]}${first ? ` · ${first.trackingCode}` : ''}`,
    rsitClass: suggestion?.classification.rsitClass ?? 'other',
    rsitType: suggestion?.classification.rsitType ?? 'other',
    localSubtype,
    impact,
    // Reports from the public are about people; an organisation's API report may not be.
    targetSector: (reports.length > 0 && reports.every((r) => r.channel !== 'api')
      ? 'individual'
      : null) as TargetSector | null,
    victimCount: reports.length > 0 ? reports.length : null,
  };
}

export function createIncidentsService(deps: IncidentsDeps) {
  const { db, audit, reports, staffUsers, settings } = deps;
  const now = deps.now ?? (() => new Date());

  const event = (
    ctx: RequestContext,
    incidentId: string,
    kind: TimelineEntry['kind'],
    details: NewIncidentEvent['details'] = {},
    body: string | null = null,
  ): NewIncidentEvent => ({ incidentId, kind, actorUserId: actorIdOf(ctx), details, body });

  /** Takes reports into an incident: they leave the triage queue and show "in review". */
  async function takeReports(ctx: TxContext, incident: IncidentRow, reportIds: string[]) {
    const linked = await linkReports(ctx.tx, incident.id, reportIds, actorIdOf(ctx));
    const refused = reportIds.filter((id) => !linked.includes(id));
    if (refused.length > 0) {
      throw new AppError('conflict', {
        detail: `reports already in an incident: ${refused.join(', ')}`,
      });
    }
    await reports.setStatusForIncident(ctx.tx, linked, 'in_review');
    await deps.observables.moveReportSightings(ctx.tx, linked, incident.id);
    await refreshSearchText(deps, ctx.tx, incident);
    const found = await reports.reportsForIncident(ctx.tx, linked);
    await insertEvents(
      ctx.tx,
      found.map((report) =>
        event(ctx, incident.id, 'report_linked', {
          reportId: report.id,
          trackingCode: report.trackingCode,
        }),
      ),
    );
    await audit.record(ctx, {
      action: 'incident.reports_linked',
      targetType: 'incident',
      targetId: incident.id,
      details: { count: linked.length },
    });
  }

  async function loadReports(tx: Db, reportIds: readonly string[]) {
    const found = await reports.reportsForIncident(tx, reportIds);
    if (found.length !== new Set(reportIds).size) throw new AppError('not_found');
    return found;
  }

  /** The words of a search; 'nothing' when it has none (pure punctuation matches nothing). */
  async function textMatchOf(q: string | undefined): Promise<TextMatch | null | 'nothing'> {
    if (!q) return null;
    const referenceNumber = parseIncidentReference(q);
    if (referenceNumber !== null) return { referenceNumber };
    const tsQuery = tsQueryOf(searchQueryTerms(q));
    if (tsQuery === '') return 'nothing';
    return { tsQuery };
  }

  const shared: IncidentsShared = { deps, now, event, takeReports, loadReports };

  /**
   * Resolved and closed incidents are most of the table and their number changes slowly:
   * counted at most once a minute. A number older than that is still answered at once
   * while it is counted again for the next call; after this process closes, reopens,
   * merges or splits an incident, the next call waits for the new count (another
   * instance's changes show within the minute).
   */
  const FINISHED_COUNT_MAX_AGE_MS = 60_000;
  let finishedCounts: { countedAt: number; counts: Map<string, number> } | null = null;
  let recounting: Promise<Map<string, number>> | null = null;
  /** Bumped by each change here, so that a count begun before it is not kept after it. */
  let changesSeen = 0;
  function countFinished(): Promise<Map<string, number>> {
    const known = finishedCounts;
    if (known && now().getTime() - known.countedAt <= FINISHED_COUNT_MAX_AGE_MS) {
      return Promise.resolve(known.counts);
    }
    const seen = changesSeen;
    recounting ??= countByStatus(db, ['resolved', 'closed'])
      .then((counts) => {
        if (seen === changesSeen) finishedCounts = { countedAt: now().getTime(), counts };
        return counts;
      })
      .finally(() => {
        recounting = null;
      });
    if (!known) return recounting;
    // Nobody waits for this recount: a failure is tried again by the next call.
    recounting.catch(() => undefined);
    return Promise.resolve(known.counts);
  }
  const recountFinished = () => {
    changesSeen += 1;
    finishedCounts = null;
    recounting = null;
  };

  const changes = createIncidentChanges(shared);
  const merging = createIncidentMerging(shared);
  const tasks = createIncidentTasks(shared);
  /** Every change answers with the incident as it now is. */
  const describe = async (incidentId: string) => {
    const row = await findIncident(db, incidentId);
    if (!row) throw new AppError('not_found');
    return describeIncident(db, row);
  };

  return {
    async updateIncident(ctx: RequestContext, id: string, body: UpdateIncidentBody) {
      await changes.updateIncident(ctx, id, body);
      return describe(id);
    },
    async transition(ctx: RequestContext, id: string, body: TransitionBody) {
      await changes.transition(ctx, id, body);
      recountFinished();
      return describe(id);
    },
    async markContained(ctx: RequestContext, id: string) {
      await changes.markContained(ctx, id);
      return describe(id);
    },
    async comment(ctx: RequestContext, id: string, body: CommentBody) {
      await changes.comment(ctx, id, body);
      return describe(id);
    },
    async linkReports(ctx: RequestContext, id: string, body: LinkReportsBody) {
      await merging.linkReports(ctx, id, body);
      return describe(id);
    },
    async unlinkReport(ctx: RequestContext, id: string, reportId: string) {
      await merging.unlinkReport(ctx, id, reportId);
      return describe(id);
    },
    async mergeInto(ctx: RequestContext, id: string, body: MergeBody) {
      await merging.mergeInto(ctx, id, body);
      recountFinished();
      return describe(id);
    },
    async split(ctx: RequestContext, id: string) {
      await merging.split(ctx, id);
      recountFinished();
      return describe(id);
    },
    async createTask(ctx: RequestContext, id: string, body: CreateTaskBody) {
      await tasks.createTask(ctx, id, body);
      return describe(id);
    },
    async updateTask(ctx: RequestContext, id: string, taskId: string, body: UpdateTaskBody) {
      await tasks.updateTask(ctx, id, taskId, body);
      return describe(id);
    },
    async runPlaybook(ctx: RequestContext, id: string, playbookId: string) {
      await tasks.runPlaybook(ctx, id, playbookId);
      return describe(id);
    },
    listPlaybooks: (ctx: RequestContext) => tasks.listPlaybooks(ctx),
    savePlaybook: (ctx: RequestContext, id: string, body: PlaybookBody) =>
      tasks.savePlaybook(ctx, id, body),

    /** Confirms, adds or removes an observable on the incident. */
    async decideObservable(ctx: RequestContext, id: string, body: ObservableDecisionBody) {
      requirePermission(ctx, 'incidents:handle');
      await inTransaction(db, async (tx) => {
        const txCtx = { ...ctx, tx };
        const row = await lockForChange(txCtx, id);
        const decided = await deps.observables.decide(tx, row.id, body, actorIdOf(ctx));
        await insertEvents(tx, [
          event(ctx, row.id, 'observable', { ...decided, decision: body.decision }),
        ]);
        await updateIncident(tx, row.id, {});
        await audit.record(txCtx, {
          action: 'incident.updated',
          targetType: 'incident',
          targetId: row.id,
          details: { fields: 'observables' },
        });
      });
      return describe(id);
    },

    /** Every report and incident that names a value, as far as the viewer may see them. */
    async lookupObservable(
      ctx: RequestContext,
      query: ObservableLookupQuery,
    ): Promise<ObservableLookup> {
      requirePermission(ctx, 'incidents:read');
      const seen = await deps.observables.lookup(query.type, query.value);
      const mayReadReports = hasPermission(ctx, 'reports:read');
      const visibleReports = mayReadReports
        ? await reports.reportsForIncident(db, seen.reportIds)
        : [];
      const found = await findIncidentsByIds(db, seen.incidentIds);
      return {
        type: seen.type,
        value: seen.value,
        firstSeenAt: seen.firstSeenAt,
        reports: visibleReports.map(toReportSummary),
        reportTotal: mayReadReports ? seen.reportTotal : 0,
        incidents: found.map((row) => ({
          ...incidentRef(row),
          status: row.status as IncidentStatus,
        })),
        incidentTotal: seen.incidentTotal,
      };
    },

    /** The numbers on the queue's tabs: by status, open ones by severity, unassigned, SLA. */
    async countIncidents(ctx: RequestContext): Promise<IncidentCounts> {
      requirePermission(ctx, 'incidents:read');
      const targets = await settings.getSlaTargets();
      const sla = { targets, now: now() };
      const [open, finished] = await Promise.all([countOpenIncidents(db, sla), countFinished()]);
      const byStatus = new Map([...open.byStatus, ...finished]);
      const fill = <K extends string>(keys: readonly K[], counts: Map<string, number>) =>
        Object.fromEntries(keys.map((key) => [key, counts.get(key) ?? 0])) as Record<K, number>;
      return {
        byStatus: fill(IncidentStatusSchema.options, byStatus),
        bySeverity: fill(SeveritySchema.options, open.bySeverity),
        unassigned: open.unassigned,
        slaBreached: open.slaBreached,
        slaNearBreach: open.slaNearBreach,
      };
    },

    /** The queue's result list as CSV (at most EXPORT_LIMIT rows); the export is audited. */
    async exportIncidentsCsv(ctx: RequestContext, query: IncidentListQuery): Promise<string> {
      requirePermission(ctx, 'incidents:read');
      const text = await textMatchOf(query.q);
      const targets = await settings.getSlaTargets();
      const at = now();
      const { rows } =
        text === 'nothing'
          ? { rows: [] }
          : await listIncidents(
              db,
              { ...query, limit: EXPORT_LIMIT, offset: 0 },
              actorIdOf(ctx),
              text,
              { targets, now: at },
            );
      const names = await staffUsers.namesOf(rows.flatMap((row) => row.assigneeId ?? []));
      await audit.recordAlone(ctx, {
        action: 'incident.exported',
        targetType: 'incident',
        details: { rows: rows.length, q: query.q ? 'yes' : 'no' },
      });
      return incidentsCsv(
        rows.map((row) => presentSummary(row, row.reportCount, names, targets, at)),
      );
    },

    /**
     * Applies the same change to many incidents, each in its own transaction, so one
     * refusal (merged, gone) does not undo the others; the answer says what happened to each.
     */
    async bulkUpdate(ctx: RequestContext, body: BulkUpdateBody): Promise<BulkResult> {
      requirePermission(ctx, 'incidents:handle');
      const results: BulkResult['results'] = [];
      for (const id of new Set(body.incidentIds)) {
        results.push({
          id,
          outcome: await outcomeOf(() => changes.updateIncident(ctx, id, body.changes)),
        });
      }
      return { results };
    },

    /** Rejects many reports for one reason; each reporter is told in their language. */
    async bulkReject(ctx: RequestContext, body: BulkRejectBody): Promise<BulkResult> {
      requirePermission(ctx, 'reports:respond');
      const results: BulkResult['results'] = [];
      for (const id of new Set(body.reportIds)) {
        const reject = () =>
          reports.rejectReport(ctx, id, body, async (tx) =>
            (await incidentsOfReports(tx, [id])).has(id),
          );
        results.push({ id, outcome: await outcomeOf(reject) });
      }
      return { results };
    },

    /** The incident a report is handled in: the top of its merge tree. */
    async incidentRefOfReport(tx: Db, reportId: string) {
      const incidentId = (await incidentsOfReports(tx, [reportId])).get(reportId);
      let row = incidentId ? await findIncident(tx, incidentId) : null;
      while (row?.mergedIntoId) row = await findIncident(tx, row.mergedIntoId);
      return row ? incidentRef(row) : null;
    },

    /** Tells the assignee of the incident holding a report that its reporter wrote back. */
    async reporterReplied(tx: Db, reportId: string): Promise<void> {
      const incidentId = (await incidentsOfReports(tx, [reportId])).get(reportId);
      let row = incidentId ? await findIncident(tx, incidentId) : null;
      // Work happens on the incident a merged one was merged into.
      while (row?.mergedIntoId) row = await findIncident(tx, row.mergedIntoId);
      if (!row?.assigneeId) return;
      await deps.notifications.notify(tx, {
        userId: row.assigneeId,
        kind: 'reporter_replied',
        incidentId: row.id,
        details: { reference: formatIncidentReference(row.number) },
      });
    },

    /**
     * Warns assignees of SLA milestones nearly or already missed, once per milestone and
     * state. Run by a scheduled job; returns how many notices it gave.
     */
    async notifySlaRisks(): Promise<number> {
      const targets = await settings.getSlaTargets();
      const at = now();
      const query = IncidentListQuerySchema.parse({ sla: 'at_risk', limit: 200 });
      const { rows } = await listIncidents(db, { ...query, limit: 1_000 }, null, null, {
        targets,
        now: at,
      });
      let count = 0;
      for (const row of rows) {
        const assigneeId = row.assigneeId;
        if (!assigneeId) continue;
        const risky = presentSla(row, targets, at).milestones.filter(
          (entry) => entry.state === 'breached' || entry.state === 'near_breach',
        );
        await inTransaction(db, async (tx) => {
          for (const entry of risky) {
            const given = await deps.notifications.notify(tx, {
              userId: assigneeId,
              kind: entry.state === 'breached' ? 'sla_breached' : 'sla_near_breach',
              incidentId: row.id,
              details: {
                reference: formatIncidentReference(row.number),
                milestone: entry.milestone,
              },
              dedupeKey: `sla:${row.id}:${entry.milestone}:${entry.state}`,
            });
            if (given) count++;
          }
        });
      }
      return count;
    },

    /**
     * What an incident's evidence is drawn from (the evidence module asks): the incidents of
     * its merge tree (itself and those merged into it) and their reports; null when unknown.
     */
    async evidenceScope(
      tx: Db,
      incidentId: string,
    ): Promise<{ reference: string; incidentIds: string[]; reportIds: string[] } | null> {
      const row = await findIncident(tx, incidentId);
      if (!row) return null;
      const incidentIds = await mergeTreeIds(tx, row.id);
      const reportIds = await linkedReportIds(tx, incidentIds);
      return { reference: formatIncidentReference(row.number), incidentIds, reportIds };
    },

    /** The incident holding a report, if any (the reports module asks before rejecting). */
    async incidentOfReport(tx: Db, reportId: string): Promise<string | null> {
      return (await incidentsOfReports(tx, [reportId])).get(reportId) ?? null;
    },

    async createIncident(ctx: RequestContext, body: CreateIncidentBody): Promise<IncidentDetail> {
      requirePermission(ctx, 'incidents:handle');
      const reportIds = [...new Set(body.reportIds)];
      const id = await inTransaction(db, async (tx) => {
        const txCtx = { ...ctx, tx };
        const found = await loadReports(tx, reportIds);
        const defaults = defaultsFromReports(found, ctx.language);
        const { severity } = computeSeverity({
          impact: defaults.impact,
          sector: defaults.targetSector,
          victims: defaults.victimCount,
        });
        const title = body.title ?? defaults.title;
        const summary = body.summary ?? '';
        const incident = await insertIncident(tx, {
          ...defaults,
          title,
          summary,
          tlp: body.tlp ?? DEFAULT_TLP,
          pap: body.pap ?? DEFAULT_PAP,
          severityComputed: severity,
          severity,
          searchText: incidentSearchText({ title, summary }),
        });
        await insertEvents(tx, [event(ctx, incident.id, 'created', { severity })]);
        if (found.length > 0) await takeReports(txCtx, incident, reportIds);
        await audit.record(txCtx, {
          action: 'incident.created',
          targetType: 'incident',
          targetId: incident.id,
          details: { reports: found.length },
        });
        return incident.id;
      });
      return describe(id);
    },

    async listIncidents(ctx: RequestContext, query: IncidentListQuery): Promise<IncidentList> {
      requirePermission(ctx, 'incidents:read');
      const text = await textMatchOf(query.q);
      if (text === 'nothing') return { items: [], total: 0, totalCapped: false };
      const targets = await settings.getSlaTargets();
      const at = now();
      const { rows, total, totalCapped } = await listIncidents(db, query, actorIdOf(ctx), text, {
        targets,
        now: at,
      });
      const names = await staffUsers.namesOf(rows.flatMap((row) => row.assigneeId ?? []));
      return {
        items: rows.map((row) => presentSummary(row, row.reportCount, names, targets, at)),
        total,
        totalCapped,
      };
    },

    /**
     * An incident's classification alone, for what is derived from it (the law's candidate
     * provisions): no case content, so not recorded as a view of the incident.
     */
    async getClassification(
      ctx: RequestContext,
      incidentId: string,
    ): Promise<{ id: string; classification: Classification }> {
      requirePermission(ctx, 'incidents:read');
      const row = await findIncident(db, incidentId);
      if (!row) throw new AppError('not_found');
      return { id: row.id, classification: classificationOf(row) };
    },

    /** An incident with its reports, merged incidents and timeline; opening it is audited. */
    async getIncident(ctx: RequestContext, incidentId: string): Promise<IncidentDetail> {
      requirePermission(ctx, 'incidents:read');
      return inTransaction(db, async (tx) => {
        const row = await findIncident(tx, incidentId);
        if (!row) throw new AppError('not_found');
        await audit.record(
          { ...ctx, tx },
          { action: 'incident.viewed', targetType: 'incident', targetId: row.id },
        );
        return describeIncident(tx, row);
      });
    },
  };

  /**
   * How other incidents naming this one's observables were classified: the few most
   * telling observables (seen in other incidents), a few incidents each.
   */
  async function seenBefore(
    tx: Db,
    observables: IncidentDetail['observables'],
    treeIds: readonly string[],
  ): Promise<SeenBefore[]> {
    const telling = observables
      .filter((o) => o.decision !== 'removed' && o.elsewhere.incidents > 0)
      .slice(0, 5);
    const seen: SeenBefore[] = [];
    for (const observable of telling) {
      const found = await deps.observables.lookup(observable.type, observable.value, 10, tx);
      const others = found.incidentIds.filter((id) => !treeIds.includes(id));
      for (const other of await findIncidentsByIds(tx, others)) {
        seen.push({
          value: observable.value,
          classification: {
            rsitClass: other.rsitClass,
            rsitType: other.rsitType,
            localSubtype: other.localSubtype as LocalSubtype,
          },
        });
      }
    }
    return seen;
  }

  async function describeIncident(tx: Db, row: IncidentRow): Promise<IncidentDetail> {
    const treeIds = await mergeTreeIds(tx, row.id);
    const reportIds = await linkedReportIds(tx, treeIds);
    const linked = await reports.reportsForIncident(tx, reportIds);
    const [events, reporterMessages, merged, parent, targets, observables, taskRows, offer] =
      await Promise.all([
        listEvents(tx, treeIds),
        reports.reporterMessages(tx, reportIds),
        findMergedInto(tx, row.id),
        row.mergedIntoId ? findIncidentsByIds(tx, [row.mergedIntoId]) : Promise.resolve([]),
        settings.getSlaTargets(tx),
        deps.observables.ofIncident(tx, treeIds),
        listTasks(tx, treeIds),
        playbooksToOffer(tx, treeIds, row.localSubtype as LocalSubtype),
      ]);
    const names = await staffUsers.namesOf(
      [
        row.assigneeId,
        ...events.flatMap(staffIdsOf),
        ...taskRows.map((task) => task.assigneeId),
      ].flatMap((id) => id ?? []),
      tx,
    );
    const trackingOf = new Map(linked.map((report) => [report.id, report.trackingCode]));
    const timeline: TimelineEntry[] = [
      ...events.map((entry) => presentEvent(entry, names)),
      ...reporterMessages.map((message) => ({
        id: `m${message.id}`,
        at: message.createdAt.toISOString(),
        kind: 'reporter_message' as const,
        actor: null,
        body: message.body,
        details: {
          reportId: message.reportId,
          trackingCode: trackingOf.get(message.reportId) ?? null,
        },
      })),
    ].sort((a, b) => a.at.localeCompare(b.at));
    const at = now();
    const override = row.severityOverrideReason
      ? { severity: row.severity as IncidentDetail['severity'], reason: row.severityOverrideReason }
      : null;
    const effective = applyOverride(row.severityComputed as IncidentDetail['severity'], override);
    return {
      ...presentSummary(row, linked.length, names, targets, at),
      severity: effective.ok ? effective.severity : (row.severity as IncidentDetail['severity']),
      summary: row.summary,
      pap: row.pap as IncidentDetail['pap'],
      impact: impactOf(row),
      actorType: row.actorType as IncidentDetail['actorType'],
      province: row.province as IncidentDetail['province'],
      affectedOrganisation: row.affectedOrganisationId
        ? await deps.organisations.nameOf(row.affectedOrganisationId, tx)
        : null,
      victimCount: row.victimCount,
      financialLoss:
        row.lossAmount !== null && row.lossCurrency
          ? {
              amount: Number(row.lossAmount),
              currency: row.lossCurrency as 'KHR' | 'USD',
            }
          : null,
      severityComputed: row.severityComputed as IncidentDetail['severity'],
      severityOverride: override,
      disposition: row.disposition as Disposition | null,
      resolutionNote: row.resolutionNote,
      containedAt: row.containedAt?.toISOString() ?? null,
      slaDetail: presentSla(row, targets, at),
      reports: linked.map(toReportSummary),
      mergedInto: parent[0] ? incidentRef(parent[0]) : null,
      merged: merged.map(incidentRef),
      allowedTransitions: allowedTransitions(row),
      suggestion: suggestClassification(linked, await seenBefore(tx, observables, treeIds)),
      observables,
      tasks: taskRows.map((task) => presentTask(task, names, at)),
      playbooks: row.mergedIntoId ? [] : offer,
      timeline,
    };
  }
}
