import { and, asc, eq } from 'drizzle-orm';
import type { SavedView, SaveViewBody } from '../../domain/saved-views.schemas.ts';
import type { RequestContext } from '../../platform/context.ts';
import { isUniqueViolation, type Db } from '../../platform/db/database.ts';
import { AppError } from '../../platform/errors.ts';
import { savedViews } from './saved-views.table.ts';

export type SavedViewsService = ReturnType<typeof createSavedViewsService>;

/** The most views one person keeps per queue; a list, not a database. */
const MAX_VIEWS = 50;

const present = (row: typeof savedViews.$inferSelect): SavedView => ({
  id: row.id,
  scope: row.scope,
  name: row.name,
  query: row.query,
  createdAt: row.createdAt.toISOString(),
});

function userOf(ctx: RequestContext): string {
  if (ctx.actor.kind !== 'staff') throw new AppError('unauthenticated');
  return ctx.actor.userId;
}

/** Saved queue views belong to one person: nobody else lists, uses or deletes them. */
export function createSavedViewsService(deps: { db: Db }) {
  const { db } = deps;
  const mine = (userId: string, scope: SavedView['scope']) =>
    and(eq(savedViews.userId, userId), eq(savedViews.scope, scope));

  return {
    async list(ctx: RequestContext, scope: SavedView['scope']): Promise<SavedView[]> {
      const rows = await db
        .select()
        .from(savedViews)
        .where(mine(userOf(ctx), scope))
        .orderBy(asc(savedViews.name));
      return rows.map(present);
    },

    async save(ctx: RequestContext, body: SaveViewBody): Promise<SavedView> {
      const userId = userOf(ctx);
      const existing = await db
        .select({ id: savedViews.id })
        .from(savedViews)
        .where(mine(userId, body.scope));
      if (existing.length >= MAX_VIEWS) {
        throw new AppError('conflict', { detail: `at most ${MAX_VIEWS} saved views per queue` });
      }
      try {
        const [row] = await db
          .insert(savedViews)
          .values({ userId, ...body })
          .returning();
        if (!row) throw new Error('insert returned no row');
        return present(row);
      } catch (error) {
        if (isUniqueViolation(error)) {
          throw new AppError('conflict', { detail: 'a view with this name exists' });
        }
        throw error;
      }
    },

    async remove(ctx: RequestContext, id: string): Promise<void> {
      const deleted = await db
        .delete(savedViews)
        .where(and(eq(savedViews.id, id), eq(savedViews.userId, userOf(ctx))))
        .returning({ id: savedViews.id });
      if (deleted.length === 0) throw new AppError('not_found');
    },
  };
}
