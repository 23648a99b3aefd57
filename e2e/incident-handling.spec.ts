import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/test.ts';
import {
  expectAccessible,
  expectKhmerFontLoaded,
  expectNoHorizontalOverflow,
  screen,
  screenElement,
  screenViewport,
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
/** The account the money went to, as the reporter writes it; stored as 001234567. */
const ACCOUNT = '001 234 567';
const FREEZE_TASK = 'ស្នើឱ្យធនាគារ ឬកាបូបអេឡិចត្រូនិកដែលទទួលប្រាក់បង្កកគណនី';
const FREEZE_ITEM = 'គណនីទទួល ចំនួនទឹកប្រាក់ និងពេលវេលាផ្ទេរ';
const CALL_TASK = 'ហៅទូរស័ព្ទទៅជនរងគ្រោះវិញ';

const PHONE = { width: 360, height: 740 };
const DESKTOP = { width: 1280, height: 900 };

test.use({ viewport: PHONE });

/**
 * Picks an option of a Mantine select by the select's label and the option's text; `within`
 * tells apart selects of the same label (the incident's assignee and each task's).
 */
async function choose(page: Page, label: string, option: string, within?: Locator): Promise<void> {
  await (within ?? page).getByRole('combobox', { name: label, exact: true }).click();
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

/** What the screen shows (a popover open) at phone and desktop width. */
async function viewportScreens(page: Page, name: string): Promise<void> {
  await page.setViewportSize(PHONE);
  await expectNoHorizontalOverflow(page);
  await screenViewport(page, `${name}-360`);
  await page.setViewportSize(DESKTOP);
  await screenViewport(page, `${name}-1280`);
  await page.setViewportSize(PHONE);
}

/** One part of the page at phone and desktop width. */
async function sectionScreens(page: Page, name: string, section: Locator): Promise<void> {
  await page.setViewportSize(PHONE);
  await expectNoHorizontalOverflow(page);
  await screenElement(section, `${name}-360`);
  await page.setViewportSize(DESKTOP);
  await screenElement(section, `${name}-1280`);
  await page.setViewportSize(PHONE);
}

/** A report sent through the public API, as a second victim of the same scam would. */
async function fileReport(page: Page, description: string): Promise<string> {
  return (await fileReportWithSecret(page, description)).code;
}

/** The same, keeping what the reporter needs to write again later. */
async function fileReportWithSecret(page: Page, description: string) {
  const response = await page.request.post('/api/public/reports', {
    headers: { 'Accept-Language': 'km', ...(await proofOfWorkHeaders(page.request)) },
    data: { incidentType: 'money-scam', description, language: 'km' },
  });
  expect(response.status()).toBe(201);
  const created = PublicReportCreatedSchema.parse(await response.json());
  return {
    code: displayTrackingCode(created.trackingCode),
    trackingCode: created.trackingCode,
    secret: created.secret,
  };
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
    await page.getByLabel('លេខគណនី ឬលេខទូរស័ព្ទដែលបានទទួលប្រាក់').fill(ACCOUNT);
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
  let reference = '';
  /** A report of another victim naming the same account, left out of the incident. */
  let otherReport = '';
  let secondReport = { code: '', trackingCode: '', secret: '' };

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
    // A fraud points to Convention art 8 in the legal candidates, marked as not verified.
    const legal = staff.getByTestId('legal-candidates');
    await expect(legal).toContainText('អនុសញ្ញាប៊ុយដាប៉េស្ដ · មាត្រា ៨');
    await expect(legal).toContainText('មិនទាន់បានផ្ទៀងផ្ទាត់ជាមួយអត្ថបទផ្លូវការ');
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
    reference = /INC-\d{6}/.exec((await title.textContent()) ?? '')?.[0] ?? '';
    secondReport = await fileReportWithSecret(
      page,
      'ខ្ញុំក៏ត្រូវបានបោកដោយអ្នកក្លែងខ្លួនជាបុគ្គលិកធនាគារ ABA ដែរ',
    );
    const second = secondReport.code;
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

  await test.step('the analyst takes the incident and runs the fraud playbook: its tasks are in Khmer', async () => {
    const editForm = staff.locator('form[aria-labelledby="incident-edit-title"]');
    await choose(staff, 'អ្នកទទួលបន្ទុក', ANALYSTS.incidents.name, editForm);
    await editForm.getByRole('button', { name: 'រក្សាទុកការផ្លាស់ប្ដូរ' }).click();
    await expect(editForm.getByText('បានរក្សាទុក។')).toBeVisible();

    const playbooks = staff.getByTestId('playbooks');
    await expect(playbooks).toContainText('ការផ្ទេរប្រាក់បោកប្រាស់ ឬការហៅបោកប្រាស់');
    await playbooks
      .getByRole('button', {
        name: 'ដំណើរការសៀវភៅណែនាំ៖ ការផ្ទេរប្រាក់បោកប្រាស់ ឬការហៅបោកប្រាស់',
      })
      .click();
    const tasks = staff.getByTestId('task');
    await expect(tasks).toHaveCount(4);
    await expect(playbooks).toHaveCount(0);
    await expect(timeline).toContainText('បានដំណើរការសៀវភៅណែនាំ៖ បានបន្ថែមកិច្ចការ 4។');
    const freeze = tasks.filter({ hasText: FREEZE_TASK });
    await expect(freeze.getByTestId('task-status')).toHaveText('ត្រូវធ្វើ');
    await expect(freeze).toContainText('ផុតកំណត់');
    await expect(freeze).toContainText('ពីសៀវភៅណែនាំ');

    // Ticking a checklist item saves it at once.
    const item = freeze.getByRole('checkbox', { name: FREEZE_ITEM });
    await item.click();
    await expect(item).toBeChecked();
    await expect(freeze).toContainText('បានធីក 1 ក្នុងចំណោម 2');
    await expectAccessible(staff, 'incident tasks (km)');

    await freeze.getByRole('button', { name: `កត់ថារួចរាល់៖ ${FREEZE_TASK}` }).click();
    await expect(freeze.getByTestId('task-status')).toHaveText('រួចរាល់');
    await expect(staff.getByTestId('task-progress')).toHaveText('រួចរាល់៖ 1 ក្នុងចំណោម 4');
    await expect(timeline).toContainText('បានកែកិច្ចការមួយ៖ ឥឡូវ រួចរាល់។');

    // Another task is started from its status select.
    const report = tasks.filter({ hasText: 'រាយការណ៍លេខទូរស័ព្ទបោកប្រាស់' });
    await report.getByRole('button', { name: 'ប្ដូរស្ថានភាព អ្នកទទួលបន្ទុក ឬថ្ងៃផុតកំណត់' }).click();
    await choose(staff, 'ស្ថានភាព', 'កំពុងធ្វើ', report);
    await expect(report.getByTestId('task-status')).toHaveText('កំពុងធ្វើ');

    // A task of the analyst's own, already late: it says so in words.
    const addTask = staff.locator('form[aria-labelledby="add-task-title"]');
    await addTask.getByRole('textbox', { name: 'អ្វីដែលត្រូវធ្វើ' }).fill(CALL_TASK);
    await addTask.getByLabel('ថ្ងៃ និងម៉ោងផុតកំណត់').fill('2025-01-06T09:00');
    await addTask
      .getByRole('textbox', { name: 'បញ្ជីត្រួតពិនិត្យ មួយបន្ទាត់មួយធាតុ' })
      .fill('សួររកបង្កាន់ដៃ\nពន្យល់ពីការដាក់ពាក្យបណ្ដឹង');
    await addTask.getByRole('button', { name: 'បន្ថែមកិច្ចការនេះ' }).click();
    await expect(addTask.getByText('បានបន្ថែមកិច្ចការ។')).toBeVisible();
    const call = tasks.filter({ hasText: CALL_TASK });
    await expect(call.getByTestId('task-overdue')).toHaveText('ហួសកំណត់');
    await expect(call).toContainText('បានធីក 0 ក្នុងចំណោម 2');
    await expect(staff.getByTestId('task-progress')).toHaveText('រួចរាល់៖ 1 ក្នុងចំណោម 5');
    await sectionScreens(
      staff,
      'incident-tasks-km',
      staff.locator('section[aria-labelledby="incident-tasks-title"]'),
    );
  });

  await test.step('the receiving account is confirmed, and seen in another victim’s report', async () => {
    otherReport = await fileReport(page, `ខ្ញុំបានផ្ទេរប្រាក់ ៥០ ដុល្លារ ទៅគណនី ABA ${ACCOUNT} ដែរ`);
    // How often a value was seen elsewhere is counted when the page is read.
    await staff.reload();
    const account = staff
      .getByTestId('incident-observable')
      .filter({ has: staff.getByText('001234567', { exact: true }) });
    await expect(account).toContainText('រកឃើញក្នុងរបាយការណ៍');
    await expect(account.getByTestId('observable-decision')).toHaveText('មិនទាន់ពិនិត្យ');
    await account.getByRole('button', { name: 'បញ្ជាក់ 001234567' }).click();
    await expect(account.getByTestId('observable-decision')).toHaveText('បានបញ្ជាក់');
    await expect(timeline).toContainText('បានបញ្ជាក់សូចនាករ គណនីធនាគារ ឬកាបូបអេឡិចត្រូនិក 001234567។');

    const seen = account.getByTestId('seen-elsewhere');
    await expect(seen).toHaveText('ឃើញក្នុងរបាយការណ៍ផ្សេងទៀត 1 និងឧប្បត្តិហេតុផ្សេងទៀត 0');
    await expectAccessible(staff, 'incident indicators (km)');
    await sectionScreens(
      staff,
      'incident-observables-km',
      staff.locator('section[aria-labelledby="incident-observables-title"]'),
    );
    await seen.click();
    const lookup = staff.getByRole('dialog', { name: 'កន្លែងដែលបានឃើញ 001234567' });
    await expect(lookup.getByRole('link', { name: otherReport })).toBeVisible();
    await expect(lookup).toContainText(`${reference} ·`);
    await expect(lookup).toContainText('(ឧប្បត្តិហេតុនេះ)');
    await expect(lookup).toContainText('ក្នុងឧប្បត្តិហេតុនេះ');
    await expectAccessible(staff, 'indicator lookup (km)');
    await sectionScreens(staff, 'observable-lookup-km', lookup);
    await staff.keyboard.press('Escape');
    await expect(lookup).toBeHidden();
  });

  await test.step('a report taken into the incident says where it is handled', async () => {
    await staff
      .getByTestId('linked-report')
      .filter({ hasText: secondReport.code })
      .getByRole('link', { name: secondReport.code })
      .click();
    await expect(title).toHaveText(`របាយការណ៍ ${secondReport.code}`);
    const banner = staff.getByTestId('handled-in');
    await expect(banner).toContainText(`កំពុងដោះស្រាយក្នុង ${reference}`);
    await expect(staff.getByRole('button', { name: 'បង្កើតឧប្បត្តិហេតុពីរបាយការណ៍នេះ' })).toHaveCount(0);
    await expect(staff.getByRole('button', { name: 'បដិសេធ…' })).toHaveCount(0);
    await expectAccessible(staff, 'report handled in an incident (km)');
    await banner.getByRole('link').click();
    await expect(title).toContainText(reference);
  });

  await test.step('the reporter writes back: the bell tells the analyst, who opens the incident', async () => {
    const response = await page.request.post(
      `/api/public/reports/${secondReport.trackingCode}/additions`,
      {
        headers: { Authorization: `Bearer ${secondReport.secret}`, 'Accept-Language': 'km' },
        data: { text: 'ខ្ញុំមានរូបថតបង្កាន់ដៃផ្ទេរប្រាក់ផងដែរ។' },
      },
    );
    expect(response.status()).toBe(201);
    await staff.reload();
    const bell = staff.getByRole('button', { name: 'ការជូនដំណឹង៖ 1 មិនទាន់អាន' });
    await expect(bell).toBeVisible();
    await bell.click();
    const panel = staff.getByRole('dialog', { name: 'ការជូនដំណឹង' });
    const notice = panel.getByRole('link', {
      name: `អ្នករាយការណ៍ក្នុង ${reference} បានសរសេរមកវិញ។`,
    });
    await expect(notice).toBeVisible();
    await expect(panel).toContainText('ថ្មី');
    await expectAccessible(staff, 'notifications (km)');
    await viewportScreens(staff, 'notifications-km');
    await notice.click();
    await expect(panel).toBeHidden();
    await expect(staff.getByRole('button', { name: 'ការជូនដំណឹង៖ គ្មានអ្វីមិនទាន់អានទេ' })).toBeVisible();
  });

  await test.step('the queue finds the incident by a Khmer word of its report, and the reports queue by the account', async () => {
    await staff.getByRole('link', { name: 'ឧប្បត្តិហេតុ', exact: true }).click();
    await expect(title).toHaveText('ឧប្បត្តិហេតុ');
    const search = staff.getByRole('search').filter({ has: staff.getByRole('searchbox') });
    await search.getByRole('searchbox', { name: 'ស្វែងរក' }).fill('ក្លែងខ្លួន');
    await search.getByRole('button', { name: 'ស្វែងរក' }).click();
    await expect(staff).toHaveURL(/[?&]q=/);
    await expect(staff.getByTestId('incident-total')).toHaveText('ឧប្បត្តិហេតុដែលរកឃើញ៖ 1');
    await expect(staff.getByTestId('incident-row')).toContainText(reference);
    await expect(staff.getByRole('link', { name: 'ទាញយក CSV' })).toHaveAttribute(
      'href',
      /\/api\/incidents\/export\.csv\?status=open&q=/,
    );
    await expectAccessible(staff, 'incident queue searched (km)');
    await screens(staff, 'incident-queue-search-km');

    await search.getByRole('searchbox', { name: 'ស្វែងរក' }).fill('មិនមានពាក្យនេះទេ');
    await search.getByRole('button', { name: 'ស្វែងរក' }).click();
    await expect(staff.getByText('គ្មានឧប្បត្តិហេតុណាត្រូវនឹងតម្រងទាំងនេះទេ។')).toBeVisible();

    await staff.getByRole('link', { name: 'SLA ក្នុងហានិភ័យ' }).click();
    await expect(title).toHaveText('ឧប្បត្តិហេតុដែល SLA ក្នុងហានិភ័យ');
    await expect(staff).toHaveURL(/sla=at_risk/);
    await expect(staff.getByRole('link', { name: 'SLA ក្នុងហានិភ័យ' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    await expectAccessible(staff, 'SLA at risk queue (km)');

    await staff.getByRole('link', { name: 'របាយការណ៍', exact: true }).click();
    await choose(staff, 'ស្ថានភាព', 'គ្រប់ស្ថានភាព');
    await staff.getByRole('searchbox', { name: 'ស្វែងរក' }).fill('001234567');
    await staff.getByRole('search').getByRole('button', { name: 'ស្វែងរក' }).click();
    await expect(title).toHaveText('របាយការណ៍ទាំងអស់');
    await expect(staff).toHaveURL(/status=all/);
    await expect(staff.getByTestId('report-row').filter({ hasText: otherReport })).toHaveCount(1);
    await expectAccessible(staff, 'reports queue filtered (km)');
    await screens(staff, 'reports-queue-filtered-km');

    await staff.getByRole('link', { name: 'ឧប្បត្តិហេតុ', exact: true }).click();
    await staff.getByRole('link', { name: new RegExp(reference) }).click();
    await expect(title).toContainText(reference);
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
