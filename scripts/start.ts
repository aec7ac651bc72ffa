// `npm start`: builds the extension, serves the example article from 127.0.0.1 and opens it in Chromium with
// Backstory loaded. With a display, the browser stays open for you; without one (CI, SSH), it runs headless and
// saves screenshots of the marked page, a hover card, the popup and the options page to .output/demo/.
import { execSync } from 'node:child_process';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_FLAGS, EXTENSION_DIR, servePages } from './lib/browser';
import { captureScreens } from './lib/capture';
import { examplePage, ROOT } from './lib/example-page';

const HOVER_NAME = process.env.BACKSTORY_HOVER ?? 'Skripal';

async function main() {
  if (!process.argv.includes('--no-build')) execSync('npm run build', { stdio: 'inherit', cwd: ROOT });
  if (process.env.DISPLAY) {
    const { html, fromShared } = examplePage();
    const server = await servePages({ '/article.html': html });
    const url = `${server.base}/article.html`;
    console.log(fromShared ? `Example article: ${url}` : `../shared is absent; serving our own fixture article: ${url}`);
    const context = await chromium.launchPersistentContext('', {
      executablePath: CHROMIUM,
      headless: false,
      viewport: null,
      args: [...CHROMIUM_FLAGS, `--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`],
    });
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(url);
    console.log('Chromium is open with Backstory loaded. Close the browser window to stop.');
    await new Promise<void>((r) => context.on('close', () => r()));
    await server.close();
    return;
  }

  const outArg = process.argv.indexOf('--out');
  const out = resolve(ROOT, outArg > 0 ? (process.argv[outArg + 1] ?? '.output/demo') : '.output/demo');
  for (const f of await captureScreens({ out, hover: HOVER_NAME })) console.log(`saved ${f}`);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
