import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import {
  BulkResultSchema,
  IncidentCountsSchema,
  IncidentDetailSchema,
  IncidentListSchema,
  StaffRefSchema,
  ObservableLookupSchema,
  type BulkResult,
  type BulkUpdateBodySchema,
  type CommentBodySchema,
  type CreateIncidentBodySchema,
  type CreateTaskBodySchema,
  type IncidentDetail,
  type IncidentListQuery,
  type RejectReportBodySchema,
  type TransitionBodySchema,
  type UpdateIncidentBodySchema,
  type UpdateTaskBodySchema,
} from '../../../domain/incidents/incident.schemas.ts';
import type {
  ObservableDecisionBody,
  ObservableType,
} from '../../../domain/observables/observable.schemas.ts';
import { ReportSummarySchema, type ReportSummary } from '../../../domain/reports/report.schemas.ts';
import { staffGet, staffSend } from '../staff-api.ts';

export const INCIDENTS_PAGE_SIZE = 50;

/* Request bodies as the client writes them (the schemas' input: optional fields may be left out). */
type CreateIncidentBody = z.input<typeof CreateIncidentBodySchema>;
type UpdateIncidentBody = z.input<typeof UpdateIncidentBodySchema>;
type TransitionBody = z.input<typeof TransitionBodySchema>;
type CommentBody = z.input<typeof CommentBodySchema>;
type RejectReportBody = z.input<typeof RejectReportBodySchema>;
type CreateTaskBody = z.input<typeof CreateTaskBodySchema>;
type UpdateTaskBody = z.input<typeof UpdateTaskBodySchema>;
type BulkUpdateBody = z.input<typeof BulkUpdateBodySchema>;

/** The queue filters as the page keeps them in its URL; absent means "any". */
export type IncidentFilters = Partial<
  Pick<
    IncidentListQuery,
    'status' | 'severity' | 'assignee' | 'localSubtype' | 'targetSector' | 'q' | 'sla'
  >
> & { sort?: IncidentListQuery['sort']; page?: number };

const path = (incidentId: string, rest = '') =>
  `/api/incidents/${encodeURIComponent(incidentId)}${rest}`;

/** The filters of the queue as a query string; a list filter repeats its key (severity=a&severity=b). */
function filterParams(filters: IncidentFilters) {
  const params = new URLSearchParams();
  params.set('status', filters.status ?? 'open');
  for (const severity of filters.severity ?? []) params.append('severity', severity);
  if (filters.assignee) params.set('assignee', filters.assignee);
  if (filters.localSubtype) params.set('localSubtype', filters.localSubtype);
  if (filters.targetSector) params.set('targetSector', filters.targetSector);
  const q = filters.q?.trim();
  if (q) params.set('q', q);
  if (filters.sla) params.set('sla', filters.sla);
  params.set('sort', filters.sort ?? 'updated');
  return params;
}

/** The query string of GET /api/incidents: the filters and one page. */
export function incidentListParams(filters: IncidentFilters, pageSize = INCIDENTS_PAGE_SIZE) {
  const params = filterParams(filters);
  params.set('limit', String(pageSize));
  params.set('offset', String(((filters.page ?? 1) - 1) * pageSize));
  return params;
}

/** The CSV of every incident the filters find (not just this page); the server caps it. */
export const incidentExportUrl = (filters: IncidentFilters): string =>
  `/api/incidents/export.csv?${filterParams(filters).toString()}`;

export const incidentListQuery = (filters: IncidentFilters) =>
  queryOptions({
    queryKey: ['incidents', 'list', filters],
    queryFn: () =>
      staffGet(`/api/incidents?${incidentListParams(filters).toString()}`, IncidentListSchema),
  });

/** Open incidents to pick from (add a report, merge): the 200 most recently updated. */
export const openIncidentsQuery = queryOptions({
  queryKey: ['incidents', 'list', 'pick'],
  queryFn: () =>
    staffGet(
      `/api/incidents?${incidentListParams({ status: 'open' }, 200).toString()}`,
      IncidentListSchema,
    ),
});

/** The queue's counts (SLA at risk for the nav); refreshed with the lists and every minute. */
export const incidentCountsQuery = queryOptions({
  queryKey: ['incidents', 'list', 'counts'],
  queryFn: () => staffGet('/api/incidents/counts', IncidentCountsSchema),
  refetchInterval: 60_000,
});

export const incidentDetailQuery = (incidentId: string) =>
  queryOptions({
    queryKey: ['incidents', 'detail', incidentId],
    queryFn: () => staffGet(path(incidentId), IncidentDetailSchema),
  });

/** The staff members an incident can be assigned to; the list changes rarely. */
export const assigneesQuery = queryOptions({
  queryKey: ['incidents', 'assignees'],
  queryFn: () => staffGet('/api/incidents/assignees', z.array(StaffRefSchema)),
  staleTime: 5 * 60_000,
});

/**
 * Every change answers with the incident as it now is: it replaces the cached page, and the
 * lists (queue, pickers) and the reports it touches are fetched again.
 */
export async function showIncident(queryClient: QueryClient, incident: IncidentDetail) {
  queryClient.setQueryData(incidentDetailQuery(incident.id).queryKey, incident);
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: ['incidents', 'list'] }),
    queryClient.invalidateQueries({ queryKey: ['reports'] }),
    queryClient.invalidateQueries({ queryKey: ['report'] }),
  ]);
}

export const createIncident = (body: CreateIncidentBody) =>
  staffSend('/api/incidents', IncidentDetailSchema, { body });

export const updateIncident = (incidentId: string, body: UpdateIncidentBody) =>
  staffSend(path(incidentId), IncidentDetailSchema, { method: 'PATCH', body });

export const transitionIncident = (incidentId: string, body: TransitionBody) =>
  staffSend(path(incidentId, '/transitions'), IncidentDetailSchema, { body });

export const markContained = (incidentId: string) =>
  staffSend(path(incidentId, '/containment'), IncidentDetailSchema);

export const commentOnIncident = (incidentId: string, body: CommentBody) =>
  staffSend(path(incidentId, '/comments'), IncidentDetailSchema, { body });

export const linkReports = (incidentId: string, reportIds: string[]) =>
  staffSend(path(incidentId, '/reports'), IncidentDetailSchema, { body: { reportIds } });

export const unlinkReport = (incidentId: string, reportId: string) =>
  staffSend(path(incidentId, `/reports/${encodeURIComponent(reportId)}`), IncidentDetailSchema, {
    method: 'DELETE',
  });

export const mergeIncidents = (incidentId: string, incidentIds: string[]) =>
  staffSend(path(incidentId, '/merge'), IncidentDetailSchema, { body: { incidentIds } });

/** Splits `incidentId` off the incident it was merged into; answers with it on its own. */
export const splitIncident = (incidentId: string) =>
  staffSend(path(incidentId, '/split'), IncidentDetailSchema);

/**
 * Assigns, classifies or marks many incidents at once; the answer says what became of each
 * (a merged one is refused, the others still change).
 */
export const bulkUpdateIncidents = (body: BulkUpdateBody): Promise<BulkResult> =>
  staffSend('/api/incidents/bulk-update', BulkResultSchema, { body });

export const rejectReport = (reportId: string, body: RejectReportBody): Promise<ReportSummary> =>
  staffSend(`/api/reports/${encodeURIComponent(reportId)}/reject`, ReportSummarySchema, { body });

export const createTask = (incidentId: string, body: CreateTaskBody) =>
  staffSend(path(incidentId, '/tasks'), IncidentDetailSchema, { body });

export const updateTask = (incidentId: string, taskId: string, body: UpdateTaskBody) =>
  staffSend(path(incidentId, `/tasks/${encodeURIComponent(taskId)}`), IncidentDetailSchema, {
    method: 'PATCH',
    body,
  });

/** The tasks are written in the language of the request (Accept-Language: the UI's). */
export const runPlaybook = (incidentId: string, playbookId: string) =>
  staffSend(
    path(incidentId, `/playbooks/${encodeURIComponent(playbookId)}/run`),
    IncidentDetailSchema,
  );

/** Confirm, add or remove an observable of the incident. */
export const decideObservable = (incidentId: string, body: ObservableDecisionBody) =>
  staffSend(path(incidentId, '/observables'), IncidentDetailSchema, { method: 'PUT', body });

/** Every report and incident naming one value, as far as the reader may see. */
export const observableLookupQuery = (type: ObservableType, value: string) =>
  queryOptions({
    queryKey: ['observables', type, value],
    queryFn: () =>
      staffGet(
        `/api/observables?${new URLSearchParams({ type, value }).toString()}`,
        ObservableLookupSchema,
      ),
  });
