// npm run screenshots [-- --out DIR]: the README's screenshots, from the built extension (.output/chrome-mv3)
// on the example article. Build first; for real timelines build with the full pack embedded:
//   BACKSTORY_PACK=.cache/full-pack.json.gz npm run build && npm run screenshots && npm run build
import { resolve } from 'node:path';
import { captureScreens } from './lib/capture';
import { ROOT } from './lib/example-page';

const outArg = process.argv.indexOf('--out');
const out = resolve(ROOT, outArg > 0 ? (process.argv[outArg + 1] ?? 'docs/screenshots') : 'docs/screenshots');

captureScreens({ out, hover: process.env.BACKSTORY_HOVER ?? 'Skripal' })
  .then((saved) => {
    for (const f of saved) console.log(`saved ${f}`);
  })
  .catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
