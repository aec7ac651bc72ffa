// The hover card as a reader meets it, with a small pack of our own loaded through the options page: when it
// opens and closes (delay, staying on the card, grace period, Esc, scrolling away), where it goes (never over the
// name, flipped at the bottom edge, at most 320 px wide), what it says (name, type, description, facts, the three
// latest events before the article's date with dates, sources, "More in Backstory", the no-date note), how it is
// announced, that it honours dark mode and reduced motion and is out of reach of the page's CSS, and the
// keyboard command that walks the marks.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Pack } from '../../lib/core/pack';
import { markCentre, servePages, tabIdOf, waitForMarks, type Browser, type PageServer } from '../../scripts/lib/browser';
import { launchWithPack, newsPack } from './fixture-pack';

/** The fixture pack with one entity rich enough for a full card: several facts, five events, two before-and-after. */
function hoverPack(): Pack {
  const pack = newsPack('hover-1');
  pack.id = 'e2e-hover';
  const src = pack.sources[0]?.id ?? 'e2e';
  pack.entities.push({
    id: 'o:opcw', type: 'organisation', name: 'Organisation for the Prohibition of Chemical Weapons', aliases: ['OPCW'], wikidata: 'Q5', description: 'intergovernmental body that enforces the Chemical Weapons Convention',
    facts: [{ label: 'Founded', value: '1997' }, { label: 'Headquarters', value: 'The Hague' }, { label: 'Members', value: '193 states' }, { label: 'Director-General', value: 'Fernando Arias' }, { label: 'Budget', value: 'not shown: a fifth fact' }],
    links: [], prior: 0.9, sources: [src],
  });
  const ev = (id: string, date: string, text: string) => ({ id, date, text, entities: ['o:opcw'], threads: [], source: src });
  pack.events.push(
    ev('op1', '2013-10-11', 'The OPCW is awarded the Nobel Peace Prize.'),
    ev('op2', '2018-04-12', 'The OPCW confirms the nerve agent used in Salisbury.'),
    ev('op3', '2019-11-29', 'The OPCW marks its annual conference in The Hague.'),
    ev('op4', '2020-10-06', 'The OPCW says Alexei Navalny was poisoned with a Novichok agent.'),
    ev('op5', '2021-12-01', 'An event after the article: never on its card.'),
  );
  return pack;
}

const paragraphs = Array.from({ length: 14 }, (_, i) =>
  `<p>Paragraph ${i + 1}. Inspectors from the OPCW returned to Salisbury this week, where Sergei Skripal was found three years ago. ` +
  'The city has changed a great deal since then, and most residents say that they would rather talk about the cathedral.</p>').join('\n');

// Page CSS that would wreck the card if it could reach it.
const HOSTILE_CSS = '<style>div,p,section,button{background:rgb(255,0,0)!important;color:rgb(0,255,0)!important;font-size:40px!important;width:900px!important}</style>';

const dated = `<!doctype html><html><head><meta charset="utf-8"><title>Inspectors return to Salisbury</title>${HOSTILE_CSS}
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Inspectors return to Salisbury","datePublished":"2021-10-06T10:00:00Z"}</script></head>
<body><article><h1>Inspectors return to Salisbury</h1>${paragraphs}</article><div style="height:1200px"></div></body></html>`;
const undated = `<!doctype html><html><head><meta charset="utf-8"><title>Salisbury, undated</title><meta property="og:type" content="article"></head>
<body><article><h1>Salisbury, undated</h1>${paragraphs}</article></body></html>`;

let server: PageServer;
let b: Browser;

beforeAll(async () => {
  server = await servePages({ '/dated.html': dated, '/undated.html': undated });
  b = await launchWithPack(server, hoverPack());
});
afterAll(async () => {
  await b?.close();
  await server?.close();
});

const CARD = 'backstory-card .bs-hover';

let opened = 0;
/** Each page gets its own URL, so the tab found by URL is this one even while an earlier page lingers. */
async function openPage(path: string): Promise<Page> {
  const page = await b.context.newPage();
  await page.goto(`${server.base}${path}?n=${++opened}`);
  await waitForMarks(page);
  return page;
}

async function rectOf(page: Page, text: string) {
  return page.evaluate((want: string) => {
    for (const [key, hl] of CSS.highlights) {
      if (!key.startsWith('backstory-')) continue;
      for (const r of hl as unknown as Iterable<Range>) {
        const b = r.getBoundingClientRect();
        if (r.toString() === want && b.top >= 0 && b.bottom <= innerHeight) return { left: b.left, top: b.top, right: b.right, bottom: b.bottom };
      }
    }
    return null;
  }, text);
}

async function hover(page: Page, text: string): Promise<{ x: number; y: number }> {
  const at = await markCentre(page, text);
  if (!at) throw new Error(`no mark "${text}" on screen`);
  await page.mouse.move(at.x, at.y + 60);
  await page.mouse.move(at.x, at.y, { steps: 3 });
  return at;
}

const cardRect = (page: Page) => page.locator(CARD).evaluate((el) => {
  const r = el.getBoundingClientRect();
  return { left: r.left, top: r.top, right: r.right, bottom: r.bottom, width: r.width };
});

describe('hover timing', () => {
  it('opens after about half a second, stays while the pointer is on the card, closes about 300 ms after it leaves', async () => {
    const page = await openPage('/dated.html');
    await hover(page, 'Salisbury');
    const t0 = Date.now();
    await page.waitForTimeout(250);
    expect(await page.locator(CARD).count(), 'not yet open at 250 ms').toBe(0);
    await page.locator(CARD).waitFor({ timeout: 3000 });
    const opened = Date.now() - t0;
    expect(opened).toBeGreaterThanOrEqual(400);
    expect(opened).toBeLessThan(2000);

    // Onto the card, and stay there well past the grace period.
    const card = await cardRect(page);
    await page.mouse.move(card.left + 20, card.top + 20, { steps: 5 });
    await page.waitForTimeout(900);
    expect(await page.locator(CARD).count()).toBe(1);

    // Away from both: still there at first, gone after the grace period.
    await page.mouse.move(5, 5, { steps: 2 });
    const t1 = Date.now();
    await page.waitForTimeout(100);
    expect(await page.locator(CARD).count(), 'still open 100 ms after leaving').toBe(1);
    await page.locator(CARD).waitFor({ state: 'detached', timeout: 3000 });
    expect(Date.now() - t1).toBeGreaterThanOrEqual(250);
    await page.close();
  });

  it('closes on Esc, and when scrolling takes the name away', async () => {
    const page = await openPage('/dated.html');
    await hover(page, 'Salisbury');
    await page.locator(CARD).waitFor();
    await page.keyboard.press('Escape');
    await page.locator(CARD).waitFor({ state: 'detached', timeout: 1000 });

    await page.mouse.move(5, 5);
    await hover(page, 'Sergei Skripal');
    await page.locator(CARD).waitFor();
    await page.mouse.wheel(0, 500);
    await page.locator(CARD).waitFor({ state: 'detached', timeout: 3000 });
    await page.close();
  });
});

describe('placement', () => {
  it('never covers the name, flips above it at the bottom edge, and is at most 320 px wide', async () => {
    const page = await openPage('/dated.html');
    await hover(page, 'Salisbury');
    await page.locator(CARD).waitFor();
    const name = await rectOf(page, 'Salisbury');
    let card = await cardRect(page);
    expect(card.width).toBeLessThanOrEqual(320);
    expect(await page.locator(CARD).getAttribute('data-side')).toBe('below');
    expect(card.top).toBeGreaterThanOrEqual(name!.bottom);
    await page.keyboard.press('Escape');

    // Scroll so that a mark sits near the bottom of the window.
    await page.evaluate(() => {
      for (const [key, hl] of CSS.highlights) {
        if (!key.startsWith('backstory-')) continue;
        const ranges = [...(hl as unknown as Iterable<Range>)];
        const r = ranges[ranges.length - 1];
        if (r) scrollBy(0, r.getBoundingClientRect().top - (innerHeight - 60));
        return;
      }
    });
    await page.waitForTimeout(200);
    const low = await page.evaluate(() => {
      for (const [key, hl] of CSS.highlights) {
        if (!key.startsWith('backstory-')) continue;
        for (const r of hl as unknown as Iterable<Range>) {
          const b = r.getBoundingClientRect();
          if (b.top > innerHeight - 150 && b.bottom < innerHeight) return { text: r.toString(), x: b.left + b.width / 2, y: b.top + b.height / 2, top: b.top, bottom: b.bottom };
        }
      }
      return null;
    });
    expect(low).not.toBeNull();
    await page.mouse.move(low!.x, low!.y - 40);
    await page.mouse.move(low!.x, low!.y, { steps: 3 });
    await page.locator(CARD).waitFor();
    await page.waitForTimeout(100);
    card = await cardRect(page);
    expect(await page.locator(CARD).getAttribute('data-side')).toBe('above');
    expect(card.bottom).toBeLessThanOrEqual(low!.top);
    expect(card.top).toBeGreaterThanOrEqual(0);
    await page.close();
  });

  it('fits a narrow window', async () => {
    const page = await b.context.newPage();
    await page.setViewportSize({ width: 300, height: 700 });
    await page.goto(`${server.base}/dated.html`);
    await waitForMarks(page);
    await hover(page, 'Salisbury');
    await page.locator(CARD).waitFor();
    const card = await cardRect(page);
    expect(card.left).toBeGreaterThanOrEqual(0);
    expect(card.right).toBeLessThanOrEqual(300);
    await page.close();
  });
});

describe('card content', () => {
  it('shows name, type, description, up to four facts, the three latest events before the article with dates, sources', async () => {
    const page = await openPage('/dated.html');
    await hover(page, 'OPCW');
    const card = page.locator('backstory-card [data-entity-id="o:opcw"]').first();
    await card.waitFor();
    await page.locator('backstory-card .bs-card').waitFor();
    const text = (await page.locator(CARD).textContent()) ?? '';
    expect(text).toContain('Organisation for the Prohibition of Chemical Weapons');
    expect(text).toMatch(/organisation/i);
    expect(text).toContain('enforces the Chemical Weapons Convention');
    expect(await page.locator(`${CARD} .bs-fact`).count()).toBe(4);
    expect(text).not.toContain('a fifth fact');
    const dates = await page.locator(`${CARD} [data-date]`).evaluateAll((els) => els.map((e) => e.getAttribute('data-date')));
    expect(dates).toEqual(['2020-10-06', '2019-11-29', '2018-04-12']);
    expect(text).toContain('End-to-end fixture');
    expect(text).not.toContain('No publication date found');
    expect(await page.locator(CARD).getAttribute('role')).toBe('dialog');
    // The live region next to the card announced it.
    await expect.poll(() => page.locator('backstory-card [role="status"]').textContent()).toContain('Organisation for the Prohibition of Chemical Weapons');
    await page.close();
  });

  it('says when the page gives no date, and counts events up to today', async () => {
    const page = await openPage('/undated.html');
    await hover(page, 'OPCW');
    await page.locator('backstory-card .bs-card').waitFor();
    expect(await page.locator(CARD).textContent()).toContain('No publication date found — as of today');
    const dates = await page.locator(`${CARD} [data-date]`).evaluateAll((els) => els.map((e) => e.getAttribute('data-date')));
    expect(dates[0]).toBe('2021-12-01');
    await page.close();
  });

  it('"More in Backstory" opens the popup at the entity for this tab', async () => {
    const page = await openPage('/dated.html');
    const tabId = await tabIdOf(b, page.url());
    await hover(page, 'OPCW');
    await page.locator('backstory-card .bs-card').waitFor();
    await page.locator('backstory-card [data-testid="more-in-backstory"]').click();
    // Chromium opens the toolbar popup (not a page Playwright lists): the background's runtime.getContexts sees it.
    // Where the browser refuses, a popup window opens instead, which is a page.
    const where = async () => {
      const popups = await b.worker.evaluate(async () => {
        const ext = (globalThis as unknown as { chrome: { runtime: { getContexts(f: { contextTypes: string[] }): Promise<{ documentUrl?: string }[]> } } }).chrome;
        return (await ext.runtime.getContexts({ contextTypes: ['POPUP'] })).map((c) => c.documentUrl ?? '');
      });
      const windows = b.context.pages().map((p) => p.url()).filter((u) => u.includes('/popup.html'));
      return [...popups, ...windows];
    };
    await expect.poll(where, { timeout: 10000 }).toHaveLength(1);
    const url = new URL((await where())[0] ?? '');
    expect(url.pathname).toBe('/popup.html');
    expect(url.searchParams.get('tabId')).toBe(String(tabId));
    expect(url.searchParams.get('entity')).toBe('o:opcw');
    await page.close();
  });

  it('honours dark mode and reduced motion, and the page CSS does not reach it', async () => {
    const page = await b.context.newPage();
    await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
    await page.goto(`${server.base}/dated.html`);
    await waitForMarks(page);
    await hover(page, 'Salisbury');
    await page.locator(CARD).waitFor();
    const style = await page.locator(CARD).evaluate((el) => {
      const s = getComputedStyle(el);
      return { background: s.backgroundColor, animation: s.animationName, width: el.getBoundingClientRect().width, fontSize: s.fontSize };
    });
    expect(style.background).toBe('rgb(31, 36, 43)');
    expect(style.animation).toBe('none');
    expect(style.width).toBeLessThanOrEqual(320);
    expect(style.fontSize).toBe('13px');
    await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
    const light = await page.locator(CARD).evaluate((el) => ({ background: getComputedStyle(el).backgroundColor, animation: getComputedStyle(el).animationName }));
    expect(light).toEqual({ background: 'rgb(255, 255, 255)', animation: 'bs-fade' });
    await page.close();
  });
});

describe('keyboard', () => {
  it('the next-mark command walks the marks in reading order with a focus mark and their cards; Esc closes', async () => {
    const page = await openPage('/dated.html');
    const tabId = await tabIdOf(b, page.url());
    // Headless Chromium does not deliver extension shortcuts (Alt+Shift+J) from synthetic key events, so the
    // test sends what the background's commands.onCommand listener sends for it.
    const next = () => b.worker.evaluate((id: number) => {
      const ext = (globalThis as unknown as { chrome: { tabs: { sendMessage(id: number, m: unknown): Promise<unknown> } } }).chrome;
      return ext.tabs.sendMessage(id, { type: 'next-mark' }).then(() => undefined);
    }, tabId);
    const focused = () => page.evaluate(() => {
      const hl = CSS.highlights.get('backstory-focus') as unknown as Iterable<Range> | undefined;
      return hl ? [...hl].map((r) => r.toString()) : [];
    });
    const order = await page.evaluate(() => {
      const all: Range[] = [];
      for (const [key, hl] of CSS.highlights) if (key.startsWith('backstory-') && key !== 'backstory-focus') all.push(...(hl as unknown as Iterable<Range>));
      all.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
      return all.slice(0, 3).map((r) => r.toString());
    });
    for (const want of order) {
      await next();
      await expect.poll(focused).toEqual([want]);
      await page.locator(CARD).waitFor();
    }
    // The card of the last mark opens in the frame after the command.
    await page.waitForTimeout(200);
    await page.keyboard.press('Escape');
    await page.locator(CARD).waitFor({ state: 'detached', timeout: 1000 });
    expect(await focused()).toEqual([]);
    await page.close();
  });
});
