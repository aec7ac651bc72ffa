// The whole dataset path, as an organisation or a reader runs it: build the full pack from ../shared/data with
// the project's builder, serve it, load it by URL through the options page (with its progress bar), and read the
// example article with it: Sergei Skripal's card has the 2018 Salisbury poisoning among his prior events.
// Building takes one to three minutes; BACKSTORY_FULL_PACK=FILE reuses a pack built before (for local runs).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { examplePage, ROOT } from '../../scripts/lib/example-page';
import { launch, markCentre, openPopup, servePages, tabIdOf, waitForDataset, waitForMarks, type Browser, type PageServer } from '../../scripts/lib/browser';

const ARTICLE_DATE = '2021-10-06';
let server: PageServer;
let b: Browser;
let workDir: string;
let article: Page;
let articleUrl: string;

function fullPack(): Buffer {
  if (process.env.BACKSTORY_FULL_PACK) return readFileSync(process.env.BACKSTORY_FULL_PACK);
  const out = join(workDir, 'full-pack.json.gz');
  execFileSync(process.execPath, ['--import', 'tsx', 'scripts/dataset/cli.ts', '--out', out], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'], timeout: 300_000 });
  return readFileSync(out);
}

beforeAll(async () => {
  workDir = mkdtempSync(join(tmpdir(), 'backstory-full-pack-'));
  const example = examplePage();
  if (!example.fromShared) throw new Error('this test needs ../shared/pages/nato-russia-2021-10-06.txt');
  server = await servePages({ '/example.html': example.html });
  server.set('/packs/full.json.gz', fullPack(), 'application/gzip', { 'access-control-allow-origin': '*' });
  articleUrl = `${server.base}/example.html`;
  b = await launch();
  await waitForDataset(b);
}, 400_000);
afterAll(async () => {
  await b?.close();
  await server?.close();
  rmSync(workDir, { recursive: true, force: true });
});

describe('the full pack', () => {
  it('loads by URL through the options page, with progress, and names its sources', async () => {
    const options = await b.context.newPage();
    await options.goto(`chrome-extension://${b.extensionId}/options.html`);
    await options.waitForSelector('[data-pack-id]');
    await options.getByTestId('pack-url').fill(`${server.base}/packs/full.json.gz`);
    await options.getByTestId('load-url').click();
    await options.getByTestId('install-progress').locator('progress').waitFor();
    await options.getByTestId('install-notice').or(options.getByTestId('install-error')).waitFor({ timeout: 120_000 });
    expect(await options.getByTestId('install-error').count()).toBe(0);
    await options.waitForSelector('[data-pack-id="backstory-full"]');
    const sources = await options.$$eval('[data-source]', (els) => els.map((e) => e.textContent ?? ''));
    expect(sources.length).toBeGreaterThanOrEqual(5);
    for (const s of sources) expect(s, 'every source names its licence').toMatch(/licen[cs]e|CC|public domain|MIT|ODbL|GFDL/i);
    await options.close();
  }, 180_000);

  it('marks the example article and shows Sergei Skripal with the 2018 Salisbury poisoning among his prior events', async () => {
    article = await b.context.newPage();
    await article.goto(articleUrl);
    const texts = (await waitForMarks(article)).map((m) => m.text);
    expect(texts).toEqual(expect.arrayContaining(['NATO', 'Brussels', 'Moscow', 'Salisbury', 'Sergei Skripal', 'Novichok']));

    // The name is below the fold: bring its paragraph into view, as a reader scrolling to it would.
    await article.getByText('the former double agent Sergei Skripal').scrollIntoViewIfNeeded();
    const at = await markCentre(article, 'Sergei Skripal');
    await article.mouse.move(at!.x, at!.y - 80);
    await article.mouse.move(at!.x, at!.y, { steps: 3 });
    const card = article.locator('backstory-card [data-entity-id]').first();
    await card.waitFor();
    expect(await card.textContent()).toContain('Sergei Skripal');

    const popup = await openPopup(b, await tabIdOf(b, articleUrl));
    const row = popup.locator('li[data-entity-type="person"]', { hasText: 'Sergei Skripal' }).first();
    await row.locator('button').first().click();
    await row.locator('[data-date]').first().waitFor();
    const items = await row.locator('[data-date]').evaluateAll((els) => els.map((e) => ({ date: e.getAttribute('data-date') ?? '', text: e.textContent ?? '' })));
    expect(items.every((i) => i.date < ARTICLE_DATE), 'nothing on or after the article date is prior').toBe(true);
    expect(items.some((i) => i.date.startsWith('2018-') && /Salisbury/.test(i.text) && /poison|nerve agent|Novichok|substance/i.test(i.text))).toBe(true);
    await popup.close();
  }, 60_000);
});
