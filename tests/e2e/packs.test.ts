// Loading packs through the options page, as a reader does: by URL with progress, a card from the new pack on a
// page, update checks by ETag, bad packs refused with a clear message while the old dataset stays in use, and
// the reset to the starter pack.
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { PACK_FORMAT, type Pack } from '../../lib/core/pack';
import { launch, markCentre, openPopup, servePages, tabIdOf, waitForDataset, waitForMarks, type Browser, type PageServer } from '../../scripts/lib/browser';

function newsPack(version: string): Pack {
  const src = 'e2e';
  return {
    format: PACK_FORMAT,
    id: 'e2e-news',
    version,
    builtAt: '2026-11-01T00:00:00Z',
    sources: [{ id: src, name: 'End-to-end fixture', licence: 'CC0-1.0', attribution: 'Backstory tests', url: 'https://example.org/fixture' }],
    entities: [
      { id: 'p:skripal', type: 'person', name: 'Sergei Skripal', aliases: [], wikidata: 'Q1', description: 'former Russian military officer and double agent', facts: [{ label: 'Born', value: '1951', date: '1951-06-23' }], links: [], prior: 0.8, sources: [src] },
      { id: 'pl:salisbury', type: 'place', name: 'Salisbury', aliases: [], wikidata: 'Q2', description: 'cathedral city in Wiltshire, England', facts: [], links: [], prior: 0.7, sources: [src] },
      { id: 'o:nato', type: 'organisation', name: 'NATO', aliases: ['North Atlantic Treaty Organization'], wikidata: 'Q7184', description: 'intergovernmental military alliance', facts: [], links: [], prior: 0.9, sources: [src] },
    ],
    events: [
      { id: 'ev1', date: '2018-03-04', text: 'Sergei Skripal and his daughter are poisoned with a nerve agent in Salisbury.', entities: ['p:skripal', 'pl:salisbury'], threads: ['Poisoning of Sergei and Yulia Skripal'], source: src },
      { id: 'ev2', date: '2018-03-27', text: 'NATO expels seven Russian diplomats over the Salisbury attack.', entities: ['o:nato', 'p:skripal'], threads: ['Poisoning of Sergei and Yulia Skripal'], source: src },
      { id: 'ev3', date: '2022-05-01', text: 'An event after the article, never shown as prior.', entities: ['p:skripal'], threads: [], source: src },
    ],
  };
}

const ARTICLE = `<!doctype html><html><head><meta charset="utf-8"><title>Salisbury remembers</title>
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Salisbury remembers","datePublished":"2021-10-06T10:00:00Z"}</script></head>
<body><article><h1>Salisbury remembers</h1><p>Three years after the attack in Salisbury, the former double agent Sergei Skripal lives under a new name, NATO officials say.</p>
<p>Skripal has not spoken in public since. His daughter, who was also poisoned, has given one interview, in which she said that she hoped to return home one day.</p>
<p>The city has spent the years since on a long clean-up. Several sites, including a restaurant and a park bench, were sealed off for months while specialists in protective suits removed contaminated material.</p>
<p>Residents say the attention has faded. Tourists come back for the cathedral, shops have reopened, and a memorial garden was planted near the place where a police officer fell ill after visiting the house.</p></article></body></html>`;

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
