import type { QueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { SessionViewSchema, type SessionView } from '../../../domain/auth/auth.schemas.ts';
import { refreshSession } from './session.ts';

/** A SessionView, or null for any other answer (e.g. an empty 204). */
export const SessionAnswerSchema = SessionViewSchema.nullable().catch(null);

/**
 * MFA calls change the session's stage. When the server answers with the new SessionView we
 * use it; when it answers with something else (204), we ask for the session again.
 */
export async function sessionFromAnswer(
  queryClient: QueryClient,
  answer: z.output<typeof SessionAnswerSchema>,
): Promise<SessionView | null> {
  return answer ?? refreshSession(queryClient);
}
