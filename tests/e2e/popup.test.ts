// The popup as a reader uses it: the list grouped by type with counts and a filter, a card with its timeline,
// "show on page", the story so far, search, the states of a page (off, not an article, nothing found, dataset
// installing), the site switch acting on the open tab, popup.html?entity=ID, the options link, the keyboard,
// both themes and no sideways scrolling at 360 px. Our own small pack first, then the example article with the
// pack the build ships.
import { createServer, type Server } from 'node:http';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, markCentre, openPopup, servePages, tabIdOf, waitForDataset, waitForMarks, marks, type Browser, type PageServer } from '../../scripts/lib/browser';
import { examplePage } from '../../scripts/lib/example-page';
import { ARTICLE, launchWithPack, newsPack } from './fixture-pack';
import { backgroundLightness, sidewaysOverflow, unlabelledControls } from './ui-checks';

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
  b = await launchWithPack(server);
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
    const groups = await popup.$$eval('[data-group]', (els) => els.map((e) => e.getAttribute('data-group')));
    expect(groups.sort()).toEqual(['organisation', 'person', 'place']);
    // The most salient entity's group comes first; Skripal is named twice.
    expect(await popup.getAttribute('[data-group] li[data-entity-id]', 'data-entity-id')).toBe(await popup.evaluate(() => document.querySelector('li[data-entity-id]')?.getAttribute('data-entity-id')));
    expect(await popup.getAttribute('[data-entity-id="p:skripal"] [data-mentions]', 'data-mentions')).toBe('2');
    expect(await popup.textContent('[data-entity-id="p:skripal"] .bs-count')).toBe('2×');
    expect(await popup.getAttribute('[data-entity-id="p:skripal"]', 'data-wikidata')).toBe('Q1');
    expect(await popup.getAttribute('[data-entity-id="p:skripal"]', 'data-entity-type')).toBe('person');

    await popup.getByTestId('filter').fill('salis');
    await expect.poll(() => popup.$$eval('li[data-entity-id]', (els) => els.map((e) => e.getAttribute('data-entity-id')))).toEqual(['pl:salisbury']);
    await popup.getByTestId('filter').fill('');

    await popup.click('[data-entity-id="p:skripal"] button');
    await popup.waitForSelector('[data-entity-id="p:skripal"] .bs-year-head');
    expect(await popup.textContent('[data-entity-id="p:skripal"] .bs-card')).toContain('Poisoning of Sergei and Yulia Skripal');
    const dates = await popup.$$eval('[data-date]', (els) => els.map((e) => e.getAttribute('data-date') ?? ''));
    // Newest first, nothing on or after the article's date (6 October 2021), under a heading for its year.
    expect(dates).toEqual(['2018-03-27', '2018-03-04']);
    expect(await popup.$$eval('[data-entity-id="p:skripal"] [data-year]', (els) => els.map((e) => e.getAttribute('data-year')))).toEqual(['2018']);
    expect(await popup.textContent('[data-entity-id="p:skripal"] .bs-year-head')).toBe('2018');
    // Each event names its story thread and its source.
    const first = popup.locator('[data-entity-id="p:skripal"] [data-date="2018-03-27"]');
    expect(await first.locator('.bs-thread').allTextContents()).toEqual(['Poisoning of Sergei and Yulia Skripal']);
    expect(await first.locator('[data-source="e2e"]').textContent()).toContain('End-to-end fixture');
    expect(await first.textContent()).toContain('NATO expels seven Russian diplomats');
    // The card's facts and sources.
    expect(await popup.textContent('[data-entity-id="p:skripal"] .bs-facts')).toContain('Born');
    expect(await popup.textContent('[data-entity-id="p:skripal"] .bs-sources')).toContain('End-to-end fixture');
    // Clicking the row again closes the card.
    await popup.click('[data-entity-id="p:skripal"] button.bs-row-head');
    await popup.waitForSelector('[data-entity-id="p:skripal"] .bs-card', { state: 'detached' });
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
    // NATO's expulsion involves two of the article's names (NATO, Skripal): it comes first, in its own group.
    expect(involves[0]).toBe('NATO · Sergei Skripal');
    expect(involves[1]).toBe('Salisbury · Sergei Skripal');
    expect(await popup.$$eval('[data-involves-count]', (els) => els.map((e) => e.getAttribute('data-involves-count')))).toEqual(['2']);
    expect(await popup.locator('[data-testid=story] [data-date="2018-03-04"] [data-source="e2e"]').count()).toBe(1);
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

describe('popup controls', () => {
  it('the site switch takes the marks off the open tab and brings them back', async () => {
    const { page, popup } = await articleAndPopup('/article.html');
    expect((await waitForMarks(page)).length).toBeGreaterThan(0);
    await popup.waitForSelector('li[data-entity-id]');
    expect(await popup.getByTestId('site-toggle').isChecked()).toBe(true);
    await popup.getByTestId('site-toggle').click();
    await expect.poll(() => marks(page)).toEqual([]);
    await popup.waitForSelector('[data-state="off"]');
    expect(await popup.locator('li[data-entity-id]').count()).toBe(0);
    await popup.getByTestId('site-toggle').click();
    await expect.poll(async () => (await marks(page)).length).toBeGreaterThan(0);
    await popup.waitForSelector('li[data-entity-id="p:skripal"]');
    await popup.close();
    await page.close();
  });

  it('popup.html?entity=ID opens that card and scrolls to it', async () => {
    const page = await b.context.newPage();
    await page.goto(`${server.base}/article.html`);
    await waitForMarks(page);
    const tabId = await tabIdOf(b, `${server.base}/article.html`);
    const popup = await b.context.newPage();
    await popup.setViewportSize({ width: 360, height: 300 });
    await popup.goto(`chrome-extension://${b.extensionId}/popup.html?tabId=${tabId}&entity=${encodeURIComponent('pl:salisbury')}`);
    await popup.waitForSelector('[data-entity-id="pl:salisbury"] .bs-card');
    expect(await popup.locator('.bs-card').count()).toBe(1);
    expect(await popup.evaluate(() => document.activeElement?.closest('li')?.getAttribute('data-entity-id'))).toBe('pl:salisbury');
    const top = await popup.evaluate(() => document.querySelector('li[data-entity-id="pl:salisbury"]')?.getBoundingClientRect().top ?? -1);
    expect(top).toBeGreaterThan(-1);
    expect(top).toBeLessThan(300);
    // An id that is not on the page opens nothing.
    await popup.goto(`chrome-extension://${b.extensionId}/popup.html?tabId=${tabId}&entity=nobody`);
    await popup.waitForSelector('li[data-entity-id]');
    expect(await popup.locator('.bs-card').count()).toBe(0);
    await popup.close();
    await page.close();
  });

  it('links to the options page', async () => {
    const { page, popup } = await articleAndPopup('/article.html');
    const [options] = await Promise.all([b.context.waitForEvent('page'), popup.getByTestId('open-options').click()]);
    await options.waitForURL(/options\.html$/);
    await options.waitForSelector('[data-pack-id]');
    await options.close();
    await page.close();
  });

  it('works from the keyboard: arrow keys between the tabs, Tab into the list, Enter opens a card', async () => {
    const { page, popup } = await articleAndPopup('/article.html');
    await waitForMarks(page);
    await popup.waitForSelector('li[data-entity-id]');
    await popup.focus('#bs-tab-page');
    await popup.keyboard.press('ArrowRight');
    expect(await popup.evaluate(() => document.activeElement?.id)).toBe('bs-tab-story');
    await popup.getByTestId('story').waitFor();
    await popup.keyboard.press('End');
    expect(await popup.getAttribute('#bs-tab-search', 'aria-selected')).toBe('true');
    await popup.keyboard.press('Home');
    expect(await popup.getAttribute('#bs-tab-page', 'aria-selected')).toBe('true');
    expect(await popup.getAttribute('[role=tabpanel]', 'aria-labelledby')).toBe('bs-tab-page');
    await popup.keyboard.press('Tab');
    expect(await popup.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('filter');
    await popup.keyboard.press('Tab');
    const focused = await popup.evaluate(() => document.activeElement?.closest('li')?.getAttribute('data-entity-id'));
    expect(focused).toBeTruthy();
    await popup.keyboard.press('Enter');
    await popup.waitForSelector(`[data-entity-id="${focused}"] .bs-card`);
    expect(await popup.getAttribute(`[data-entity-id="${focused}"] .bs-row-head`, 'aria-expanded')).toBe('true');
    expect(await unlabelledControls(popup)).toEqual([]);
    await popup.close();
    await page.close();
  });

  it('shows the dataset installing, with its progress, while the options page loads a pack', async () => {
    // A server that sends the pack slowly, in 40 parts, so the install is seen half way.
    const body = gzipSync(JSON.stringify(newsPack('slow')));
    const slow: Server = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/gzip', 'content-length': body.length, 'access-control-allow-origin': '*' });
      const part = Math.ceil(body.length / 40);
      let at = 0;
      const timer = setInterval(() => {
        res.write(body.subarray(at, (at += part)));
        if (at >= body.length) {
          clearInterval(timer);
          res.end();
        }
      }, 100);
    });
    await new Promise<void>((r) => slow.listen(0, '127.0.0.1', r));
    const port = (slow.address() as { port: number }).port;
    try {
      const { page, popup } = await articleAndPopup('/article.html');
      await popup.waitForSelector('li[data-entity-id]');
      expect(await popup.locator('[data-state="installing"]').count()).toBe(0);
      const options = await b.context.newPage();
      await options.goto(`chrome-extension://${b.extensionId}/options.html`);
      await options.getByTestId('pack-url').fill(`http://127.0.0.1:${port}/pack.json.gz`);
      await options.getByTestId('load-url').click();
      const installing = popup.locator('[data-state="installing"]');
      await installing.waitFor();
      await expect.poll(() => installing.locator('progress').evaluate((p) => (p as HTMLProgressElement).value)).toBeGreaterThan(0);
      expect(await installing.textContent()).toMatch(/Installing the dataset… \d+%/);
      await options.getByTestId('install-notice').waitFor({ timeout: 20000 });
      await installing.waitFor({ state: 'detached' });
      await options.close();
      await popup.close();
      await page.close();
    } finally {
      await new Promise((r) => slow.close(r));
    }
  });
});

describe('popup look', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`never scrolls sideways at 360 px, on every tab and with a card open (${scheme})`, async () => {
      const { page, popup } = await articleAndPopup('/article.html');
      await waitForMarks(page);
      await popup.emulateMedia({ colorScheme: scheme });
      await popup.waitForSelector('li[data-entity-id]');
      const light = await backgroundLightness(popup);
      if (scheme === 'light') expect(light).toBeGreaterThan(200);
      else expect(light).toBeLessThan(60);
      expect(await sidewaysOverflow(popup)).toBe(0);
      await popup.click('[data-entity-id="p:skripal"] button');
      await popup.waitForSelector('[data-entity-id="p:skripal"] [data-date]');
      expect(await sidewaysOverflow(popup)).toBe(0);
      await popup.getByTestId('tab-story').click();
      await popup.getByTestId('story').waitFor();
      expect(await sidewaysOverflow(popup)).toBe(0);
      await popup.getByTestId('tab-search').click();
      await popup.getByTestId('search').fill('north atlantic');
      await popup.waitForSelector('[data-entity-id="o:nato"]');
      await popup.click('[data-entity-id="o:nato"] button');
      await popup.waitForSelector('[data-entity-id="o:nato"] .bs-card');
      expect(await sidewaysOverflow(popup)).toBe(0);
      await popup.close();
      await page.close();
    });
  }
});

// The example article with the pack the build ships (the starter pack, or the one BACKSTORY_PACK named).
describe('popup on the example article', () => {
  let eb: Browser;
  let es: PageServer;
  const DATE = '2021-10-06';
  beforeAll(async () => {
    es = await servePages({ '/example.html': examplePage().html, '/weather.html': NOTHING });
    eb = await launch();
    await waitForDataset(eb);
  });
  afterAll(async () => {
    await eb?.close();
    await es?.close();
  });

  it('lists the marked names with counts; every card shows only events before the article date; nothing scrolls sideways', async () => {
    const page = await eb.context.newPage();
    await page.goto(`${es.base}/example.html`);
    const found = await waitForMarks(page);
    expect(found.length).toBeGreaterThan(0);
    const popup = await openPopup(eb, await tabIdOf(eb, `${es.base}/example.html`));
    await popup.waitForSelector('li[data-entity-id]');
    const rows = await popup.$$eval('li[data-entity-id]', (els) =>
      els.map((e) => ({ id: e.getAttribute('data-entity-id'), type: e.getAttribute('data-entity-type'), mentions: Number(e.querySelector('[data-mentions]')?.getAttribute('data-mentions')) })),
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      expect(r.id).toBeTruthy();
      expect(r.mentions).toBeGreaterThanOrEqual(1);
      expect(await popup.locator(`[data-group="${r.type}"] li[data-entity-id="${r.id}"]`).count()).toBe(1);
    }
    // The counts add up to the marks on the page.
    expect(rows.reduce((n, r) => n + r.mentions, 0)).toBe(found.length);
    for (const r of rows.slice(0, 5)) {
      await popup.click(`li[data-entity-id="${r.id}"] button.bs-row-head`);
      await popup.waitForSelector(`li[data-entity-id="${r.id}"] .bs-card`);
      const dates = await popup.$$eval(`li[data-entity-id="${r.id}"] [data-date]`, (els) => els.map((e) => e.getAttribute('data-date') ?? ''));
      expect(dates.every((d) => d < DATE)).toBe(true);
      expect([...dates].sort().reverse()).toEqual(dates);
      expect(await sidewaysOverflow(popup)).toBe(0);
    }
    await popup.getByTestId('tab-story').click();
    await popup.locator('[data-testid=story], [data-state=no-story]').first().waitFor();
    const storyDates = await popup.$$eval('[data-testid=story] [data-date]', (els) => els.map((e) => e.getAttribute('data-date') ?? ''));
    expect(storyDates.every((d) => d < DATE)).toBe(true);
    expect(await sidewaysOverflow(popup)).toBe(0);
    await popup.close();
    await page.close();
  });

  it('the site switch on the example article: off clears the marks and says so, on brings them back', async () => {
    const page = await eb.context.newPage();
    await page.goto(`${es.base}/example.html`);
    const before = (await waitForMarks(page)).length;
    const popup = await openPopup(eb, await tabIdOf(eb, `${es.base}/example.html`));
    await popup.getByTestId('site-toggle').click();
    await expect.poll(() => marks(page)).toEqual([]);
    await popup.waitForSelector('[data-state="off"]');
    expect(await popup.textContent('.bs-switch')).toContain('Off for 127.0.0.1');
    await popup.getByTestId('site-toggle').click();
    await expect.poll(async () => (await marks(page)).length).toBe(before);
    await popup.waitForSelector('li[data-entity-id]');
    await popup.close();
    await page.close();
  });

  it('a page without any known name says so, and search still works there', async () => {
    const page = await eb.context.newPage();
    await page.goto(`${es.base}/weather.html`);
    const popup = await openPopup(eb, await tabIdOf(eb, `${es.base}/weather.html`));
    await popup.waitForSelector('[data-state="empty"]');
    expect(await popup.locator('li[data-entity-id]').count()).toBe(0);
    await popup.getByTestId('tab-story').click();
    await popup.waitForSelector('[data-state="empty"]');
    await popup.getByTestId('tab-search').click();
    await popup.getByTestId('search').fill('germany');
    await popup.waitForSelector('li[data-entity-id]');
    expect(await sidewaysOverflow(popup)).toBe(0);
    await popup.close();
    await page.close();
  });
});
