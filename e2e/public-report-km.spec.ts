import { expect, test } from './support/test.ts';
import {
  expectAccessible,
  expectKhmerFontLoaded,
  expectNoHorizontalOverflow,
  screen,
} from './support/checks.ts';

const DESCRIPTION = 'ខ្ញុំបានផ្ទេរប្រាក់ ៥០ ដុល្លារ ទៅគណនី ABA ០១២ ៣៤៥ ៦៧៨ ដែលក្លែងខ្លួនជាធនាគារ';

test.use({ viewport: { width: 360, height: 740 } });

test('a first-time visitor reports a scam in Khmer on a phone and checks it', async ({ page }) => {
  const h1 = page.getByRole('heading', { level: 1 });

  await test.step('landing page, in Khmer by default', async () => {
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'km');
    await expect(h1).toHaveText('រាយការណ៍ឧប្បត្តិហេតុសាយប័រ');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'រំលងទៅខ្លឹមសារចម្បង' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await expectKhmerFontLoaded(page);
    await expectNoHorizontalOverflow(page);
    await expectAccessible(page, 'landing (km)');
    await screen(page, 'km-1-landing');
  });

  await test.step('an empty form is refused with Khmer messages', async () => {
    await page.getByRole('link', { name: /^រាយការណ៍ឧប្បត្តិហេតុ/ }).click();
    await expect(page).toHaveURL(/\/report$/);
    await expect(h1).toHaveText('រាយការណ៍ឧប្បត្តិហេតុ');
    await page.getByRole('button', { name: 'ផ្ញើរបាយការណ៍' }).click();
    const summary = page.getByRole('alert');
    await expect(summary).toContainText('សូមជ្រើសរើសប្រភេទបញ្ហា។');
    await expect(summary).toContainText('សូមសរសេរយ៉ាងហោចណាស់ 10 តួអក្សរ។');
    await expect(summary).toBeFocused();
    await expectNoHorizontalOverflow(page);
    await screen(page, 'km-2-report-errors');
  });

  await test.step('the report is filled in and sent anonymously', async () => {
    await page.getByRole('radio', { name: /មាននរណាម្នាក់បានយកលុយពីខ្ញុំ/ }).check();
    await page.getByLabel('ប្រាប់យើងពីអ្វីដែលបានកើតឡើង').fill(DESCRIPTION);
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expectNoHorizontalOverflow(page);
    await expectAccessible(page, 'report form (km)');
    await screen(page, 'km-3-report-filled');

    const request = page.waitForRequest('**/api/public/reports');
    await page.getByRole('button', { name: 'ផ្ញើរបាយការណ៍' }).click();
    const sent = await request;
    expect(sent.headers()['accept-language']).toBe('km');
    expect(sent.postDataJSON()).toMatchObject({ incidentType: 'money-scam', language: 'km' });
    expect(sent.postDataJSON()).not.toHaveProperty('contact');
  });

  const code = page.getByTestId('tracking-code');
  const secret = page.getByTestId('reporter-secret');
  let trackingCode = '';
  let reporterSecret = '';

  await test.step('the tracking code and secret are shown once', async () => {
    await expect(h1).toHaveText('យើងបានទទួលរបាយការណ៍របស់អ្នកហើយ');
    await expect(h1).toBeFocused();
    await expect(code).toHaveText(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    await expect(secret).toHaveText(/^[0-9A-Z]{5}(-[0-9A-Z]{5}){3}$/);
    await expect(page.getByText('យើងមិនអាចយកវាមកវិញបានទេ', { exact: false })).toBeVisible();
    trackingCode = (await code.textContent()) ?? '';
    reporterSecret = (await secret.textContent()) ?? '';
    await expectNoHorizontalOverflow(page);
    await expectAccessible(page, 'receipt (km)');
    await screen(page, 'km-4-receipt');
  });

  await test.step('the report is found with a sloppily typed code and secret', async () => {
    await page.getByRole('link', { name: 'ពិនិត្យរបាយការណ៍របស់ខ្ញុំ' }).click();
    await expect(h1).toHaveText('ពិនិត្យរបាយការណ៍របស់ខ្ញុំ');
    await page.getByLabel('លេខកូដតាមដាន').fill(` ${trackingCode.toLowerCase().replace('-', ' ')} `);
    await page.getByLabel('លេខសម្ងាត់').fill(reporterSecret.toLowerCase().replaceAll('-', ' '));
    await page.getByRole('button', { name: 'ពិនិត្យ', exact: true }).click();
    const status = page.getByTestId('report-status');
    await expect(status.locator('.status-value')).toHaveText('បានទទួល');
    await expect(status).toContainText('មាននរណាម្នាក់បានយកលុយពីខ្ញុំ');
    await expectNoHorizontalOverflow(page);
    await expectAccessible(page, 'check result (km)');
    await screen(page, 'km-5-check-found');
  });

  await test.step('a wrong secret gets the one not-found message', async () => {
    await page.getByLabel('លេខសម្ងាត់').fill('AAAAA-BBBBB-CCCCC-DDDDD');
    await page.getByRole('button', { name: 'ពិនិត្យ', exact: true }).click();
    await expect(page.getByRole('alert')).toContainText(
      'គ្មានរបាយការណ៍ណាត្រូវនឹងលេខកូដ និងលេខសម្ងាត់នេះទេ។',
    );
    await expect(page.getByTestId('report-status')).toHaveCount(0);
    await expectAccessible(page, 'check not found (km)');
    await screen(page, 'km-6-check-not-found');
  });
});
