// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Import rules that keep the dependency direction of docs/ARCHITECTURE.md true. */
const restrict = (patterns) => ({
  'no-restricted-imports': ['error', { patterns }],
});

const serverOnly = (message) => ({
  group: [
    '**/platform/**',
    '**/modules/**',
    '**/cli/**',
    '**/app.ts',
    '**/main.ts',
    '**/services.ts',
  ],
  message,
});

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'data/',
      'coverage/',
      'test-results/',
      'playwright-report/',
      'migrations/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      // Fastify plugins and handlers are async by contract, awaited or not.
      '@typescript-eslint/require-await': 'off',
      'no-restricted-syntax': [
        'error',
        { selector: 'TSEnumDeclaration', message: 'Use z.enum([...]) or a string union.' },
      ],
    },
  },
  {
    files: ['**/*.js'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  {
    // process.env is read in one place: platform/config.ts via the CLI entry.
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    ignores: ['src/cli/main.ts', '**/*.test.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'Read configuration from Config.' },
      ],
    },
  },
  {
    files: ['src/domain/**'],
    // Tests assemble the real app (test/app.ts) the way main.ts does.
    ignores: ['**/*.test.ts'],
    rules: restrict([
      serverOnly('domain/ is pure: it imports only zod and itself.'),
      { group: ['**/web/**'], message: 'domain/ must not import the web app.' },
      {
        group: ['node:*', 'fastify*', 'drizzle-orm*', 'pg', 'pg-boss', '@electric-sql/*'],
        message: 'domain/ does no I/O.',
      },
    ]),
  },
  {
    files: ['src/platform/**'],
    // Tests assemble the real app (test/app.ts) the way main.ts does.
    ignores: ['**/*.test.ts'],
    rules: restrict([
      {
        group: [
          '**/modules/**',
          '**/cli/**',
          '**/web/**',
          '**/app.ts',
          '**/main.ts',
          '**/services.ts',
        ],
        message: 'platform/ has no domain knowledge: it must not import modules, cli or web.',
      },
    ]),
  },
  {
    files: ['src/modules/**'],
    // Tests assemble the real app (test/app.ts) the way main.ts does.
    ignores: ['**/*.test.ts'],
    rules: restrict([
      {
        regex: '^(\\.\\./[^./][^/]*|(\\.\\./)+modules/[^/]+)/(?!index\\.ts$).+',
        message: 'Another module is reached only through its index.ts.',
      },
      {
        group: ['**/web/**', '**/cli/**', '**/app.ts', '**/main.ts'],
        message: 'modules/ must not import web, cli or the composition root.',
      },
    ]),
  },
  {
    files: [
      'src/modules/**/*.service.ts',
      'src/modules/**/*.repository.ts',
      'src/modules/**/*.policy.ts',
    ],
    rules: restrict([
      {
        group: ['fastify', 'fastify-*', '@fastify/*'],
        message: 'Services and repositories do not speak HTTP.',
      },
    ]),
  },
  {
    files: ['src/modules/**/*.repository.ts'],
    rules: restrict([
      {
        group: ['./*.service.ts', '../*/index.ts'],
        message: 'A repository never calls a service.',
      },
      { group: ['fastify', 'fastify-*', '@fastify/*'], message: 'Repositories do not speak HTTP.' },
    ]),
  },
  {
    files: ['src/web/**'],
    languageOptions: { globals: { ...globals.browser } },
    rules: restrict([
      serverOnly('The web app imports domain/ only, never server code.'),
      { group: ['node:*'], message: 'The web app runs in the browser.' },
    ]),
  },
);
