import { createReadStream, existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { sendError } from './error-handler.ts';

/**
 * Serves the built web app: files as they are, and for any other page address the HTML of
 * the public app (`/…`) or the staff app (`/staff/…`), whose routers take it from there.
 */
export async function registerWebApp(app: FastifyInstance, webDir: string | null): Promise<void> {
  if (!webDir) {
    app.setNotFoundHandler((request, reply) => sendError(reply, request, 'not_found'));
    return;
  }
  const built = existsSync(path.join(webDir, 'index.html'));
  await app.register(async (web) => {
    web.addHook('onRoute', (route) => {
      route.config = { ...route.config, access: 'public' };
    });
    if (built) {
      await web.register(fastifyStatic, {
        root: webDir,
        wildcard: false,
        index: false,
        // Hashed asset names never change content; HTML must be revalidated.
        setHeaders: (reply, filePath) => {
          const immutable = filePath.includes(`${path.sep}assets${path.sep}`);
          reply.header(
            'cache-control',
            immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
          );
        },
      });
    }
  });

  app.setNotFoundHandler((request, reply) => {
    const isPage =
      (request.method === 'GET' || request.method === 'HEAD') &&
      !request.url.startsWith('/api/') &&
      !path.extname(request.url.split('?')[0] ?? '');
    if (!isPage) return sendError(reply, request, 'not_found');
    if (!built) {
      return reply
        .code(503)
        .type('text/plain; charset=utf-8')
        .send('The web app is not built. Run `npm run build:web`.\n');
    }
    const page = request.url.startsWith('/staff') ? 'staff/index.html' : 'index.html';
    // The static plugin lives in its own context, so the page is streamed here directly.
    return reply
      .header('cache-control', 'no-cache')
      .type('text/html; charset=utf-8')
      .send(createReadStream(path.join(webDir, page)));
  });
}
