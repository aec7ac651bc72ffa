// The smoke test in Firefox: Debian's firefox-esr, headless, driven over WebDriver BiDi (puppeteer-core), with
// the MV3 Firefox build installed as a temporary add-on. The page is marked with the DOM unchanged, and a hover
// opens the card — the code paths that differ from Chrome: an event page instead of a service worker, and
// caretPositionFromPoint for hit-testing. Firefox's BiDi refuses to navigate to moz-extension:// pages, so the
// popup and options pages are tested in Chromium only.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { examplePage, ROOT } from '../../scripts/lib/example-page';
import { servePages, type PageServer } from '../../scripts/lib/browser';

const FIREFOX = process.env.FIREFOX ?? '/usr/bin/firefox-esr';
const EXTENSION = join(ROOT, '.output/firefox-mv3');
let server: PageServer;
let browser: Browser;
let url: string;

interface PaintedMark {
  text: string;
  x: number;
  y: number;
}
const painted = (page: Page) =>
  page.evaluate(() => {
    const out: PaintedMark[] = [];
    for (const [key, hl] of CSS.highlights) {
      if (!key.startsWith('backstory-') || key === 'backstory-focus') continue;
      for (const r of hl as unknown as Iterable<Range>) {
        const b = r.getBoundingClientRect();
        out.push({ text: r.toString(), x: b.x + b.width / 2, y: b.y + b.height / 2 });
      }
    }
    return out;
  });

beforeAll(async () => {
  if (!existsSync(FIREFOX)) throw new Error(`No Firefox at ${FIREFOX}: apt-get install firefox-esr (or set FIREFOX=path).`);
  if (!existsSync(join(EXTENSION, 'manifest.json'))) throw new Error('No Firefox build: run "npm run build:firefox" first.');
  server = await servePages({ '/example.html': examplePage().html });
  url = `${server.base}/example.html`;
  browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true });
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('Firefox', () => {
  it('marks the example article without changing its DOM, and opens a hover card', async () => {
    const plain = await browser.newPage();
    await plain.goto(url);
    const reference = await plain.evaluate(() => document.body.innerHTML);
    await plain.close();

    await browser.installExtension(EXTENSION);
    const page = await browser.newPage();
    await page.setViewport({ width: 1200, height: 900 });
    await page.goto(url);
    let marks: PaintedMark[] = [];
    for (let i = 0; i < 60 && !marks.some((m) => m.text === 'Moscow'); i++) {
      await new Promise((r) => setTimeout(r, 250));
      marks = await painted(page);
    }
    expect(marks.map((m) => m.text)).toEqual(expect.arrayContaining(['Brussels', 'Russia', 'Moscow']));
    expect(await page.evaluate(() => document.body.innerHTML)).toBe(reference);

    const target = marks.find((m) => m.y > 0 && m.y < 900)!;
    await page.mouse.move(target.x, target.y - 60);
    await page.mouse.move(target.x, target.y, { steps: 3 });
    const cardText = await page.waitForFunction(() => document.querySelector('backstory-card')?.shadowRoot?.querySelector('[data-entity-id]')?.textContent, { timeout: 10_000 });
    expect(await cardText.jsonValue()).toContain(target.text);
  }, 90_000);
});
