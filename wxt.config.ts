import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// The pack shipped inside the extension and installed on first run: the starter pack that `npm run build`
// builds from npm packages, or the pack named by BACKSTORY_PACK (an organisation's or a test's own default).
const embeddedPack = resolve(process.env.BACKSTORY_PACK ?? '.cache/starter-pack.json.gz');

// Why these settings: explicit imports keep every dependency visible (imports: false); WXT must not try to
// launch a browser itself (webExt disabled) because tests and `npm start` drive Debian's Chromium directly.
export default defineConfig({
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  webExt: { disabled: true },
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: {
    name: 'Backstory',
    description: 'The backstory of the names in the news you read, one hover away. Runs entirely on your machine.',
    permissions: ['storage', 'unlimitedStorage'],
    // Asked for one site at a time, only when the reader loads a pack from a server that does not allow CORS.
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    commands: {
      'next-mark': { suggested_key: { default: 'Alt+Shift+J' }, description: 'Move to the next marked name and open its card' },
    },
  },
  hooks: {
    'build:publicAssets': (_wxt, files) => {
      if (!existsSync(embeddedPack)) throw new Error(`No pack to embed at ${embeddedPack}: run "npm run dataset:starter" (npm run build does).`);
      files.push({ absoluteSrc: embeddedPack, relativeDest: 'starter-pack.json.gz' });
      // the linker's everyday-word list, written by the dataset builder beside the starter pack
      const commonWords = resolve('.cache/common-words.json');
      if (existsSync(commonWords)) files.push({ absoluteSrc: commonWords, relativeDest: 'common-words.json' });
    },
  },
});
