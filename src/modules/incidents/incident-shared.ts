import type { TimelineEntry } from '../../domain/incidents/incident.schemas.ts';
import { indexText } from '../../domain/search/search-text.ts';
import type { RequestContext, TxContext } from '../../platform/context.ts';
import type { Db } from '../../platform/db/database.ts';
import type { AuditService } from '../audit/index.ts';
import type { StaffUsersService } from '../auth/index.ts';
import type { ReportsService } from '../reports/index.ts';
import type { SettingsService } from '../settings/index.ts';
import type { ObservablesService } from '../observables/index.ts';
import type { NotificationsService } from '../notifications/index.ts';
import type { OrganisationsService } from '../organisations/index.ts';
import {
  findIncidentsByIds,
  linkedReportIds,
  mergeTreeIds,
  updateIncident,
  type IncidentRow,
  type NewIncidentEvent,
} from './incidents.repository.ts';

export type IncidentsDeps = {
  db: Db;
  audit: AuditService;
  reports: ReportsService;
  staffUsers: StaffUsersService;
  settings: SettingsService;
  observables: ObservablesService;
  notifications: NotificationsService;
  organisations: OrganisationsService;
  now?: () => Date;
};

/** What the parts of the incidents service share. */
export type IncidentsShared = {
  deps: IncidentsDeps;
  now: () => Date;
  event: (
    ctx: RequestContext,
    incidentId: string,
    kind: TimelineEntry['kind'],
    details?: NewIncidentEvent['details'],
    body?: string | null,
  ) => NewIncidentEvent;
  takeReports: (ctx: TxContext, incident: IncidentRow, reportIds: string[]) => Promise<void>;
  loadReports: (
    tx: Db,
    reportIds: readonly string[],
  ) => ReturnType<ReportsService['reportsForIncident']>;
};

export const actorIdOf = (ctx: RequestContext): string | null =>
  ctx.actor.kind === 'staff' ? ctx.actor.userId : null;

/** The search tokens of what an analyst writes about an incident. */
export const incidentSearchText = (row: { title: string; summary: string }): string =>
  indexText(row.title, row.summary);

/**
 * An incident is found by its own words and by its reports': their tokens are kept on the
 * incident, so a search is one indexed query however many reports match. The incidents
 * merged into it, and their reports, count as its own: a merged incident is out of every
 * list, so the one it went into is where its words are found. Rebuilt whenever the title,
 * the summary, the set of reports or the merged incidents change.
 */
export async function refreshSearchText(
  deps: IncidentsDeps,
  tx: Db,
  incident: { id: string; title: string; summary: string },
): Promise<void> {
  const tree = await mergeTreeIds(tx, incident.id);
  const merged = await findIncidentsByIds(
    tx,
    tree.filter((id) => id !== incident.id),
  );
  const texts = await deps.reports.searchTextsOf(tx, await linkedReportIds(tx, tree));
  await updateIncident(tx, incident.id, {
    searchText: [incident, ...merged].map(incidentSearchText).concat(texts).join(' '),
  });
}

/** Tells someone newly given work, unless they gave it to themselves. */
export async function notifyAssignee(
  deps: IncidentsDeps,
  ctx: TxContext,
  assigneeId: string | null | undefined,
  notice: { kind: 'incident_assigned' | 'task_assigned'; incidentId: string; reference: string },
): Promise<void> {
  if (!assigneeId || assigneeId === actorIdOf(ctx)) return;
  await deps.notifications.notify(ctx.tx, {
    userId: assigneeId,
    kind: notice.kind,
    incidentId: notice.incidentId,
    details: { reference: notice.reference },
  });
}
