// Pages that push the content script: a 5 MB article, an article of 30,000 tiny text nodes, a page that mutates
// every 10 ms, an article in a frame, an article in shadow DOM. On each, the page keeps running (its own timer
// ticks and its button answers), the extension raises no error, and on the mutating page what the extension
// holds stays bounded: the marks of removed text are dropped and the heap does not grow. The time the
// extension takes on these pages is measured by `npm run bench:faults`, not asserted here.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { faultPages } from '../../scripts/lib/fault-pages';
import { heapAfterGc } from '../../scripts/lib/profile';
import { collectExtensionErrors, launch, marks, servePages, waitForDataset, type Browser, type PageServer } from '../../scripts/lib/browser';

let server: PageServer;
let b: Browser;

beforeAll(async () => {
  server = await servePages(faultPages());
  b = await launch();
  await waitForDataset(b);
}, 60_000);
afterAll(async () => {
  await b?.close();
  await server?.close();
});

/** The page's own timer still ticks and its button still answers. */
async function expectPageWorks(page: Page): Promise<void> {
  const before = await page.evaluate(() => (window as unknown as { heartbeat: number }).heartbeat);
  await page.waitForTimeout(1000);
  const after = await page.evaluate(() => (window as unknown as { heartbeat: number }).heartbeat);
  expect(after, 'the page timer keeps running').toBeGreaterThan(before);
  await page.click('#ping');
  expect(await page.getAttribute('#ping', 'data-clicks')).toBe('1');
}

async function rangeCount(page: Page): Promise<number> {
  return (await marks(page)).length;
}

describe('hostile page shapes', () => {
  it.each([
    ['a 5 MB article', '/giant.html', true],
    ['an article of 30,000 tiny text nodes', '/tiny.html', true],
    ['an article in a frame', '/framed.html', false],
    ['an article in shadow DOM', '/shadow.html', false],
  ])('%s: the page keeps working and the extension raises no error', async (_name, path, marked) => {
    const page = await b.context.newPage();
    const errors = collectExtensionErrors(page);
    await page.goto(`${server.base}${path}`);
    if (marked) await expect.poll(() => rangeCount(page), { timeout: 30_000 }).toBeGreaterThan(0);
    else await page.waitForTimeout(2000);
    await expectPageWorks(page);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it('a page that mutates every 10 ms: marks follow it, stay bounded, and the heap does not grow', async () => {
    const page = await b.context.newPage();
    const errors = collectExtensionErrors(page);
    await page.goto(`${server.base}/mutating.html`);
    await expect.poll(() => rangeCount(page), { timeout: 15_000 }).toBeGreaterThan(0);
    await page.waitForTimeout(3000);
    const early = { ranges: await rangeCount(page), heap: await heapAfterGc(page) };
    await page.waitForTimeout(15_000);
    const late = { ranges: await rangeCount(page), heap: await heapAfterGc(page) };
    // The page keeps 12 paragraphs and at most 20 live entries: marks of removed entries must not pile up.
    expect(late.ranges).toBeLessThanOrEqual(early.ranges + 40);
    expect(late.heap - early.heap, `heap ${early.heap.toFixed(1)} → ${late.heap.toFixed(1)} MB`).toBeLessThan(4);
    await expectPageWorks(page);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);
});
