import { normaliseText } from '../reports/text.ts';
import { expiresAt, isExpired, isRunning, preservationPeriod } from './period.ts';
import {
  preservationRoleHas,
  type PreservationActor,
  type PreservationPermission,
} from './permissions.ts';
import {
  PRESERVATION_LIMITS,
  type CreatePreservationOrderBody,
  type PreservationOrder,
  type PreservationStatus,
  type RenewPreservationOrderBody,
} from './preservation.schemas.ts';

/*
 * Where a preservation order stands and who may move it. A liaison's request waits for a
 * prosecutor (approved or refused); an order a prosecutor writes is approved at once. Then
 * it is sent to the provider, who acknowledges and confirms the data preserved; it ends
 * released (lifted by the prosecutor) or expired (the system, once the period is over).
 * Renewal is no status: once, before expiry, while the order runs, with a new
 * justification, for at most 90 more days after the old expiry.
 */

export { PreservationStatusSchema, type PreservationStatus } from './preservation.schemas.ts';

/**
 * Every legal move, and only those. sent → preserved is allowed because a provider's first
 * answer often confirms the preservation; it counts as the acknowledgement too.
 */
export const PRESERVATION_TRANSITIONS: Record<PreservationStatus, readonly PreservationStatus[]> = {
  requested: ['approved', 'refused'],
  approved: ['sent'],
  refused: [],
  sent: ['acknowledged', 'preserved', 'released', 'expired'],
  acknowledged: ['preserved', 'released', 'expired'],
  preserved: ['released', 'expired'],
  released: [],
  expired: [],
};

/** The permission each move needs; `system` for expiry, which no person records. */
export const MOVE_PERMISSION: Record<
  Exclude<PreservationStatus, 'requested'>,
  PreservationPermission | 'system'
> = {
  approved: 'preservation:issue',
  refused: 'preservation:issue',
  sent: 'preservation:track',
  acknowledged: 'preservation:track',
  preserved: 'preservation:track',
  released: 'preservation:release',
  expired: 'system',
};

export const isFinal = (status: PreservationStatus): boolean =>
  PRESERVATION_TRANSITIONS[status].length === 0;

export type PreservationTransitionRequest = {
  to: PreservationStatus;
  /** Required (non-blank) when refusing or releasing. */
  reason?: string;
  /** When it happened, if before it is recorded: sent by fax at 9:00, recorded at 11:00. */
  occurredAt?: Date;
};

export type PreservationTransitionProblem =
  | 'same_status'
  | 'illegal_transition'
  | 'forbidden'
  /** The prosecutor deciding is the one who asked. */
  | 'self_approval'
  /** The period is over: only the move to expired is left. */
  | 'expired'
  /** Expiry before the period is over. */
  | 'not_expired'
  | 'reason_required'
  | 'time_in_future'
  | 'time_before_previous';

export type Check<P extends string> = { ok: true } | { ok: false; problem: P };

const isBlank = (value: string | undefined): boolean =>
  value === undefined || normaliseText(value) === '';

const mayDo = (actor: PreservationActor, needs: PreservationPermission | 'system'): boolean =>
  needs === 'system'
    ? actor.kind === 'system'
    : actor.kind === 'staff' && preservationRoleHas(actor.role, needs);

/** The latest moment the order's history has reached before a move to `to`. */
function previousMoment(order: PreservationOrder): Date {
  const moments = [
    order.requestedAt,
    order.decidedAt,
    order.sentAt,
    order.acknowledgedAt,
    order.preservedAt,
    order.renewal?.renewedAt ?? null,
  ].filter((value): value is string => value !== null);
  return new Date(Math.max(...moments.map((value) => new Date(value).getTime())));
}

/**
 * Whether `actor` may move the order to `request.to` at `now`, and if not the first
 * problem, in this order: same status, not in the table, not permitted, expiry (too late
 * for anything but expiring, or too early to expire), self-approval, missing reason, a
 * time in the future or before the order's previous step.
 */
export function checkPreservationTransition(
  order: PreservationOrder,
  request: PreservationTransitionRequest,
  actor: PreservationActor,
  now: Date,
): Check<PreservationTransitionProblem> {
  const { to } = request;
  if (order.status === to) return { ok: false, problem: 'same_status' };
  if (!PRESERVATION_TRANSITIONS[order.status].includes(to) || to === 'requested') {
    return { ok: false, problem: 'illegal_transition' };
  }
  if (!mayDo(actor, MOVE_PERMISSION[to])) return { ok: false, problem: 'forbidden' };
  const over = isExpired(order, now);
  if (to === 'expired' && !over) return { ok: false, problem: 'not_expired' };
  if (to !== 'expired' && over) return { ok: false, problem: 'expired' };
  if (
    (to === 'approved' || to === 'refused') &&
    actor.kind === 'staff' &&
    actor.userId === order.requestedBy
  ) {
    return { ok: false, problem: 'self_approval' };
  }
  if ((to === 'refused' || to === 'released') && isBlank(request.reason)) {
    return { ok: false, problem: 'reason_required' };
  }
  if (request.occurredAt) {
    if (request.occurredAt > now) return { ok: false, problem: 'time_in_future' };
    if (request.occurredAt < previousMoment(order)) {
      return { ok: false, problem: 'time_before_previous' };
    }
  }
  return { ok: true };
}

export type Applied<P extends string> =
  { ok: true; order: PreservationOrder } | { ok: false; problem: P };

/** The order after the move, with the moment and who decided; or the problem. */
export function applyPreservationTransition(
  order: PreservationOrder,
  request: PreservationTransitionRequest,
  actor: PreservationActor,
  now: Date,
): Applied<PreservationTransitionProblem> {
  const check = checkPreservationTransition(order, request, actor, now);
  if (!check.ok) return check;
  const at = (request.occurredAt ?? now).toISOString();
  const reason = request.reason === undefined ? null : normaliseText(request.reason);
  const next: PreservationOrder = { ...order, status: request.to };
  switch (request.to) {
    case 'approved':
    case 'refused':
      next.decidedBy = actor.kind === 'staff' ? actor.userId : null;
      next.decidedAt = now.toISOString();
      if (request.to === 'refused') next.refusalReason = reason;
      break;
    case 'sent':
      next.sentAt = at;
      break;
    case 'acknowledged':
      next.acknowledgedAt = at;
      break;
    case 'preserved':
      next.preservedAt = at;
      next.acknowledgedAt = order.acknowledgedAt ?? at;
      break;
    case 'released':
      next.releasedAt = at;
      next.releaseReason = reason;
      break;
    case 'expired':
      next.expiredAt = expiresAt(order)?.toISOString() ?? now.toISOString();
      break;
    case 'requested':
      break;
  }
  return { ok: true, order: next };
}

/** The statuses `actor` may move the order to now (with the fields each needs given). */
export function allowedPreservationMoves(
  order: PreservationOrder,
  actor: PreservationActor,
  now: Date,
): PreservationStatus[] {
  return PRESERVATION_TRANSITIONS[order.status].filter(
    (to) => checkPreservationTransition(order, { to, reason: 'stated' }, actor, now).ok === true,
  );
}

// ---------------------------------------------------------------------------------------
// Creation

export type CreateProblem = 'forbidden';

/**
 * A new order from a parsed body: a prosecutor's is approved at once (the prosecutor
 * orders it); a liaison's is a request for a prosecutor to decide. Anyone else: forbidden.
 */
export function newPreservationOrder(
  body: CreatePreservationOrderBody,
  actor: PreservationActor,
  now: Date,
  ids: { id: string; reference: string },
): Applied<CreateProblem> {
  if (actor.kind !== 'staff') return { ok: false, problem: 'forbidden' };
  const issues = preservationRoleHas(actor.role, 'preservation:issue');
  if (!issues && !preservationRoleHas(actor.role, 'preservation:request')) {
    return { ok: false, problem: 'forbidden' };
  }
  const at = now.toISOString();
  return {
    ok: true,
    order: {
      id: ids.id,
      reference: ids.reference,
      incidentId: body.incidentId,
      status: issues ? 'approved' : 'requested',
      serviceProvider: body.serviceProvider,
      dataCategories: body.dataCategories,
      identifiers: body.identifiers,
      legalBases: body.legalBases,
      requestingParty: body.requestingParty,
      necessity: body.necessity,
      proportionality: body.proportionality,
      days: body.days,
      requestedBy: actor.userId,
      requestedAt: at,
      decidedBy: issues ? actor.userId : null,
      decidedAt: issues ? at : null,
      refusalReason: null,
      sentAt: null,
      acknowledgedAt: null,
      preservedAt: null,
      releasedAt: null,
      releaseReason: null,
      expiredAt: null,
      renewal: null,
      remindersSent: [],
    },
  };
}

// ---------------------------------------------------------------------------------------
// Renewal

export type RenewalProblem =
  | 'not_running'
  | 'already_renewed'
  | 'forbidden'
  | 'expired'
  | 'period_out_of_range'
  | 'justification_required'
  /** The renewal repeats the original necessity word for word. */
  | 'same_justification'
  | 'proportionality_required';

const tooShort = (value: string, min: number) => normaliseText(value).length < min;

/**
 * Whether `actor` may renew the order now, and if not the first problem: not running
 * (only sent, acknowledged or preserved orders), renewed once already, not permitted,
 * expired, days outside 1–90, a justification missing, too short or the old one again,
 * a proportionality statement missing.
 */
export function checkRenewal(
  order: PreservationOrder,
  request: RenewPreservationOrderBody,
  actor: PreservationActor,
  now: Date,
): Check<RenewalProblem> {
  if (!isRunning(order.status)) return { ok: false, problem: 'not_running' };
  if (order.renewal !== null) return { ok: false, problem: 'already_renewed' };
  if (!mayDo(actor, 'preservation:renew')) return { ok: false, problem: 'forbidden' };
  if (isExpired(order, now)) return { ok: false, problem: 'expired' };
  if (
    !Number.isInteger(request.days) ||
    request.days < 1 ||
    request.days > PRESERVATION_LIMITS.maxDays
  ) {
    return { ok: false, problem: 'period_out_of_range' };
  }
  if (tooShort(request.justification, PRESERVATION_LIMITS.necessity.min)) {
    return { ok: false, problem: 'justification_required' };
  }
  if (normaliseText(request.justification) === normaliseText(order.necessity)) {
    return { ok: false, problem: 'same_justification' };
  }
  if (tooShort(request.proportionality, PRESERVATION_LIMITS.proportionality.min)) {
    return { ok: false, problem: 'proportionality_required' };
  }
  return { ok: true };
}

/** The order renewed: `days` more days after its old expiry. */
export function applyRenewal(
  order: PreservationOrder,
  request: RenewPreservationOrderBody,
  actor: PreservationActor,
  now: Date,
): Applied<RenewalProblem> {
  const check = checkRenewal(order, request, actor, now);
  if (!check.ok) return check;
  const period = preservationPeriod(order);
  if (!period || actor.kind !== 'staff') return { ok: false, problem: 'not_running' };
  return {
    ok: true,
    order: {
      ...order,
      renewal: {
        days: request.days,
        justification: normaliseText(request.justification),
        proportionality: normaliseText(request.proportionality),
        renewedAt: now.toISOString(),
        renewedBy: actor.userId,
        previousExpiresAt: period.expiresAt.toISOString(),
      },
    },
  };
}
