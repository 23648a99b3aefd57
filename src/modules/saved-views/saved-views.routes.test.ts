import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SavedView } from '../../domain/saved-views.schemas.ts';
import {
  createStaff,
  createTestApp,
  signInWithNewMfa,
  type SignedIn,
  type TestApp,
} from '../../../test/app.ts';

let t: TestApp;
let sokha: SignedIn;
let dara: SignedIn;
beforeAll(async () => {
  t = await createTestApp();
  sokha = await signInWithNewMfa(t.app, await createStaff(t.services, 'analyst'));
  dara = await signInWithNewMfa(t.app, await createStaff(t.services, 'coordinator'));
});
afterAll(() => t.close());

const save = (who: SignedIn, payload: object) =>
  t.app.inject({ method: 'POST', url: '/api/saved-views', headers: who.headers, payload });
const list = (who: SignedIn, scope = 'incidents') =>
  t.app
    .inject({ url: `/api/saved-views?scope=${scope}`, headers: who.headers })
    .then((r) => r.json<SavedView[]>());

describe('saved views', () => {
  it('keeps a view for its owner only, by queue', async () => {
    const created = await save(sokha, {
      scope: 'incidents',
      name: 'ការបោកប្រាស់ធ្ងន់ធ្ងរ',
      query: 'status=open&severity=high&localSubtype=fraudulent-money-transfer',
    });
    expect(created.statusCode).toBe(201);
    const view = created.json<SavedView>();
    expect((await list(sokha)).map((v) => v.name)).toEqual(['ការបោកប្រាស់ធ្ងន់ធ្ងរ']);
    expect(await list(sokha, 'reports')).toEqual([]);
    expect(await list(dara)).toEqual([]);
    const stolen = await t.app.inject({
      method: 'DELETE',
      url: `/api/saved-views/${view.id}`,
      headers: dara.headers,
    });
    expect(stolen.statusCode).toBe(404);
    const mine = await t.app.inject({
      method: 'DELETE',
      url: `/api/saved-views/${view.id}`,
      headers: sokha.headers,
    });
    expect(mine.statusCode).toBe(204);
    expect(await list(sokha)).toEqual([]);
  });

  it('refuses a duplicate name, a bad query string and an unknown queue', async () => {
    await save(sokha, { scope: 'reports', name: 'Khmer web', query: 'language=km&channel=web' });
    const twice = await save(sokha, { scope: 'reports', name: 'Khmer web', query: 'language=km' });
    expect(twice.statusCode).toBe(409);
    const badQuery = await save(sokha, { scope: 'reports', name: 'x', query: '?a=b c' });
    expect(badQuery.statusCode).toBe(400);
    const badScope = await save(sokha, { scope: 'evidence', name: 'x', query: '' });
    expect(badScope.statusCode).toBe(400);
  });

  it('is for signed-in staff', async () => {
    const response = await t.app.inject({ url: '/api/saved-views?scope=incidents' });
    expect(response.statusCode).toBe(401);
  });
});
