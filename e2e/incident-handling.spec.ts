import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/test.ts';
import {
  expectAccessible,
  expectKhmerFontLoaded,
  expectNoHorizontalOverflow,
  screen,
} from './support/checks.ts';
import { PublicReportCreatedSchema } from '../src/domain/reports/report.schemas.ts';
import { REJECTION_MESSAGES } from '../src/domain/reports/rejection.ts';
import { displayTrackingCode } from '../src/web/shared/codes.ts';
import { ANALYSTS } from './support/env.ts';
import { proofOfWorkHeaders } from './support/pow.ts';
import { signInFirstTime } from './support/staff.ts';

const DESCRIPTION = 'មាននរណាម្នាក់ក្លែងខ្លួនជាបុគ្គលិកធនាគារ ហើយខ្ញុំបានផ្ទេរប្រាក់ ២០០ ដុល្លារ តាម ABA';
const TO_REPORTER = 'សូមអរគុណ។ យើងបានរាយការណ៍គណនីនេះទៅធនាគារ ABA ហើយ។ សូមកុំផ្ទេរប្រាក់បន្ថែមទៀត។';
const RESOLUTION = 'គណនីទទួលប្រាក់ត្រូវបានធនាគារបិទ។';

const PHONE = { width: 360, height: 740 };
const DESKTOP = { width: 1280, height: 900 };

test.use({ viewport: PHONE });

/** Picks an option of a Mantine select by the select's label and the option's text. */
async function choose(page: Page, label: string, option: string): Promise<void> {
  await page.getByRole('combobox', { name: label, exact: true }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** The page at phone and desktop width, for people to look at. */
async function screens(page: Page, name: string): Promise<void> {
  await page.setViewportSize(PHONE);
  await expectNoHorizontalOverflow(page);
  await screen(page, `${name}-360`);
  await page.setViewportSize(DESKTOP);
  await screen(page, `${name}-1280`);
  await page.setViewportSize(PHONE);
}

/** A report sent through the public API, as a second victim of the same scam would. */
async function fileReport(page: Page, description: string): Promise<string> {
  const response = await page.request.post('/api/public/reports', {
    headers: { 'Accept-Language': 'km', ...(await proofOfWorkHeaders(page.request)) },
    data: { incidentType: 'money-scam', description, language: 'km' },
  });
  expect(response.status()).toBe(201);
  return displayTrackingCode(PublicReportCreatedSchema.parse(await response.json()).trackingCode);
}

test('an analyst handles a Khmer fraud report as an incident on a phone, and the reporter reads the outcome', async ({
  page,
  browser,
  baseURL,
}) => {
  test.skip(!ANALYSTS.incidents.password, 'run through `npm run test:e2e`, which creates it');
  const h1 = page.getByRole('heading', { level: 1 });
  let trackingCode = '';

  await test.step('a reporter sends a fraud report in Khmer from a phone', async () => {
    await page.goto('/report');
    await expect(page.locator('html')).toHaveAttribute('lang', 'km');
    await page.getByRole('radio', { name: /មាននរណាម្នាក់បានយកលុយពីខ្ញុំ/ }).check();
    await page.getByLabel('តើអ្នកបាត់បង់ប្រាក់ប៉ុន្មាន?').fill('២០០');
    await page.getByRole('radio', { name: 'ដុល្លារអាមេរិក ($)' }).check();
    await page.getByLabel('តើអ្នកបានផ្ញើប្រាក់តាមរបៀបណា?').selectOption({ label: 'ធនាគារ ABA' });
    await page.getByLabel('ប្រាប់យើងពីអ្វីដែលបានកើតឡើង').fill(DESCRIPTION);
    await page.getByRole('button', { name: 'ផ្ញើរបាយការណ៍' }).click();
    await expect(h1).toHaveText('យើងបានទទួលរបាយការណ៍របស់អ្នកហើយ');
    trackingCode = (await page.getByTestId('tracking-code').textContent()) ?? '';
    expect(trackingCode).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  });

  const context = await browser.newContext({ baseURL, viewport: PHONE });
  const staff = await context.newPage();
  const title = staff.getByRole('heading', { level: 1 });
  const status = staff.getByTestId('status').first();
  const timeline = staff.getByTestId('timeline');

  await test.step('an analyst opens the report and creates an incident from it', async () => {
    await signInFirstTime(staff, ANALYSTS.incidents);
    await staff.getByText('ខ្មែរ', { exact: true }).click();
    await expect(title).toHaveText('របាយការណ៍ថ្មី');
    await staff
      .getByTestId('report-row')
      .filter({ hasText: trackingCode })
      .getByRole('link')
      .click();
    await expect(title).toHaveText(`របាយការណ៍ ${trackingCode}`);
    await staff.getByRole('button', { name: 'បង្កើតឧប្បត្តិហេតុពីរបាយការណ៍នេះ' }).click();
    await expect(title).toContainText(/INC-\d{6}/);
    await expect(status).toHaveText('ថ្មី');
    await expect(staff.getByTestId('linked-report')).toContainText(trackingCode);
    await expect(timeline).toContainText(`បានភ្ជាប់របាយការណ៍ ${trackingCode}។`);
  });

  await test.step('classification, impact, province and loss are recorded', async () => {
    const suggestion = staff.getByTestId('suggestion');
    const subtype = staff.getByRole('combobox', { name: 'ប្រភេទរងក្នុងស្រុក', exact: true });
    // The incident starts with the classification its report suggests, and says why.
    await expect(suggestion).toContainText('បានរាយការណ៍ថាជា ការបោកប្រាស់យកលុយ');
    await expect(suggestion).toContainText('ចម្លើយ៖ មធ្យោបាយទូទាត់ = ធនាគារ ABA');
    await expect(suggestion).toContainText('ឧប្បត្តិហេតុមានចំណាត់ថ្នាក់នេះហើយ។');
    await expect(subtype).toHaveValue('ការផ្ទេរប្រាក់បោកប្រាស់');

    await choose(staff, 'ប្រភេទរងក្នុងស្រុក', 'ការបោកប្រាស់តាមទូរគមនាគមន៍ ឬ VoIP');
    await choose(staff, 'ភាពត្រឹមត្រូវ', 'ខ្ពស់');
    await choose(staff, 'ខេត្ត/រាជធានី', 'ភ្នំពេញ · Phnom Penh');
    await staff.getByRole('textbox', { name: 'ការខាតបង់ប្រាក់' }).fill('២០០');
    await staff.getByRole('button', { name: 'រក្សាទុកការផ្លាស់ប្ដូរ' }).click();
    await expect(staff.getByText('បានរក្សាទុក។')).toBeVisible();
    await expect(timeline).toContainText('បានចាត់ថ្នាក់ជា ការបោកប្រាស់តាមទូរគមនាគមន៍ ឬ VoIP');
    await expect(timeline).toContainText('បានកែប្រែ៖');
    await expect(timeline).toContainText('ការខាតបង់ប្រាក់');
    await expect(staff.getByTestId('severity').first()).toHaveText('ខ្ពស់');

    // The analyst changes their mind and takes the suggestion after all.
    await suggestion.getByRole('button', { name: 'ប្រើចំណាត់ថ្នាក់នេះ' }).click();
    await expect(suggestion).toContainText('ឧប្បត្តិហេតុមានចំណាត់ថ្នាក់នេះហើយ។');
    await expect(subtype).toHaveValue('ការផ្ទេរប្រាក់បោកប្រាស់');
    await expect(staff.getByRole('combobox', { name: 'ខេត្ត/រាជធានី', exact: true })).toHaveValue(
      'ភ្នំពេញ · Phnom Penh',
    );
  });

  await test.step('the queue shows the incident, passes axe and opens it from the keyboard', async () => {
    await staff.getByRole('link', { name: 'ឧប្បត្តិហេតុ', exact: true }).click();
    await expect(title).toHaveText('ឧប្បត្តិហេតុ');
    const row = staff.getByTestId('incident-row').filter({ hasText: 'ការផ្ទេរប្រាក់បោកប្រាស់' });
    await expect(row.first()).toContainText('ខ្ពស់');
    await choose(staff, 'កម្រិតធ្ងន់ធ្ងរ', 'ខ្ពស់');
    await staff.keyboard.press('Escape');
    await expect(staff).toHaveURL(/severity=/);
    await expect(row.first()).toBeVisible();
    await expectKhmerFontLoaded(staff);
    await expectAccessible(staff, 'incident queue (km)');
    await screens(staff, 'incident-queue-km');
    const link = row.first().getByRole('link');
    await link.focus();
    await staff.keyboard.press('Enter');
    await expect(title).toContainText(/INC-\d{6}/);
  });

  await test.step('a second report joins the incident; a third is rejected', async () => {
    const reference = /INC-\d{6}/.exec((await title.textContent()) ?? '')?.[0] ?? '';
    const second = await fileReport(page, 'ខ្ញុំក៏ត្រូវបានបោកដោយអ្នកក្លែងខ្លួនជាបុគ្គលិកធនាគារ ABA ដែរ');
    const third = await fileReport(page, 'សាកល្បង សាកល្បង សាកល្បង សាកល្បង');
    const openReport = async (code: string) => {
      await staff.getByRole('link', { name: 'របាយការណ៍', exact: true }).click();
      await staff.getByTestId('report-row').filter({ hasText: code }).getByRole('link').click();
      await expect(title).toHaveText(`របាយការណ៍ ${code}`);
    };

    await openReport(second);
    await expectAccessible(staff, 'report with its actions (km)');
    await staff.getByRole('button', { name: 'បញ្ចូលទៅក្នុងឧប្បត្តិហេតុ…' }).click();
    const add = staff.getByRole('dialog', { name: 'បញ្ចូលរបាយការណ៍នេះទៅក្នុងឧប្បត្តិហេតុមួយ' });
    await add.getByRole('combobox', { name: 'ឧប្បត្តិហេតុដែលកំពុងបើក' }).click();
    await staff.getByRole('option', { name: new RegExp(reference) }).click();
    await add.getByRole('button', { name: 'បញ្ចូលទៅក្នុងឧប្បត្តិហេតុ' }).click();
    await expect(title).toContainText(reference);
    await expect(staff.getByTestId('linked-report')).toHaveCount(2);
    await expect(timeline).toContainText(`បានភ្ជាប់របាយការណ៍ ${second}។`);

    await openReport(third);
    await staff.getByRole('button', { name: 'បដិសេធ…' }).click();
    const reject = staff.getByRole('dialog', { name: 'បដិសេធរបាយការណ៍នេះ' });
    await choose(staff, 'មូលហេតុ', 'សារឥតបានការ ឬមិនមែនជាឧប្បត្តិហេតុ');
    // What the reporter will read is shown before it is sent, in their language.
    await expect(reject).toContainText(REJECTION_MESSAGES.spam.km);
    await screen(staff, 'report-reject-km-360');
    await reject.getByRole('button', { name: 'បដិសេធ ហើយប្រាប់អ្នករាយការណ៍' }).click();
    await expect(reject).toBeHidden();
    await expect(staff.getByText('បានបិទ', { exact: true })).toBeVisible();
    await expect(staff.getByTestId('messages')).toContainText(REJECTION_MESSAGES.spam.km);
    await expect(staff.getByRole('button', { name: 'បដិសេធ…' })).toHaveCount(0);

    await staff.getByRole('link', { name: 'ឧប្បត្តិហេតុ', exact: true }).click();
    await staff.getByRole('link', { name: new RegExp(reference) }).click();
    await expect(title).toContainText(reference);
  });

  await test.step('triage, then work on it, then write to the reporter', async () => {
    await staff.getByRole('button', { name: 'ចាប់ផ្ដើមវាយតម្លៃ' }).click();
    await expect(status).toHaveText('កំពុងវាយតម្លៃ');
    await staff.getByRole('button', { name: 'ចាប់ផ្ដើមដោះស្រាយ' }).click();
    await expect(status).toHaveText('កំពុងដោះស្រាយ');
    await expect(timeline).toContainText('ស្ថានភាពបានប្ដូរពី កំពុងវាយតម្លៃ ទៅ កំពុងដោះស្រាយ។');

    await staff.getByRole('radio', { name: 'សារទៅអ្នករាយការណ៍ (សាធារណជន)' }).check();
    await expect(staff.getByText('សារនេះនឹងទៅដល់សាធារណជន')).toBeVisible();
    await choose(staff, 'ទៅអ្នករាយការណ៍នៃរបាយការណ៍', `${trackingCode} · ខ្មែរ`);
    await staff.getByRole('textbox', { name: 'សារទៅអ្នករាយការណ៍' }).fill(TO_REPORTER);
    await staff.getByRole('button', { name: 'ផ្ញើទៅអ្នករាយការណ៍…' }).click();
    const dialog = staff.getByRole('dialog', { name: 'ផ្ញើសារនេះទៅសាធារណជន?' });
    await expect(dialog).toContainText(TO_REPORTER);
    await dialog.getByRole('button', { name: 'បាទ/ចាស ផ្ញើវា' }).click();
    await expect(dialog).toBeHidden();
    await expect(timeline).toContainText(`បានសរសេរទៅអ្នករាយការណ៍នៃ ${trackingCode}។`);
    await expect(timeline).toContainText(TO_REPORTER);
    await expectAccessible(staff, 'incident page (km)');
    await screens(staff, 'incident-page-km');
  });

  await test.step('the incident is resolved, then closed with a disposition', async () => {
    await staff.getByRole('button', { name: 'កត់ថាបានដោះស្រាយ' }).click();
    await expect(status).toHaveText('បានដោះស្រាយ');
    await staff.getByRole('button', { name: 'បិទ…' }).click();
    const dialog: Locator = staff.getByRole('dialog', { name: 'បិទឧប្បត្តិហេតុ' });
    await dialog.getByRole('button', { name: 'បិទឧប្បត្តិហេតុ' }).click();
    await expect(dialog).toContainText('សូមជ្រើសរើសរបៀបដែលករណីបានបញ្ចប់។');
    await choose(staff, 'លទ្ធផលចុងក្រោយ', 'ឧប្បត្តិហេតុដែលបានបញ្ជាក់');
    await dialog.getByRole('textbox', { name: 'កំណត់ចំណាំអំពីការដោះស្រាយ' }).fill(RESOLUTION);
    await screen(staff, 'incident-close-km-360');
    await dialog.getByRole('button', { name: 'បិទឧប្បត្តិហេតុ' }).click();
    await expect(dialog).toBeHidden();
    await expect(status).toHaveText('បានបិទ');
    await expect(staff.getByTestId('disposition')).toHaveText('បានបិទជា៖ ឧប្បត្តិហេតុដែលបានបញ្ជាក់');
    await expect(timeline).toContainText('បានបិទជា៖ ឧប្បត្តិហេតុដែលបានបញ្ជាក់។');
    await expect(staff.getByRole('button', { name: 'បើកឡើងវិញ…' })).toBeVisible();
    await expectAccessible(staff, 'closed incident (km)');
    await screens(staff, 'incident-closed-km');
    await context.close();
  });

  await test.step('the reporter sees the report closed and the CERT’s message', async () => {
    await page.getByRole('link', { name: 'ពិនិត្យរបាយការណ៍របស់ខ្ញុំ' }).click();
    await page.getByRole('button', { name: 'ពិនិត្យ', exact: true }).click();
    await expect(page.getByTestId('report-status').locator('.status-value')).toHaveText('បានបិទ');
    const messages = page.getByTestId('messages');
    await expect(messages).toContainText(TO_REPORTER);
    await expect(messages).toContainText('ពី CERT');
    await expectNoHorizontalOverflow(page);
    await screen(page, 'incident-reporter-closed-km-360');
  });
});
