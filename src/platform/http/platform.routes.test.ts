import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { listRouteAccess } from './access.ts';
import { createTestApp, type TestApp } from '../../../test/app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ bodyLimitBytes: 64 * 1024 });
});
afterAll(() => t.close());

const validReport = {
  incidentType: 'phishing',
  description: 'A message claiming to be from ABA bank asked for my password.',
  language: 'en',
};

describe('every route declares its access', () => {
  it('has an access rule on each registered route', () => {
    const routes = listRouteAccess(t.app);
    expect(routes.length).toBeGreaterThan(15);
    const missing = routes.filter((route) => route.access === undefined);
    expect(missing.map((route) => `${route.method} ${route.url}`)).toEqual([]);
  });

  it('keeps every /api route except the public ones behind a session', () => {
    const open = listRouteAccess(t.app)
      .filter((route) => route.url.startsWith('/api/') && route.access === 'public')
      .map((route) => `${route.method} ${route.url}`)
      .filter((name) => !name.includes('/api/docs'));
    expect(open.sort()).toEqual(
      [
        'GET /api/openapi.json',
        'GET /api/public/reports/:trackingCode',
        'HEAD /api/openapi.json',
        'HEAD /api/public/reports/:trackingCode',
        'GET /api/setup/status',
        'HEAD /api/setup/status',
        'POST /api/auth/sign-in',
        'POST /api/public/reports',
        'POST /api/public/reports/:trackingCode/evidence',
        'POST /api/public/reports/:trackingCode/additions',
        'POST /api/public/reports/:trackingCode/withdraw',
        'GET /api/public/challenge',
        'HEAD /api/public/challenge',
        'POST /api/setup/first-admin',
      ].sort(),
    );
  });
});

describe('health', () => {
  it('answers /healthz and /readyz', async () => {
    expect((await t.app.inject({ url: '/healthz' })).json()).toEqual({ status: 'ok' });
    const ready = await t.app.inject({ url: '/readyz' });
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toEqual({ status: 'ready' });
  });
});

describe('error envelope', () => {
  it('answers 400 with field messages in English', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/public/reports',
      headers: { 'accept-language': 'en' },
      payload: { ...validReport, description: 'short', language: 'fr' },
    });
    expect(response.statusCode).toBe(400);
    const { error } = response.json<{
      error: { code: string; message: string; fields: { path: string; message: string }[] };
    }>();
    expect(error.code).toBe('validation_failed');
    expect(error.message).toBe('Some fields need attention.');
    expect(error.fields.map((field) => field.path).sort()).toEqual(['description', 'language']);
    expect(error.fields.find((f) => f.path === 'description')?.message).toMatch(/10/);
  });

  it('answers 400 with field messages in Khmer', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/public/reports',
      headers: { 'accept-language': 'km-KH,km;q=0.9,en;q=0.5' },
      payload: {
        ...validReport,
        language: 'km',
        occurredAt: '2999-01-01',
        contact: { phone: 'call me' },
      },
    });
    expect(response.statusCode).toBe(400);
    const { error } = response.json<{
      error: { message: string; fields: { path: string; message: string }[] };
    }>();
    expect(error.message).toBe('មានព័ត៌មានមួយចំនួនត្រូវកែតម្រូវ។');
    const byPath = Object.fromEntries(error.fields.map((f) => [f.path, f.message]));
    expect(byPath.occurredAt).toBe('មិនអាចជាពេលអនាគតបានទេ');
    expect(byPath['contact.phone']).toBe('លេខទូរស័ព្ទមានតែលេខ ដកឃ្លា សញ្ញាដក ឬ +');
  });

  it('words the built-in checks in Khmer too', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/public/reports',
      headers: { 'accept-language': 'km' },
      payload: {
        ...validReport,
        incidentType: 'money-scam',
        details: { amount: 'abc' },
        language: 42,
      },
    });
    const { error } = response.json<{ error: { fields: { path: string; message: string }[] } }>();
    expect(error.fields.map((f) => f.path).sort()).toEqual(['details.amount', 'language']);
    for (const field of error.fields) {
      expect(field.message, field.path).toMatch(/[\u1780-\u17FF]/);
      expect(field.message, field.path).not.toMatch(/Invalid input/);
    }
  });

  it('answers 400 for a body that is not JSON', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/public/reports',
      headers: { 'content-type': 'application/json' },
      payload: '{"incidentType":',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json<{ error: { code: string } }>().error.code).toBe('validation_failed');
  });

  it('answers 413 for an oversized body and stores nothing', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/public/reports',
      headers: { 'accept-language': 'en' },
      payload: { ...validReport, description: 'x'.repeat(70 * 1024) },
    });
    expect(response.statusCode).toBe(413);
    expect(response.json<{ error: { code: string; message: string } }>().error).toMatchObject({
      code: 'payload_too_large',
      message: 'What you sent is too large.',
    });
  });

  it('answers 415 for a content type other than JSON', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/public/reports',
      headers: { 'content-type': 'text/xml' },
      payload: '<report/>',
    });
    expect(response.statusCode).toBe(415);
    expect(response.json<{ error: { code: string } }>().error.code).toBe('unsupported_media_type');
  });

  it('answers 404 in the envelope for an unknown API path, with a request id', async () => {
    const response = await t.app.inject({ url: '/api/nothing-here' });
    expect(response.statusCode).toBe(404);
    const body = response.json<{ error: { code: string; requestId: string } }>();
    expect(body.error.code).toBe('not_found');
    expect(body.error.requestId).toBe(response.headers['x-request-id']);
  });
});

describe('security headers', () => {
  it('sends a strict content security policy and no-sniff', async () => {
    const response = await t.app.inject({ url: '/healthz' });
    const csp = String(response.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-eval');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
  });
});

describe('OpenAPI', () => {
  it('serves an OpenAPI 3.1 document equal to the committed openapi.json', async () => {
    const response = await t.app.inject({ url: '/api/openapi.json' });
    expect(response.statusCode).toBe(200);
    const document = response.json<{
      openapi: string;
      paths: Record<string, unknown>;
      components: unknown;
    }>();
    expect(document.openapi).toBe('3.1.0');
    expect(Object.keys(document.paths)).toContain('/api/public/reports');
    const committed = JSON.parse(
      readFileSync(new URL('../../../openapi.json', import.meta.url), 'utf8'),
    ) as { paths: unknown; components: unknown };
    // Run `npm run openapi` after changing a route's schema.
    expect(document.paths).toEqual(committed.paths);
    expect(document.components).toEqual(committed.components);
  });

  it('serves the docs page', async () => {
    const response = await t.app.inject({ url: '/api/docs/' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/html');
  });
});
