// The options page as a reader uses it: sites (add, remove, import and export as text, the mode), what to mark
// (types, confidence, highlight style, hover delay, the shortcut shown), the dataset with its sources and
// licences, light and dark themes, labelled controls, and every setting surviving a restart of the browser.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, marks, servePages, tabIdOf, waitForDataset, waitForMarks, type Browser, type PageServer } from '../../scripts/lib/browser';
import { ARTICLE, launchWithPack } from './fixture-pack';
import { backgroundLightness, unlabelledControls } from './ui-checks';

let server: PageServer;
let b: Browser;

const optionsUrl = (br: Browser) => `chrome-extension://${br.extensionId}/options.html`;

beforeAll(async () => {
  server = await servePages({ '/article.html': ARTICLE });
  // Our own small pack, so the article's marks are known (the starter pack has no people).
  b = await launchWithPack(server);
});
afterAll(async () => {
  await b?.close();
  await server?.close();
});

describe('options: sites', () => {
  it('add, import, export and remove sites; switch the mode', async () => {
    const options = await b.context.newPage();
    await options.goto(optionsUrl(b));
    await options.getByTestId('site-add').fill('https://www.Example.com/news/1');
    await options.getByRole('button', { name: 'Add', exact: true }).click();
    await options.waitForSelector('[data-site="example.com"]');
    await options.locator('summary').click();
    await options.getByTestId('sites-text').fill('a.example\nnot a site!\nb.example');
    await options.getByTestId('sites-import').click();
    await options.waitForSelector('[data-site="b.example"]');
    expect(await options.textContent('[role=status]')).toContain('not a site!');
    await options.getByTestId('sites-export').click();
    expect(await options.getByTestId('sites-text').inputValue()).toBe('a.example\nb.example\nexample.com');
    for (const site of ['example.com', 'a.example', 'b.example']) {
      await options.getByRole('button', { name: `Remove ${site}` }).click();
      await options.waitForSelector(`[data-site="${site}"]`, { state: 'detached' });
    }
    await options.getByTestId('mode-listed').check();
    await expect.poll(() => options.getByTestId('mode-all').isChecked()).toBe(false);
    await options.getByTestId('mode-all').check();
    await options.close();
  });
});

describe('options: what to mark', () => {
  it('unticking a type removes its marks on the open page; the keyboard command walks the marks', async () => {
    const page = await b.context.newPage();
    await page.goto(`${server.base}/article.html`);
    expect((await waitForMarks(page)).map((m) => m.key)).toContain('backstory-person');
    const options = await b.context.newPage();
    await options.goto(optionsUrl(b));
    await options.getByTestId('type-person').uncheck();
    await expect.poll(async () => (await marks(page)).map((m) => m.key)).not.toContain('backstory-person');
    await options.getByTestId('type-person').check();
    await expect.poll(async () => (await marks(page)).map((m) => m.key)).toContain('backstory-person');
    await options.close();

    // The shortcut reaches the page through the background, as browser.commands does.
    const tabId = await tabIdOf(b, `${server.base}/article.html`);
    await b.worker.evaluate(async (id: number) => {
      const ext = (globalThis as unknown as { chrome: { tabs: { sendMessage(id: number, m: unknown): Promise<unknown> } } }).chrome;
      await ext.tabs.sendMessage(id, { type: 'next-mark' });
    }, tabId);
    await page.locator('backstory-card [data-entity-id]').first().waitFor();
    expect(await page.evaluate(() => CSS.highlights.get('backstory-focus')?.size)).toBe(1);
    await page.keyboard.press('Escape');
    await page.locator('backstory-card [data-entity-id]').first().waitFor({ state: 'detached' });
    await page.close();
  });

  it('shows the keyboard shortcut the browser has for walking the marks', async () => {
    const options = await b.context.newPage();
    await options.goto(optionsUrl(b));
    const fromBrowser = await options.evaluate(async () => {
      const ext = (globalThis as unknown as { chrome: { commands: { getAll(): Promise<{ name?: string; shortcut?: string }[]> } } }).chrome;
      return (await ext.commands.getAll()).find((c) => c.name === 'next-mark')?.shortcut ?? '';
    });
    if (fromBrowser) expect(await options.locator('kbd').textContent()).toBe(fromBrowser);
    else expect(await options.textContent('#mark-h + *, section[aria-labelledby=mark-h]')).toContain('no shortcut set');
    await options.close();
  });

  it('the highlight style reaches the open page and back', async () => {
    const page = await b.context.newPage();
    await page.goto(`${server.base}/article.html`);
    await waitForMarks(page);
    const styleText = () => page.evaluate(() => document.adoptedStyleSheets.flatMap((s) => [...s.cssRules].map((r) => r.cssText)).join('\n'));
    const before = await styleText();
    const options = await b.context.newPage();
    await options.goto(optionsUrl(b));
    await options.getByTestId('highlight-style').selectOption('background');
    await expect.poll(styleText).not.toBe(before);
    await options.getByTestId('highlight-style').selectOption('underline');
    await expect.poll(styleText).toBe(before);
    await options.close();
    await page.close();
  });
});

describe('options: dataset', () => {
  it('names the installed pack with version, build date and counts, and every source with its licence', async () => {
    const options = await b.context.newPage();
    await options.goto(optionsUrl(b));
    const pack = options.locator('[data-pack-id]');
    await pack.waitFor();
    const status = await options.evaluate(async () => {
      const ext = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ value: { pack: { version: string; builtAt: string; entities: number; sources: { id: string; licence: string }[] } } }> } } }).chrome;
      return (await ext.runtime.sendMessage({ type: 'dataset-status' })).value.pack;
    });
    const text = (await pack.textContent()) ?? '';
    expect(text).toContain(`version ${status.version}`);
    expect(Number((await options.textContent('[data-count=entities]'))?.replace(/,/g, ''))).toBe(status.entities);
    expect(text).toMatch(/built \d{1,2} [A-Z][a-z]{2} \d{4}/);
    expect(status.sources.length).toBeGreaterThan(0);
    for (const s of status.sources) expect(await options.textContent(`[data-source="${s.id}"]`)).toContain(s.licence);
    await options.close();
  });
});

describe('options: look and keyboard', () => {
  it('every control is labelled, the Tab key reaches them, and the theme follows prefers-color-scheme', async () => {
    const options = await b.context.newPage();
    await options.goto(optionsUrl(b));
    await options.waitForSelector('[data-pack-id]');
    expect(await unlabelledControls(options)).toEqual([]);
    // Tab from the top reaches the first site control, then the mode radio, without a mouse.
    const reached: string[] = [];
    for (let i = 0; i < 12; i++) {
      await options.keyboard.press('Tab');
      reached.push(await options.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? document.activeElement?.tagName ?? ''));
    }
    expect(reached).toContain('mode-all');
    expect(reached).toContain('site-add');

    await options.emulateMedia({ colorScheme: 'light' });
    expect(await backgroundLightness(options)).toBeGreaterThan(200);
    await options.emulateMedia({ colorScheme: 'dark' });
    expect(await backgroundLightness(options)).toBeLessThan(60);
    await options.close();
  });
});

describe('options: stored settings', () => {
  it('an unversioned or damaged stored value is migrated and validated when read', async () => {
    const options = await b.context.newPage();
    await options.goto(optionsUrl(b));
    await options.waitForSelector('[data-pack-id]');
    const setStored = (value: unknown) =>
      options.evaluate(async (v: unknown) => {
        const ext = (globalThis as unknown as { chrome: { storage: { local: { set(items: Record<string, unknown>): Promise<void>; remove(k: string): Promise<void> } } } }).chrome;
        if (v === null) await ext.storage.local.remove('settings');
        else await ext.storage.local.set({ settings: v });
      }, value);
    await setStored({ disabledSites: ['www.Old.example', 'bad host!'], enabledTypes: ['person'], hoverDelayMs: 'slow', highlightStyle: 'neon' });
    await options.reload();
    await options.waitForSelector('[data-site="old.example"]');
    expect(await options.locator('[data-site]').count()).toBe(1);
    expect(await options.getByTestId('type-person').isChecked()).toBe(true);
    expect(await options.getByTestId('type-place').isChecked()).toBe(false);
    expect(await options.getByTestId('hover-delay').inputValue()).toBe('500');
    expect(await options.getByTestId('highlight-style').inputValue()).toBe('underline');
    expect(await options.getByTestId('mode-all').isChecked()).toBe(true);
    await setStored(null);
    await options.close();
  });
});

describe('options: restart', () => {
  it('every setting survives a restart of the browser with the same profile, and still applies to pages', async () => {
    const first = await launch();
    await waitForDataset(first);
    const options = await first.context.newPage();
    await options.goto(optionsUrl(first));
    await options.getByTestId('site-add').fill('127.0.0.1');
    await options.getByRole('button', { name: 'Add', exact: true }).click();
    await options.waitForSelector('[data-site="127.0.0.1"]');
    await options.getByTestId('type-place').uncheck();
    await options.getByTestId('highlight-style').selectOption('background');
    await options.getByTestId('min-confidence').fill('0.7');
    await options.getByTestId('hover-delay').fill('800');
    await options.getByTestId('any-page').check();
    // Every change is written before the browser closes (each control writes on its own).
    const readSaved = () =>
      options.evaluate(async () => {
        const ext = (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome;
        return (await ext.storage.local.get('settings')).settings as Record<string, unknown>;
      });
    await expect
      .poll(readSaved)
      .toMatchObject({ sites: ['127.0.0.1'], highlightStyle: 'background', minConfidence: 0.7, hoverDelayMs: 800, anyPage: true, types: { place: false, person: true } });
    const saved = await readSaved();
    const profile = first.profile;
    await first.close({ keepProfile: true });

    const again = await launch(profile);
    try {
      const reopened = await again.context.newPage();
      await reopened.goto(optionsUrl(again));
      await reopened.waitForSelector('[data-site="127.0.0.1"]');
      expect(await reopened.getByTestId('type-place').isChecked()).toBe(false);
      expect(await reopened.getByTestId('type-person').isChecked()).toBe(true);
      expect(await reopened.getByTestId('highlight-style').inputValue()).toBe('background');
      expect(Number(await reopened.getByTestId('min-confidence').inputValue())).toBeCloseTo(0.7);
      expect(await reopened.getByTestId('hover-delay').inputValue()).toBe('800');
      expect(await reopened.getByTestId('any-page').isChecked()).toBe(true);
      const stored = await reopened.evaluate(async () => {
        const ext = (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome;
        return (await ext.storage.local.get('settings')).settings;
      });
      expect(stored).toEqual(saved);
      // The site is still off: the article gets no marks.
      const p = await again.context.newPage();
      await p.goto(`${server.base}/article.html`);
      await p.waitForTimeout(1500);
      expect(await marks(p)).toEqual([]);
    } finally {
      await again.close();
    }
  });
});
