// Lint rules. The one that matters most: lib/core stays pure (no DOM, no extension APIs, no idb), so the
// heart of the product is tested and benchmarked in Node.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const CORE_FORBIDDEN = [
  { name: 'wxt', message: 'lib/core is pure: extension APIs belong in lib/platform.' },
  { name: 'wxt/browser', message: 'lib/core is pure: extension APIs belong in lib/platform.' },
  { name: 'webextension-polyfill', message: 'lib/core is pure: extension APIs belong in lib/platform.' },
  { name: 'idb', message: 'lib/core is pure: only lib/platform/db.ts imports idb.' },
  { name: 'preact', message: 'lib/core is pure: UI belongs in components/.' },
];

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', '.cache/**', 'node_modules/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  {
    // Tests build malformed input on purpose; the no-any rule guards the product code.
    files: ['tests/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['lib/core/**/*.ts'],
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      'no-restricted-imports': ['error', { paths: CORE_FORBIDDEN, patterns: [{ group: ['wxt/*', 'node:*', '../platform/*', '../page/*'], message: 'lib/core is pure TypeScript.' }] }],
      // No DOM in the core: these globals exist only in browsers.
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'chrome', 'browser', 'indexedDB', 'localStorage', 'HTMLElement', 'Element', 'Node', 'Range'],
    },
  },
  {
    files: ['lib/**/*.ts', 'components/**/*.tsx', 'entrypoints/**/*.{ts,tsx}'],
    ignores: ['lib/platform/db.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'idb', message: 'Only lib/platform/db.ts imports idb.' }] }],
    },
  },
  {
    // Later blocks win: restate the core's import rule after the general idb rule above.
    files: ['lib/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: CORE_FORBIDDEN, patterns: [{ group: ['wxt/*', 'node:*', '../platform/*', '../page/*'], message: 'lib/core is pure TypeScript.' }] }],
    },
  },
);
