import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ sensitiveRateLimitPerMinute: 3, rateLimitPerMinute: 50 });
});
afterAll(() => t.close());

const report = {
  incidentType: 'other',
  description: 'Testing the limits of the public form.',
  language: 'en',
};

describe('rate limits', () => {
  it('throttles public report submission per client address, in the reader language', async () => {
    const send = (remoteAddress: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/public/reports',
        remoteAddress,
        headers: { 'accept-language': 'km' },
        payload: report,
      });
    for (let i = 0; i < 3; i++) expect((await send('192.0.2.10')).statusCode).toBe(201);
    const limited = await send('192.0.2.10');
    expect(limited.statusCode).toBe(429);
    expect(limited.json<{ error: { code: string; message: string } }>().error).toEqual(
      expect.objectContaining({
        code: 'rate_limited',
        message: 'សំណើច្រើនពេក។ សូមរង់ចាំមួយនាទី ហើយព្យាយាមម្ដងទៀត។',
      }),
    );
    expect((await send('192.0.2.11')).statusCode).toBe(201);
  });

  it('applies the global limit to every route', async () => {
    const codes: number[] = [];
    for (let i = 0; i < 52; i++) {
      codes.push(
        (await t.app.inject({ url: '/api/setup/status', remoteAddress: '192.0.2.20' })).statusCode,
      );
    }
    expect(codes.filter((code) => code === 200)).toHaveLength(50);
    expect(codes.at(-1)).toBe(429);
  });
});
