// The popup as a reader uses it: the list grouped by type with counts and a filter, a card with its timeline,
// "show on page", the story so far, search, and the states of a page (off, not an article, nothing found).
// And the options surviving a restart of the browser.
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, markCentre, openPopup, servePages, tabIdOf, waitForDataset, waitForMarks, marks, type Browser, type PageServer } from '../../scripts/lib/browser';
import { ARTICLE, newsPack } from './fixture-pack';

const NOT_ARTICLE = `<!doctype html><html><head><meta charset="utf-8"><title>Shop</title></head><body>
<nav><a href="/">Home</a></nav><div class="grid"><div class="tile">Salisbury cathedral tea towel, £8</div><div class="tile">Sergei Skripal biography, paperback</div></div></body></html>`;
const NOTHING = `<!doctype html><html><head><meta charset="utf-8"><title>Weather</title>
<script type="application/ld+json">{"@type":"NewsArticle","headline":"A quiet week","datePublished":"2021-10-06"}</script></head>
<body><article><h1>A quiet week of weather</h1><p>The forecast says the week will be dry and mild, with light winds and some sunshine in the afternoons.</p>
<p>Gardeners are advised to water their plants in the evening, and cyclists to expect a little fog early on most mornings.</p>
<p>Temperatures will rise slowly towards the weekend, when a little rain may arrive from the west late on Sunday.</p></article></body></html>`;

let server: PageServer;
let b: Browser;

beforeAll(async () => {
  server = await servePages({ '/article.html': ARTICLE, '/shop.html': NOT_ARTICLE, '/weather.html': NOTHING });
  server.set('/pack.json.gz', gzipSync(JSON.stringify(newsPack('1'))), 'application/gzip', { 'access-control-allow-origin': '*' });
  b = await launch();
  await waitForDataset(b);
  const options = await b.context.newPage();
  await options.goto(`chrome-extension://${b.extensionId}/options.html`);
  await options.getByTestId('pack-url').fill(`${server.base}/pack.json.gz`);
  await options.getByTestId('load-url').click();
  await options.waitForSelector('[data-pack-id="e2e-news"]');
  await options.close();
});
afterAll(async () => {
  await b?.close();
  await server?.close();
});

async function articleAndPopup(path: string) {
  const page = await b.context.newPage();
  await page.goto(`${server.base}${path}`);
  const popup = await openPopup(b, await tabIdOf(b, `${server.base}${path}`));
  return { page, popup };
}

describe('popup', () => {
  it('lists the entities grouped by type with mention counts, filters them, and opens a card with its timeline', async () => {
    const { page, popup } = await articleAndPopup('/article.html');
    await waitForMarks(page);
    await popup.waitForSelector('[data-entity-id="p:skripal"]');
    const groups = await popup.$$eval('.bs-group-head', (els) => els.map((e) => e.textContent));
    expect(groups).toEqual(expect.arrayContaining(['Person', 'Place', 'Organisation']));
    expect(await popup.textContent('[data-entity-id="p:skripal"]')).toMatch(/2×/);

    await popup.getByTestId('filter').fill('salis');
    await expect.poll(() => popup.$$eval('li[data-entity-id]', (els) => els.map((e) => e.getAttribute('data-entity-id')))).toEqual(['pl:salisbury']);
    await popup.getByTestId('filter').fill('');

    await popup.click('[data-entity-id="p:skripal"] button');
    await popup.waitForSelector('[data-entity-id="p:skripal"] .bs-year-head');
    expect(await popup.textContent('[data-entity-id="p:skripal"] .bs-card')).toContain('Poisoning of Sergei and Yulia Skripal');
    const dates = await popup.$$eval('[data-date]', (els) => els.map((e) => e.getAttribute('data-date') ?? ''));
    expect(dates).toEqual(['2018-03-27', '2018-03-04']);
    await popup.close();
    await page.close();
  });

  it('"show on page" scrolls to the first mark and opens its card there', async () => {
    const { page, popup } = await articleAndPopup('/article.html');
    await waitForMarks(page);
    await popup.click('[data-entity-id="o:nato"] button');
    await popup.getByTestId('show-on-page').click();
    await page.locator('backstory-card [data-entity-id="o:nato"]').first().waitFor();
    await page.close();
  });

  it('shows the story so far, ranked by how many of the article entities each event involves', async () => {
    const { page, popup } = await articleAndPopup('/article.html');
    await waitForMarks(page);
    await popup.getByTestId('tab-story').click();
    await popup.getByTestId('story').waitFor();
    const items = await popup.$$eval('[data-testid=story] [data-date]', (els) => els.map((e) => e.getAttribute('data-date')));
    expect(items).toEqual(['2018-03-27', '2018-03-04']);
    const involves = await popup.$$eval('[data-testid=story] .bs-involves', (els) => els.map((e) => (e.textContent ?? '').split(' · ').sort().join(' · ')));
    expect(involves[0]).toBe('NATO · Sergei Skripal');
    await popup.close();
    await page.close();
  });

  it('searches the whole dataset for a name the page did not mark', async () => {
    const { page, popup } = await articleAndPopup('/weather.html');
    await popup.getByTestId('tab-search').click();
    await popup.getByTestId('search').fill('skrip');
    await popup.waitForSelector('[data-entity-id="p:skripal"]');
    await popup.click('[data-entity-id="p:skripal"] button');
    await popup.waitForSelector('[data-entity-id="p:skripal"] [data-date]');
    await popup.close();
    await page.close();
  });

  it('says when nothing was found, and when the page is not an article offers to mark it anyway', async () => {
    const weather = await articleAndPopup('/weather.html');
    await weather.popup.waitForSelector('[data-state="empty"]');
    await weather.popup.close();
    await weather.page.close();

    const shop = await articleAndPopup('/shop.html');
    await shop.popup.waitForSelector('[data-state="not-article"]');
    expect(await marks(shop.page)).toEqual([]);
    await shop.popup.getByTestId('mark-anyway').click();
    await expect.poll(async () => (await marks(shop.page)).map((m) => m.text).sort()).toEqual(['Salisbury', 'Sergei Skripal']);
    await shop.popup.waitForSelector('[data-entity-id="p:skripal"]');
    await shop.page.close();
  });

  it('the hover card on the article shows the entity with only prior events', async () => {
    const page = await b.context.newPage();
    await page.goto(`${server.base}/article.html`);
    await waitForMarks(page);
    const at = await markCentre(page, 'Salisbury');
    await page.mouse.move(at!.x, at!.y - 60);
    await page.mouse.move(at!.x, at!.y, { steps: 3 });
    const card = page.locator('backstory-card [data-entity-id="pl:salisbury"]').first();
    await card.waitFor();
    expect(await card.textContent()).toContain('cathedral city');
    await page.close();
  });
});

describe('options', () => {
  it('survive a restart of the browser with the same profile', async () => {
    const profileBrowser = await launch();
    await waitForDataset(profileBrowser);
    const popupPage = await profileBrowser.context.newPage();
    const page = await profileBrowser.context.newPage();
    await page.goto(`${server.base}/article.html`);
    await popupPage.goto(`chrome-extension://${profileBrowser.extensionId}/popup.html?tabId=${await tabIdOf(profileBrowser, `${server.base}/article.html`)}`);
    await popupPage.getByTestId('site-toggle').click();
    await expect.poll(() => popupPage.getByTestId('site-toggle').isChecked()).toBe(false);
    const profile = profileBrowser.profile;
    await profileBrowser.close({ keepProfile: true });

    const again = await launch(profile);
    try {
      const options = await again.context.newPage();
      await options.goto(`chrome-extension://${again.extensionId}/options.html`);
      await options.waitForSelector('[data-site="127.0.0.1"]');
      const p = await again.context.newPage();
      await p.goto(`${server.base}/article.html`);
      await p.waitForTimeout(1500);
      expect(await marks(p)).toEqual([]);
    } finally {
      await again.close();
    }
  });
});

describe('options controls', () => {
  it('add, import, export and remove sites; switch the mode', async () => {
    const options = await b.context.newPage();
    await options.goto(`chrome-extension://${b.extensionId}/options.html`);
    await options.getByTestId('site-add').fill('https://www.Example.com/news/1');
    await options.getByRole('button', { name: 'Add', exact: true }).click();
    await options.waitForSelector('[data-site="example.com"]');
    await options.locator('summary').click();
    await options.getByTestId('sites-text').fill('a.example\nnot a site!\nb.example');
    await options.getByTestId('sites-import').click();
    await options.waitForSelector('[data-site="b.example"]');
    expect(await options.textContent('[role=status]')).toContain('not a site!');
    await options.getByTestId('sites-export').click();
    expect(await options.getByTestId('sites-text').inputValue()).toBe('a.example\nb.example\nexample.com');
    await options.getByRole('button', { name: 'Remove example.com' }).click();
    await options.waitForSelector('[data-site="example.com"]', { state: 'detached' });
    await options.getByTestId('mode-listed').check();
    await options.getByTestId('mode-all').check();
    await options.close();
  });

  it('unticking a type removes its marks on the open page; the keyboard command walks the marks', async () => {
    const page = await b.context.newPage();
    await page.goto(`${server.base}/article.html`);
    await waitForMarks(page);
    const options = await b.context.newPage();
    await options.goto(`chrome-extension://${b.extensionId}/options.html`);
    await options.getByTestId('type-person').uncheck();
    await expect.poll(async () => (await marks(page)).map((m) => m.key)).not.toContain('backstory-person');
    await options.getByTestId('type-person').check();
    await expect.poll(async () => (await marks(page)).map((m) => m.key)).toContain('backstory-person');
    await options.close();

    // The shortcut reaches the page through the background, as browser.commands does.
    const tabId = await tabIdOf(b, `${server.base}/article.html`);
    await b.worker.evaluate(async (id: number) => {
      const ext = (globalThis as unknown as { chrome: { tabs: { sendMessage(id: number, m: unknown): Promise<unknown> } } }).chrome;
      await ext.tabs.sendMessage(id, { type: 'next-mark' });
    }, tabId);
    await page.locator('backstory-card [data-entity-id]').first().waitFor();
    expect(await page.evaluate(() => CSS.highlights.get('backstory-focus')?.size)).toBe(1);
    await page.keyboard.press('Escape');
    await page.locator('backstory-card [data-entity-id]').first().waitFor({ state: 'detached' });
    await page.close();
  });
});
