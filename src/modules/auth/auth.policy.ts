/** Sign-in rules, in one place so the ADR and the code cannot disagree. */
export const AUTH_POLICY = {
  /** Consecutive failures (password or MFA code) before the account locks. */
  maxFailedAttempts: 5,
  lockMinutes: 15,
  /** A session unused this long ends. */
  idleMinutes: 30,
  /** A session ends this long after sign-in, used or not. */
  maxSessionHours: 12,
  /** Time to finish MFA after the password. */
  pendingMfaMinutes: 10,
  recoveryCodeCount: 10,
  setupLinkHours: 24,
} as const;

export const minutesFromNow = (minutes: number, now = new Date()): Date =>
  new Date(now.getTime() + minutes * 60_000);
