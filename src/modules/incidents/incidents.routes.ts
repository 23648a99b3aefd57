import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  BulkRejectBodySchema,
  BulkResultSchema,
  BulkUpdateBodySchema,
  CommentBodySchema,
  CreateTaskBodySchema,
  PlaybookRunParamsSchema,
  TaskParamsSchema,
  UpdateTaskBodySchema,
  CreateIncidentBodySchema,
  IncidentCountsSchema,
  IncidentDetailSchema,
  IncidentIdParamsSchema,
  IncidentListQuerySchema,
  IncidentListSchema,
  IncidentReportParamsSchema,
  LinkReportsBodySchema,
  MergeBodySchema,
  ObservableLookupSchema,
  RejectReportBodySchema,
  StaffRefSchema,
  TransitionBodySchema,
  UpdateIncidentBodySchema,
} from '../../domain/incidents/incident.schemas.ts';
import {
  ObservableDecisionBodySchema,
  ObservableLookupQuerySchema,
} from '../../domain/observables/observable.schemas.ts';
import { ReportIdParamsSchema, ReportSummarySchema } from '../../domain/reports/report.schemas.ts';
import {
  PlaybookBodySchema,
  PlaybookIdSchema,
  PlaybookSchema,
} from '../../domain/incidents/playbooks.ts';
import type { StaffUsersService } from '../auth/index.ts';
import type { OrganisationsService } from '../organisations/index.ts';
import type { ReportsService } from '../reports/index.ts';
import type { IncidentsService } from './incidents.service.ts';

export type IncidentsRoutesDeps = {
  incidents: IncidentsService;
  reports: ReportsService;
  staffUsers: StaffUsersService;
  organisations: OrganisationsService;
};

export const incidentsRoutes =
  (deps: IncidentsRoutesDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const { incidents } = deps;
    const read = { access: { permission: 'incidents:read' } } as const;
    const handle = { access: { permission: 'incidents:handle' } } as const;
    const detail = { 200: IncidentDetailSchema };
    const tags = ['incidents'];

    app.get(
      '/api/incidents',
      {
        config: read,
        schema: {
          tags,
          summary: 'The incident queue: open incidents by default, with filters',
          querystring: IncidentListQuerySchema,
          response: { 200: IncidentListSchema },
        },
      },
      async (request) => incidents.listIncidents(request.ctx, request.query),
    );

    app.get(
      '/api/incidents/counts',
      {
        config: read,
        schema: {
          tags,
          summary: "The queue's counts: by status, open by severity, unassigned, SLA at risk",
          response: { 200: IncidentCountsSchema },
        },
      },
      async (request) => incidents.countIncidents(request.ctx),
    );

    app.get(
      '/api/incidents/export.csv',
      {
        config: read,
        schema: {
          tags,
          summary: 'The queue result list as CSV (same filters, at most 10,000 rows; audited)',
          querystring: IncidentListQuerySchema,
          produces: ['text/csv'],
          response: { 200: z.string().describe('CSV, UTF-8 with BOM') },
        },
      },
      async (request, reply) => {
        const csv = await incidents.exportIncidentsCsv(request.ctx, request.query);
        return reply
          .type('text/csv; charset=utf-8')
          .header('content-disposition', 'attachment; filename="incidents.csv"')
          .header('cache-control', 'no-store')
          .send(csv);
      },
    );

    app.post(
      '/api/incidents',
      {
        config: handle,
        schema: {
          tags,
          summary: 'Create an incident from reports, or directly',
          body: CreateIncidentBodySchema,
          response: { 201: IncidentDetailSchema },
        },
      },
      async (request, reply) =>
        reply.code(201).send(await incidents.createIncident(request.ctx, request.body)),
    );

    app.get(
      '/api/incidents/:incidentId',
      {
        config: read,
        schema: {
          tags,
          summary: 'One incident with its reports and timeline; opening it is audited',
          params: IncidentIdParamsSchema,
          response: detail,
        },
      },
      async (request) => incidents.getIncident(request.ctx, request.params.incidentId),
    );

    app.patch(
      '/api/incidents/:incidentId',
      {
        config: handle,
        schema: {
          tags,
          summary: 'Change classification, severity, TLP, assignee and other details',
          params: IncidentIdParamsSchema,
          body: UpdateIncidentBodySchema,
          response: detail,
        },
      },
      async (request) =>
        incidents.updateIncident(request.ctx, request.params.incidentId, request.body),
    );

    app.post(
      '/api/incidents/:incidentId/transitions',
      {
        config: handle,
        schema: {
          tags,
          summary: 'Move the incident along its lifecycle',
          description:
            'Closing needs a disposition and a resolution note; reopening needs a reason. ' +
            'A move the lifecycle does not allow answers 409 invalid_transition.',
          params: IncidentIdParamsSchema,
          body: TransitionBodySchema,
          response: detail,
        },
      },
      async (request) => incidents.transition(request.ctx, request.params.incidentId, request.body),
    );

    app.post(
      '/api/incidents/:incidentId/containment',
      {
        config: handle,
        schema: {
          tags,
          summary: 'Record that the harm is contained (SLA containment milestone)',
          params: IncidentIdParamsSchema,
          response: detail,
        },
      },
      async (request) => incidents.markContained(request.ctx, request.params.incidentId),
    );

    app.post(
      '/api/incidents/:incidentId/comments',
      {
        config: handle,
        schema: {
          tags,
          summary: 'Comment internally, or write to the reporter of one of its reports',
          params: IncidentIdParamsSchema,
          body: CommentBodySchema,
          response: { 201: IncidentDetailSchema },
        },
      },
      async (request, reply) =>
        reply
          .code(201)
          .send(await incidents.comment(request.ctx, request.params.incidentId, request.body)),
    );

    app.post(
      '/api/incidents/:incidentId/reports',
      {
        config: handle,
        schema: {
          tags,
          summary: 'Link reports to the incident',
          params: IncidentIdParamsSchema,
          body: LinkReportsBodySchema,
          response: detail,
        },
      },
      async (request) =>
        incidents.linkReports(request.ctx, request.params.incidentId, request.body),
    );

    app.delete(
      '/api/incidents/:incidentId/reports/:reportId',
      {
        config: handle,
        schema: {
          tags,
          summary: 'Take a report out of the incident; it returns to the triage queue',
          params: IncidentReportParamsSchema,
          response: detail,
        },
      },
      async (request) =>
        incidents.unlinkReport(request.ctx, request.params.incidentId, request.params.reportId),
    );

    app.post(
      '/api/incidents/:incidentId/merge',
      {
        config: handle,
        schema: {
          tags,
          summary: 'Merge other incidents into this one (reversible by split)',
          params: IncidentIdParamsSchema,
          body: MergeBodySchema,
          response: detail,
        },
      },
      async (request) => incidents.mergeInto(request.ctx, request.params.incidentId, request.body),
    );

    app.post(
      '/api/incidents/:incidentId/split',
      {
        config: handle,
        schema: {
          tags,
          summary: 'Undo the merge of this incident: it stands on its own again',
          params: IncidentIdParamsSchema,
          response: detail,
        },
      },
      async (request) => incidents.split(request.ctx, request.params.incidentId),
    );

    app.put(
      '/api/incidents/:incidentId/observables',
      {
        config: handle,
        schema: {
          tags,
          summary: 'Confirm, add or remove an observable of the incident',
          params: IncidentIdParamsSchema,
          body: ObservableDecisionBodySchema,
          response: detail,
        },
      },
      async (request) =>
        incidents.decideObservable(request.ctx, request.params.incidentId, request.body),
    );

    app.get(
      '/api/observables',
      {
        config: read,
        schema: {
          tags,
          summary: 'Every report and incident that names a value (exact match, normalised)',
          querystring: ObservableLookupQuerySchema,
          response: { 200: ObservableLookupSchema },
        },
      },
      async (request) => incidents.lookupObservable(request.ctx, request.query),
    );

    app.post(
      '/api/incidents/:incidentId/tasks',
      {
        config: handle,
        schema: {
          tags,
          summary: 'Add a task to the incident',
          params: IncidentIdParamsSchema,
          body: CreateTaskBodySchema,
          response: { 201: IncidentDetailSchema },
        },
      },
      async (request, reply) =>
        reply
          .code(201)
          .send(await incidents.createTask(request.ctx, request.params.incidentId, request.body)),
    );

    app.patch(
      '/api/incidents/:incidentId/tasks/:taskId',
      {
        config: handle,
        schema: {
          tags,
          summary: 'Change a task: status, assignee, due date, checklist',
          params: TaskParamsSchema,
          body: UpdateTaskBodySchema,
          response: detail,
        },
      },
      async (request) =>
        incidents.updateTask(
          request.ctx,
          request.params.incidentId,
          request.params.taskId,
          request.body,
        ),
    );

    app.post(
      '/api/incidents/:incidentId/playbooks/:playbookId/run',
      {
        config: handle,
        schema: {
          tags,
          summary: "Run a playbook: create its tasks, in the runner's language (once per incident)",
          params: PlaybookRunParamsSchema,
          response: detail,
        },
      },
      async (request) =>
        incidents.runPlaybook(request.ctx, request.params.incidentId, request.params.playbookId),
    );

    app.get(
      '/api/playbooks',
      {
        config: { access: 'staff' },
        schema: {
          tags,
          summary: 'The playbooks in force (built-in or as edited)',
          response: { 200: z.array(PlaybookSchema) },
        },
      },
      async (request) => incidents.listPlaybooks(request.ctx),
    );

    app.put(
      '/api/playbooks/:playbookId',
      {
        config: { access: { permission: 'playbooks:manage' } },
        schema: {
          tags,
          summary: 'Create or replace a playbook (audited)',
          params: z.object({ playbookId: PlaybookIdSchema }),
          body: PlaybookBodySchema,
          response: { 200: PlaybookSchema },
        },
      },
      async (request) =>
        incidents.savePlaybook(request.ctx, request.params.playbookId, request.body),
    );

    app.get(
      '/api/incidents/organisations',
      {
        config: read,
        schema: {
          tags,
          summary: 'Organisations an incident can be recorded as affecting',
          response: { 200: z.array(z.object({ id: z.uuid(), name: z.string() })) },
        },
      },
      async (request) => deps.organisations.directory(request.ctx),
    );

    app.get(
      '/api/incidents/assignees',
      {
        config: read,
        schema: {
          tags,
          summary: 'Staff members an incident can be assigned to',
          response: { 200: z.array(StaffRefSchema) },
        },
      },
      async () => deps.staffUsers.holdersOf('incidents:handle'),
    );

    app.post(
      '/api/incidents/bulk-update',
      {
        config: handle,
        schema: {
          tags,
          summary:
            'Assign, classify or mark many incidents at once; the answer says what happened to each',
          body: BulkUpdateBodySchema,
          response: { 200: BulkResultSchema },
        },
      },
      async (request) => incidents.bulkUpdate(request.ctx, request.body),
    );

    app.post(
      '/api/reports/bulk-reject',
      {
        config: { access: { permission: 'reports:respond' } },
        schema: {
          tags: ['reports'],
          summary: 'Reject many reports for one reason; each reporter is told in their language',
          body: BulkRejectBodySchema,
          response: { 200: BulkResultSchema },
        },
      },
      async (request) => incidents.bulkReject(request.ctx, request.body),
    );

    app.post(
      '/api/reports/:reportId/reject',
      {
        config: { access: { permission: 'reports:respond' } },
        schema: {
          tags: ['reports'],
          summary: 'Close a report as spam, out of scope or duplicate; the reporter is told why',
          params: ReportIdParamsSchema,
          body: RejectReportBodySchema,
          response: { 200: ReportSummarySchema },
        },
      },
      async (request) =>
        deps.reports.rejectReport(request.ctx, request.params.reportId, request.body, (tx) =>
          incidents.incidentOfReport(tx, request.params.reportId).then((id) => id !== null),
        ),
    );
  };
