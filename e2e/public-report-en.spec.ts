import { expect, test } from './support/test.ts';
import { PublicReportBodySchema } from '../src/domain/reports/report.schemas.ts';
import { expectAccessible, expectNoHorizontalOverflow, screen } from './support/checks.ts';
import { ANALYSTS } from './support/env.ts';
import { screenshotPng } from './support/files.ts';
import { expectImageLoaded, signInFirstTime } from './support/staff.ts';

test.use({ viewport: { width: 360, height: 740 } });

const yesterday = () => {
  const date = new Date(Date.now() - 24 * 3600 * 1000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
};

const LINK = 'http://acleda-unlock.example/login';
const ADDITION = 'A second text came this morning from the same number.';
const CERT_MESSAGE =
  'Thank you. We asked the host to take the fake page down. Did you type your PIN?';

test('a visitor reports phishing in English, follows it up, reads the answer and withdraws', async ({
  page,
  browser,
  baseURL,
}) => {
  test.skip(!ANALYSTS.en.password, 'run through `npm run test:e2e`, which creates the analysts');
  const h1 = page.getByRole('heading', { level: 1 });

  await test.step('the language switch is remembered', async () => {
    await page.goto('/');
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(h1).toHaveText('Report a cyber incident');
    await page.reload();
    await expect(h1).toHaveText('Report a cyber incident');
    await expect(page.getByRole('button', { name: 'English' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expectAccessible(page, 'landing (en)');
    await screen(page, 'en-1-landing');
  });

  await test.step('a bad e-mail address is explained next to its field', async () => {
    await page.getByRole('link', { name: /^Report an incident/ }).click();
    await page.getByRole('radio', { name: /I got a fake message or website/ }).check();
    await page.getByLabel('The link in the message').fill(LINK);
    await page.getByLabel('How did it reach you?').selectOption({ label: 'SMS' });
    await page.getByLabel('Who sent it?').fill('+855 12 000 111');
    await page.getByLabel('Who did it pretend to be?').fill('ACLEDA Bank');
    await page.getByRole('radio', { name: 'Yes' }).check();
    await page
      .getByLabel('Tell us what happened')
      .fill('A text message said my ACLEDA account was blocked.\nThe link asked for my PIN.');
    await page.getByLabel('Date').first().fill(yesterday());
    await page.getByLabel('Time').first().fill('14:30');
    await page.getByTestId('evidence').setInputFiles([
      { name: 'sms-screenshot.png', mimeType: 'image/png', buffer: screenshotPng() },
      // Named as a PDF but plain text inside: the server refuses it, the report stays safe.
      { name: 'fake-invoice.pdf', mimeType: 'application/pdf', buffer: Buffer.from('not a PDF') },
    ]);
    await page.getByLabel('Name').fill('Dara Chan');
    await page.getByLabel('E-mail').fill('dara@');
    await page.getByLabel('Phone').fill('០១២ ៣៤៥ ៦៧៨');
    await page.getByRole('button', { name: 'Send report' }).click();
    const email = page.getByLabel('E-mail');
    await expect(email).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('#contact-email-error')).toHaveText(
      'Enter an e-mail address like name@example.com.',
    );
    await expectNoHorizontalOverflow(page);
    await screen(page, 'en-2-report-email-error');
  });

  await test.step('the corrected report is sent with its answers and contact details', async () => {
    await page.getByLabel('E-mail').fill('dara@example.com');
    await expect(page.locator('#contact-email-error')).toHaveCount(0);
    await expectAccessible(page, 'report form (en)');
    await screen(page, 'en-3-report-filled');
    const request = page.waitForRequest('**/api/public/reports');
    await page.getByRole('button', { name: 'Send report' }).click();
    const sent = await request;
    expect(sent.headers()['accept-language']).toBe('en');
    expect(sent.headers()['x-karpear-pow']).toBeTruthy();
    expect(sent.postDataJSON()).toMatchObject({
      incidentType: 'phishing',
      language: 'en',
      details: {
        link: LINK,
        channel: 'sms',
        impersonated: 'ACLEDA Bank',
        enteredCredentials: 'yes',
      },
      contact: { name: 'Dara Chan', email: 'dara@example.com', phone: '012 345 678' },
    });
    const { occurredAt } = PublicReportBodySchema.parse(sent.postDataJSON());
    expect(occurredAt).toMatch(/^\d{4}-\d{2}-\d{2}T14:30:00[+-]\d{2}:\d{2}$/);
  });

  let code = '';
  let secret = '';

  await test.step('the receipt gives advice and sends the screenshot', async () => {
    await expect(h1).toHaveText('Your report was received');
    code = (await page.getByTestId('tracking-code').textContent()) ?? '';
    secret = (await page.getByTestId('reporter-secret').textContent()) ?? '';
    await expect(page.getByTestId('advice')).toContainText('Do not open the link again');
    const uploads = page.getByTestId('uploads').getByRole('listitem');
    await expect(uploads.first()).toHaveAttribute('data-state', 'done');
    await expect(uploads.last()).toHaveAttribute('data-state', 'failed');
    await expect(uploads.last()).toContainText('fake-invoice.pdf is named');
    await expect(page.getByTestId('uploads-failed')).toContainText('Your report is safe');
    await expectNoHorizontalOverflow(page);
    await expectAccessible(page, 'receipt (en)');
    await screen(page, 'en-4-receipt');
  });

  const status = page.getByTestId('report-status');
  const checkButton = page.getByRole('button', { name: 'Check', exact: true });

  await test.step('the status, then more information and another screenshot', async () => {
    await page.getByRole('link', { name: 'Check my report' }).click();
    await expect(page.getByLabel('Tracking code')).toHaveValue(code);
    await page.getByLabel('Secret').fill(secret.replaceAll('-', ''));
    await checkButton.click();
    await expect(status.locator('.status-value')).toHaveText('Received');
    await expect(status).toContainText('I got a fake message or website');
    await expect(status).toContainText(String(new Date().getFullYear()));
    await page.getByLabel('What else should we know?').fill(ADDITION);
    await page.getByRole('button', { name: 'Send information' }).click();
    await expect(page.getByTestId('messages')).toContainText(ADDITION);
    await page.getByTestId('more-evidence').setInputFiles({
      name: 'second-sms.png',
      mimeType: 'image/png',
      buffer: screenshotPng(160, 280),
    });
    await expect(page.getByRole('list', { name: 'Chosen files' })).toContainText('second-sms.png');
    await page.getByRole('button', { name: 'Send files (1)' }).click();
    await expect(page.getByTestId('uploads').getByRole('listitem')).toHaveAttribute(
      'data-state',
      'done',
    );
    await expect(page.getByTestId('evidence-count')).toHaveText('2');
    await expectNoHorizontalOverflow(page);
    await expectAccessible(page, 'follow-up (en)');
    await screen(page, 'en-5-follow-up');
  });

  await test.step('an analyst sees the answers and the screenshots, and asks a question', async () => {
    const context = await browser.newContext({ baseURL, viewport: { width: 1280, height: 900 } });
    const staff = await context.newPage();
    await signInFirstTime(staff, ANALYSTS.en);
    await staff.getByTestId('report-row').filter({ hasText: code }).getByRole('link').click();
    const details = staff.getByTestId('details');
    await expect(details).toContainText(LINK);
    await expect(details).toContainText('SMS');
    await expect(details).toContainText('Did you type a password, PIN or code on it?');
    await expect(details).toContainText('Yes');
    await expect(staff.getByTestId('evidence-item')).toHaveCount(2);
    await expectImageLoaded(staff, 'evidence-image');
    await staff.getByLabel('Message to the reporter').fill(CERT_MESSAGE);
    await staff.getByRole('button', { name: 'Send to the reporter' }).click();
    await expect(staff.getByTestId('messages')).toContainText(CERT_MESSAGE);
    await expectAccessible(staff, 'staff report (phishing)');
    await screen(staff, 'en-6-staff-report');
    await context.close();
  });

  await test.step('the reporter reads the question, then withdraws the report', async () => {
    await checkButton.click();
    await expect(page.getByTestId('messages')).toContainText(CERT_MESSAGE);
    await expect(page.getByTestId('messages')).toContainText('From the CERT');
    await screen(page, 'en-7-cert-message');
    await page.getByRole('button', { name: 'Withdraw my report…' }).click();
    await expect(page.getByText('Are you sure? This cannot be undone.')).toBeFocused();
    await page
      .getByLabel('Why? (optional)')
      .fill('My bank blocked the card; the problem is solved.');
    await expectAccessible(page, 'withdraw confirmation (en)');
    await screen(page, 'en-8-withdraw-confirm');
    await page.getByRole('button', { name: 'Yes, withdraw it' }).click();
    await expect(status.locator('.status-value')).toHaveText('Withdrawn');
    await expect(page.getByText('Your report was withdrawn.')).toBeVisible();
    await expect(page.getByLabel('What else should we know?')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Withdraw my report…' })).toHaveCount(0);
    await expectNoHorizontalOverflow(page);
    await expectAccessible(page, 'withdrawn (en)');
    await screen(page, 'en-9-withdrawn');
  });
});
