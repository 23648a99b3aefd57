import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  SavedViewListQuerySchema,
  SavedViewSchema,
  SaveViewBodySchema,
} from '../../domain/saved-views.schemas.ts';
import type { SavedViewsService } from './saved-views.service.ts';

export const savedViewsRoutes =
  (views: SavedViewsService): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['saved views'];
    const config = { access: 'staff' } as const;
    app.get(
      '/api/saved-views',
      {
        config,
        schema: {
          tags,
          summary: 'My saved views of a queue',
          querystring: SavedViewListQuerySchema,
          response: { 200: z.array(SavedViewSchema) },
        },
      },
      async (request) => views.list(request.ctx, request.query.scope),
    );
    app.post(
      '/api/saved-views',
      {
        config,
        schema: {
          tags,
          summary: 'Save the current filters of a queue under a name',
          body: SaveViewBodySchema,
          response: { 201: SavedViewSchema },
        },
      },
      async (request, reply) => reply.code(201).send(await views.save(request.ctx, request.body)),
    );
    app.delete(
      '/api/saved-views/:viewId',
      {
        config,
        schema: {
          tags,
          summary: 'Delete one of my saved views',
          params: z.object({ viewId: z.uuid() }),
          response: { 204: z.null() },
        },
      },
      async (request, reply) => {
        await views.remove(request.ctx, request.params.viewId);
        return reply.code(204).send(null);
      },
    );
  };
