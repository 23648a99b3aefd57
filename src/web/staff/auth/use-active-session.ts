import { useQuery } from '@tanstack/react-query';
import type { Permission } from '../../../domain/roles.ts';
import type { SessionView } from '../../../domain/auth/auth.schemas.ts';
import { sessionQuery } from './session.ts';

/** The session inside the signed-in layout (the route guard loaded it already). */
export function useActiveSession(): SessionView | null {
  return useQuery(sessionQuery).data ?? null;
}

export function useCan(permission: Permission): boolean {
  return useActiveSession()?.user.permissions.includes(permission) ?? false;
}
