import { expect, test } from './support/test.ts';
import { expectAccessible, screen } from './support/checks.ts';
import { setupToken } from './support/env.ts';
import { freshTotp } from './support/totp.ts';

const admin = {
  email: 'admin@cert.example',
  name: 'Dara Admin',
  password: 'a long admin passphrase 7',
};

test('the first administrator is created from the setup link and cannot read reports', async ({
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
});
