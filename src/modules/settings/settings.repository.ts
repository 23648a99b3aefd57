import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import { settings } from './settings.table.ts';

export async function selectSetting(db: Db, key: string): Promise<unknown> {
  const [row] = await db
    .select({ value: settings.value })
    .from(settings)
    .where(eq(settings.key, key));
  return row?.value;
}

export async function upsertSetting(
  db: Db,
  key: string,
  value: unknown,
  updatedBy: string | null,
): Promise<void> {
  await db
    .insert(settings)
    .values({ key, value, updatedBy })
    .onConflictDoUpdate({
      target: settings.key,
      set: { value, updatedBy, updatedAt: sql`now()` },
    });
}
