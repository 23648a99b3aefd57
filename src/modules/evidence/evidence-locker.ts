import type {
  CustodyActionName,
  CustodyReasonBody,
  CustodyTransferBody,
} from '../../domain/evidence/custody.schemas.ts';
import type { EvidenceDetail, EvidenceItem } from '../../domain/evidence/evidence.schemas.ts';
import { stepEvidence } from '../../domain/evidence/evidence-state.ts';
import type { Permission } from '../../domain/roles.ts';
import { requirePermission } from '../../platform/authorize.ts';
import type { RequestContext } from '../../platform/context.ts';
import type { Db } from '../../platform/db/database.ts';
import { inTransaction } from '../../platform/db/transaction.ts';
import { AppError } from '../../platform/errors.ts';
import type { AuditAction } from '../audit/index.ts';
import { listCustody } from './custody.repository.ts';
import type { CustodyWriter } from './evidence-custody.ts';
import { evidenceMessage } from './evidence.messages.ts';
import {
  presentEvidenceDetail,
  presentEvidenceItem,
  staffIdsOfItem,
} from './evidence.presenter.ts';
import {
  findEvidenceItem,
  listEvidenceInScope,
  lockEvidenceItem,
  type EvidenceRow,
} from './evidence.repository.ts';

export type LockerDeps = {
  db: Db;
  custody: CustodyWriter;
  namesOf: (ids: readonly string[], tx?: Db) => Promise<Map<string, string>>;
  incidentScope: (
    tx: Db,
    incidentId: string,
  ) => Promise<{ reference: string; incidentIds: string[]; reportIds: string[] } | null>;
  /** Removes a destroyed item's bytes when no other item holds them. */
  removeBlobsOf: (row: Pick<EvidenceRow, 'id' | 'sha256' | 'displaySha256'>) => Promise<number>;
};

/** Who may do what to an item: coordinators alone unseal and destroy. */
const PERMISSION_OF: Record<CustodyActionName | 'transfer', Permission> = {
  seal: 'evidence:handle',
  unseal: 'evidence:unseal',
  hold: 'evidence:handle',
  release: 'evidence:handle',
  destroy: 'evidence:destroy',
  transfer: 'evidence:handle',
};

const AUDIT_OF: Record<CustodyActionName | 'transfer', AuditAction> = {
  seal: 'evidence.sealed',
  unseal: 'evidence.unsealed',
  hold: 'evidence.hold_placed',
  release: 'evidence.hold_released',
  destroy: 'evidence.destroyed',
  transfer: 'evidence.transferred',
};

/**
 * The evidence locker: an incident's items, one item with its chain of custody, and the
 * handling actions (seal, unseal, legal hold, release, destroy, transfer), each with a
 * stated reason, a custody entry and an audit event in one transaction.
 */
export function createEvidenceLocker(deps: LockerDeps) {
  const { db } = deps;

  async function getEvidence(ctx: RequestContext, evidenceId: string): Promise<EvidenceDetail> {
    requirePermission(ctx, 'evidence:read');
    const row = await findEvidenceItem(db, evidenceId);
    if (!row) throw new AppError('not_found');
    const custody = await listCustody(db, row.id);
    const names = await deps.namesOf([
      ...staffIdsOfItem(row),
      ...custody.flatMap((entry) => (entry.actorUserId ? [entry.actorUserId] : [])),
    ]);
    return presentEvidenceDetail(row, custody, names);
  }

  async function act(
    ctx: RequestContext,
    evidenceId: string,
    action: CustodyActionName | 'transfer',
    body: { reason: string; to?: string },
  ): Promise<EvidenceDetail> {
    requirePermission(ctx, PERMISSION_OF[action]);
    const destroyed = await inTransaction(db, async (tx) => {
      const row = await lockEvidenceItem(tx, evidenceId);
      if (!row) throw new AppError('not_found');
      const step = stepEvidence({ state: row.state, legalHold: row.legalHold }, action);
      if (!step.ok) {
        throw new AppError('conflict', {
          detail: `evidence ${row.id}: ${action} refused: ${step.refusal}`,
          fields: [{ path: 'state', message: evidenceMessage(step.refusal, ctx.language) }],
        });
      }
      const destroying = step.next.state === 'destroyed';
      await deps.custody.append(
        { ...ctx, tx },
        row,
        {
          action: step.custody,
          purpose: body.reason,
          details: {
            ...(body.to ? { to: body.to } : {}),
            ...(destroying ? { sha256: row.sha256, size: row.sizeBytes } : {}),
          },
          audit: AUDIT_OF[action],
          auditDetails: { reason: body.reason, ...(body.to ? { to: body.to } : {}) },
        },
        {
          state: step.next.state,
          legalHold: step.next.legalHold,
          ...(destroying ? { destroyedAt: new Date() } : {}),
        },
      );
      return destroying ? row : null;
    });
    // After the commit: bytes removed before it could be lost to a rollback. A crash in
    // between leaves them to the scheduled verification, which finishes the removal.
    if (destroyed) await deps.removeBlobsOf(destroyed);
    return getEvidence(ctx, evidenceId);
  }

  return {
    getEvidence,

    /** The evidence of an incident, of the incidents merged into it and of their reports. */
    listIncidentEvidence: async (
      ctx: RequestContext,
      incidentId: string,
    ): Promise<EvidenceItem[]> => {
      requirePermission(ctx, 'evidence:read');
      const scope = await deps.incidentScope(db, incidentId);
      if (!scope) throw new AppError('not_found');
      const rows = await listEvidenceInScope(db, scope);
      const names = await deps.namesOf(rows.flatMap(staffIdsOfItem));
      return rows.map((row) => presentEvidenceItem(row, names));
    },

    applyAction: (
      ctx: RequestContext,
      evidenceId: string,
      action: CustodyActionName,
      body: CustodyReasonBody,
    ) => act(ctx, evidenceId, action, body),

    transfer: (ctx: RequestContext, evidenceId: string, body: CustodyTransferBody) =>
      act(ctx, evidenceId, 'transfer', body),
  };
}
