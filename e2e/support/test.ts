import { test as base, expect } from '@playwright/test';

/**
 * Playwright's test, failing any test whose pages threw an uncaught error or had something
 * refused by the Content Security Policy (no inline script, no eval, nothing from elsewhere).
 */
export const test = base.extend<{ pageProblems: void }>({
  pageProblems: [
    async ({ page }, use) => {
      const problems: string[] = [];
      page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) {
          problems.push(message.text());
        }
      });
      await use();
      expect(problems, 'page errors and CSP violations').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
