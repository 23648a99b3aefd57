import { expect, test } from './support/test.ts';
import type { Page } from '@playwright/test';
import { expectAccessible, expectNoHorizontalOverflow, screen } from './support/checks.ts';
import { setupToken } from './support/env.ts';
import { freshTotp } from './support/totp.ts';

const PHONE = { width: 360, height: 740 };
const DESKTOP = { width: 1280, height: 900 };

/** The page at phone and desktop width, for people to look at. */
async function screens(page: Page, name: string): Promise<void> {
  await page.setViewportSize(PHONE);
  await expectNoHorizontalOverflow(page);
  await screen(page, `${name}-360`);
  await page.setViewportSize(DESKTOP);
  await screen(page, `${name}-1280`);
}

const FREEZE_TASK = 'Ask the receiving bank or e-wallet to freeze the account at once';

const admin = {
  email: 'admin@cert.example',
  name: 'Dara Admin',
  password: 'a long admin passphrase 7',
};

test('the first administrator is created from the setup link, cannot read reports, and sets SLA targets and playbooks', async ({
  page,
}) => {
  test.skip(!setupToken, 'run through `npm run test:e2e`, which issues the setup link');
  const h1 = page.getByRole('heading', { level: 1 });

  await test.step('the setup link opens the form and leaves no token in the address bar', async () => {
    await page.goto('/staff/sign-in');
    await page.getByText('English', { exact: true }).click();
    await page.goto(`/staff/setup#token=${setupToken}`);
    await expect(h1).toHaveText('Create the first administrator');
    await expect(page).toHaveURL(/\/staff\/setup$/);
    await page.getByLabel('E-mail').fill(admin.email);
    await page.getByLabel('Your name').fill(admin.name);
    await page.getByLabel('Passphrase', { exact: true }).fill(admin.password);
    await page.getByLabel('Repeat the passphrase', { exact: true }).fill('something else entirely');
    await page.getByRole('button', { name: 'Create administrator' }).click();
    await expect(page.getByText('The passphrases are not the same.')).toBeVisible();
    await page.getByLabel('Repeat the passphrase', { exact: true }).fill(admin.password);
    await expectAccessible(page, 'setup');
    await screen(page, 'setup-1-form');
    await page.getByRole('button', { name: 'Create administrator' }).click();
    await expect(page.getByRole('status')).toHaveText(
      'The administrator was created. Sign in now.',
    );
  });

  await test.step('the admin signs in, enrols MFA and is told reports are not for them', async () => {
    await page.getByRole('link', { name: 'Sign in' }).click();
    await page.getByLabel('E-mail').fill(admin.email);
    await page.getByLabel('Password', { exact: true }).fill(admin.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(h1).toHaveText('Set up two-step verification');
    const secret = ((await page.getByTestId('mfa-secret').textContent()) ?? '').replace(/\s/g, '');
    await page.getByLabel('6-digit code from the app').fill((await freshTotp(secret)).code);
    await page.getByRole('button', { name: 'Confirm' }).click();
    await page.getByRole('button', { name: 'I saved these' }).click();
    await expect(h1).toHaveText('No access to reports');
    await expect(page.getByTestId('signed-in-user')).toHaveText('Dara Admin · Administrator');
    await expectAccessible(page, 'no access');
    await screen(page, 'setup-2-no-access');
  });

  await test.step('the admin changes an SLA target; the page tells the minutes in hours', async () => {
    await page.getByRole('link', { name: 'SLA targets' }).click();
    await expect(h1).toHaveText('SLA targets');
    const critical = page.getByRole('group', { name: 'Severity: Critical' });
    const firstResponse = critical.getByRole('textbox', { name: 'First response, in minutes' });
    await expect(firstResponse).toHaveValue('60');
    await expect(critical).toContainText('That is 1 h.');
    await firstResponse.fill('45');
    await expect(critical).toContainText('That is 0.75 h.');
    await page.getByRole('button', { name: 'Save the targets' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
    await expectAccessible(page, 'SLA targets');
    await screens(page, 'admin-sla-en');
    await page.reload();
    await expect(
      page
        .getByRole('group', { name: 'Severity: Critical' })
        .getByRole('textbox', { name: 'First response, in minutes' }),
    ).toHaveValue('45');
    await page.getByText('ខ្មែរ', { exact: true }).click();
    await expect(h1).toHaveText('គោលដៅ SLA');
    await expectAccessible(page, 'SLA targets (km)');
    await screens(page, 'admin-sla-km');
    await page.getByText('English', { exact: true }).click();
  });

  await test.step('the admin renames a task of the fraud playbook', async () => {
    await page.getByRole('link', { name: 'Playbooks' }).click();
    await expect(h1).toHaveText('Playbooks');
    await page.getByRole('combobox', { name: 'Playbook to edit' }).click();
    await page.getByRole('option', { name: 'Fraudulent transfer or scam call' }).click();
    await expect(page.getByTestId('playbook-version')).toHaveText('The built-in version applies.');
    const tasks = page.getByTestId('playbook-task');
    await expect(tasks).toHaveCount(4);

    // A task added by mistake is removed again before saving.
    await page.getByRole('button', { name: 'Add a task' }).click();
    await expect(tasks).toHaveCount(5);
    await page.getByRole('button', { name: 'Remove task 5' }).click();
    await expect(tasks).toHaveCount(4);

    const first = page.getByRole('group', { name: 'Task 1', exact: true });
    await first.getByRole('textbox', { name: 'Title in English' }).fill(FREEZE_TASK);
    await page.getByRole('button', { name: 'Save the playbook' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
    await expect(page.getByTestId('playbook-version')).toContainText('Edited');
    await expectAccessible(page, 'playbook editor');
    await screens(page, 'admin-playbooks-en');

    await page.reload();
    await page.getByRole('combobox', { name: 'Playbook to edit' }).click();
    await page.getByRole('option', { name: 'Fraudulent transfer or scam call' }).click();
    await expect(
      page
        .getByRole('group', { name: 'Task 1', exact: true })
        .getByRole('textbox', { name: 'Title in English' }),
    ).toHaveValue(FREEZE_TASK);
    await page.getByText('ខ្មែរ', { exact: true }).click();
    await expect(h1).toHaveText('សៀវភៅណែនាំ');
    await expectAccessible(page, 'playbook editor (km)');
    await screens(page, 'admin-playbooks-km');
  });
});
