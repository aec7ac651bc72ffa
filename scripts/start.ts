// `npm start`: builds the extension, serves the example article from 127.0.0.1 and opens it in Chromium with
// Backstory loaded. With a display, the browser stays open for you; without one (CI, SSH), it runs headless and
// saves screenshots of the marked page, a hover card and the popup to .output/demo/.
import { execSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_FLAGS, EXTENSION_DIR, launch, markCentre, openPopup, servePages, tabIdOf, waitForDataset, waitForMarks } from './lib/browser';
import { examplePage, ROOT } from './lib/example-page';

const HOVER_NAME = process.env.BACKSTORY_HOVER ?? 'Skripal';

async function main() {
  if (!process.argv.includes('--no-build')) execSync('npm run build', { stdio: 'inherit', cwd: ROOT });
  const { html, fromShared } = examplePage();
  const server = await servePages({ '/article.html': html });
  const url = `${server.base}/article.html`;
  console.log(fromShared ? `Example article: ${url}` : `../shared is absent; serving our own fixture article: ${url}`);

  if (process.env.DISPLAY) {
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
  mkdirSync(out, { recursive: true });
  const b = await launch();
  try {
    await waitForDataset(b);
    const page = await b.context.newPage();
    await page.goto(url);
    const found = await waitForMarks(page);
    console.log(`${found.length} marks: ${[...new Set(found.map((m) => m.text))].join(', ')}`);
    await page.screenshot({ path: resolve(out, 'page.png') });
    const hoverText = found.find((m) => m.text.includes(HOVER_NAME))?.text ?? found[0]?.text;
    if (hoverText) {
      const at = await markCentre(page, hoverText);
      if (at) {
        await page.mouse.move(at.x, at.y - 100);
        await page.mouse.move(at.x, at.y, { steps: 4 });
        await page.locator('backstory-card [data-entity-id]').first().waitFor({ timeout: 5000 }).catch(() => undefined);
        await page.waitForTimeout(300);
        await page.screenshot({ path: resolve(out, 'hover-card.png') });
      }
    }
    const popup = await openPopup(b, await tabIdOf(b, url));
    await popup.waitForSelector('[data-entity-id]', { timeout: 5000 }).catch(() => undefined);
    await popup.screenshot({ path: resolve(out, 'popup.png'), fullPage: true });
    for (const f of ['page.png', 'hover-card.png', 'popup.png']) console.log(`saved ${resolve(out, f)}`);
  } finally {
    await b.close();
    await server.close();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
