import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { SessionViewSchema, type SessionView } from '../../../domain/auth/auth.schemas.ts';
import { ApiError } from '../../shared/api-client.ts';
import { rememberCsrfToken, staffGet } from '../staff-api.ts';

const SESSION_KEY = ['session'] as const;

/** The current session, or null when signed out (the server answers 401). */
export const sessionQuery = queryOptions({
  queryKey: SESSION_KEY,
  queryFn: async (): Promise<SessionView | null> => {
    try {
      const session = await staffGet('/api/auth/session', SessionViewSchema);
      rememberCsrfToken(session);
      return session;
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) {
        rememberCsrfToken(null);
        return null;
      }
      throw error;
    }
  },
  staleTime: 60_000,
});

/** Records a SessionView the server just returned (sign-in, MFA), with its CSRF token. */
export function setSession(queryClient: QueryClient, session: SessionView | null): void {
  rememberCsrfToken(session);
  queryClient.setQueryData(SESSION_KEY, session);
}

/** Asks the server again, e.g. after MFA enrolment changed the session's stage. */
export function refreshSession(queryClient: QueryClient): Promise<SessionView | null> {
  return queryClient.fetchQuery({ ...sessionQuery, staleTime: 0 });
}

export type StaffPath = '/sign-in' | '/mfa' | '/mfa/enrol' | '/reports';

/** Where a person in this session belongs next. */
export function pathForSession(session: SessionView | null): StaffPath {
  if (!session) return '/sign-in';
  switch (session.stage) {
    case 'mfa_required':
      return '/mfa';
    case 'mfa_enrolment_required':
      return '/mfa/enrol';
    case 'active':
      return '/reports';
  }
}
