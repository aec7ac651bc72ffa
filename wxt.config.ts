import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import type { PluginOption } from 'vite';

// The pack shipped inside the extension and installed on first run: the starter pack that `npm run build`
// builds from npm packages, or the pack named by BACKSTORY_PACK (an organisation's or a test's own default).
const embeddedPack = resolve(process.env.BACKSTORY_PACK ?? '.cache/starter-pack.json.gz');

export const EXTENSION_PAGES_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "img-src 'self' data:",
  // Packs load from a URL the reader types; nothing else is fetched.
  "connect-src 'self' https: http:",
].join('; ');

/**
 * V8's explicit compile hint (Chrome 136+): a file that starts with `//# allFunctionsCalledOnLoad` has all its
 * functions compiled when the file is compiled. The page reader is imported as a module, which V8 compiles on a
 * background thread; without the hint only its top level is compiled there and every function is compiled on the
 * page's main thread at its first call (most of them run at every page load). Added after minification, which
 * would strip the comment. Other engines read a comment.
 */
function eagerCompileHint(fileName: string): PluginOption {
  return {
    name: 'backstory:eager-compile-hint',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const chunk = bundle[fileName];
      if (chunk?.type === 'chunk') chunk.code = `//# allFunctionsCalledOnLoad\n${chunk.code}`;
    },
  };
}

// Why these settings: explicit imports keep every dependency visible (imports: false); WXT must not try to
// launch a browser itself (webExt disabled) because tests and `npm start` drive Debian's Chromium directly.
export default defineConfig({
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  webExt: { disabled: true },
  vite: () => ({
    plugins: [preact()],
    // BACKSTORY_READABLE=1 keeps names unminified, so the benchmarks' per-function breakdowns can be read.
    ...(process.env.BACKSTORY_READABLE === '1' && { build: { minify: false } }),
  }),
  manifest: ({ browser }) => ({
    name: 'Backstory',
    description: 'The backstory of the names in the news you read, one hover away. Runs entirely on your machine.',
    permissions: ['storage', 'unlimitedStorage'],
    // Asked for one site at a time, only when the reader loads a pack from a server that does not allow CORS.
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    commands: {
      'next-mark': { suggested_key: { default: 'Alt+Shift+J' }, description: 'Move to the next marked name and open its card' },
    },
    // Extension pages run only our own bundled scripts; the one outside connection is the reader's own pack URL.
    content_security_policy: { extension_pages: EXTENSION_PAGES_CSP },
    // The content script: a small loader of the page reader (entrypoints/content-loader.ts), listed here because it
    // is built as an unlisted script (no WXT content-script context around it).
    content_scripts: [{ matches: ['http://*/*', 'https://*/*'], js: ['content-loader.js'], run_at: 'document_idle' }],
    // The page reader, imported by the content script's small loader (a module compiles off the page's main thread).
    // A per-session URL (use_dynamic_url): a page cannot fetch it at a fixed address to detect the extension.
    web_accessible_resources: [{ resources: ['content-main.js'], matches: ['http://*/*', 'https://*/*'], use_dynamic_url: true }],
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'backstory@backstory.invalid',
          // CSS Custom Highlight API (the marks) arrived in Firefox 140.
          strict_min_version: '140.0',
          // Nothing is collected or sent: the reader's pages never leave the browser.
          data_collection_permissions: { required: ['none'] },
        },
        // Firefox for Android reads that key from 142 on.
        gecko_android: { strict_min_version: '142.0' },
      },
    }),
  }),
  hooks: {
    // The content script runs on every page, so its start-up cost counts: it does without webextension-polyfill
    // (its setup is a measurable part of each page load, bench:page). It only uses promise-returning calls that
    // Chrome's MV3 `chrome` has natively (runtime.sendMessage, storage.local.get) and listeners that return
    // nothing; Firefox has `browser` natively. `@wxt-dev/browser` picks `browser` or `chrome`, nothing more.
    // Extension pages and the background keep the polyfill (the background's onMessage replies with promises).
    // The same goes for content-loader (the content script) and content-main, the page reader it imports.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((e) => e.type === 'content-script' || e.name === 'content-main' || e.name === 'content-loader')) return;
      const direct = { find: /^wxt\/browser$/, replacement: '@wxt-dev/browser' };
      const alias = config.resolve?.alias;
      const list = Array.isArray(alias) ? alias : Object.entries(alias ?? {}).map(([find, replacement]) => ({ find, replacement }));
      config.resolve = { ...config.resolve, alias: [direct, ...list] };
      if (entrypoints.some((e) => e.name === 'content-main')) config.plugins = [...(config.plugins ?? []), eagerCompileHint('content-main.js')];
    },
    'build:publicAssets': (_wxt, files) => {
      if (!existsSync(embeddedPack)) throw new Error(`No pack to embed at ${embeddedPack}: run "npm run dataset:starter" (npm run build does).`);
      files.push({ absoluteSrc: embeddedPack, relativeDest: 'starter-pack.json.gz' });
      // The linker's everyday-word list, written by the dataset builder beside the starter pack: without it the
      // extension would link false friends ("Turkey", "Bill") that the eval refuses.
      const commonWords = resolve('.cache/common-words.json');
      if (!existsSync(commonWords)) throw new Error(`No word list at ${commonWords}: run "npm run dataset:starter" (npm run build does).`);
      files.push({ absoluteSrc: commonWords, relativeDest: 'common-words.json' });
    },
  },
});
