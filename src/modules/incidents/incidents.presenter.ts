import {
  formatIncidentReference,
  type Classification,
  type IncidentSummary,
  type SlaView,
  type StaffRef,
  type TimelineEntry,
} from '../../domain/incidents/incident.schemas.ts';
import { INCIDENT_TRANSITIONS, type IncidentStatus } from '../../domain/incidents/lifecycle.ts';
import type { CiaImpact, Severity, TargetSector } from '../../domain/incidents/severity.ts';
import { slaStatus, slaTargetFor, type SlaTargets } from '../../domain/incidents/sla.ts';
import type { LocalSubtype } from '../../domain/taxonomy/local-subtypes.ts';
import { toCsv } from '../../platform/csv.ts';
import type { IncidentEventRow, IncidentListRow } from './incidents.repository.ts';

/** Staff names by id, looked up once for a page. */
export type Names = Map<string, string>;

export const staffRef = (id: string | null, names: Names): StaffRef | null =>
  id ? { id, name: names.get(id) ?? '—' } : null;

export const incidentRef = (row: IncidentListRow) => ({
  id: row.id,
  reference: formatIncidentReference(row.number),
  title: row.title,
});

export function presentSla(row: IncidentListRow, targets: SlaTargets, now: Date): SlaView {
  const status = slaStatus(
    {
      openedAt: row.createdAt,
      pausedMs: row.slaPausedMs,
      pausedSince: row.slaPausedSince,
      firstRespondedAt: row.firstRespondedAt,
      containedAt: row.containedAt,
      resolvedAt: row.resolvedAt,
      now,
    },
    slaTargetFor(targets, row.severity as Severity),
  );
  return {
    worst: status.worst,
    milestones: status.milestones.map((entry) => ({
      milestone: entry.milestone,
      state: entry.state,
      dueAt:
        entry.dueInMs === null || entry.state === 'breached' || entry.state === 'paused'
          ? null
          : new Date(now.getTime() + entry.dueInMs).toISOString(),
    })),
  };
}

export function presentSummary(
  row: IncidentListRow,
  reportCount: number,
  names: Names,
  targets: SlaTargets,
  now: Date,
): IncidentSummary {
  return {
    ...incidentRef(row),
    status: row.status as IncidentStatus,
    severity: row.severity as Severity,
    tlp: row.tlp as IncidentSummary['tlp'],
    classification: classificationOf(row),
    targetSector: row.targetSector as TargetSector | null,
    assignee: staffRef(row.assigneeId, names),
    reportCount,
    sla: presentSla(row, targets, now).worst,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export const classificationOf = (row: IncidentListRow): Classification => ({
  rsitClass: row.rsitClass,
  rsitType: row.rsitType,
  localSubtype: row.localSubtype as LocalSubtype,
});

export const impactOf = (row: IncidentListRow): CiaImpact => row.impact as CiaImpact;

/** The transitions a person may pick next; none for a merged incident. */
export const allowedTransitions = (row: IncidentListRow): IncidentStatus[] =>
  row.mergedIntoId ? [] : [...INCIDENT_TRANSITIONS[row.status as IncidentStatus]];

export function presentEvent(event: IncidentEventRow, names: Names): TimelineEntry {
  return {
    id: `e${event.id}`,
    at: event.createdAt.toISOString(),
    kind: event.kind as TimelineEntry['kind'],
    actor: staffRef(event.actorUserId, names),
    body: event.body,
    details: withNames(event.details, names),
  };
}

/** The columns an analyst needs in a spreadsheet; TLP travels with every row. */
export function incidentsCsv(items: readonly IncidentSummary[]): string {
  return toCsv(
    [
      'reference',
      'title',
      'tlp',
      'status',
      'severity',
      'rsit_class',
      'rsit_type',
      'local_subtype',
      'target_sector',
      'assignee',
      'reports',
      'sla',
      'created_at',
      'updated_at',
    ],
    items.map((item) => [
      item.reference,
      item.title,
      `TLP:${item.tlp}`,
      item.status,
      item.severity,
      item.classification.rsitClass,
      item.classification.rsitType,
      item.classification.localSubtype,
      item.targetSector,
      item.assignee?.name,
      item.reportCount,
      item.sla,
      item.createdAt,
      item.updatedAt,
    ]),
  );
}

/** An entry naming a staff member by id also gets their name, as of now. */
function withNames(
  details: IncidentEventRow['details'],
  names: Names,
): IncidentEventRow['details'] {
  const id = details.assigneeId;
  return typeof id === 'string' ? { ...details, assigneeName: names.get(id) ?? null } : details;
}

/** Staff ids an event names, so one lookup serves the whole timeline. */
export const staffIdsOf = (event: IncidentEventRow): string[] =>
  [event.actorUserId, event.details.assigneeId].flatMap((id) =>
    typeof id === 'string' ? [id] : [],
  );
