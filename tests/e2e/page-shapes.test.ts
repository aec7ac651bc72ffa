// Three page shapes of our own, read by the built extension in Chromium: a classic article, an article among
// sidebars, promos, a newsletter form and comments, and a single-page app that swaps articles with pushState.
// Marks must land only inside the article, names split by markup must be one mark each, and the page's DOM
// must be exactly what it is without the extension.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectExtensionErrors, launch, marks, placedMarks, referenceBodies, servePages, tabIdOf, waitForDataset, waitForMarks, type Browser, type PageServer } from '../../scripts/lib/browser';

const FIXTURES = resolve(import.meta.dirname, '../fixtures/e2e');
const fixture = (name: string) => readFileSync(resolve(FIXTURES, name), 'utf8');
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

let server: PageServer;
let b: Browser;
let reference: Map<string, string>;

beforeAll(async () => {
  server = await servePages({
    '/classic.html': fixture('classic-article.html'),
    '/cluttered.html': fixture('cluttered-article.html'),
    '/spa/a': fixture('spa.html'),
    '/spa/b': fixture('spa.html'),
  });
  reference = await referenceBodies([`${server.base}/classic.html`, `${server.base}/cluttered.html`]);
  b = await launch();
  await waitForDataset(b);
});
afterAll(async () => {
  await b?.close();
  await server?.close();
});

describe('classic article', () => {
  it('marks the article only, a name split by <a>/<em> or a line break in the source is one mark, the DOM is unchanged', async () => {
    const url = `${server.base}/classic.html`;
    const page = await b.context.newPage();
    const errors = collectExtensionErrors(page);
    await page.goto(url);
    await waitForMarks(page);
    const found = await placedMarks(page);
    const texts = found.map((m) => squash(m.text));
    expect(texts).toEqual(expect.arrayContaining(['Ukraine', 'Turkey', 'Egypt', 'Istanbul', 'Kenya', 'Indonesia', 'London', 'Ankara', 'Brazil', 'Romania']));
    // Split by markup, still one mark each.
    expect(texts).toContain('United Kingdom');
    expect(texts).toContain('New Zealand');
    expect(texts).toContain('South Africa');
    expect(texts).not.toContain('Kingdom');
    expect(texts).not.toContain('Zealand');
    expect(texts).not.toContain('Africa');
    // A <br> between the two words: one mark whose text runs from the first word to the second.
    expect(texts).toContain('SaudiArabia');
    // Outside the article: header link and footer.
    for (const outside of ['Mexico City', 'Chile', 'Peru']) expect(texts).not.toContain(outside);
    expect(found.every((m) => m.inArticle && !m.inFurniture)).toBe(true);
    expect(await page.evaluate(() => document.body.innerHTML)).toBe(reference.get(url));
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('article with sidebars, promo boxes and comments', () => {
  it('marks names in the story and none in the navigation, rails, promo, form, comments or footer', async () => {
    const url = `${server.base}/cluttered.html`;
    const page = await b.context.newPage();
    const errors = collectExtensionErrors(page);
    await page.goto(url);
    await waitForMarks(page);
    const found = await placedMarks(page);
    const texts = found.map((m) => m.text);
    expect(texts).toEqual(expect.arrayContaining(['Germany', 'Austria', 'Switzerland', 'Hungary', 'Budapest', 'Regensburg', 'Passau']));
    const outside = ['Morocco', 'Vietnam', 'Argentina', 'Bangladesh', 'Greece', 'Toronto', 'Dublin', 'Singapore', 'Norway', 'Portugal', 'Canada', 'Ireland', 'Iceland', 'Finland', 'Spain', 'Italy', 'Japan', 'India'];
    for (const name of outside) expect(texts, `${name} is outside the story`).not.toContain(name);
    expect(found.every((m) => m.inArticle && !m.inFurniture)).toBe(true);
    expect(await page.evaluate(() => document.body.innerHTML)).toBe(reference.get(url));
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('single-page app', () => {
  it('marks the article rendered after load, and the next one after a pushState swap, never the old one', async () => {
    const url = `${server.base}/spa/a`;
    const page = await b.context.newPage();
    const errors = collectExtensionErrors(page);
    await page.goto(url);
    const first = (await waitForMarks(page)).map((m) => m.text);
    expect(first).toEqual(expect.arrayContaining(['Portugal', 'Spain', 'France', 'Italy', 'Lisbon']));
    expect(first).not.toContain('Mongolia');

    await page.click('a[data-go="b"]');
    await expect
      .poll(async () => (await marks(page)).map((m) => m.text), { timeout: 10000 })
      .toEqual(expect.arrayContaining(['India', 'Nepal', 'Bangladesh', 'Delhi']));
    const second = await placedMarks(page);
    for (const gone of ['Portugal', 'Spain', 'France', 'Italy', 'Lisbon']) expect(second.map((m) => m.text)).not.toContain(gone);
    expect(second.every((m) => m.inArticle)).toBe(true);

    // The popup's list follows the app to its new article.
    const tabId = await tabIdOf(b, `${server.base}/spa/b`);
    const results = await b.worker.evaluate(async (id: number) => {
      const ext = (globalThis as unknown as { chrome: { storage: { session: { get(k: string): Promise<Record<string, { title: string; published: string | null; entities: { name: string }[] }>> } } } }).chrome;
      return (await ext.storage.session.get(`tab:${id}`))[`tab:${id}`];
    }, tabId);
    expect(results?.published).toBe('2023-08-10');
    expect(results?.entities.map((e) => e.name)).toContain('India');
    expect(results?.entities.map((e) => e.name)).not.toContain('Portugal');

    // Back again, with the browser's history.
    await page.goBack();
    await expect.poll(async () => (await marks(page)).map((m) => m.text), { timeout: 10000 }).toContain('Lisbon');
    expect((await marks(page)).map((m) => m.text)).not.toContain('Delhi');
    expect(errors).toEqual([]);
    await page.close();
  });
});
