// Screenshots of Backstory at work on the example article: the marked page, a hover card, the popup's list, an
// open card with its timeline, the story so far, and the options page. Used by `npm run screenshots` (into
// docs/screenshots) and by `npm start` on a machine without a display (into .output/demo).
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launch, markCentre, openPopup, servePages, tabIdOf, waitForDataset, waitForMarks } from './browser';
import { examplePage } from './example-page';

export interface CaptureOptions {
  out: string;
  /** The name to hover for the hover-card shot; the first mark when it is not on the page. */
  hover?: string;
  colorScheme?: 'light' | 'dark';
}

/** Scrolls the first mark whose text is `text` to the middle of the window (it may be below the fold). */
async function scrollToMark(page: Page, text: string): Promise<void> {
  await page.evaluate((want: string) => {
    for (const [key, hl] of CSS.highlights) {
      if (!key.startsWith('backstory-')) continue;
      for (const r of hl as unknown as Iterable<Range>) {
        if (r.toString() !== want) continue;
        r.startContainer.parentElement?.scrollIntoView({ block: 'center' });
        return;
      }
    }
  }, text);
  await page.waitForTimeout(200);
}

/** Opens the card of the listed entity with the most prior events (or the first), for a full timeline. */
async function openRichestCard(popup: Page): Promise<string | null> {
  const ids = await popup.$$eval('li[data-entity-id]', (els) => els.map((e) => e.getAttribute('data-entity-id') ?? ''));
  let best: { id: string; events: number } | null = null;
  for (const id of ids.slice(0, 12)) {
    const row = popup.locator(`li[data-entity-id="${id}"]`);
    await row.locator('button.bs-row-head').click();
    await row.locator('.bs-card').waitFor({ timeout: 5000 }).catch(() => undefined);
    const events = await row.locator('[data-date]').count();
    if (!best || events > best.events) best = { id, events };
    await row.locator('button.bs-row-head').click();
  }
  if (!best) return null;
  await popup.locator(`li[data-entity-id="${best.id}"] button.bs-row-head`).click();
  await popup.locator(`li[data-entity-id="${best.id}"] .bs-card`).waitFor();
  return best.id;
}

export async function captureScreens({ out, hover = 'Skripal', colorScheme = 'light' }: CaptureOptions): Promise<string[]> {
  mkdirSync(out, { recursive: true });
  const saved: string[] = [];
  const shot = async (page: Page, name: string, fullPage = false) => {
    const path = resolve(out, name);
    await page.screenshot({ path, fullPage });
    saved.push(path);
  };
  const { html, fromShared } = examplePage();
  const server = await servePages({ '/article.html': html });
  const url = `${server.base}/article.html`;
  console.log(fromShared ? `Example article: ${url}` : `../shared is absent; serving our own fixture article: ${url}`);
  const b = await launch();
  try {
    await waitForDataset(b, 180000);
    const page = await b.context.newPage();
    await page.emulateMedia({ colorScheme });
    await page.goto(url);
    const found = await waitForMarks(page);
    console.log(`${found.length} marks: ${[...new Set(found.map((m) => m.text))].join(', ')}`);
    await shot(page, 'page.png');
    const hoverText = found.find((m) => m.text.includes(hover))?.text ?? found[0]?.text;
    if (hoverText) await scrollToMark(page, hoverText);
    const at = hoverText ? await markCentre(page, hoverText) : null;
    if (at) {
      await page.mouse.move(at.x, at.y - 100);
      await page.mouse.move(at.x, at.y, { steps: 4 });
      await page.locator('backstory-card [data-entity-id]').first().waitFor({ timeout: 5000 }).catch(() => undefined);
      await page.waitForTimeout(300);
      await shot(page, 'hover-card.png');
    }

    const popup = await openPopup(b, await tabIdOf(b, url));
    await popup.emulateMedia({ colorScheme });
    await popup.setViewportSize({ width: 360, height: 600 });
    await popup.waitForSelector('li[data-entity-id]', { timeout: 5000 }).catch(() => undefined);
    await shot(popup, 'popup.png');
    const opened = await openRichestCard(popup);
    if (opened) {
      // The open card at the top of the 600 px popup, as a reader scrolls to it.
      await popup.locator(`li[data-entity-id="${opened}"]`).evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await shot(popup, 'popup-card.png');
    }
    await popup.evaluate(() => window.scrollTo(0, 0));
    await popup.getByTestId('tab-story').click();
    await popup.locator('[data-testid=story], [data-state=no-story]').first().waitFor({ timeout: 30000 }).catch(() => undefined);
    await shot(popup, 'popup-story.png');
    await popup.emulateMedia({ colorScheme: colorScheme === 'light' ? 'dark' : 'light' });
    await popup.getByTestId('tab-page').click();
    await shot(popup, `popup-${colorScheme === 'light' ? 'dark' : 'light'}.png`);

    const options = await b.context.newPage();
    await options.setViewportSize({ width: 900, height: 900 });
    await options.emulateMedia({ colorScheme });
    await options.goto(`chrome-extension://${b.extensionId}/options.html`);
    await options.waitForSelector('[data-pack-id]');
    await shot(options, 'options.png', true);
  } finally {
    await b.close();
    await server.close();
  }
  return saved;
}
