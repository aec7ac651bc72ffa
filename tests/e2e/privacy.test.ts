// Nothing the reader reads leaves the browser. Over a whole reading session on the example article — marks,
// hover card, popup list, a card's timeline, the story so far, a search — every request of every page and of
// the service worker is recorded (Playwright reads them from the Chrome DevTools Protocol) and none may go
// anywhere but the article's own server loading the article. And nothing about the page outlives its tab.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { examplePage } from '../../scripts/lib/example-page';
import { launch, markCentre, openPopup, servePages, tabIdOf, waitForDataset, waitForMarks, type Browser, type PageServer } from '../../scripts/lib/browser';

let server: PageServer;
let b: Browser;
const requests: string[] = [];

beforeAll(async () => {
  server = await servePages({ '/example.html': examplePage().html });
  b = await launch();
  await waitForDataset(b);
  b.context.on('request', (r) => requests.push(r.url()));
});
afterAll(async () => {
  await b?.close();
  await server?.close();
});

type StorageArea = { get(keys: null): Promise<Record<string, unknown>> };
const storageOf = (b: Browser, area: 'local' | 'session') =>
  b.worker.evaluate(async (a: 'local' | 'session') => {
    const ext = (globalThis as unknown as { chrome: { storage: Record<string, StorageArea> } }).chrome;
    return JSON.stringify(await ext.storage[a]!.get(null));
  }, area);

describe('privacy', () => {
  it('reading, hovering and using the popup make no request beyond the article itself', async () => {
    const url = `${server.base}/example.html`;
    const page = await b.context.newPage();
    await page.goto(url);
    const found = await waitForMarks(page);
    expect(found.length).toBeGreaterThan(0);

    const name = found[0]!.text;
    await page.getByText(name, { exact: false }).first().scrollIntoViewIfNeeded();
    const at = await markCentre(page, name);
    await page.mouse.move(at!.x, at!.y - 80);
    await page.mouse.move(at!.x, at!.y, { steps: 3 });
    await page.locator('backstory-card [data-entity-id]').first().waitFor();

    const popup = await openPopup(b, await tabIdOf(b, url));
    await popup.locator('li[data-entity-id] button').first().click();
    await popup.getByRole('tab', { name: /story/i }).click();
    await popup.getByRole('tab', { name: /search/i }).click();
    await popup.getByRole('searchbox').fill('Moscow');
    await popup.waitForTimeout(500);
    await popup.close();

    // The page reader comes from the extension's per-session URL (use_dynamic_url): a file of the extension.
    const ownFile = (u: string) => u.startsWith(`chrome-extension://${b.extensionId}/`) || /^chrome-extension:\/\/[0-9a-f-]{36}\/content-main\.js$/.test(u);
    const outside = requests.filter((u) => !ownFile(u) && u !== url && u !== `${server.base}/favicon.ico`);
    expect(outside).toEqual([]);
    expect(server.requests.filter((p) => p !== '/example.html' && p !== '/favicon.ico')).toEqual([]);

    // What was read is kept only as the open tab's results, in memory-only session storage.
    expect(await storageOf(b, 'local')).not.toContain('127.0.0.1');
    expect(await storageOf(b, 'session')).toContain(url);
    await page.close();
    await expect.poll(() => storageOf(b, 'session'), { timeout: 5000 }).not.toContain(url);
  });
});
