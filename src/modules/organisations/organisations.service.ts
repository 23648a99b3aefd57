import type {
  ApiTokenView,
  CreateOrganisationBody,
  OrganisationView,
} from '../../domain/organisations/organisation.schemas.ts';
import type { RequestContext } from '../../platform/context.ts';
import type { Db } from '../../platform/db/database.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { AppError } from '../../platform/errors.ts';
import { requirePermission } from '../../platform/authorize.ts';
import { hashToken, randomToken } from '../../platform/crypto/tokens.ts';
import type { AuditService } from '../audit/index.ts';
import {
  findOrganisation,
  findOrganisationByName,
  insertApiToken,
  insertOrganisation,
  listApiTokens,
  listOrganisations,
  revokeApiToken,
  useApiToken,
  type ApiTokenRow,
  type OrganisationRow,
} from './organisations.repository.ts';

export type OrganisationsDeps = { db: Db; audit: AuditService };
export type OrganisationsService = ReturnType<typeof createOrganisationsService>;

/** Tokens read `kp_…` so a leaked one is recognisable in logs and secret scanners. */
export const API_TOKEN_PREFIX = 'kp_';

const presentOrganisation = (row: OrganisationRow): OrganisationView => ({
  id: row.id,
  name: row.name,
  kind: row.kind,
  createdAt: row.createdAt.toISOString(),
});

const presentToken = (row: ApiTokenRow): ApiTokenView => ({
  id: row.id,
  organisationId: row.organisationId,
  name: row.name,
  prefix: row.prefix,
  createdAt: row.createdAt.toISOString(),
  lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
  revokedAt: row.revokedAt?.toISOString() ?? null,
});

export function createOrganisationsService(deps: OrganisationsDeps) {
  const { db, audit } = deps;
  const staffId = (ctx: RequestContext) => (ctx.actor.kind === 'staff' ? ctx.actor.userId : null);

  return {
    async createOrganisation(ctx: RequestContext, body: CreateOrganisationBody) {
      requirePermission(ctx, 'organisations:manage');
      return inTransaction(db, async (tx) => {
        if (await findOrganisationByName(tx, body.name)) {
          throw new AppError('conflict', { detail: 'an organisation with this name exists' });
        }
        const row = await insertOrganisation(tx, body);
        await audit.record(
          { ...ctx, tx },
          { action: 'organisation.created', targetType: 'organisation', targetId: row.id },
        );
        return presentOrganisation(row);
      });
    },

    async listOrganisations(ctx: RequestContext): Promise<OrganisationView[]> {
      requirePermission(ctx, 'organisations:manage');
      return (await listOrganisations(db)).map(presentOrganisation);
    },

    /** A new token for an organisation's systems; the clear token is returned only here. */
    /** Names of the organisations, for analysts who record which one an incident affects. */
    async directory(ctx: RequestContext): Promise<{ id: string; name: string }[]> {
      requirePermission(ctx, 'incidents:read');
      return (await listOrganisations(db)).map((row) => ({ id: row.id, name: row.name }));
    },

    /** One organisation's name by id, or null; for showing a reference (tx-aware). */
    async nameOf(id: string, tx: Db = db): Promise<{ id: string; name: string } | null> {
      const row = await findOrganisation(tx, id);
      return row ? { id: row.id, name: row.name } : null;
    },

    async createApiToken(ctx: RequestContext, organisationId: string, name: string) {
      requirePermission(ctx, 'organisations:manage');
      return inTransaction(db, async (tx) => {
        if (!(await findOrganisation(tx, organisationId))) throw new AppError('not_found');
        const token = `${API_TOKEN_PREFIX}${randomToken()}`;
        const row = await insertApiToken(tx, {
          organisationId,
          name,
          tokenHash: hashToken(token),
          prefix: token.slice(0, 10),
          createdBy: staffId(ctx),
        });
        await audit.record(
          { ...ctx, tx },
          {
            action: 'api_token.created',
            targetType: 'api_token',
            targetId: row.id,
            details: { organisationId },
          },
        );
        return { ...presentToken(row), token };
      });
    },

    async listApiTokens(ctx: RequestContext, organisationId: string): Promise<ApiTokenView[]> {
      requirePermission(ctx, 'organisations:manage');
      if (!(await findOrganisation(db, organisationId))) throw new AppError('not_found');
      return (await listApiTokens(db, organisationId)).map(presentToken);
    },

    async revokeApiToken(ctx: RequestContext, tokenId: string): Promise<ApiTokenView> {
      requirePermission(ctx, 'organisations:manage');
      return inTransaction(db, async (tx) => {
        const row = await revokeApiToken(tx, tokenId);
        if (!row) throw new AppError('not_found');
        await audit.record(
          { ...ctx, tx },
          { action: 'api_token.revoked', targetType: 'api_token', targetId: row.id },
        );
        return presentToken(row);
      });
    },

    /** The organisation a bearer token speaks for, or null when unknown or revoked. */
    async resolveApiToken(token: string) {
      if (!token.startsWith(API_TOKEN_PREFIX) || token.length > 100) return null;
      const row = await useApiToken(db, hashToken(token));
      return row ? { organisationId: row.organisationId, tokenId: row.id } : null;
    },
  };
}
