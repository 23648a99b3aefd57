import type { Page } from '@playwright/test';
import { expect, test } from './support/test.ts';
import { PublicReportCreatedSchema } from '../src/domain/reports/report.schemas.ts';
import { displayTrackingCode } from '../src/web/shared/codes.ts';
import { expectAccessible, expectKhmerFontLoaded, screen } from './support/checks.ts';
import { analyst } from './support/env.ts';
import { proofOfWorkHeaders } from './support/pow.ts';
import { freshTotp } from './support/totp.ts';

const signIn = async (page: Page) => {
  await page.getByLabel('E-mail').fill(analyst.email);
  await page.getByLabel('Password', { exact: true }).fill(analyst.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
};

test('an analyst enrols MFA, finds a new report, signs out and in again', async ({
  page,
  request,
}) => {
  test.skip(!analyst.password, 'run through `npm run test:e2e`, which creates the analyst');
  const h1 = page.getByRole('heading', { level: 1 });
  const marker = `E2E ${Date.now()}`;
  const description = `${marker}: a caller said he was from Wing Bank.\nHe asked for the code sent by SMS.`;
  let trackingCode = '';

  await test.step('a reporter sends a report with contact details', async () => {
    const response = await request.post('/api/public/reports', {
      headers: { 'Accept-Language': 'en', ...(await proofOfWorkHeaders(request)) },
      data: {
        incidentType: 'money-scam',
        description,
        language: 'en',
        contact: { name: 'Vanna Reporter', phone: '+855 97 123 4567' },
      },
    });
    expect(response.status()).toBe(201);
    trackingCode = displayTrackingCode(
      PublicReportCreatedSchema.parse(await response.json()).trackingCode,
    );
  });

  let mfaSecret = '';
  let usedStep = -1;
  await test.step('first sign-in asks to set up the authenticator app', async () => {
    await page.goto('/staff/');
    await expect(page).toHaveURL(/\/staff\/sign-in$/);
    await page.getByText('English', { exact: true }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expectAccessible(page, 'staff sign-in');
    await screen(page, 'staff-1-sign-in');
    await signIn(page);
    await expect(h1).toHaveText('Set up two-step verification');
    await expect(page.getByRole('img', { name: /QR code/ })).toBeVisible();
    await expectAccessible(page, 'MFA enrolment');
    await screen(page, 'staff-2-mfa-enrol');

    mfaSecret = ((await page.getByTestId('mfa-secret').textContent()) ?? '').replace(/\s/g, '');
    expect(mfaSecret).toMatch(/^[A-Z2-7]{16,}=*$/);
    const { code, step } = await freshTotp(mfaSecret);
    usedStep = step;
    await page.getByLabel('6-digit code from the app').fill(code);
    await page.getByRole('button', { name: 'Confirm' }).click();
    await expect(page.getByRole('heading', { name: 'Your recovery codes' })).toBeVisible();
    await expect(page.getByTestId('recovery-codes').getByRole('listitem')).not.toHaveCount(0);
    await screen(page, 'staff-3-recovery-codes');
    await page.getByRole('button', { name: 'I saved these' }).click();
  });

  await test.step('the new report is in the queue and opens', async () => {
    await expect(h1).toHaveText('New reports');
    await expect(page.getByTestId('signed-in-user')).toHaveText('Sokha Analyst · Analyst');
    const row = page.getByTestId('report-row').filter({ hasText: marker });
    await expect(row).toContainText('Someone took money from me, or a scam call');
    await expect(row).toContainText('Yes');
    await expectAccessible(page, 'reports queue');
    await screen(page, 'staff-4-queue');
    await row.getByRole('link').click();
    await expect(h1).toHaveText(`Report ${trackingCode}`);
    await expect(page.getByTestId('description')).toHaveText(description);
    await expect(page.getByText('Vanna Reporter')).toBeVisible();
    await expect(page.getByText('fraud / masquerade')).toBeVisible();
    await expectAccessible(page, 'report detail');
    await screen(page, 'staff-5-detail');
  });

  await test.step('the queue in Khmer shows Khmer labels', async () => {
    await page.getByText('ខ្មែរ', { exact: true }).click();
    await page.getByRole('link', { name: 'ត្រឡប់ទៅបញ្ជីរបាយការណ៍' }).click();
    await expect(h1).toHaveText('របាយការណ៍ថ្មី');
    const row = page.getByTestId('report-row').filter({ hasText: marker });
    await expect(row).toContainText('មាននរណាម្នាក់បានយកលុយពីខ្ញុំ ឬការហៅទូរស័ព្ទបោកប្រាស់');
    await expect(row).toContainText('មាន');
    await expectKhmerFontLoaded(page);
    await expectAccessible(page, 'reports queue (km)');
    await screen(page, 'staff-6-queue-km');
    await page.getByText('English', { exact: true }).click();
  });

  await test.step('sign out, then sign in with a code from the app', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(h1).toHaveText('Sign in');
    await signIn(page);
    await expect(h1).toHaveText('Two-step verification');
    await expectAccessible(page, 'MFA verify');
    await screen(page, 'staff-7-mfa');
    // The server refuses a time step already used, so wait for the next one if need be.
    const { code } = await freshTotp(mfaSecret, usedStep);
    await page.getByLabel('6-digit code').fill(code);
    await page.getByRole('button', { name: 'Verify' }).click();
    await expect(h1).toHaveText('New reports');
    await expect(page.getByTestId('report-row').filter({ hasText: marker })).toHaveCount(1);
  });
});
