// The 22 real news pages saved in ../shared/pages/real (from Readability's test suite), served from 127.0.0.1
// with every request to the open web blocked, read by the built extension with its default pack. For each: the
// marks stay out of navigation, rails, footers, forms and comments (and inside the page's <article> when it has
// exactly one), apart from the article's headline, standfirst and lead caption wherever the page puts them, the publication date is read wherever expected-metadata.json gives one, the body's DOM is the
// same as without the extension, and the extension causes no page error.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, CHROMIUM_FLAGS, collectExtensionErrors, keepLocal, launch, placedMarks, servePages, tabIdOf, waitForDataset, waitForMarks, type Browser, type PageServer } from '../../scripts/lib/browser';

const REAL = resolve(import.meta.dirname, '../../../shared/pages/real');
const names = existsSync(REAL) ? readdirSync(REAL).filter((n) => existsSync(resolve(REAL, n, 'source.html'))).sort() : [];

interface Expected { publishedTime: string | null }

let server: PageServer;
let b: Browser;
/** Body HTML without the extension, twice: a page whose own scripts make it differ between runs is not compared. */
const reference = new Map<string, string | null>();

async function bodyWithout(context: BrowserContext, url: string): Promise<string> {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(800);
  const html = await page.evaluate(() => document.body.innerHTML);
  await page.close();
  return html;
}

beforeAll(async () => {
  server = await servePages();
  for (const n of names) server.set(`/${n}.html`, readFileSync(resolve(REAL, n, 'source.html')));
  const plain = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_FLAGS });
  const ctx = await plain.newContext({ viewport: { width: 1200, height: 900 } });
  await keepLocal(ctx);
  for (const n of names) {
    const url = `${server.base}/${n}.html`;
    const [first, second] = [await bodyWithout(ctx, url), await bodyWithout(ctx, url)];
    reference.set(n, first === second ? first : null);
  }
  await plain.close();
  b = await launch();
  await keepLocal(b.context);
  await waitForDataset(b);
}, 300000);
afterAll(async () => {
  await b?.close();
  await server?.close();
});

describe.skipIf(names.length === 0)('real news pages', () => {
  it('there are 22 of them', () => expect(names).toHaveLength(22));

  it.each(names)('%s', async (name) => {
    const expected = JSON.parse(readFileSync(resolve(REAL, name, 'expected-metadata.json'), 'utf8')) as Expected;
    const url = `${server.base}/${name}.html`;
    const page = await b.context.newPage();
    const errors = collectExtensionErrors(page);
    await page.goto(url, { waitUntil: 'load' });
    // The background records every scanned page: then the marks follow within a moment.
    const tabId = await tabIdOf(b, url);
    await waitForMarks(page, 2500);
    await page.waitForTimeout(800 - 500);
    const found = await placedMarks(page);
    // The headline, standfirst and lead caption belong to the article wherever the page's markup puts them.
    const outside = found.filter((m) => m.inFurniture && !m.inArticleTop).map((m) => m.text);
    expect(outside, 'marks in page furniture').toEqual([]);
    const articles = await page.evaluate(() => document.querySelectorAll('article').length);
    if (articles === 1) expect(found.filter((m) => !m.inArticle && !m.inArticleTop).map((m) => m.text), 'marks outside the <article>').toEqual([]);

    const results = await b.worker.evaluate(async (id: number) => {
      const ext = (globalThis as unknown as { chrome: { storage: { session: { get(k: string): Promise<Record<string, { published: string | null; isArticle: boolean }>> } } } }).chrome;
      return (await ext.storage.session.get(`tab:${id}`))[`tab:${id}`];
    }, tabId);
    if (expected.publishedTime) expect(results?.published, 'publication date').toBe(expected.publishedTime.slice(0, 10));

    const ref = reference.get(name);
    if (ref !== null && ref !== undefined) expect(await page.evaluate(() => document.body.innerHTML) === ref, 'body unchanged').toBe(true);
    expect(errors).toEqual([]);
    console.log(`${name.padEnd(15)} marks=${String(found.length).padStart(3)} in <article>=${found.filter((m) => m.inArticle).length} published=${results?.published ?? '-'} dom=${ref === null ? 'page varies' : 'same'}`);
    await page.close();
  });
});
