import { and, asc, eq, isNotNull, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import { incidentTasks, playbooks } from './incidents.table.ts';

export type TaskRow = typeof incidentTasks.$inferSelect;
export type NewTaskRow = typeof incidentTasks.$inferInsert;

export async function insertTasks(db: Db, tasks: NewTaskRow[]): Promise<TaskRow[]> {
  if (tasks.length === 0) return [];
  return db.insert(incidentTasks).values(tasks).returning();
}

export function listTasks(db: Db, incidentIds: readonly string[]): Promise<TaskRow[]> {
  if (incidentIds.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(incidentTasks)
    .where(sql`${incidentTasks.incidentId} in ${[...incidentIds]}`)
    .orderBy(asc(incidentTasks.createdAt), asc(incidentTasks.position), asc(incidentTasks.id));
}

export async function findTask(db: Db, incidentId: string, taskId: string) {
  const [row] = await db
    .select()
    .from(incidentTasks)
    .where(and(eq(incidentTasks.id, taskId), eq(incidentTasks.incidentId, incidentId)))
    .for('update');
  return row ?? null;
}

export async function updateTask(db: Db, taskId: string, patch: Partial<NewTaskRow>) {
  const [row] = await db
    .update(incidentTasks)
    .set({ ...patch, updatedAt: sql`now()` })
    .where(eq(incidentTasks.id, taskId))
    .returning();
  if (!row) throw new Error('update returned no row');
  return row;
}

/** The playbooks that already ran on an incident. */
export async function playbooksRun(db: Db, incidentIds: readonly string[]): Promise<Set<string>> {
  const rows = await db
    .selectDistinct({ playbookId: incidentTasks.playbookId })
    .from(incidentTasks)
    .where(
      and(
        sql`${incidentTasks.incidentId} in ${[...incidentIds]}`,
        isNotNull(incidentTasks.playbookId),
      ),
    );
  return new Set(rows.flatMap((row) => row.playbookId ?? []));
}

export type StoredPlaybookRow = typeof playbooks.$inferSelect;

export function listStoredPlaybooks(db: Db): Promise<StoredPlaybookRow[]> {
  return db.select().from(playbooks);
}

export async function upsertPlaybook(
  db: Db,
  id: string,
  definition: unknown,
  updatedBy: string | null,
): Promise<void> {
  await db
    .insert(playbooks)
    .values({ id, definition, updatedBy })
    .onConflictDoUpdate({
      target: playbooks.id,
      set: { definition, updatedBy, updatedAt: sql`now()` },
    });
}
