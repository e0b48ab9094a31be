// Flat config for the whole monorepo: `npm run lint` runs `eslint .` from the root.
import js from '@eslint/js';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['**/dist/**', '**/node_modules/**', 'client-*/src/gql/**', '**/coverage/**', '**/.data/**', 'test-results/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'module',
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
    },
  },
  {
    // The two React clients run in the browser.
    files: ['client-portal/**/*.{ts,tsx}', 'client-agent/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // The UI kit runs in the browser too, and both apps and the kit follow React's rules of hooks.
    files: ['packages/ui/src/**/*.{ts,tsx}', 'client-portal/src/**/*.{ts,tsx}', 'client-agent/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    ...reactHooks.configs.flat.recommended,
  },
  {
    // The UI kit knows nothing of the apps: it never imports an app, nor anything in a `features/` folder.
    files: ['packages/ui/src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)(features|client-portal|client-agent)(/|$)|^@actionconnect/client-',
              message: 'packages/ui is shared by both apps: take what a component needs as props instead of importing an app.',
            },
          ],
        },
      ],
    },
  },
  {
    // In each app a feature uses another feature only through its index.ts, the short list of what
    // it offers the others (`../session`, never `../session/session-context`).
    files: ['client-portal/src/features/**/*.{ts,tsx}', 'client-agent/src/features/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^\\.\\./(?!\\.\\./)[^/]+/|(^|/)features/[^/]+/',
              message: "Import another feature through its index.ts (`'../other-feature'`), and export from there what it should offer.",
            },
          ],
        },
      ],
    },
  },
  {
    // Tests and the Jest config run under Jest in Node.
    files: ['**/*.test.ts', '**/*.test.tsx', 'jest.config.ts', 'server/test/**', 'e2e/**'],
    languageOptions: { globals: { ...globals.node, ...globals.jest } },
  },
  {
    // One road to SQL: services reach the database only through db/tenant.ts (tenant data) or a
    // named cross-tenant function in a `*.cross-tenant.ts` file (db/cross-tenant.ts lists them).
    files: ['server/src/**/*.ts'],
    ignores: [
      'server/src/db/**',
      'server/src/**/*.cross-tenant.ts',
      'server/src/**/*.test.ts',
      'server/src/**/test-helpers.ts',
      'server/src/scripts/**',
    ],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'CallExpression[callee.property.name=/^(getRepository|createQueryBuilder|query)$/]',
          message: 'Reach the database through TenantData (db/tenant.ts) or a named *.cross-tenant.ts function.',
        },
        {
          selector: "MemberExpression[property.name='manager']",
          message: 'Reach the database through TenantData (db/tenant.ts) or a named *.cross-tenant.ts function.',
        },
        {
          selector: "MemberExpression[object.name='manager']",
          message: 'Reach the database through TenantData (db/tenant.ts) or a named *.cross-tenant.ts function.',
        },
      ],
    },
  },
  {
    // No import cycles anywhere (a cycle makes start-up order, and so decorators' metadata, fragile).
    files: ['server/src/**/*.ts', 'packages/*/src/**/*.{ts,tsx}', 'client-portal/src/**/*.{ts,tsx}', 'client-agent/src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs'] })],
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  {
    // CommonJS scripts, if any.
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
  },
);
