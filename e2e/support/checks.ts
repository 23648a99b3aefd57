import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';

/** Where screenshots go; E2E_SCREENS_DIR=/tmp/shots puts them somewhere to look at. */
const SCREENS_DIR = process.env.E2E_SCREENS_DIR ?? 'test-results/screens';

/** axe-core over the whole page: no serious or critical violation is acceptable. */
export async function expectAccessible(page: Page, where: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes
          .map((node) => node.target.join(' '))
          .join(', ')}`,
    );
  expect(serious, `accessibility of ${where}`).toEqual([]);
}

/** Nothing is wider than the viewport (the 360 px phone test). */
export async function expectNoHorizontalOverflow(page: Page): Promise<void> {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, 'horizontal overflow in px').toBeLessThanOrEqual(0);
}

/** The bundled Khmer font has loaded, so Khmer renders as glyphs rather than boxes. */
export async function expectKhmerFontLoaded(page: Page): Promise<void> {
  const loaded = await page.evaluate(async () => {
    await document.fonts.ready;
    return document.fonts.check('16px "Noto Sans Khmer"', 'ខ្មែរ');
  });
  expect(loaded, 'Noto Sans Khmer loaded').toBe(true);
}

/** A full-page screenshot under test-results/screens/, for people to look at. */
export async function screen(page: Page, name: string): Promise<void> {
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: `${SCREENS_DIR}/${name}.png`, fullPage: true });
}

/** What the screen shows now (a popover over the page), without scrolling. */
export async function screenViewport(page: Page, name: string): Promise<void> {
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: `${SCREENS_DIR}/${name}.png` });
}

/** A screenshot of one part of a page (a section, a dialog), beside the full-page ones. */
export async function screenElement(element: Locator, name: string): Promise<void> {
  await element.page().evaluate(() => document.fonts.ready);
  await element.screenshot({ path: `${SCREENS_DIR}/${name}.png` });
}
