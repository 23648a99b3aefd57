import type { Page } from '@playwright/test';
import { expect, test } from './support/test.ts';
import {
  expectAccessible,
  expectKhmerFontLoaded,
  expectNoHorizontalOverflow,
  screenElement,
} from './support/checks.ts';
import { PublicReportCreatedSchema } from '../src/domain/reports/report.schemas.ts';
import { ANALYSTS } from './support/env.ts';
import { proofOfWorkHeaders } from './support/pow.ts';
import { signInFirstTime } from './support/staff.ts';

const PHONE = { width: 360, height: 740 };
const CHAT = Buffer.from('Telegram export 2026-11-20\n[08:30] scammer: send the OTP now\n');

test.use({ viewport: PHONE });

/** A report with a screenshot-like text file, taken into an incident; the incident's id. */
async function incidentWithEvidence(page: Page): Promise<string> {
  const response = await page.request.post('/api/public/reports', {
    headers: { 'Accept-Language': 'km', ...(await proofOfWorkHeaders(page.request)) },
    data: {
      incidentType: 'money-scam',
      // Words of its own: other specs search the same server for theirs.
      description: 'អ្នកលក់ទូរស័ព្ទតាម Telegram យកលុយកក់ ហើយបិទគណនីបាត់',
      language: 'km',
    },
  });
  const created = PublicReportCreatedSchema.parse(await response.json());
  const upload = await page.request.post(`/api/public/reports/${created.trackingCode}/evidence`, {
    headers: { authorization: `Bearer ${created.secret}` },
    multipart: {
      file: { name: 'sms.txt', mimeType: 'text/plain', buffer: Buffer.from('Your OTP is 4821') },
    },
  });
  expect(upload.status()).toBe(201);
  const session = (await (await page.request.get('/api/auth/session')).json()) as {
    csrfToken: string;
  };
  const reports = (await (await page.request.get('/api/reports?limit=200')).json()) as {
    items: { id: string; trackingCode: string }[];
  };
  const report = reports.items.find((item) => item.trackingCode === created.trackingCode);
  const incident = await page.request.post('/api/incidents', {
    headers: { 'X-CSRF-Token': session.csrfToken },
    data: { reportIds: [report!.id] },
  });
  expect(incident.status()).toBe(201);
  return ((await incident.json()) as { id: string }).id;
}

test('an analyst adds a file to an incident, seals it, checks it and reads its chain of custody, in Khmer on a phone', async ({
  page,
}) => {
  test.skip(!ANALYSTS.evidence.password, 'run through `npm run test:e2e`, which creates it');
  await signInFirstTime(page, ANALYSTS.evidence);
  const incidentId = await incidentWithEvidence(page);
  await page.goto(`/staff/incidents/${incidentId}`);
  const panel = page.getByTestId('evidence-panel');
  const cards = panel.getByTestId('evidence-card');
  await expect(cards).toHaveCount(1);
  await expect(cards.first()).toContainText('sms.txt');

  await test.step('adds a chat export with what it shows and how it was obtained', async () => {
    await panel.locator('input[type=file]').setInputFiles({
      name: 'telegram-chat.txt',
      mimeType: 'text/plain',
      buffer: CHAT,
    });
    await panel
      .getByLabel('What it shows and where it comes from')
      .fill('ការជជែកតាម Telegram ជាមួយជនបោកប្រាស់ ដែលជនរងគ្រោះបាននាំចេញ');
    await panel.getByRole('combobox', { name: 'How it was obtained' }).click();
    await page.getByRole('option', { name: 'Exported from a phone, computer or app' }).click();
    await panel.getByLabel('Tool (name and version)').fill('Telegram Desktop 5.2');
    await panel.getByRole('button', { name: 'Add to the evidence' }).click();
    await expect(panel.getByRole('status')).toHaveText('Added: telegram-chat.txt');
    await expect(cards).toHaveCount(2);
  });

  const chat = cards.filter({ hasText: 'telegram-chat.txt' });
  await test.step('seals it with a reason: the badge shows and the download goes', async () => {
    await chat.getByRole('button', { name: 'Actions for telegram-chat.txt' }).click();
    await page.getByRole('menuitem', { name: 'Seal' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Seal' }).click();
    await expect(dialog.getByText('Give a reason of at least 3 characters.')).toBeVisible();
    await dialog.getByLabel('Reason').fill('Court order 12/2026: sealed until the hearing');
    await dialog.getByRole('button', { name: 'Seal' }).click();
    await expect(dialog).toBeHidden();
    await expect(chat.getByTestId('evidence-badges')).toHaveText('Sealed');
    await expect(chat.getByRole('link', { name: /Download/ })).toHaveCount(0);
  });

  await test.step('checks its integrity and reads its chain of custody', async () => {
    await chat.getByRole('button', { name: 'Check integrity' }).click();
    await expect(chat.getByTestId('verify-result')).toContainText('Intact');
    await chat.getByRole('button', { name: /Chain of custody/ }).click();
    const entries = chat.getByTestId('custody-entry');
    await expect(entries).toHaveCount(3);
    await expect(entries.nth(0)).toContainText('1. Acquired');
    await expect(entries.nth(1)).toContainText('2. Sealed');
    await expect(entries.nth(1)).toContainText('Purpose: Court order 12/2026');
    await expect(entries.nth(2)).toContainText('3. Integrity checked');
  });

  await test.step('the same in Khmer at 360 px: readable, accessible, nothing overflows', async () => {
    await page.getByText('ខ្មែរ', { exact: true }).click();
    await expect(chat.getByTestId('evidence-badges')).toHaveText('បានបិទត្រា');
    await expect(chat.getByTestId('custody-entry').nth(1)).toContainText('បានបិទត្រា');
    await expectKhmerFontLoaded(page);
    await expectNoHorizontalOverflow(page);
    await expectAccessible(page, 'the incident page with its evidence, in Khmer');
    await screenElement(
      page.locator('section[aria-labelledby="incident-evidence-title"]'),
      'evidence-custody-km-360',
    );
  });
});
