import { expect, test } from './support/test.ts';
import { PublicReportBodySchema } from '../src/domain/reports/report.schemas.ts';
import { expectAccessible, expectNoHorizontalOverflow, screen } from './support/checks.ts';

test.use({ viewport: { width: 360, height: 740 } });

const yesterday = () => {
  const date = new Date(Date.now() - 24 * 3600 * 1000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
};

test('a visitor switches to English and reports phishing with contact details', async ({
  page,
}) => {
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
    await page
      .getByLabel('Tell us what happened')
      .fill('A text message said my ACLEDA account was blocked.\nThe link asked for my PIN.');
    await page.getByLabel('Date').fill(yesterday());
    await page.getByLabel('Time').fill('14:30');
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

  await test.step('the corrected report is sent with its contact details', async () => {
    await page.getByLabel('E-mail').fill('dara@example.com');
    await expect(page.locator('#contact-email-error')).toHaveCount(0);
    await expectAccessible(page, 'report form (en)');
    await screen(page, 'en-3-report-filled');
    const request = page.waitForRequest('**/api/public/reports');
    await page.getByRole('button', { name: 'Send report' }).click();
    const sent = await request;
    expect(sent.headers()['accept-language']).toBe('en');
    expect(sent.postDataJSON()).toMatchObject({
      incidentType: 'phishing',
      language: 'en',
      contact: { name: 'Dara Chan', email: 'dara@example.com', phone: '012 345 678' },
    });
    const { occurredAt } = PublicReportBodySchema.parse(sent.postDataJSON());
    expect(occurredAt).toMatch(/^\d{4}-\d{2}-\d{2}T14:30:00[+-]\d{2}:\d{2}$/);
  });

  await test.step('the receipt, then the status in English', async () => {
    await expect(h1).toHaveText('Your report was received');
    const code = (await page.getByTestId('tracking-code').textContent()) ?? '';
    const secret = (await page.getByTestId('reporter-secret').textContent()) ?? '';
    await expectAccessible(page, 'receipt (en)');
    await screen(page, 'en-4-receipt');
    await page.getByRole('link', { name: 'Check my report' }).click();
    await expect(page.getByLabel('Tracking code')).toHaveValue(code);
    await page.getByLabel('Secret').fill(secret.replaceAll('-', ''));
    await page.getByRole('button', { name: 'Check', exact: true }).click();
    const status = page.getByTestId('report-status');
    await expect(status.locator('.status-value')).toHaveText('Received');
    await expect(status).toContainText('I got a fake message or website');
    await expect(status).toContainText(String(new Date().getFullYear()));
    await expectNoHorizontalOverflow(page);
    await expectAccessible(page, 'check result (en)');
    await screen(page, 'en-5-check-found');
  });
});
