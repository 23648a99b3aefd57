import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { sendError } from './error-handler.ts';

export type ReadinessCheck = () => Promise<boolean>;

/** /healthz: the process answers. /readyz: the database answers and is fully migrated. */
export const healthRoutes =
  (isReady: ReadinessCheck): FastifyPluginAsyncZod =>
  async (app) => {
    const Status = z.object({ status: z.enum(['ok', 'ready']) });
    app.get(
      '/healthz',
      {
        config: { access: 'public', rateLimit: false },
        schema: { tags: ['health'], summary: 'Process is up', response: { 200: Status } },
      },
      async () => ({ status: 'ok' as const }),
    );
    app.get(
      '/readyz',
      {
        config: { access: 'public', rateLimit: false },
        schema: {
          tags: ['health'],
          summary: 'Database reachable and migrated',
          response: { 200: Status },
        },
      },
      async (request, reply) => {
        const ready = await isReady().catch((error: unknown) => {
          request.log.warn({ err: error }, 'readiness check failed');
          return false;
        });
        if (!ready) return sendError(reply, request, 'not_ready');
        return { status: 'ready' as const };
      },
    );
  };
