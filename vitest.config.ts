import { defineConfig } from 'vitest/config';

/**
 * Three tiers (see docs/ARCHITECTURE.md): unit tests of pure code, db tests on a real
 * database (in-memory PGlite, or PostgreSQL when TEST_DATABASE_URL is set) and http tests
 * through app.inject(). Browser tests live in e2e/ and run under Playwright.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'bench/**/*.test.ts'],
          exclude: ['**/*.db.test.ts', '**/*.routes.test.ts', 'node_modules/**'],
          // The CLI tests start real processes on PGlite.
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'db',
          include: ['src/**/*.db.test.ts', 'test/**/*.db.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'http',
          include: ['src/**/*.routes.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
