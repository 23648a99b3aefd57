import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import { apiTokens, organisations } from './organisations.table.ts';

export type OrganisationRow = typeof organisations.$inferSelect;
export type ApiTokenRow = typeof apiTokens.$inferSelect;

export async function insertOrganisation(
  db: Db,
  organisation: Pick<OrganisationRow, 'name' | 'kind'>,
): Promise<OrganisationRow> {
  const [row] = await db.insert(organisations).values(organisation).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

export async function findOrganisationByName(db: Db, name: string) {
  const [row] = await db
    .select()
    .from(organisations)
    .where(eq(sql`lower(${organisations.name})`, name.toLowerCase()));
  return row ?? null;
}

export async function findOrganisation(db: Db, id: string): Promise<OrganisationRow | null> {
  const [row] = await db.select().from(organisations).where(eq(organisations.id, id));
  return row ?? null;
}

export const listOrganisations = (db: Db) =>
  db.select().from(organisations).orderBy(asc(organisations.name));

export async function insertApiToken(
  db: Db,
  token: Pick<ApiTokenRow, 'organisationId' | 'name' | 'tokenHash' | 'prefix' | 'createdBy'>,
): Promise<ApiTokenRow> {
  const [row] = await db.insert(apiTokens).values(token).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

export const listApiTokens = (db: Db, organisationId: string) =>
  db
    .select()
    .from(apiTokens)
    .where(eq(apiTokens.organisationId, organisationId))
    .orderBy(asc(apiTokens.createdAt));

/** The live token with this hash; marks it used (at most once a minute). */
export async function useApiToken(db: Db, tokenHash: string): Promise<ApiTokenRow | null> {
  const [row] = await db
    .select()
    .from(apiTokens)
    .where(and(eq(apiTokens.tokenHash, tokenHash), isNull(apiTokens.revokedAt)));
  if (!row) return null;
  if (!row.lastUsedAt || Date.now() - row.lastUsedAt.getTime() > 60_000) {
    await db
      .update(apiTokens)
      .set({ lastUsedAt: sql`now()` })
      .where(eq(apiTokens.id, row.id));
  }
  return row;
}

export async function revokeApiToken(db: Db, id: string): Promise<ApiTokenRow | null> {
  const [row] = await db
    .update(apiTokens)
    .set({ revokedAt: sql`coalesce(${apiTokens.revokedAt}, now())` })
    .where(eq(apiTokens.id, id))
    .returning();
  return row ?? null;
}
