// ESLint flat config (`npm run lint`, part of `npm run check` and `npm test`).
// Syntax-only rules (no type-checked typescript-eslint variants) so a full run stays fast; `tsc --noEmit`
// does the type checking.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import regexp from 'eslint-plugin-regexp';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    // Build output, generated types, scratch files, saved pages (data, not code) and documentation.
    ignores: ['.output/', '.wxt/', '.tmp/', 'node_modules/', 'test-results/', 'tests/fixtures/', 'docs/'],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  // Catches regexes that are wrong or slower than they need to be (duplicate alternatives, useless
  // escapes, super-linear backtracking, ...).
  regexp.configs['flat/recommended'],
  {
    rules: {
      // `_name` marks a parameter or binding that must exist but is deliberately unused.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
      // The regexp plugin's version of this check understands `u`-mode classes: an escaped joiner or
      // variation selector (\u200d, \ufe0f) in a class is one code point, not a split emoji.
      'no-misleading-character-class': 'off',
      'regexp/no-misleading-unicode-character': 'error',
    },
  },
  {
    // Extension code: the popup, components, the content script, the background and the pure pipeline
    // they share. It runs in the browser (the pipeline also in Node, through the CLI and the tests, but
    // only with what both provide).
    files: ['entrypoints/**', 'components/**', 'browser-api/**', 'utils/**'],
    languageOptions: { globals: { ...globals.browser, ...globals.webextensions } },
  },
  {
    // The Preact popup: classic hook rules. The React Compiler rules of the plugin's `recommended` preset
    // are left out: there is no compiler in this build, and they judge code by what it can optimise.
    files: ['components/**/*.{ts,tsx}', 'entrypoints/popup/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      // A warning, as upstream recommends; `--max-warnings 0` still makes it fail the lint.
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
  {
    // Node: scripts, tests and config files.
    files: ['scripts/**', 'tests/**', '*.config.{js,ts}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Tests that also run code in a DOM: component and popup tests (happy-dom) and the browser tests
    // (functions passed to `evaluate` run in the page or the extension).
    files: ['tests/components/**', 'tests/entrypoints/**', 'tests/e2e/**', 'tests/e2e-firefox/**'],
    languageOptions: { globals: { ...globals.browser, ...globals.webextensions } },
  },
);
