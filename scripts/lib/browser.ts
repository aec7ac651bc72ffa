// Drives Debian's Chromium with the built extension over pages served from 127.0.0.1: used by the end-to-end
// tests, `npm start` and the screenshot script.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { ROOT } from './example-page';

export const EXTENSION_DIR = resolve(ROOT, '.output/chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface ServedFile {
  body: string | Buffer;
  type: string;
  headers?: Record<string, string>;
}

export interface PageServer {
  base: string;
  set(path: string, body: string | Buffer, type?: string, headers?: Record<string, string>): void;
  /** Paths requested so far, in order (to prove what was and was not fetched). */
  requests: string[];
  close(): Promise<void>;
}

export async function servePages(pages: Record<string, string | Buffer> = {}): Promise<PageServer> {
  const files = new Map<string, ServedFile>();
  const requests: string[] = [];
  for (const [p, body] of Object.entries(pages)) files.set(p, { body, type: 'text/html; charset=utf-8' });
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    requests.push(path);
    const f = files.get(path);
    if (!f) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    const etag = f.headers?.etag;
    if (etag && req.headers['if-none-match'] === etag) {
      res.writeHead(304, { etag, ...f.headers });
      res.end();
      return;
    }
    res.writeHead(200, { 'content-type': f.type, 'content-length': Buffer.byteLength(f.body), ...f.headers });
    res.end(f.body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : 0;
  return {
    base: `http://127.0.0.1:${port}`,
    set: (p, body, type = 'text/html; charset=utf-8', headers) => void files.set(p, { body, type, ...(headers && { headers }) }),
    requests,
    close: () => new Promise((r) => server.close(() => r())),
  };
}

export interface Browser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  profile: string;
  close(options?: { keepProfile?: boolean }): Promise<void>;
}

export function assertBuilt(extensionDir = EXTENSION_DIR): void {
  if (!existsSync(join(extensionDir, 'manifest.json'))) throw new Error(`No built extension at ${extensionDir}: run "npm run build" first.`);
}

/** Debian's Chromium, headless, in the one window size every test and bench uses, with `extra` flags. */
function openChromium(profileDir: string, extra: readonly string[] = []): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profileDir, { executablePath: CHROMIUM, headless: true, viewport: { width: 1200, height: 900 }, args: [...CHROMIUM_FLAGS, ...extra] });
}

/**
 * Launches Chromium with the extension; pass a profile directory to relaunch with the same profile, and another
 * built extension directory to compare two builds (bench:page --ab).
 */
export async function launch(profile?: string, extensionDir = EXTENSION_DIR): Promise<Browser> {
  assertBuilt(extensionDir);
  const dir = profile ?? mkdtempSync(join(tmpdir(), 'backstory-e2e-'));
  const context = await openChromium(dir, [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`]);
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    profile: dir,
    async close(options) {
      await context.close();
      if (!options?.keepProfile) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Chromium without any extension, with the same window and flags as launch(): the control a page's cost with the
 * extension is compared with. A fresh profile, removed on close.
 */
export async function launchPlain(): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'backstory-plain-'));
  const context = await openChromium(dir);
  return {
    context,
    async close() {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Waits until the background reports the dataset ready (the starter pack installs on first run). */
export async function waitForDataset(b: Browser, timeoutMs = 30000): Promise<void> {
  const page = await b.context.newPage();
  await page.goto(`chrome-extension://${b.extensionId}/options.html`);
  await page.waitForSelector('[data-pack-id]', { timeout: timeoutMs });
  await page.close();
}

export interface MarkInfo {
  key: string;
  text: string;
}

/** The marks Backstory painted, read from the page's own world through CSS.highlights. */
export async function marks(page: Page): Promise<MarkInfo[]> {
  return page.evaluate(() => {
    const out: { key: string; text: string }[] = [];
    for (const [key, hl] of CSS.highlights) {
      if (!key.startsWith('backstory-') || key === 'backstory-focus') continue;
      for (const r of hl as unknown as Iterable<Range>) out.push({ key, text: r.toString() });
    }
    return out;
  });
}

/** Waits until marks appear and stop changing for a moment. */
export async function waitForMarks(page: Page, timeoutMs = 15000): Promise<MarkInfo[]> {
  const start = Date.now();
  let last = -1;
  let stableSince = Date.now();
  for (;;) {
    const now = await marks(page);
    if (now.length !== last) {
      last = now.length;
      stableSince = Date.now();
    }
    if (now.length > 0 && Date.now() - stableSince > 500) return now;
    if (Date.now() - start > timeoutMs) return now;
    await page.waitForTimeout(100);
  }
}

/** The tab id of the page whose URL is `url`, from the background's per-tab results. */
export async function tabIdOf(b: Browser, url: string): Promise<number> {
  for (let i = 0; i < 50; i++) {
    const found = await b.worker.evaluate(async (u: string) => {
      type Session = { get(keys: null): Promise<Record<string, { url?: string }>> };
      const ext = (globalThis as unknown as { chrome: { storage: { session: Session } } }).chrome;
      const all = await ext.storage.session.get(null);
      const hit = Object.entries(all).find(([k, v]) => k.startsWith('tab:') && v.url === u);
      return hit ? Number(hit[0].slice(4)) : null;
    }, url);
    if (found !== null) return found;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no tab results for ${url}`);
}

export async function openPopup(b: Browser, tabId: number): Promise<Page> {
  const popup = await b.context.newPage();
  await popup.setViewportSize({ width: 360, height: 800 });
  await popup.goto(`chrome-extension://${b.extensionId}/popup.html?tabId=${tabId}`);
  return popup;
}

/** Body HTML of a page loaded in a browser without the extension: the reference for "DOM unchanged". */
export async function referenceBodies(urls: string[]): Promise<Map<string, string>> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_FLAGS });
  const out = new Map<string, string>();
  for (const url of urls) {
    const page = await browser.newPage();
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(300);
    out.set(url, await page.evaluate(() => document.body.innerHTML));
    await page.close();
  }
  await browser.close();
  return out;
}

/** Centre of the first painted range whose text is `text`. */
export async function markCentre(page: Page, text: string): Promise<{ x: number; y: number } | null> {
  return page.evaluate((want: string) => {
    for (const [key, hl] of CSS.highlights) {
      if (!key.startsWith('backstory-')) continue;
      for (const r of hl as unknown as Iterable<Range>) {
        if (r.toString() !== want) continue;
        const b = r.getBoundingClientRect();
        if (b.width > 0) return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
      }
    }
    return null;
  }, text);
}

/** Lets only requests to 127.0.0.1 (and the extension) through: saved real pages load scripts from the web. */
export async function keepLocal(context: BrowserContext): Promise<void> {
  await context.route(/^(?!http:\/\/127\.0\.0\.1[:/]|chrome-extension:|data:|blob:|about:)/, (route) => route.abort());
}

export interface PlacedMark extends MarkInfo {
  /** The mark lies inside an <article> element. */
  inArticle: boolean;
  /** The mark lies in page furniture: aside, nav, footer, comments, a header outside the article, a form. */
  inFurniture: boolean;
  /** The mark lies in the article's top wherever the page puts it: the h1, a standfirst or summary, a caption. */
  inArticleTop: boolean;
}

/** The marks with where they sit on the page, read from the page's own world. */
export async function placedMarks(page: Page): Promise<PlacedMark[]> {
  return page.evaluate(() => {
    const out: { key: string; text: string; inArticle: boolean; inFurniture: boolean; inArticleTop: boolean }[] = [];
    const top = 'h1, figcaption, [class*="standfirst"], [class*="dek"], [class*="summary"], [class*="subhead"], [class*="lede"], [class*="lead"]';
    for (const [key, hl] of CSS.highlights) {
      if (!key.startsWith('backstory-') || key === 'backstory-focus') continue;
      for (const r of hl as unknown as Iterable<Range>) {
        const node = r.commonAncestorContainer;
        const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
        const furniture = el?.closest('aside, nav, footer, form, #comments, .comments, [role=navigation], [role=complementary]') ?? null;
        const header = el?.closest('header') ?? null;
        out.push({
          key,
          text: r.toString(),
          inArticle: Boolean(el?.closest('article')),
          inFurniture: furniture !== null || (header !== null && !header.closest('article')),
          inArticleTop: Boolean(el?.closest(top)),
        });
      }
    }
    return out;
  });
}

/** Loads a pack by URL through the options page, as a reader does, and waits until it is installed. */
export async function installPackFromUrl(b: Browser, url: string, packId: string): Promise<void> {
  const options = await b.context.newPage();
  await options.goto(`chrome-extension://${b.extensionId}/options.html`);
  await options.waitForSelector('[data-pack-id]');
  await options.getByTestId('pack-url').fill(url);
  await options.getByTestId('load-url').click();
  await options.waitForSelector(`[data-pack-id="${packId}"]`, { timeout: 30000 });
  await options.close();
}

/** Errors the extension caused on a page: uncaught errors and console errors whose source is the extension. */
export function collectExtensionErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (err) => {
    if (/chrome-extension:\/\//.test(err.stack ?? '')) errors.push(err.message);
  });
  page.on('console', (msg) => {
    if (msg.type() === 'error' && msg.location().url.startsWith('chrome-extension://')) errors.push(msg.text());
  });
  return errors;
}

/**
 * Sends each request to the background from an extension page (as the popup does) and times the round trip:
 * an upper bound of the background's reply time. `answered` counts replies that carried a value.
 */
export async function roundTrips(b: Browser, requests: readonly unknown[]): Promise<{ times: number[]; answered: number }> {
  const page = await b.context.newPage();
  await page.goto(`chrome-extension://${b.extensionId}/options.html`);
  const result = await page.evaluate(async (list: unknown[]) => {
    type Envelope = { ok: boolean; value?: unknown } | undefined;
    const ext = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<Envelope> } } }).chrome;
    const times: number[] = [];
    let answered = 0;
    for (const request of list) {
      const t = performance.now();
      const env = await ext.runtime.sendMessage(request);
      times.push(performance.now() - t);
      if (env?.ok && env.value) answered++;
    }
    return { times, answered };
  }, [...requests]);
  await page.close();
  return result;
}
