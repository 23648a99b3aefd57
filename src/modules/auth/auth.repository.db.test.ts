import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/database.ts';
import {
  claimTotpStep,
  incrementFailedSignIns,
  insertSetupToken,
  insertUser,
  spendSetupToken,
} from './auth.repository.ts';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

let n = 0;
const newUser = () =>
  insertUser(database.db, {
    email: `repo.${++n}.${Date.now()}@cert.example`,
    displayName: 'Repo Test',
    role: 'analyst',
    passwordHash: 'x',
  });

describe('auth repository', () => {
  it('claims a TOTP step once and refuses it and earlier steps afterwards', async () => {
    const user = await newUser();
    expect(await claimTotpStep(database.db, user.id, 100)).toBe(true);
    expect(await claimTotpStep(database.db, user.id, 100)).toBe(false);
    expect(await claimTotpStep(database.db, user.id, 99)).toBe(false);
    expect(await claimTotpStep(database.db, user.id, 101)).toBe(true);
  });

  it('counts failed sign-ins atomically', async () => {
    const user = await newUser();
    const counts = await Promise.all(
      Array.from({ length: 5 }, () => incrementFailedSignIns(database.db, user.id)),
    );
    expect(counts.sort()).toEqual([1, 2, 3, 4, 5]);
  });

  it('spends a setup token once, and never an expired one', async () => {
    await insertSetupToken(database.db, {
      tokenHash: `live-${n}`,
      createdBy: 'cli',
      expiresAt: new Date(Date.now() + 60_000),
    });
    await insertSetupToken(database.db, {
      tokenHash: `old-${n}`,
      createdBy: 'cli',
      expiresAt: new Date(Date.now() - 1_000),
    });
    expect(await spendSetupToken(database.db, `live-${n}`)).toBe(true);
    expect(await spendSetupToken(database.db, `live-${n}`)).toBe(false);
    expect(await spendSetupToken(database.db, `old-${n}`)).toBe(false);
    expect(await spendSetupToken(database.db, 'unknown')).toBe(false);
  });

  it('refuses two accounts whose e-mail differs only in case', async () => {
    await insertUser(database.db, {
      email: 'Case@cert.example',
      displayName: 'A',
      role: 'analyst',
      passwordHash: 'x',
    });
    await expect(
      insertUser(database.db, {
        email: 'case@CERT.example',
        displayName: 'B',
        role: 'analyst',
        passwordHash: 'x',
      }),
    ).rejects.toThrow();
  });
});

describe('session purge', () => {
  it('deletes expired and idle sessions and keeps live ones', async () => {
    const { insertSession, deleteExpiredSessions, findLiveSession } =
      await import('./auth.repository.ts');
    const user = await newUser();
    const base = {
      userId: user.id,
      stage: 'active' as const,
      csrfToken: 'c',
      ip: null,
      userAgent: null,
    };
    await insertSession(database.db, {
      ...base,
      tokenHash: `live-${user.id}`,
      expiresAt: new Date(Date.now() + 3_600_000),
    });
    await insertSession(database.db, {
      ...base,
      tokenHash: `expired-${user.id}`,
      expiresAt: new Date(Date.now() - 1_000),
    });
    const removed = await deleteExpiredSessions(database.db, new Date(Date.now() - 30 * 60_000));
    expect(removed).toBeGreaterThanOrEqual(1);
    expect(await findLiveSession(database.db, `live-${user.id}`, new Date(0))).not.toBeNull();
    expect(await findLiveSession(database.db, `expired-${user.id}`, new Date(0))).toBeNull();
  });
});
