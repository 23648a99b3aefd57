import { expect, test } from './support/test.ts';
import { expectAccessible, screen } from './support/checks.ts';

test.use({ viewport: { width: 360, height: 740 } });

test('a half-filled report survives a reload on the same device, until it is cleared', async ({
  page,
}) => {
  const amount = page.getByLabel('តើអ្នកបាត់បង់ប្រាក់ប៉ុន្មាន?');
  const description = page.getByLabel('ប្រាប់យើងពីអ្វីដែលបានកើតឡើង');
  const phone = page.getByLabel('លេខទូរស័ព្ទ', { exact: true });
  const notice = page.getByTestId('draft-notice');

  await test.step('half the form is filled in', async () => {
    await page.goto('/report');
    await page.getByRole('radio', { name: /មាននរណាម្នាក់បានយកលុយពីខ្ញុំ/ }).check();
    await amount.fill('១២០');
    await page.getByRole('radio', { name: 'ដុល្លារអាមេរិក ($)' }).check();
    await page.getByLabel('តើអ្នកបានផ្ញើប្រាក់តាមរបៀបណា?').selectOption('wing');
    await description.fill('គេសុំលេខកូដ OTP ពីខ្ញុំ');
    await phone.fill('០១២ ៣៤៥ ៦៧៨');
    await expect(notice).toHaveCount(0);
    // Saved a moment after the last key press.
    await expect
      .poll(() => page.evaluate(() => window.localStorage.getItem('karpear.reportDraft')))
      .toContain('០១២ ៣៤៥ ៦៧៨');
  });

  await test.step('after a reload everything typed is back, with a notice', async () => {
    await page.reload();
    await expect(notice).toContainText('នៅលើឧបករណ៍នេះតែប៉ុណ្ណោះ');
    await expect(page.getByRole('radio', { name: /មាននរណាម្នាក់បានយកលុយពីខ្ញុំ/ })).toBeChecked();
    await expect(amount).toHaveValue('១២០');
    await expect(page.getByRole('radio', { name: 'ដុល្លារអាមេរិក ($)' })).toBeChecked();
    await expect(page.getByLabel('តើអ្នកបានផ្ញើប្រាក់តាមរបៀបណា?')).toHaveValue('wing');
    await expect(description).toHaveValue('គេសុំលេខកូដ OTP ពីខ្ញុំ');
    await expect(phone).toHaveValue('០១២ ៣៤៥ ៦៧៨');
    await expectAccessible(page, 'restored draft (km)');
    await screen(page, 'draft-1-restored');
  });

  await test.step('clearing the draft empties the form and forgets it on this device', async () => {
    await page.getByRole('button', { name: 'លុបសេចក្ដីព្រាង' }).click();
    await expect(notice).toContainText('សេចក្ដីព្រាងត្រូវបានលុបចេញពីឧបករណ៍នេះហើយ។');
    await expect(description).toHaveValue('');
    await expect(phone).toHaveValue('');
    expect(
      await page.evaluate(() => window.localStorage.getItem('karpear.reportDraft')),
    ).toBeNull();
    await page.reload();
    await expect(notice).toHaveCount(0);
    await expect(description).toHaveValue('');
  });
});
