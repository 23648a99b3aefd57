import { expect, test } from './support/test.ts';
import {
  expectAccessible,
  expectKhmerFontLoaded,
  expectNoHorizontalOverflow,
  screen,
} from './support/checks.ts';
import { ANALYSTS } from './support/env.ts';
import { screenshotPng } from './support/files.ts';
import { expectImageLoaded, signInFirstTime } from './support/staff.ts';

const DESCRIPTION = 'ខ្ញុំបានផ្ទេរប្រាក់ ៥០០ ០០០ រៀល ទៅគណនី ABA ដែលក្លែងខ្លួនជាធនាគារ';
const ADDITION = 'ជនបោកប្រាស់បានទូរស័ព្ទមកម្ដងទៀតពីលេខ ០៩៧ ១២៣ ៤៥៦៧';
const CERT_MESSAGE = 'សូមទូរស័ព្ទទៅធនាគារ ABA ភ្លាម ហើយប្រាប់ពួកគេពីលេខកូដតាមដាននេះ។';

test.use({ viewport: { width: 360, height: 740 } });

test('a victim reports a scam in Khmer on a phone, follows it up and reads the CERT’s answer', async ({
  page,
  browser,
  baseURL,
}) => {
  test.skip(!ANALYSTS.km.password, 'run through `npm run test:e2e`, which creates the analysts');
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
    const summary = page.getByRole('alert').filter({ hasText: 'សូមកែបញ្ហាទាំងនេះ' });
    await expect(summary).toContainText('សូមជ្រើសរើសប្រភេទបញ្ហា។');
    await expect(summary).toContainText('សូមសរសេរយ៉ាងហោចណាស់ 10 តួអក្សរ។');
    await expect(summary).toBeFocused();
    await expectNoHorizontalOverflow(page);
    await screen(page, 'km-2-report-errors');
  });

  await test.step('the scam is described with its questions answered and a screenshot', async () => {
    await page.getByRole('radio', { name: /មាននរណាម្នាក់បានយកលុយពីខ្ញុំ/ }).check();
    await expect(page.getByRole('heading', { name: 'អំពីអ្វីដែលបានកើតឡើង (មិនចាំបាច់)' })).toBeVisible();
    await page.getByLabel('តើអ្នកបាត់បង់ប្រាក់ប៉ុន្មាន?').fill('៥០០ ០០០');
    await page.getByRole('radio', { name: 'ប្រាក់រៀល (៛)' }).check();
    await expect(page.getByText('យើងអានបានថា៖ 500,000 ៛')).toBeVisible();
    await page.getByLabel('តើអ្នកបានផ្ញើប្រាក់តាមរបៀបណា?').selectOption({ label: 'ធនាគារ ABA' });
    await page.getByLabel('លេខគណនី ឬលេខទូរស័ព្ទដែលបានទទួលប្រាក់').fill('០០០ ១២៣ ៤៥៦');
    await page.getByLabel('ប្រាប់យើងពីអ្វីដែលបានកើតឡើង').fill(DESCRIPTION);
    await page.getByTestId('evidence').setInputFiles({
      name: 'ស្គ្រីនស៊ុត ABA.png',
      mimeType: 'image/png',
      buffer: screenshotPng(),
    });
    await expect(page.getByRole('list', { name: 'ឯកសារដែលបានជ្រើសរើស' })).toContainText(
      'ស្គ្រីនស៊ុត ABA.png',
    );
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expectNoHorizontalOverflow(page);
    await expectAccessible(page, 'report form (km)');
    await screen(page, 'km-3-report-filled');
  });

  await test.step('the page solves its proof of work and sends the report', async () => {
    const request = page.waitForRequest('**/api/public/reports');
    await page.getByRole('button', { name: 'ផ្ញើរបាយការណ៍' }).click();
    const sent = await request;
    expect(sent.headers()['accept-language']).toBe('km');
    expect(sent.headers()['x-karpear-pow']).toMatch(/^[A-Za-z0-9+/=]{40,}$/);
    expect(sent.headers()['idempotency-key']).toMatch(/^[0-9a-f]{32}$/);
    expect(sent.postDataJSON()).toMatchObject({
      incidentType: 'money-scam',
      language: 'km',
      details: {
        amount: 500000,
        currency: 'KHR',
        paymentChannel: 'aba',
        receivingAccount: '000 123 456',
      },
    });
    expect(sent.postDataJSON()).not.toHaveProperty('contact');
  });

  const code = page.getByTestId('tracking-code');
  let trackingCode = '';
  let reporterSecret = '';

  await test.step('the receipt: code, secret, what to do now, and the screenshot sent', async () => {
    await expect(h1).toHaveText('យើងបានទទួលរបាយការណ៍របស់អ្នកហើយ');
    await expect(h1).toBeFocused();
    await expect(code).toHaveText(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    const secret = page.getByTestId('reporter-secret');
    await expect(secret).toHaveText(/^[0-9A-Z]{5}(-[0-9A-Z]{5}){3}$/);
    trackingCode = (await code.textContent()) ?? '';
    reporterSecret = (await secret.textContent()) ?? '';
    await expect(page.getByTestId('advice')).toContainText('ទូរស័ព្ទទៅធនាគារ');
    const draft = await page.evaluate(() => window.localStorage.getItem('karpear.reportDraft'));
    expect(draft, 'the draft is gone once the report is sent').toBeNull();
    const upload = page.getByTestId('uploads').getByRole('listitem');
    await expect(upload).toHaveAttribute('data-state', 'done');
    await expect(upload).toContainText('បានផ្ញើហើយ');
    await expectNoHorizontalOverflow(page);
    await expectAccessible(page, 'receipt (km)');
    await screen(page, 'km-4-receipt');
  });

  const status = page.getByTestId('report-status');
  const checkButton = page.getByRole('button', { name: 'ពិនិត្យ', exact: true });

  await test.step('the check page opens the report without retyping, and takes more', async () => {
    await page.getByRole('link', { name: 'ពិនិត្យរបាយការណ៍របស់ខ្ញុំ' }).click();
    await expect(h1).toHaveText('ពិនិត្យរបាយការណ៍របស់ខ្ញុំ');
    await expect(page).toHaveURL(/\/check$/);
    await expect(page.getByLabel('លេខកូដតាមដាន')).toHaveValue(trackingCode);
    await expect(page.getByLabel('លេខសម្ងាត់')).toHaveValue(reporterSecret);
    await checkButton.click();
    await expect(status.locator('.status-value')).toHaveText('បានទទួល');
    await expect(status).toContainText('មាននរណាម្នាក់បានយកលុយពីខ្ញុំ');
    await expect(page.getByTestId('evidence-count')).toHaveText('1');
    await expect(page.getByText('មិនទាន់មានសារនៅឡើយទេ។', { exact: false })).toBeVisible();

    await page.getByLabel('តើយើងគួរដឹងអ្វីទៀត?').fill(ADDITION);
    await page.getByRole('button', { name: 'ផ្ញើព័ត៌មាន' }).click();
    const messages = page.getByTestId('messages');
    await expect(messages).toContainText(ADDITION);
    await expect(messages).toContainText('អ្នកបានបន្ថែម');

    await page.getByTestId('more-evidence').setInputFiles({
      name: 'សារពីជនបោកប្រាស់.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from(`${ADDITION}\nABA ០០០ ១២៣ ៤៥៦\n`, 'utf8'),
    });
    await page.getByRole('button', { name: 'ផ្ញើឯកសារ (1)' }).click();
    await expect(page.getByTestId('uploads').getByRole('listitem')).toHaveAttribute(
      'data-state',
      'done',
    );
    await expect(page.getByTestId('evidence-count')).toHaveText('2');
    await expectNoHorizontalOverflow(page);
    await expectAccessible(page, 'follow-up (km)');
    await screen(page, 'km-5-follow-up');
  });

  await test.step('an analyst reads the answers and the evidence, and writes back', async () => {
    const context = await browser.newContext({ baseURL, viewport: { width: 1280, height: 900 } });
    const staff = await context.newPage();
    await signInFirstTime(staff, ANALYSTS.km);
    const row = staff.getByTestId('report-row').filter({ hasText: trackingCode });
    await row.getByRole('link').click();
    await expect(staff.getByRole('heading', { level: 1 })).toHaveText(`Report ${trackingCode}`);
    const details = staff.getByTestId('details');
    await expect(details).toContainText('How much money did you lose?');
    await expect(details).toContainText('500,000 ៛');
    await expect(details).toContainText('ABA');
    await expect(details).toContainText('000 123 456');
    // The receiving account and the scammer's number, as indicators an analyst can copy.
    const observables = staff.getByTestId('observables');
    await expect(
      observables.getByTestId('observable').filter({ hasText: '000123456' }),
    ).toContainText('Bank or e-wallet account');
    await expect(observables).toContainText('+855971234567');
    const evidence = staff.getByTestId('evidence-item');
    await expect(evidence).toHaveCount(2);
    await expect(evidence.first()).toContainText('ស្គ្រីនស៊ុត ABA.png');
    await expectImageLoaded(staff, 'evidence-image');
    // The image shown is the display copy: the same pixels, without the location metadata.
    const src = await staff.getByTestId('evidence-image').first().getAttribute('src');
    expect(src).toMatch(/variant=display$/);
    const display = await context.request.get(src ?? '');
    expect(display.headers()['content-type']).toBe('image/png');
    expect((await display.body()).includes('11.5564N')).toBe(false);
    await expect(staff.getByTestId('messages')).toContainText(ADDITION);

    await staff.getByLabel('Message to the reporter').fill(CERT_MESSAGE);
    await staff.getByRole('button', { name: 'Send to the reporter' }).click();
    await expect(staff.getByTestId('messages')).toContainText(CERT_MESSAGE);
    await expectAccessible(staff, 'staff report with evidence (en)');
    await screen(staff, 'km-6-staff-report');

    await staff.getByText('ខ្មែរ', { exact: true }).click();
    await expect(staff.getByTestId('details')).toContainText('ធនាគារ ABA');
    await expect(staff.getByTestId('details')).toContainText('តើអ្នកបាត់បង់ប្រាក់ប៉ុន្មាន?');
    await expectKhmerFontLoaded(staff);
    await expectAccessible(staff, 'staff report (km)');
    await screen(staff, 'km-7-staff-report-km');
    await context.close();
  });

  await test.step('the reporter sees the CERT’s message on the check page', async () => {
    await checkButton.click();
    const messages = page.getByTestId('messages');
    await expect(messages).toContainText(CERT_MESSAGE);
    await expect(messages).toContainText('ពី CERT');
    await expectNoHorizontalOverflow(page);
    await expectAccessible(page, 'follow-up with a message (km)');
    await screen(page, 'km-8-cert-message');
  });

  await test.step('a wrong secret gets the one not-found message', async () => {
    await page.getByLabel('លេខសម្ងាត់').fill('AAAAA-BBBBB-CCCCC-DDDDD');
    await checkButton.click();
    await expect(page.getByRole('alert').first()).toContainText(
      'គ្មានរបាយការណ៍ណាត្រូវនឹងលេខកូដ និងលេខសម្ងាត់នេះទេ។',
    );
    await expect(status).toHaveCount(0);
    await expectAccessible(page, 'check not found (km)');
    await screen(page, 'km-9-check-not-found');
  });
});
