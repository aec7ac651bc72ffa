// A hostile pack: markup and script in every string a pack carries (names, descriptions, facts, link labels,
// event texts, threads, sources and licences) and a javascript: source URL. Backstory must show all of it as
// inert text in the hover card, the popup and the options page, and make only http(s) links clickable.
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { PACK_FORMAT, type Pack } from '../../lib/core/pack';
import { ARTICLE } from './fixture-pack';
import { launch, markCentre, openPopup, servePages, tabIdOf, waitForDataset, waitForMarks, type Browser, type PageServer } from '../../scripts/lib/browser';

const pwn = (n: number) => `window.__pwned=${n}`;
const HOSTILE: Pack = {
  format: PACK_FORMAT,
  id: 'hostile',
  version: '1',
  builtAt: '2026-11-01T00:00:00Z',
  sources: [{ id: 's', name: `<script>${pwn(1)}</script>Evil source`, licence: '<a href="javascript:alert(1)">CC0</a>', attribution: `<img src=x onerror="${pwn(2)}">`, url: `javascript:${pwn(3)}` }],
  entities: [
    {
      id: 'p:skripal',
      type: 'person',
      name: 'Sergei Skripal',
      aliases: [],
      description: `<img src=x onerror="${pwn(4)}">former agent`,
      facts: [{ label: `<script>${pwn(5)}</script>Born`, value: '<b>1951</b>' }],
      links: [{ label: '<i>profile</i>', url: 'https://example.org/profile' }],
      prior: 0.9,
      sources: ['s'],
    },
    { id: 'o:evil', type: 'organisation', name: `<svg onload="${pwn(6)}">Evil Corp`, aliases: [], facts: [], links: [], prior: 0.5, sources: ['s'] },
  ],
  events: [
    { id: 'ev1', date: '2018-03-04', text: `<img src=y onerror="${pwn(7)}">Poisoned in Salisbury`, entities: ['p:skripal'], threads: [`<svg onload="${pwn(8)}">`], source: 's' },
  ],
};

let server: PageServer;
let b: Browser;

/** Elements that only markup from the pack could have made, and any link that is not http(s) or our own page. */
async function injected(page: Page, scope: string): Promise<string[]> {
  return page.locator(`${scope} :is(img, script, svg, b, i, iframe, object), ${scope} a`).evaluateAll((els) =>
    els
      .filter((e) => e.tagName !== 'A' || !(/^https?:/.test((e as HTMLAnchorElement).href) || (e as HTMLAnchorElement).href.startsWith(`${location.origin}/`)))
      .map((e) => e.outerHTML),
  );
}
const pwned = (page: Page) => page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned ?? null);

beforeAll(async () => {
  server = await servePages({ '/article.html': ARTICLE });
  server.set('/hostile.json.gz', gzipSync(JSON.stringify(HOSTILE)), 'application/gzip', { 'access-control-allow-origin': '*' });
  b = await launch();
  await waitForDataset(b);
});
afterAll(async () => {
  await b?.close();
  await server?.close();
});

describe('a hostile pack', () => {
  it('is listed in the options page as text, with no live link', async () => {
    const options = await b.context.newPage();
    await options.goto(`chrome-extension://${b.extensionId}/options.html`);
    await options.getByTestId('pack-url').fill(`${server.base}/hostile.json.gz`);
    await options.getByTestId('load-url').click();
    await options.waitForSelector('[data-pack-id="hostile"]');
    expect(await options.textContent('[data-source="s"]')).toContain('<script>window.__pwned=1</script>Evil source');
    expect(await injected(options, '[data-source="s"]')).toEqual([]);
    expect(await pwned(options)).toBeNull();
    await options.close();
  });

  it('shows as inert text in the hover card and the popup', async () => {
    const page = await b.context.newPage();
    await page.goto(`${server.base}/article.html`);
    await waitForMarks(page);
    const at = await markCentre(page, 'Sergei Skripal');
    await page.mouse.move(at!.x, at!.y - 80);
    await page.mouse.move(at!.x, at!.y, { steps: 3 });
    const card = page.locator('backstory-card [data-entity-id="p:skripal"]').first();
    await card.waitFor();
    const text = (await card.textContent()) ?? '';
    expect(text).toContain('<img src=x onerror="window.__pwned=4">former agent');
    expect(await injected(page, 'backstory-card')).toEqual([]);

    const popup = await openPopup(b, await tabIdOf(b, `${server.base}/article.html`));
    await popup.click('[data-entity-id="p:skripal"] button');
    await popup.waitForSelector('[data-entity-id="p:skripal"] [data-date]');
    expect(await popup.textContent('[data-entity-id="p:skripal"]')).toContain('Poisoned in Salisbury');
    expect(await popup.textContent('[data-entity-id="p:skripal"]')).toContain('<img src=y');
    expect(await injected(popup, 'body')).toEqual([]);

    await popup.getByRole('tab', { name: /search/i }).click();
    await popup.getByRole('searchbox').fill('Evil Corp');
    await expect.poll(() => popup.textContent('body')).toContain('<svg onload="window.__pwned=6">Evil Corp');
    expect(await injected(popup, 'body')).toEqual([]);
    expect(await pwned(page)).toBeNull();
    expect(await pwned(popup)).toBeNull();
    await popup.close();
    await page.close();
  });

  it('is refused when an entity link is a javascript: URL', async () => {
    const bad = structuredClone(HOSTILE);
    bad.entities[0]!.links = [{ label: 'click', url: `javascript:${pwn(9)}` }];
    server.set('/bad-link.json.gz', gzipSync(JSON.stringify(bad)), 'application/gzip', { 'access-control-allow-origin': '*' });
    const options = await b.context.newPage();
    await options.goto(`chrome-extension://${b.extensionId}/options.html`);
    await options.getByTestId('pack-url').fill(`${server.base}/bad-link.json.gz`);
    await options.getByTestId('load-url').click();
    await options.getByTestId('install-error').waitFor();
    expect(await options.getByTestId('install-error').textContent()).toMatch(/links\[0\]\.url.*http/);
    await options.close();
  });
});
