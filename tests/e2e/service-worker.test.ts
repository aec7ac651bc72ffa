// MV3 stops an idle service worker whenever it likes. Stopped before a scan, or in the middle of one (stopped
// through the DevTools Protocol right after the scan woke it), the page must still get its marks and the popup
// its list.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import { examplePage } from '../../scripts/lib/example-page';
import { launch, openPopup, servePages, tabIdOf, waitForDataset, waitForMarks, type Browser, type PageServer } from '../../scripts/lib/browser';

let server: PageServer;
let b: Browser;
let control: Page;
let cdp: CDPSession;
/** The background's running states as the DevTools Protocol reports them, in order. */
const states: string[] = [];

beforeAll(async () => {
  server = await servePages({ '/a.html': examplePage().html, '/b.html': examplePage().html });
  b = await launch();
  await waitForDataset(b);
  control = await b.context.newPage();
  await control.goto(`chrome-extension://${b.extensionId}/options.html`);
  cdp = await b.context.newCDPSession(control);
  cdp.on('ServiceWorker.workerVersionUpdated', (e) => {
    for (const v of e.versions) if (v.scriptURL.endsWith('/background.js')) states.push(v.runningStatus);
  });
  await cdp.send('ServiceWorker.enable');
});
afterAll(async () => {
  await b?.close();
  await server?.close();
});

async function stopWorker(): Promise<void> {
  await cdp.send('ServiceWorker.stopAllWorkers');
  // The control page (the options page) asks the background for the dataset's state when it opens; an answer
  // still on its way wakes the worker again right after the stop. Stop it until it stays stopped.
  await expect
    .poll(
      async () => {
        if (states.at(-1) === 'running') await cdp.send('ServiceWorker.stopAllWorkers');
        return states.at(-1);
      },
      { timeout: 10_000, interval: 250 },
    )
    .toBe('stopped');
}

async function marksAndList(path: string): Promise<void> {
  const page = await b.context.newPage();
  const url = `${server.base}${path}`;
  await page.goto(url);
  const found = await waitForMarks(page);
  expect(found.map((m) => m.text)).toEqual(expect.arrayContaining(['Brussels', 'Moscow']));
  const popup = await openPopup(b, await tabIdOf(b, url));
  await popup.waitForSelector('li[data-entity-id]');
  expect(await popup.locator('li[data-entity-id]').count()).toBeGreaterThan(3);
  await popup.close();
  await page.close();
}

describe('a stopped service worker', () => {
  it('stopped before the page loads: the scan wakes it and the page is marked', async () => {
    await stopWorker();
    await marksAndList('/a.html');
    expect(states.at(-1)).toBe('running');
  });

  it('stopped in the middle of a scan: the scan is retried, the page is marked and the popup lists it', async () => {
    await stopWorker();
    const seen = states.length;
    const page = await b.context.newPage();
    const url = `${server.base}/b.html`;
    const loading = page.goto(url);
    // The scan wakes the worker; stop it again while it loads the linker and links the page.
    await expect.poll(() => states.slice(seen).includes('running'), { timeout: 10_000 }).toBe(true);
    await cdp.send('ServiceWorker.stopAllWorkers');
    await loading;
    const found = await waitForMarks(page, 20_000);
    expect(found.map((m) => m.text)).toEqual(expect.arrayContaining(['Brussels', 'Moscow']));
    expect(states.slice(seen)).toEqual(expect.arrayContaining(['running', 'stopping', 'stopped']));
    const popup = await openPopup(b, await tabIdOf(b, url));
    await popup.waitForSelector('li[data-entity-id]');
    await popup.close();
    await page.close();
  });

  it('stopped while the popup is closed: the popup still lists the page from session storage', async () => {
    const page = await b.context.newPage();
    const url = `${server.base}/a.html`;
    await page.goto(url);
    await waitForMarks(page);
    const tabId = await tabIdOf(b, url);
    await stopWorker();
    const popup = await openPopup(b, tabId);
    await popup.waitForSelector('li[data-entity-id]');
    expect(await popup.locator('li[data-entity-id]').count()).toBeGreaterThan(3);
    await popup.close();
    await page.close();
  });
});
