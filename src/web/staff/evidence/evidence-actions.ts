import type { EvidenceItem } from '../../../domain/evidence/evidence.schemas.ts';
import { stepEvidence } from '../../../domain/evidence/evidence-state.ts';
import type { LockerAction } from './evidence-api.ts';

export type LockerPermissions = { handle: boolean; unseal: boolean; destroy: boolean };

const ORDER: LockerAction[] = ['seal', 'unseal', 'hold', 'release', 'transfer', 'destroy'];

/** The actions this person may take on this item now: by role, and by the item's state. */
export function availableActions(item: EvidenceItem, may: LockerPermissions): LockerAction[] {
  const allowed = (action: LockerAction) =>
    action === 'unseal' ? may.unseal : action === 'destroy' ? may.destroy : may.handle;
  return ORDER.filter(
    (action) =>
      allowed(action) && stepEvidence({ state: item.state, legalHold: item.legalHold }, action).ok,
  );
}
