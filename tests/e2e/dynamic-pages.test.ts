// Pages that change under the extension: a live blog that appends entries after load (and a clock that ticks
// without end), edits and removals of marked text, and a Preact page that hydrates server-rendered markup and
// re-renders on state changes. The Preact page is bundled at test time from the repository's own preact and vite.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'vite';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, CHROMIUM_FLAGS, collectExtensionErrors, launch, marks, placedMarks, servePages, waitForDataset, waitForMarks, type Browser, type PageServer } from '../../scripts/lib/browser';

const FIXTURES = resolve(import.meta.dirname, '../fixtures/e2e');
const fixture = (name: string) => readFileSync(resolve(FIXTURES, name), 'utf8');

let server: PageServer;
let b: Browser;

/** One IIFE script of the Preact app, built in memory. */
async function bundlePreactApp(): Promise<string> {
  const out = await build({
    configFile: false,
    logLevel: 'silent',
    root: FIXTURES,
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      write: false,
      minify: false,
      lib: { entry: resolve(FIXTURES, 'preact-app/app.tsx'), formats: ['iife'], name: 'PreactNews', fileName: () => 'preact-app.js' },
    },
  });
  const outputs = Array.isArray(out) ? out : [out];
  for (const o of outputs) {
    if ('output' in o) for (const chunk of o.output) if (chunk.type === 'chunk') return chunk.code;
  }
  throw new Error('vite produced no chunk for the Preact app');
}

/** What a page does without the extension: run `steps` in a plain Chromium and return the body HTML. */
async function withoutExtension(url: string, steps: (page: import('playwright-core').Page) => Promise<void>): Promise<string> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_FLAGS });
  const page = await browser.newPage();
  await page.goto(url);
  await steps(page);
  const html = await page.evaluate(() => document.body.innerHTML);
  await browser.close();
  return html;
}

beforeAll(async () => {
  server = await servePages({ '/live.html': fixture('live-blog.html'), '/preact.html': fixture('preact-app/index.html') });
  server.set('/preact-app.js', await bundlePreactApp(), 'text/javascript');
  b = await launch();
  await waitForDataset(b);
});
afterAll(async () => {
  await b?.close();
  await server?.close();
});

describe('live blog', () => {
  it('marks entries appended after load, while a clock ticks in the header', async () => {
    const page = await b.context.newPage();
    const errors = collectExtensionErrors(page);
    await page.goto(`${server.base}/live.html`);
    const first = (await waitForMarks(page)).map((m) => m.text);
    expect(first).toEqual(expect.arrayContaining(['Chile', 'Argentina', 'Montevideo']));
    await expect
      .poll(async () => (await marks(page)).map((m) => m.text), { timeout: 10000 })
      .toEqual(expect.arrayContaining(['Paraguay', 'Bolivia', 'Colombia', 'Ecuador']));
    expect((await placedMarks(page)).every((m) => m.inArticle)).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('follows edits and removals: a changed paragraph is marked anew, a removed entry takes its marks along', async () => {
    const page = await b.context.newPage();
    await page.goto(`${server.base}/live.html`);
    await expect.poll(async () => (await marks(page)).map((m) => m.text), { timeout: 10000 }).toContain('Ecuador');
    // Edit the text of the first paragraph in place (a characterData change, as frameworks do).
    await page.evaluate(() => {
      const p = document.querySelector('article > p');
      const text = p?.firstChild as Text;
      text.data = text.data.replace('Chile', 'Peru');
    });
    await expect.poll(async () => (await marks(page)).map((m) => m.text), { timeout: 5000 }).toContain('Peru');
    expect((await marks(page)).map((m) => m.text)).not.toContain('Chile');
    // Remove the entry that named Bolivia.
    await page.evaluate(() => {
      for (const e of document.querySelectorAll('.entry')) if (e.textContent?.includes('Bolivia')) e.remove();
    });
    await expect.poll(async () => (await marks(page)).map((m) => m.text), { timeout: 5000 }).not.toContain('Bolivia');
    expect((await marks(page)).map((m) => m.text)).toContain('Paraguay');
    await page.close();
  });

  it('keeps marks on their names through reflow and a narrower window', async () => {
    const page = await b.context.newPage();
    await page.goto(`${server.base}/live.html`);
    await expect.poll(async () => (await marks(page)).map((m) => m.text), { timeout: 10000 }).toContain('Ecuador');
    const wordAt = () =>
      page.evaluate(() => {
        // The text under the centre of each mark must be the mark's own text, wherever the layout put it.
        const out: boolean[] = [];
        for (const [key, hl] of CSS.highlights) {
          if (!key.startsWith('backstory-')) continue;
          for (const r of hl as unknown as Iterable<Range>) {
            const rect = r.getClientRects()[0];
            // caretPositionFromPoint answers only inside the viewport.
            if (!rect || rect.top < 0 || rect.bottom > innerHeight || rect.right > innerWidth) continue;
            const pos = document.caretPositionFromPoint(rect.left + 2, rect.top + rect.height / 2);
            out.push(pos !== null && r.isPointInRange(pos.offsetNode, pos.offset));
          }
        }
        return out;
      });
    expect((await wordAt()).every(Boolean)).toBe(true);
    await page.setViewportSize({ width: 420, height: 900 });
    await page.evaluate(() => document.body.style.setProperty('font-size', '22px'));
    await page.waitForTimeout(300);
    const after = await wordAt();
    expect(after.length).toBeGreaterThan(0);
    expect(after.every(Boolean)).toBe(true);
    await page.close();
  });
});

describe('Preact page', () => {
  const interact = async (page: import('playwright-core').Page) => {
    await page.waitForSelector('.update');
    await page.click('#read');
    await page.click('#read');
    await page.click('#more');
    await page.waitForSelector('#more-text');
  };

  it('hydrates and re-renders under the extension with no console errors, its DOM exactly as without it', async () => {
    const url = `${server.base}/preact.html`;
    const reference = await withoutExtension(url, interact);
    const page = await b.context.newPage();
    const consoleErrors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
    page.on('pageerror', (e) => consoleErrors.push(e.message));
    await page.goto(url);
    await waitForMarks(page);
    await interact(page);
    expect(await page.textContent('#counter')).toBe('Read by 2 people in Uganda and elsewhere.');
    // Text that the app rendered after hydration is marked too.
    await expect
      .poll(async () => (await marks(page)).map((m) => m.text), { timeout: 5000 })
      .toEqual(expect.arrayContaining(['Nairobi', 'Uganda', 'Tanzania', 'Rwanda', 'Kenya', 'Ethiopia', 'Egypt', 'Sudan']));
    // The counter paragraph was re-rendered twice: its mark is still on "Uganda".
    const counterMarks = await page.evaluate(() => {
      const p = document.getElementById('counter');
      const out: string[] = [];
      for (const [key, hl] of CSS.highlights) {
        if (!key.startsWith('backstory-')) continue;
        for (const r of hl as unknown as Iterable<Range>) if (p?.contains(r.startContainer)) out.push(r.toString());
      }
      return out;
    });
    expect(counterMarks).toEqual(['Uganda']);
    // Toggling the section away and back keeps working.
    await page.click('#more');
    await page.waitForSelector('#more-text', { state: 'detached' });
    await expect.poll(async () => (await marks(page)).map((m) => m.text), { timeout: 5000 }).not.toContain('Sudan');
    await page.click('#more');
    await page.waitForSelector('#more-text');
    expect(await page.evaluate(() => document.body.innerHTML)).toBe(reference);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });
});
