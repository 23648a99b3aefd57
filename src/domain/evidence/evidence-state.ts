import type { CustodyAction, CustodyActionName, EvidenceState } from './custody.schemas.ts';

/** An item's handling state: sealed or not (or destroyed), and the legal hold beside it. */
export type EvidenceStanding = { state: EvidenceState; legalHold: boolean };

export type EvidenceRefusal =
  'destroyed' | 'already_sealed' | 'not_sealed' | 'already_on_hold' | 'not_on_hold' | 'on_hold';

export type EvidenceStep =
  | { ok: true; next: EvidenceStanding; custody: CustodyAction }
  | { ok: false; refusal: EvidenceRefusal };

/**
 * What an action does to an item (pure; the permissions are checked apart):
 * - seal: active → sealed; content is refused until unsealed;
 * - unseal: sealed → active;
 * - hold / release: set or lift the legal hold (exempt from purge and from destruction);
 * - destroy: active or sealed, not on hold → destroyed (the bytes go, hash and custody stay);
 * - transfer: custody passes to someone else; the state does not change.
 * A destroyed item accepts no action: only its hash and custody log remain.
 */
export function stepEvidence(
  current: EvidenceStanding,
  action: CustodyActionName | 'transfer',
): EvidenceStep {
  if (current.state === 'destroyed') return { ok: false, refusal: 'destroyed' };
  switch (action) {
    case 'seal':
      return current.state === 'sealed'
        ? { ok: false, refusal: 'already_sealed' }
        : { ok: true, next: { ...current, state: 'sealed' }, custody: 'sealed' };
    case 'unseal':
      return current.state !== 'sealed'
        ? { ok: false, refusal: 'not_sealed' }
        : { ok: true, next: { ...current, state: 'active' }, custody: 'unsealed' };
    case 'hold':
      return current.legalHold
        ? { ok: false, refusal: 'already_on_hold' }
        : { ok: true, next: { ...current, legalHold: true }, custody: 'hold_placed' };
    case 'release':
      return !current.legalHold
        ? { ok: false, refusal: 'not_on_hold' }
        : { ok: true, next: { ...current, legalHold: false }, custody: 'hold_released' };
    case 'destroy':
      return current.legalHold
        ? { ok: false, refusal: 'on_hold' }
        : { ok: true, next: { ...current, state: 'destroyed' }, custody: 'destroyed' };
    case 'transfer':
      return { ok: true, next: current, custody: 'transferred' };
  }
}

/** Whether an item's content may be opened (viewed, downloaded). */
export const contentOpenable = (current: EvidenceStanding): boolean => current.state === 'active';
