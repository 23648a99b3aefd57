import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import { registerWebApp } from './web-app.ts';
import { registerErrorHandler } from './error-handler.ts';

let app: FastifyInstance;
beforeAll(async () => {
  const webDir = mkdtempSync(path.join(tmpdir(), 'karpear-web-'));
  mkdirSync(path.join(webDir, 'staff'));
  mkdirSync(path.join(webDir, 'assets'));
  writeFileSync(path.join(webDir, 'index.html'), '<h1>public</h1>');
  writeFileSync(path.join(webDir, 'staff', 'index.html'), '<h1>staff</h1>');
  writeFileSync(path.join(webDir, 'assets', 'app-abc123.js'), 'console.log(1)');
  app = Fastify();
  app.decorateRequest('language', 'en');
  registerErrorHandler(app);
  await registerWebApp(app, webDir);
  await app.ready();
});
afterAll(() => app.close());

describe('web app', () => {
  it.each([
    ['/', 'public'],
    ['/report', 'public'],
    ['/check?x=1', 'public'],
    ['/staff/', 'staff'],
    ['/staff/reports/123', 'staff'],
  ])('serves the page HTML for %s', async (url, page) => {
    const response = await app.inject({ url, headers: { accept: 'text/html' } });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/html');
    expect(response.headers['cache-control']).toBe('no-cache');
    expect(response.body).toBe(`<h1>${page}</h1>`);
  });

  it('serves hashed assets as immutable and answers 404 for missing files and API paths', async () => {
    const asset = await app.inject({ url: '/assets/app-abc123.js' });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toContain('immutable');
    expect((await app.inject({ url: '/assets/missing.js' })).statusCode).toBe(404);
    expect((await app.inject({ url: '/api/unknown' })).statusCode).toBe(404);
  });
});
