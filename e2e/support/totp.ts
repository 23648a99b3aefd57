import * as OTPAuth from 'otpauth';

const PERIOD_MS = 30_000;
/** Codes this close to the end of their time step may arrive at the server in the next one. */
const MARGIN_MS = 3_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A TOTP code from a time step after `afterStep` (the server refuses a step already used),
 * with enough time left in its step to be typed and sent.
 */
export async function freshTotp(
  secret: string,
  afterStep = -1,
): Promise<{ code: string; step: number }> {
  const totp = new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret) });
  for (;;) {
    const now = Date.now();
    const step = Math.floor(now / PERIOD_MS);
    const left = PERIOD_MS - (now % PERIOD_MS);
    if (step > afterStep && left > MARGIN_MS)
      return { code: totp.generate({ timestamp: now }), step };
    await sleep(Math.min(left + 100, 1_000));
  }
}
