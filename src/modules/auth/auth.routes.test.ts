import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../domain/actor.ts';
import { systemContext } from '../../platform/context.ts';
import {
  createStaff,
  createTestApp,
  sessionCookie,
  signInWithNewMfa,
  TEST_PASSWORD,
  totpNow,
  type TestApp,
} from '../../../test/app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const signIn = (email: string, password: string, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email, password }, headers });

type ErrorBody = { error: { code: string; message: string } };

async function auditActions(userId?: string): Promise<string[]> {
  const events = await t.services.audit.list({
    limit: 500,
    ...(userId ? { actorUserId: userId } : {}),
  });
  return events.map((event) => event.action);
}

describe('sign-in with MFA', () => {
  it('asks a new staff member to enrol, then to verify on the next sign-in', async () => {
    const credentials = await createStaff(t.services, 'analyst');
    const first = await signIn(credentials.email.toUpperCase(), credentials.password);
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ stage: 'mfa_enrolment_required' });
    const cookie = first.headers['set-cookie'];
    expect(String(cookie)).toMatch(/HttpOnly/i);
    expect(String(cookie)).toMatch(/SameSite=Strict/i);

    const enrolled = await signInWithNewMfa(t.app, credentials);
    expect(enrolled.recoveryCodes).toHaveLength(10);

    const second = await signIn(credentials.email, credentials.password);
    const pending = second.json<{ stage: string; csrfToken: string; user: { id: string } }>();
    expect(pending.stage).toBe('mfa_required');
    const headers = {
      cookie: sessionCookie(second.headers['set-cookie']),
      'x-csrf-token': pending.csrfToken,
    };

    // A half-signed-in session reaches nothing but the MFA step.
    const early = await t.app.inject({ url: '/api/reports', headers });
    expect(early.statusCode).toBe(401);
    expect(early.json<ErrorBody>().error.code).toBe('mfa_required');

    // The code used at enrolment is spent; the next time step's code works once.
    const next = totpNow(enrolled.totpSecret, Date.now() + 30_000);
    const verified = await t.app.inject({
      method: 'POST',
      url: '/api/auth/mfa/verify',
      headers,
      payload: { code: next },
    });
    expect(verified.statusCode).toBe(200);
    expect(verified.json()).toMatchObject({ stage: 'active', user: { role: 'analyst' } });
    const active = {
      cookie: sessionCookie(verified.headers['set-cookie']),
      'x-csrf-token': verified.json<{ csrfToken: string }>().csrfToken,
    };
    expect(active.cookie).not.toBe(headers.cookie);
    expect((await t.app.inject({ url: '/api/reports', headers: active })).statusCode).toBe(200);
    // The old, half-signed-in token is gone.
    expect((await t.app.inject({ url: '/api/auth/session', headers })).statusCode).toBe(401);

    const third = await signIn(credentials.email, credentials.password);
    const thirdHeaders = {
      cookie: sessionCookie(third.headers['set-cookie']),
      'x-csrf-token': third.json<{ csrfToken: string }>().csrfToken,
    };
    const replay = await t.app.inject({
      method: 'POST',
      url: '/api/auth/mfa/verify',
      headers: thirdHeaders,
      payload: { code: next },
    });
    expect(replay.statusCode).toBe(401);
    expect(replay.json<ErrorBody>().error.code).toBe('invalid_mfa_code');

    const actions = await auditActions(pending.user.id);
    expect(actions).toEqual(
      expect.arrayContaining([
        'auth.sign_in',
        'auth.mfa_enrolled',
        'auth.mfa_verified',
        'auth.mfa_failed',
      ]),
    );
  });

  it('accepts each recovery code once', async () => {
    const credentials = await createStaff(t.services, 'coordinator');
    const enrolled = await signInWithNewMfa(t.app, credentials);
    const useCode = async (recoveryCode: string) => {
      const pending = await signIn(credentials.email, credentials.password);
      return t.app.inject({
        method: 'POST',
        url: '/api/auth/mfa/verify',
        headers: {
          cookie: sessionCookie(pending.headers['set-cookie']),
          'x-csrf-token': pending.json<{ csrfToken: string }>().csrfToken,
        },
        payload: { recoveryCode: recoveryCode.toLowerCase() },
      });
    };
    expect((await useCode(enrolled.recoveryCodes[0]!)).statusCode).toBe(200);
    expect((await useCode(enrolled.recoveryCodes[0]!)).statusCode).toBe(401);
  });

  it('gives the same answer for an unknown e-mail and a wrong password', async () => {
    const credentials = await createStaff(t.services, 'analyst');
    const wrong = await signIn(credentials.email, 'not the password at all', {
      'accept-language': 'en',
    });
    const unknown = await signIn('nobody@cert.example', 'not the password at all', {
      'accept-language': 'en',
    });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json<ErrorBody>().error).toMatchObject({
      code: 'invalid_credentials',
      message: 'The e-mail address or password is wrong.',
    });
    expect(unknown.json<ErrorBody>().error.message).toBe(wrong.json<ErrorBody>().error.message);
  });

  it('locks the account after five failures, even for the right password, and audits it', async () => {
    const credentials = await createStaff(t.services, 'analyst');
    for (let attempt = 1; attempt <= 4; attempt++) {
      expect((await signIn(credentials.email, `wrong password ${attempt}`)).statusCode).toBe(401);
    }
    const fifth = await signIn(credentials.email, 'wrong password 5', { 'accept-language': 'km' });
    expect(fifth.statusCode).toBe(423);
    expect(fifth.json<ErrorBody>().error.message).toBe(
      'ការព្យាយាមខុសច្រើនដងពេក។ គណនីត្រូវបានចាក់សោរយៈពេល 15 នាទី។',
    );
    const right = await signIn(credentials.email, credentials.password);
    expect(right.statusCode).toBe(423);
    expect(right.json<ErrorBody>().error.code).toBe('account_locked');
    const actions = await auditActions();
    expect(actions).toContain('auth.locked');
  });

  it('signs out and forgets the session', async () => {
    const staff = await signInWithNewMfa(t.app, await createStaff(t.services, 'analyst'));
    const out = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-out',
      headers: staff.headers,
    });
    expect(out.statusCode).toBe(204);
    expect(
      (await t.app.inject({ url: '/api/auth/session', headers: staff.headers })).statusCode,
    ).toBe(401);
  });
});

describe('CSRF', () => {
  it('refuses a state change without the CSRF token, or from another origin', async () => {
    const staff = await signInWithNewMfa(t.app, await createStaff(t.services, 'analyst'));
    const noToken = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-out',
      headers: { cookie: staff.cookie },
    });
    expect(noToken.statusCode).toBe(403);
    expect(noToken.json<ErrorBody>().error.code).toBe('csrf_failed');
    const foreign = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-out',
      headers: { ...staff.headers, origin: 'https://evil.example' },
    });
    expect(foreign.statusCode).toBe(403);
    expect(
      (await t.app.inject({ url: '/api/auth/session', headers: staff.headers })).statusCode,
    ).toBe(200);
  });
});

describe('first admin and staff accounts', () => {
  it('creates the first admin with a one-time setup link, which then stops working', async () => {
    const link = await t.services.staffUsers.issueSetupLink(
      systemContext(SYSTEM_ACTOR, 'test'),
      'server',
    );
    const token = new URL(link).hash.replace('#token=', '');
    const body = {
      token,
      email: 'chief@cert.example',
      displayName: 'Chief',
      password: 'a long admin passphrase',
    };
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/setup/first-admin',
      payload: body,
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      email: 'chief@cert.example',
      role: 'admin',
      mfaEnabled: false,
    });
    const again = await t.app.inject({
      method: 'POST',
      url: '/api/setup/first-admin',
      payload: { ...body, email: 'second@cert.example' },
    });
    expect(again.statusCode).toBe(403);
    expect(again.json<ErrorBody>().error.code).toBe('setup_token_invalid');
    const weak = await t.app.inject({
      method: 'POST',
      url: '/api/setup/first-admin',
      headers: { 'accept-language': 'km' },
      payload: { ...body, password: 'short' },
    });
    expect(weak.statusCode).toBe(400);
    expect(JSON.stringify(weak.json())).toContain('សូមប្រើយ៉ាងហោចណាស់ ១២ តួអក្សរ');
  });

  it('lets an admin create staff and change settings, and nobody else', async () => {
    const admin = await signInWithNewMfa(t.app, await createStaff(t.services, 'admin'));
    const analyst = await signInWithNewMfa(t.app, await createStaff(t.services, 'analyst'));
    const newUser = {
      email: 'new.analyst@cert.example',
      displayName: 'New Analyst',
      role: 'analyst',
    };
    const refused = await t.app.inject({
      method: 'POST',
      url: '/api/admin/users',
      headers: analyst.headers,
      payload: newUser,
    });
    expect(refused.statusCode).toBe(403);
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/admin/users',
      headers: admin.headers,
      payload: newUser,
    });
    expect(created.statusCode).toBe(201);
    const { temporaryPassword } = created.json<{ temporaryPassword: string }>();
    expect(temporaryPassword.length).toBeGreaterThanOrEqual(20);
    const duplicate = await t.app.inject({
      method: 'POST',
      url: '/api/admin/users',
      headers: admin.headers,
      payload: newUser,
    });
    expect(duplicate.statusCode).toBe(409);
    expect((await signIn(newUser.email, temporaryPassword)).statusCode).toBe(200);

    expect(
      (
        await t.app.inject({
          method: 'PUT',
          url: '/api/admin/settings/security',
          headers: analyst.headers,
          payload: { mfaRequired: false },
        })
      ).statusCode,
    ).toBe(403);
    const changed = await t.app.inject({
      method: 'PUT',
      url: '/api/admin/settings/security',
      headers: admin.headers,
      payload: { mfaRequired: false },
    });
    expect(changed.json()).toEqual({ mfaRequired: false });
    const noMfa = await createStaff(t.services, 'liaison');
    expect((await signIn(noMfa.email, TEST_PASSWORD)).json()).toMatchObject({ stage: 'active' });
    await t.app.inject({
      method: 'PUT',
      url: '/api/admin/settings/security',
      headers: admin.headers,
      payload: { mfaRequired: true },
    });
    expect((await signIn(noMfa.email, TEST_PASSWORD)).json()).toMatchObject({
      stage: 'mfa_enrolment_required',
    });
  });

  it('shows the audit trail to oversight, and not to an analyst', async () => {
    const oversight = await signInWithNewMfa(t.app, await createStaff(t.services, 'oversight'));
    const analyst = await signInWithNewMfa(t.app, await createStaff(t.services, 'analyst'));
    const seen = await t.app.inject({
      url: '/api/audit-events?limit=500',
      headers: oversight.headers,
    });
    expect(seen.statusCode).toBe(200);
    const actions = seen.json<{ items: { action: string }[] }>().items.map((item) => item.action);
    expect(actions).toEqual(
      expect.arrayContaining(['auth.sign_in', 'auth.mfa_enrolled', 'user.created']),
    );
    const denied = await t.app.inject({ url: '/api/audit-events', headers: analyst.headers });
    expect(denied.statusCode).toBe(403);
    const afterDenial = await t.services.audit.list({ limit: 5, action: 'access.denied' });
    expect(afterDenial[0]?.details).toMatchObject({
      route: '/api/audit-events',
      reason: 'forbidden',
    });
  });
});
