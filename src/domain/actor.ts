import type { Permission, StaffRole } from './roles.ts';

/** Who is acting: a signed-in staff member, an anonymous member of the public, or the system. */
export type Actor =
  | { kind: 'staff'; userId: string; role: StaffRole; permissions: readonly Permission[] }
  | { kind: 'public' }
  | { kind: 'organisation'; organisationId: string; tokenId: string }
  | { kind: 'system' }
  | { kind: 'cli' };

export const PUBLIC_ACTOR: Actor = { kind: 'public' };
export const SYSTEM_ACTOR: Actor = { kind: 'system' };
export const CLI_ACTOR: Actor = { kind: 'cli' };
