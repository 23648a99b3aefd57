import type { APIRequestContext, Locator, Page } from '@playwright/test';
import { expect, test } from './support/test.ts';
import {
  expectAccessible,
  expectKhmerFontLoaded,
  expectNoHorizontalOverflow,
  screen,
  screenViewport,
} from './support/checks.ts';
import type { Language } from '../src/domain/language.ts';
import { PublicReportCreatedSchema } from '../src/domain/reports/report.schemas.ts';
import { REJECTION_MESSAGES } from '../src/domain/reports/rejection.ts';
import { displayTrackingCode } from '../src/web/shared/codes.ts';
import { ANALYSTS } from './support/env.ts';
import { proofOfWorkHeaders } from './support/pow.ts';
import { signInFirstTime } from './support/staff.ts';

const PHONE = { width: 360, height: 740 };
const DESKTOP = { width: 1280, height: 900 };
const analyst = ANALYSTS.bulk;

/**
 * A word only this test writes, so the queues can be narrowed to its own reports and
 * incidents. It holds j, k and x: typing it in the search field must not move or select.
 */
const MARKER = `jkx${Date.now()
  .toString(36)
  .replace(/\d/g, (digit) => 'abcdefghij'.charAt(Number(digit)))}`;

type Filed = { code: string; trackingCode: string; secret: string };

/** A report sent through the public API, as a member of the public would. */
async function fileReport(
  request: APIRequestContext,
  language: Language,
  incidentType: string,
  text: string,
): Promise<Filed> {
  const response = await request.post('/api/public/reports', {
    headers: { 'Accept-Language': language, ...(await proofOfWorkHeaders(request)) },
    data: { incidentType, description: `${text} ${MARKER}`, language },
  });
  expect(response.status()).toBe(201);
  const created = PublicReportCreatedSchema.parse(await response.json());
  return {
    code: displayTrackingCode(created.trackingCode),
    trackingCode: created.trackingCode,
    secret: created.secret,
  };
}

/** Picks an option of a Mantine select by its label, inside `within` (a dialog) if given. */
async function choose(page: Page, label: string, option: string, within?: Locator) {
  await (within ?? page).getByRole('combobox', { name: label, exact: true }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** The reporter's check page: the status and the CERT's messages behind code and secret. */
async function checkAsReporter(page: Page, report: Filed, language: Language) {
  await page.goto('/check');
  if (language === 'en') await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', language);
  const labels =
    language === 'en'
      ? { code: 'Tracking code', secret: 'Secret', check: 'Check', closed: 'Closed' }
      : { code: 'លេខកូដតាមដាន', secret: 'លេខសម្ងាត់', check: 'ពិនិត្យ', closed: 'បានបិទ' };
  await page.getByLabel(labels.code).fill(report.code);
  await page.getByLabel(labels.secret).fill(report.secret);
  await page.getByRole('button', { name: labels.check, exact: true }).click();
  await expect(page.getByTestId('report-status').locator('.status-value')).toHaveText(
    labels.closed,
  );
  await expect(page.getByTestId('messages')).toContainText(REJECTION_MESSAGES.spam[language]);
}

test('an analyst triages reports and incidents in bulk from the keyboard, in English and in Khmer on a phone', async ({
  page,
  browser,
  baseURL,
}) => {
  test.skip(!analyst.password, 'run through `npm run test:e2e`, which creates the analyst');
  const r = page.request;
  // Oldest first; the queue shows them newest first: F, E, D, C, B, A.
  const a = await fileReport(r, 'km', 'other', 'ខ្ញុំបានឈ្នះទូរស័ព្ទ iPhone ឥតគិតថ្លៃ សូមចុចតំណនេះ');
  const b = await fileReport(r, 'en', 'other', 'You won a free iPhone, click this link now');
  const c = await fileReport(r, 'km', 'other', 'សាកល្បង សាកល្បង សាកល្បង');
  const d = await fileReport(
    r,
    'en',
    'account-takeover',
    'Someone took over our shop’s Facebook page and changed the password',
  );
  const e = await fileReport(
    r,
    'km',
    'account-takeover',
    'គណនី Facebook របស់ខ្ញុំត្រូវបានគេលួច ហើយគេផ្ញើសារសុំលុយពីមិត្តភក្តិ',
  );
  const f = await fileReport(
    r,
    'en',
    'account-takeover',
    'My Telegram account was taken over and used to ask friends for money',
  );

  const context = await browser.newContext({ baseURL, viewport: DESKTOP });
  const staff = await context.newPage();
  const h1 = staff.getByRole('heading', { level: 1 });
  const rows = staff.getByTestId('report-row');
  const row = (report: Filed) => rows.filter({ hasText: report.code });
  const selected = staff.getByTestId('selected');
  const notice = staff.getByTestId('bulk-notice');
  const searchbox = staff.getByRole('searchbox', { name: 'Search' });
  let incidentX = '';

  await test.step('the analyst searches the reports queue with "/", typing j, k and x as text', async () => {
    await signInFirstTime(staff, analyst);
    await staff.keyboard.press('/');
    await expect(searchbox).toBeFocused();
    await staff.keyboard.type(MARKER);
    await expect(searchbox).toHaveValue(MARKER);
    await staff.keyboard.press('Enter');
    await expect(staff).toHaveURL(/[?&]q=/);
    await expect(rows).toHaveCount(6);
    await expect(rows.first()).toContainText(f.code);
    await expect(selected).toHaveText('Selected: 0');
  });

  await test.step('two reports become one incident', async () => {
    await staff.getByRole('checkbox', { name: `Select ${e.code}` }).check();
    await staff.getByRole('checkbox', { name: `Select ${d.code}` }).check();
    await expect(selected).toHaveText('Selected: 2');
    await staff.getByRole('button', { name: 'Create one incident from these' }).click();
    await expect(notice).toContainText(/INC-\d{6} was created \(reports in it: 2\)\./);
    incidentX = /INC-\d{6}/.exec((await notice.textContent()) ?? '')?.[0] ?? '';
    // Taken into an incident, they leave the queue of new reports; the selection is empty.
    await expect(rows).toHaveCount(4);
    await expect(selected).toHaveText('Selected: 0');
  });

  await test.step('Esc leaves the search, j and x select the first row, which becomes an incident of its own', async () => {
    await searchbox.focus();
    await staff.keyboard.press('Escape');
    await expect(searchbox).not.toBeFocused();
    await expect(searchbox).toHaveValue(MARKER);
    await staff.keyboard.press('j');
    await expect(row(f)).toBeFocused();
    await staff.keyboard.press('x');
    await expect(staff.getByRole('checkbox', { name: `Select ${f.code}` })).toBeChecked();
    await staff.getByRole('button', { name: 'Create one incident from these' }).click();
    await expect(notice).toContainText(/INC-\d{6} was created \(reports in it: 1\)\./);
    await expect(rows).toHaveCount(3);
  });

  await test.step('all statuses: the keyboard selects three new reports and one already in an incident', async () => {
    await choose(staff, 'Status', 'All statuses');
    await expect(rows).toHaveCount(6);
    await h1.click();
    await staff.keyboard.press('j');
    await expect(row(f)).toBeFocused();
    await staff.keyboard.press('j');
    await staff.keyboard.press('x');
    for (const report of [c, b, a]) {
      await staff.keyboard.press('j');
      if (report === c) await staff.keyboard.press('j');
      await expect(row(report)).toBeFocused();
      await staff.keyboard.press('x');
    }
    await expect(selected).toHaveText('Selected: 4');
    await staff.keyboard.press('k');
    await expect(row(b)).toBeFocused();
    await staff.keyboard.press('ArrowDown');
    await expect(row(a)).toBeFocused();
    await staff.keyboard.press('x');
    await expect(selected).toHaveText('Selected: 3');
    await staff.keyboard.press('x');
    await expect(selected).toHaveText('Selected: 4');

    await staff.keyboard.press('?');
    const help = staff.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(help).toContainText('Select the row, or unselect it');
    await expectAccessible(staff, 'keyboard shortcuts');
    await screenViewport(staff, 'queue-bulk-help-1280');
    await staff.keyboard.press('Escape');
    await expect(help).toBeHidden();

    await expect(staff.getByRole('group', { name: 'Actions on the selected rows' })).toBeVisible();
    await expectAccessible(staff, 'reports queue with the bulk actions');
    await screen(staff, 'queue-bulk-reports-1280');
  });

  await test.step('they are rejected as spam: each reporter is told in their language, one is refused', async () => {
    await staff.getByRole('button', { name: 'Reject…' }).click();
    const dialog = staff.getByRole('dialog', { name: 'Reject the selected reports' });
    await choose(staff, 'Reason', 'Spam or not an incident', dialog);
    await expect(dialog.getByTestId('reject-preview-km')).toContainText(
      'Reporters who wrote in Khmer (3) will read:',
    );
    await expect(dialog.getByTestId('reject-preview-km')).toContainText(REJECTION_MESSAGES.spam.km);
    await expect(dialog.getByTestId('reject-preview-en')).toContainText(REJECTION_MESSAGES.spam.en);
    await expectAccessible(staff, 'bulk reject dialog');
    await screenViewport(staff, 'queue-bulk-reject-1280');
    await dialog.getByRole('button', { name: 'Reject 4 and tell the reporters' }).click();
    await expect(dialog).toBeHidden();
    await expect(notice).toHaveText(
      `3 done, 1 could not be changed: ${e.code} (already in an incident or closed)`,
    );
    await expect(selected).toHaveText('Selected: 0');
    for (const report of [a, b, c]) {
      await expect(row(report).getByTestId('report-status')).toHaveText('Closed');
    }
    await expect(row(e).getByTestId('report-status')).toHaveText('In review');
  });

  await test.step('the reporters read the reason on their check page, in Khmer and in English', async () => {
    await checkAsReporter(page, a, 'km');
    await checkAsReporter(page, b, 'en');
  });

  await test.step('in the incident queue, both incidents are selected at once and assigned to me, then classified', async () => {
    await staff.getByRole('link', { name: 'Incidents', exact: true }).click();
    await expect(h1).toHaveText('Incidents');
    await staff.keyboard.press('/');
    await staff.keyboard.type(MARKER);
    await staff.keyboard.press('Enter');
    const incidents = staff.getByTestId('incident-row');
    await expect(incidents).toHaveCount(2);
    await expect(incidents.filter({ hasText: incidentX })).toHaveCount(1);
    await staff.getByRole('checkbox', { name: 'Select all on this page' }).check();
    await expect(selected).toHaveText('Selected: 2');
    await expectAccessible(staff, 'incident queue with the bulk actions');
    await screen(staff, 'queue-bulk-incidents-1280');

    await staff.getByRole('button', { name: 'Assign to…' }).click();
    const assign = staff.getByRole('dialog', { name: 'Assign the selected incidents' });
    await choose(staff, 'Assignee', `Me (${analyst.name})`, assign);
    await assign.getByRole('button', { name: 'Apply to the selected (2)' }).click();
    await expect(assign).toBeHidden();
    await expect(notice).toHaveText('2 done.');
    await expect(incidents.filter({ hasText: analyst.name })).toHaveCount(2);

    await staff.getByRole('checkbox', { name: 'Select all on this page' }).check();
    await staff.getByRole('button', { name: 'Classify…' }).click();
    const classify = staff.getByRole('dialog', { name: 'Classify the selected incidents' });
    await choose(staff, 'RSIT class', 'Fraud', classify);
    await choose(staff, 'RSIT type', 'Phishing', classify);
    await choose(staff, 'Local sub-type', 'Phishing message or site', classify);
    await classify.getByRole('button', { name: 'Apply to the selected (2)' }).click();
    await expect(notice).toHaveText('2 done.');
    await expect(incidents.filter({ hasText: 'Phishing message or site' })).toHaveCount(2);
  });

  await test.step('on a phone in Khmer: the reports queue as cards, with the bulk actions', async () => {
    await staff.getByText('ខ្មែរ', { exact: true }).click();
    await staff.setViewportSize(PHONE);
    await staff.goto(`/staff/reports?status=all&q=${MARKER}`);
    await expect(h1).toHaveText('របាយការណ៍ទាំងអស់');
    await expect(rows).toHaveCount(6);
    await staff.getByRole('checkbox', { name: `ជ្រើសរើស ${f.code}` }).check();
    await staff.getByRole('checkbox', { name: `ជ្រើសរើស ${e.code}` }).check();
    await expect(selected).toHaveText('បានជ្រើសរើស៖ 2');
    await expectKhmerFontLoaded(staff);
    await expectNoHorizontalOverflow(staff);
    await expectAccessible(staff, 'reports queue with the bulk actions (km, phone)');
    await screen(staff, 'queue-bulk-reports-km-360');
    // Scrolled down, the actions stay at the top of the screen, over the cards.
    await staff.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await expect(staff.getByTestId('queue-toolbar')).toBeInViewport();
    await screenViewport(staff, 'queue-bulk-reports-km-360-scrolled');
    await staff.getByRole('button', { name: 'បដិសេធ…' }).click();
    const dialog = staff.getByRole('dialog', { name: 'បដិសេធរបាយការណ៍ដែលបានជ្រើសរើស' });
    await choose(staff, 'មូលហេតុ', 'ស្ទួននឹងរបាយការណ៍មួយទៀត', dialog);
    await expect(dialog.getByTestId('reject-preview-km')).toContainText(
      REJECTION_MESSAGES.duplicate.km,
    );
    await expectNoHorizontalOverflow(staff);
    await screenViewport(staff, 'queue-bulk-reject-km-360');
    await dialog.getByRole('button', { name: 'បោះបង់' }).click();
    await expect(dialog).toBeHidden();
  });

  await test.step('on a phone in Khmer: two incident cards selected with j and x get TLP:RED', async () => {
    await staff.goto(`/staff/incidents?q=${MARKER}`);
    await expect(h1).toHaveText('ឧប្បត្តិហេតុ');
    const cards = staff.getByTestId('incident-row');
    await expect(cards).toHaveCount(2);
    await staff.keyboard.press('j');
    await expect(cards.nth(0)).toBeFocused();
    await staff.keyboard.press('x');
    await staff.keyboard.press('j');
    await expect(cards.nth(1)).toBeFocused();
    await staff.keyboard.press('x');
    await expect(selected).toHaveText('បានជ្រើសរើស៖ 2');
    await expectNoHorizontalOverflow(staff);
    await expectAccessible(staff, 'incident queue with the bulk actions (km, phone)');
    await screen(staff, 'queue-bulk-incidents-km-360');

    await staff.getByRole('button', { name: 'កំណត់ TLP…' }).click();
    const dialog = staff.getByRole('dialog', { name: 'កំណត់ TLP នៃឧប្បត្តិហេតុដែលបានជ្រើសរើស' });
    await choose(staff, 'TLP (អ្នកណាអាចទទួលបាន)', 'TLP:RED', dialog);
    await screenViewport(staff, 'queue-bulk-tlp-km-360');
    await dialog.getByRole('button', { name: 'អនុវត្តចំពោះអ្វីដែលបានជ្រើសរើស (2)' }).click();
    await expect(dialog).toBeHidden();
    await expect(notice).toHaveText('រួចរាល់ 2។');
    await expect(selected).toHaveText('បានជ្រើសរើស៖ 0');

    // o opens the card that has the focus.
    await staff.keyboard.press('j');
    await expect(cards.nth(0)).toBeFocused();
    await staff.keyboard.press('o');
    await expect(h1).toContainText(/INC-\d{6}/);
    await expect(staff.getByTestId('tlp').first()).toHaveText('TLP:RED');
  });

  await context.close();
});
