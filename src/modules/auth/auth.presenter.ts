import type { SessionView, StaffUserView } from '../../domain/auth/auth.schemas.ts';
import { permissionsOf } from '../../domain/roles.ts';
import type { StaffSessionRow, StaffUserRow } from './auth.repository.ts';

export function presentUser(user: StaffUserRow, now = new Date()): StaffUserView {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    role: user.role,
    mfaEnabled: user.mfaEnabledAt !== null,
    locked: user.lockedUntil !== null && user.lockedUntil > now,
    disabled: user.disabledAt !== null,
    createdAt: user.createdAt.toISOString(),
  };
}

export function presentSession(
  session: Pick<StaffSessionRow, 'stage' | 'csrfToken'>,
  user: StaffUserRow,
): SessionView {
  return {
    stage: session.stage,
    csrfToken: session.csrfToken,
    user: {
      id: user.id,
      email: user.email,
      displayName: user.displayName,
      role: user.role,
      permissions: [...permissionsOf(user.role)],
    },
  };
}
