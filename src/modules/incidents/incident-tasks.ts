import type {
  CreateTaskBody,
  Task,
  UpdateTaskBody,
} from '../../domain/incidents/incident.schemas.ts';
import {
  DEFAULT_PLAYBOOKS,
  PlaybookBodySchema,
  type Playbook,
  type PlaybookBody,
} from '../../domain/incidents/playbooks.ts';
import type { LocalSubtype } from '../../domain/taxonomy/local-subtypes.ts';
import { hasPermission, requirePermission } from '../../platform/authorize.ts';
import type { RequestContext, TxContext } from '../../platform/context.ts';
import type { Db } from '../../platform/db/database.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { AppError } from '../../platform/errors.ts';
import { lockForChange } from './incident-changes.ts';
import { actorIdOf, notifyAssignee, type IncidentsShared } from './incident-shared.ts';
import { formatIncidentReference } from '../../domain/incidents/incident.schemas.ts';
import { staffRef, type Names } from './incidents.presenter.ts';
import { insertEvents, mergeTreeIds, updateIncident } from './incidents.repository.ts';
import {
  findTask,
  insertTasks,
  listStoredPlaybooks,
  playbooksRun,
  updateTask,
  upsertPlaybook,
  type TaskRow,
} from './tasks.repository.ts';

const HOUR_MS = 3_600_000;

export function presentTask(row: TaskRow, names: Names, now: Date): Task {
  const open = row.status === 'open' || row.status === 'in_progress';
  return {
    id: row.id,
    title: row.title,
    status: row.status as Task['status'],
    assignee: staffRef(row.assigneeId, names),
    dueAt: row.dueAt?.toISOString() ?? null,
    overdue: open && row.dueAt !== null && row.dueAt.getTime() < now.getTime(),
    checklist: row.checklist,
    playbookId: row.playbookId,
    createdAt: row.createdAt.toISOString(),
    completedAt: row.completedAt?.toISOString() ?? null,
  };
}

/** The playbooks in force: each built-in one, or its edited version, plus new ones. */
export async function playbooksInForce(db: Db): Promise<Playbook[]> {
  const stored = await listStoredPlaybooks(db);
  const edited = new Map(
    stored.flatMap((row) => {
      const parsed = PlaybookBodySchema.safeParse(row.definition);
      return parsed.success ? [[row.id, { row, body: parsed.data }] as const] : [];
    }),
  );
  const builtIn = DEFAULT_PLAYBOOKS.map((playbook) => {
    const override = edited.get(playbook.id);
    return override
      ? {
          id: playbook.id,
          ...override.body,
          edited: true,
          updatedAt: override.row.updatedAt.toISOString(),
        }
      : { ...playbook, edited: false, updatedAt: null };
  });
  const added = [...edited.entries()]
    .filter(([id]) => !DEFAULT_PLAYBOOKS.some((playbook) => playbook.id === id))
    .map(([id, { row, body }]) => ({
      id,
      ...body,
      edited: true,
      updatedAt: row.updatedAt.toISOString(),
    }));
  return [...builtIn, ...added];
}

/** Playbooks for a sub-type that have not run on the incident (or one merged into it). */
export async function playbooksToOffer(
  db: Db,
  incidentIds: readonly string[],
  subtype: LocalSubtype,
) {
  const [all, run] = await Promise.all([playbooksInForce(db), playbooksRun(db, incidentIds)]);
  return all
    .filter((playbook) => playbook.appliesTo.includes(subtype) && !run.has(playbook.id))
    .map((playbook) => ({ id: playbook.id, title: playbook.title }));
}

export function createIncidentTasks(shared: IncidentsShared) {
  const { deps, now, event } = shared;
  const { db, audit, staffUsers } = deps;

  async function checkAssignee(ctx: TxContext, assigneeId: string | null | undefined) {
    if (!assigneeId) return;
    const holders = await staffUsers.holdersOf('incidents:handle', ctx.tx);
    if (!holders.some((holder) => holder.id === assigneeId)) {
      throw new AppError('validation_failed', {
        fields: [{ path: 'assigneeId', message: 'not a staff member who handles incidents' }],
      });
    }
  }

  async function recordTaskChange(
    ctx: TxContext,
    incidentId: string,
    action: 'incident.task_created' | 'incident.task_updated',
    taskId: string,
  ) {
    await updateIncident(ctx.tx, incidentId, {});
    await audit.record(ctx, {
      action,
      targetType: 'incident',
      targetId: incidentId,
      details: { taskId },
    });
  }

  return {
    async createTask(ctx: RequestContext, incidentId: string, body: CreateTaskBody): Promise<void> {
      requirePermission(ctx, 'incidents:handle');
      await inTransaction(db, async (tx) => {
        const txCtx = { ...ctx, tx };
        const incident = await lockForChange(txCtx, incidentId);
        await checkAssignee(txCtx, body.assigneeId);
        const [task] = await insertTasks(tx, [
          {
            incidentId: incident.id,
            title: body.title,
            assigneeId: body.assigneeId ?? null,
            dueAt: body.dueAt ? new Date(body.dueAt) : null,
            checklist: body.checklist ?? [],
            createdBy: actorIdOf(ctx),
          },
        ]);
        if (!task) throw new Error('insert returned no row');
        await notifyAssignee(deps, txCtx, task.assigneeId, {
          kind: 'task_assigned',
          incidentId: incident.id,
          reference: formatIncidentReference(incident.number),
        });
        await insertEvents(tx, [
          event(ctx, incident.id, 'task_created', { taskId: task.id }, task.title),
        ]);
        await recordTaskChange(txCtx, incident.id, 'incident.task_created', task.id);
      });
    },

    async updateTask(
      ctx: RequestContext,
      incidentId: string,
      taskId: string,
      body: UpdateTaskBody,
    ): Promise<void> {
      requirePermission(ctx, 'incidents:handle');
      await inTransaction(db, async (tx) => {
        const txCtx = { ...ctx, tx };
        const incident = await lockForChange(txCtx, incidentId);
        const task = await findTask(tx, incident.id, taskId);
        if (!task) throw new AppError('not_found');
        await checkAssignee(txCtx, body.assigneeId);
        if (body.assigneeId && body.assigneeId !== task.assigneeId) {
          await notifyAssignee(deps, txCtx, body.assigneeId, {
            kind: 'task_assigned',
            incidentId: incident.id,
            reference: formatIncidentReference(incident.number),
          });
        }
        const finished = body.status === 'done' || body.status === 'cancelled';
        const updated = await updateTask(tx, task.id, {
          ...(body.title !== undefined ? { title: body.title } : {}),
          ...(body.status !== undefined ? { status: body.status } : {}),
          ...(body.assigneeId !== undefined ? { assigneeId: body.assigneeId } : {}),
          ...(body.dueAt !== undefined ? { dueAt: body.dueAt ? new Date(body.dueAt) : null } : {}),
          ...(body.checklist !== undefined ? { checklist: body.checklist } : {}),
          ...(body.status !== undefined ? { completedAt: finished ? now() : null } : {}),
        });
        await insertEvents(tx, [
          event(
            ctx,
            incident.id,
            'task_updated',
            {
              taskId: task.id,
              status: updated.status,
              fields: Object.keys(body).join(','),
            },
            updated.title,
          ),
        ]);
        await recordTaskChange(txCtx, incident.id, 'incident.task_updated', task.id);
      });
    },

    /** Creates the playbook's tasks on the incident, in the language of whoever runs it. */
    async runPlaybook(ctx: RequestContext, incidentId: string, playbookId: string): Promise<void> {
      requirePermission(ctx, 'incidents:handle');
      await inTransaction(db, async (tx) => {
        const txCtx = { ...ctx, tx };
        const incident = await lockForChange(txCtx, incidentId);
        const playbook = (await playbooksInForce(tx)).find((entry) => entry.id === playbookId);
        if (!playbook) throw new AppError('not_found');
        if ((await playbooksRun(tx, await mergeTreeIds(tx, incident.id))).has(playbook.id)) {
          throw new AppError('conflict', { detail: 'this playbook already ran on the incident' });
        }
        const at = now().getTime();
        const language = ctx.language;
        const created = await insertTasks(
          tx,
          playbook.tasks.map((step, position) => ({
            incidentId: incident.id,
            position,
            title: step.title[language],
            dueAt: new Date(at + step.dueWithinHours * HOUR_MS),
            checklist: step.checklist.map((item) => ({ label: item[language], done: false })),
            playbookId: playbook.id,
            createdBy: actorIdOf(ctx),
          })),
        );
        await insertEvents(tx, [
          event(
            ctx,
            incident.id,
            'playbook_run',
            { playbookId: playbook.id, tasks: created.length },
            playbook.title[language],
          ),
        ]);
        await updateIncident(tx, incident.id, {});
        await audit.record(txCtx, {
          action: 'incident.playbook_run',
          targetType: 'incident',
          targetId: incident.id,
          details: { playbookId: playbook.id, tasks: created.length },
        });
      });
    },

    /** Analysts read playbooks to run them; admins and coordinators to edit them. */
    async listPlaybooks(ctx: RequestContext): Promise<Playbook[]> {
      if (!hasPermission(ctx, 'incidents:read')) requirePermission(ctx, 'playbooks:manage');
      return playbooksInForce(db);
    },

    /** Replaces a playbook (built-in or new); tasks already created stay as they are. */
    async savePlaybook(ctx: RequestContext, id: string, body: PlaybookBody): Promise<Playbook> {
      requirePermission(ctx, 'playbooks:manage');
      return inTransaction(db, async (tx) => {
        await upsertPlaybook(tx, id, body, actorIdOf(ctx));
        await audit.record(
          { ...ctx, tx },
          {
            action: 'playbook.changed',
            targetType: 'playbook',
            targetId: id,
            details: { tasks: body.tasks.length },
          },
        );
        const saved = (await playbooksInForce(tx)).find((entry) => entry.id === id);
        if (!saved) throw new Error('saved playbook not found');
        return saved;
      });
    },
  };
}
