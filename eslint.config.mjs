// Flat config for the whole monorepo: `npm run lint` runs `eslint .` from the root.
import js from '@eslint/js';
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
    // Tests and the Jest config run under Jest in Node.
    files: ['**/*.test.ts', '**/*.test.tsx', 'jest.config.ts', 'server/test/**', 'e2e/**'],
    languageOptions: { globals: { ...globals.node, ...globals.jest } },
  },
  {
    // CommonJS scripts, if any.
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
  },
);
