import { randomBytes } from 'node:crypto';
import { buildApp } from './app.ts';
import { createLogger } from './platform/logger.ts';
import type { Db } from './platform/db/database.ts';
import { createSecretBox } from './platform/crypto/secret-box.ts';
import { createServices } from './services.ts';
import { VERSION } from './main.ts';

/**
 * The OpenAPI document as the routes declare it. Rendering registers routes without
 * running any, so no database is opened: one that is touched fails loudly.
 */
export async function renderOpenApi(): Promise<string> {
  const noDatabase = new Proxy({} as Db, {
    get() {
      throw new Error('rendering the OpenAPI document must not use the database');
    },
  });
  const app = await buildApp({
    services: createServices({
      db: noDatabase,
      secretBox: createSecretBox(randomBytes(32)),
      publicUrl: 'http://127.0.0.1:8080',
    }),
    logger: createLogger('silent'),
    isReady: () => Promise.resolve(false),
    publicUrl: 'http://127.0.0.1:8080',
    secureCookies: false,
    bodyLimitBytes: 1_048_576,
    rateLimitPerMinute: 300,
    sensitiveRateLimitPerMinute: 10,
    trustProxy: false,
    webDir: null,
    version: VERSION,
  });
  await app.ready();
  const document = app.swagger();
  await app.close();
  return `${JSON.stringify(document, null, 2)}\n`;
}
