// Loading packs through the options page, as a reader does: by URL with progress, a card from the new pack on a
// page, update checks by ETag, bad packs refused with a clear message while the old dataset stays in use, and
// the reset to the starter pack.
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ARTICLE, newsPack } from './fixture-pack';
import { launch, markCentre, openPopup, servePages, tabIdOf, waitForDataset, waitForMarks, type Browser, type PageServer } from '../../scripts/lib/browser';

const CORS = { 'access-control-allow-origin': '*', 'access-control-expose-headers': 'etag' };
let server: PageServer;
let b: Browser;
let options: Page;

async function loadUrl(path: string): Promise<void> {
  await options.getByTestId('pack-url').fill(`${server.base}${path}`);
  await options.getByTestId('load-url').click();
}

beforeAll(async () => {
  server = await servePages({ '/article.html': ARTICLE });
  server.set('/packs/news.json.gz', gzipSync(JSON.stringify(newsPack('1'))), 'application/gzip', { ...CORS, etag: '"v1"' });
  b = await launch();
  await waitForDataset(b);
  options = await b.context.newPage();
  await options.goto(`chrome-extension://${b.extensionId}/options.html`);
  await options.waitForSelector('[data-pack-id]');
});
afterAll(async () => {
  await b?.close();
  await server?.close();
});

describe('packs through the options page', () => {
  it('loads a pack by URL with progress, and its cards show only events before the article date', async () => {
    await loadUrl('/packs/news.json.gz');
    await options.getByTestId('install-notice').waitFor();
    expect(await options.getByTestId('install-notice').textContent()).toContain('Installed e2e-news 1');
    await options.waitForSelector('[data-pack-id="e2e-news"]');
    expect(await options.textContent('[data-source="e2e"]')).toContain('CC0-1.0');

    const page = await b.context.newPage();
    await page.goto(`${server.base}/article.html`);
    const texts = (await waitForMarks(page)).map((m) => m.text);
    expect(texts).toEqual(expect.arrayContaining(['Salisbury', 'Sergei Skripal', 'NATO']));
    const at = await markCentre(page, 'Sergei Skripal');
    await page.mouse.move(at!.x, at!.y - 80);
    await page.mouse.move(at!.x, at!.y, { steps: 3 });
    const card = page.locator('backstory-card [data-entity-id="p:skripal"]').first();
    await card.waitFor();
    const cardText = (await card.textContent()) ?? '';
    expect(cardText).toContain('poisoned with a nerve agent in Salisbury');
    expect(cardText).not.toContain('never shown as prior');

    const popup = await openPopup(b, await tabIdOf(b, `${server.base}/article.html`));
    await popup.click('[data-entity-id="p:skripal"] button');
    await popup.waitForSelector('[data-entity-id="p:skripal"] [data-date]');
    const dates = await popup.$$eval('[data-date]', (els) => els.map((e) => e.getAttribute('data-date') ?? ''));
    expect(dates.length).toBeGreaterThan(0);
    expect(dates.every((d) => d < '2021-10-06')).toBe(true);
    await popup.close();
    await page.close();
  });

  it('checks for an update by ETag and installs a changed pack', async () => {
    await options.getByTestId('check-update').click();
    await expect.poll(() => options.getByTestId('install-notice').textContent()).toContain('up to date');
    server.set('/packs/news.json.gz', gzipSync(JSON.stringify(newsPack('2'))), 'application/gzip', { ...CORS, etag: '"v2"' });
    await options.getByTestId('check-update').click();
    await expect.poll(() => options.getByTestId('install-notice').textContent()).toContain('Updated to 2');
  });

  it.each([
    ['a truncated gzip', gzipSync(JSON.stringify(newsPack('3'))).subarray(0, 200), /damaged|truncated|corrupt/i],
    ['invalid JSON', gzipSync('{"format": "backstory-pack/1", "entities": ['), /not valid JSON/i],
    ['an unknown format version', gzipSync(JSON.stringify({ ...newsPack('3'), format: 'backstory-pack/9' })), /format|version/i],
    ['a pack over the size limit once unpacked', gzipSync(Buffer.alloc(201 * 1024 * 1024, 32)), /too large/],
    ['a schema violation', gzipSync(JSON.stringify({ ...newsPack('3'), entities: [{ ...newsPack('3').entities[0], type: 'alien' }] })), /entities\[0\]\.type/],
  ])('refuses %s with a clear message and keeps the dataset in use', async (_name, body, message) => {
    server.set('/packs/bad.json.gz', Buffer.from(body), 'application/gzip', CORS);
    await loadUrl('/packs/bad.json.gz');
    const err = options.getByTestId('install-error');
    await err.waitFor();
    expect(await err.textContent()).toMatch(message);
    expect(await err.textContent()).toContain('still in use');
    expect(await options.getAttribute('[data-pack-id]', 'data-pack-id')).toBe('e2e-news');
    await err.getByRole('button', { name: 'Dismiss' }).click();
  });

  it('refuses a pack whose sha256 differs from the one given', async () => {
    await options.getByTestId('pack-sha').fill('0'.repeat(64));
    await loadUrl('/packs/news.json.gz');
    await options.getByTestId('install-error').waitFor();
    expect(await options.getByTestId('install-error').textContent()).toContain('sha256');
    await options.getByTestId('pack-sha').fill('');
    await options.getByTestId('install-error').getByRole('button', { name: 'Dismiss' }).click();
  });

  it('a URL that fails gives a clear message', async () => {
    await loadUrl('/packs/missing.json.gz');
    await options.getByTestId('install-error').waitFor();
    expect(await options.getByTestId('install-error').textContent()).toContain('404');
    await options.getByTestId('install-error').getByRole('button', { name: 'Dismiss' }).click();
  });

  it('resets to the starter pack', async () => {
    await options.getByTestId('reset-starter').click();
    await expect.poll(() => options.getByTestId('install-notice').textContent()).toContain('Back to the starter pack');
    await expect.poll(() => options.getAttribute('[data-pack-id]', 'data-pack-id')).not.toBe('e2e-news');
  });
});
