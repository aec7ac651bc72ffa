// The walking skeleton, as a reader meets it: marks appear, the page's DOM is untouched, the hover card opens on
// the right entity, the popup lists it, and the site switch takes the marks away and brings them back.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { examplePage, OWN_ARTICLE } from '../../scripts/lib/example-page';
import { launch, markCentre, openPopup, referenceBodies, servePages, tabIdOf, waitForDataset, waitForMarks, marks, type Browser, type PageServer } from '../../scripts/lib/browser';

let server: PageServer;
let b: Browser;
let reference: Map<string, string>;

beforeAll(async () => {
  server = await servePages({ '/own.html': readFileSync(OWN_ARTICLE, 'utf8'), '/example.html': examplePage().html });
  // A site that allows no script, style or fetch of its own: the page reader is imported from the extension into
  // the content script's isolated world, which the page's policy does not govern.
  server.set('/strict.html', readFileSync(OWN_ARTICLE, 'utf8'), 'text/html; charset=utf-8', {
    'Content-Security-Policy': "default-src 'none'; script-src 'none'; style-src 'none'; connect-src 'none'; require-trusted-types-for 'script'",
  });
  reference = await referenceBodies([`${server.base}/own.html`, `${server.base}/example.html`]);
  b = await launch();
  await waitForDataset(b);
});
afterAll(async () => {
  await b?.close();
  await server?.close();
});

describe('own fixture article', () => {
  it('marks names in the article only, and leaves document.body byte-identical', async () => {
    const url = `${server.base}/own.html`;
    const page = await b.context.newPage();
    await page.goto(url);
    const found = await waitForMarks(page);
    const texts = found.map((m) => m.text);
    expect(texts).toEqual(expect.arrayContaining(['Lithuania', 'Latvia', 'Estonia', 'Vilnius', 'Poland', 'Finland', 'Ukraine', 'Germany', 'Moscow']));
    // Names in the nav, ad, sidebar, comments, form and footer must not be marked.
    for (const outside of ['Spain', 'Portugal', 'Japan', 'Tokyo', 'India', 'Pakistan', 'Canada', 'Sweden', 'Norway', 'Greece', 'London', 'New York', 'Brazil']) {
      expect(texts, `${outside} is outside the article`).not.toContain(outside);
    }
    expect(found.every((m) => /^backstory-[a-z]+$/.test(m.key))).toBe(true);
    expect(await page.evaluate(() => document.body.innerHTML)).toBe(reference.get(url));
    await page.close();
  });

  it('marks a page whose Content-Security-Policy allows nothing, and opens its hover card', async () => {
    const page = await b.context.newPage();
    await page.goto(`${server.base}/strict.html`);
    const texts = (await waitForMarks(page)).map((m) => m.text);
    expect(texts).toEqual(expect.arrayContaining(['Lithuania', 'Latvia', 'Moscow']));
    const at = await markCentre(page, 'Latvia');
    await page.mouse.move(at!.x, at!.y - 120);
    await page.mouse.move(at!.x, at!.y, { steps: 4 });
    await page.locator('backstory-card [data-entity-id]').first().waitFor({ timeout: 5000 });
    // The marks' and the card's styles are the extension's: the page's style-src does not block them.
    const styled = await page.evaluate(() => ({
      marks: document.adoptedStyleSheets.some((sheet) => [...sheet.cssRules].some((r) => r.cssText.includes('::highlight(backstory-'))),
      card: [...(document.querySelector('backstory-card')?.shadowRoot?.querySelectorAll('style') ?? [])].some((el) => (el.sheet?.cssRules.length ?? 0) > 0),
    }));
    expect(styled).toEqual({ marks: true, card: true });
    await page.close();
  });

  it('opens a hover card for the hovered name, and the popup lists the entities', async () => {
    const url = `${server.base}/own.html`;
    const page = await b.context.newPage();
    await page.goto(url);
    await waitForMarks(page);
    const at = await markCentre(page, 'Latvia');
    expect(at).not.toBeNull();
    await page.mouse.move(at!.x, at!.y - 120);
    await page.mouse.move(at!.x, at!.y, { steps: 4 });
    const card = page.locator('backstory-card [data-entity-id]').first();
    await card.waitFor({ timeout: 5000 });
    const cardId = await card.getAttribute('data-entity-id');
    expect(await card.textContent()).toContain('Latvia');

    const popup = await openPopup(b, await tabIdOf(b, url));
    await popup.waitForSelector('[data-entity-id]');
    const rows = await popup.$$eval('[data-entity-id]', (els) =>
      els.map((e) => ({ id: e.getAttribute('data-entity-id'), type: e.getAttribute('data-entity-type'), text: e.textContent ?? '' })),
    );
    const latvia = rows.find((r) => r.id === cardId);
    expect(latvia?.type).toBe('country');
    expect(latvia?.text).toContain('Latvia');
    await popup.close();
    await page.close();
  });

  it('switching the site off in the popup removes the marks on the open page, and on brings them back', async () => {
    const url = `${server.base}/own.html`;
    const page = await b.context.newPage();
    await page.goto(url);
    const before = await waitForMarks(page);
    expect(before.length).toBeGreaterThan(0);
    const popup = await openPopup(b, await tabIdOf(b, url));
    const toggle = popup.getByTestId('site-toggle');
    await toggle.waitFor();
    expect(await toggle.isChecked()).toBe(true);
    await toggle.click();
    await expect.poll(async () => (await marks(page)).length, { timeout: 5000 }).toBe(0);
    await popup.waitForSelector('text=Backstory is off for this site.');
    await toggle.click();
    await expect.poll(async () => (await marks(page)).length, { timeout: 5000 }).toBe(before.length);
    await popup.close();
    await page.close();
  });
});

describe('example article', () => {
  it.skipIf(!examplePage().fromShared)('marks the example article and not its promo box, with the DOM unchanged', async () => {
    const url = `${server.base}/example.html`;
    const page = await b.context.newPage();
    await page.goto(url);
    const texts = (await waitForMarks(page)).map((m) => m.text);
    // The starter pack's countries and cities. NATO stays below the confidence threshold with the starter pack's
    // prior; the full pack (npm run dataset) links it and the people.
    expect(texts).toEqual(expect.arrayContaining(['Brussels', 'Russia', 'Moscow', 'Ukraine']));
    expect(texts).not.toContain('Frankfurt');
    expect(await page.evaluate(() => document.body.innerHTML)).toBe(reference.get(url));
    await page.close();
  });
});
