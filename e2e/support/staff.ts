import { expect, type Page } from '@playwright/test';
import type { Analyst } from './env.ts';
import { freshTotp } from './totp.ts';

/**
 * An analyst's first sign-in, in English: password, setting up the authenticator app,
 * saving the recovery codes; ends on the reports queue.
 */
export async function signInFirstTime(page: Page, analyst: Analyst): Promise<void> {
  await page.goto('/staff/sign-in');
  await page.getByText('English', { exact: true }).click();
  await page.getByLabel('E-mail').fill(analyst.email);
  await page.getByLabel('Password', { exact: true }).fill(analyst.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Set up two-step verification');
  const secret = ((await page.getByTestId('mfa-secret').textContent()) ?? '').replace(/\s/g, '');
  const { code } = await freshTotp(secret);
  await page.getByLabel('6-digit code from the app').fill(code);
  await page.getByRole('button', { name: 'Confirm' }).click();
  await page.getByRole('button', { name: 'I saved these' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('New reports');
}

/** The evidence image has really loaded (its display copy came back as an image). */
export async function expectImageLoaded(page: Page, testId: string): Promise<void> {
  const image = page.getByTestId(testId).first();
  await expect(image).toBeVisible();
  await expect
    .poll(() => image.evaluate((element) => (element as HTMLImageElement).naturalWidth))
    .toBeGreaterThan(0);
}
