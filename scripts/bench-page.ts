// npm run bench:page [-- --runs N] [--breakdown]
// npm run bench:page -- --ab DIR_A DIR_B [DIR_C ...] [--runs N]: built extensions (e.g. main's
//   `.output/chrome-mv3` and a branch's, each copied away after `npm run build`) on the example article only:
//   one load in each and one in a Chromium without any extension per round, in a shuffled order, each from a lean
//   trace; prints each side's median page CPU, what each build adds, and each build − A as the median of the
//   per-round differences with a bootstrap interval, so that a 1-2 ms change stands out of a shared machine's noise.
// npm run bench:page -- --floor [DIR] [--runs N]: the same comparison between the built extension (default
//   .output/chrome-mv3) and three controls made from it, to tell the browser's fixed cost of any content script
//   that loads code from its extension apart from the reader's own: a content script that does nothing; one that
//   only touches `chrome.runtime`; the real loader importing an empty module.
// What the extension costs a page, measured in Debian's Chromium with the built extension (.output/chrome-mv3):
// - the example article: the extension's main-thread time per page load, and the time from `load` to the first
//   marks, with the service worker warm (running) and cold (stopped before the page loads); then the page's whole
//   main-thread CPU per load with and without the extension (a second Chromium without it), from traces without
//   the sampler: the difference is everything the extension adds, style and paint of its marks included; and the
//   same comparison from a lean trace (tasks and navigation only, for the example and the 20,000-word page): the
//   DevTools timeline categories capture JavaScript stacks, which makes V8 re-parse code for source positions;
// - a generated 20,000-word article: the longest stretch of extension work on the main thread and the total;
// - hover to card: the extension's main-thread work from the pointer's arrival on a name to the card on screen
//   (including the pointer hit tests and the card's render), and the background's reply time for a card.
//
// Page loads are measured from a performance trace (scripts/lib/trace.ts): the renderer's main-thread tasks
// (RunTask) with the V8 samples inside them split between the extension (a chrome-extension://<id>/ frame on
// the stack) and the page, and the content script's own evaluation counted whole (its compile included). A task's
// extension share is reported in wall time, and in CPU time (what the extension itself costs when the machine is
// busy and the thread waits for a CPU). Hover windows use the CPU profiler (scripts/lib/profile.ts), whose runs
// of consecutive extension samples are the "tasks" there. Numbers only, no assertions; this machine is shared
// (2 CPUs), so expect noise between runs and read the medians.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { breakdown, extensionTime as profileTime, startProfile, stopProfile, type Profile } from './lib/profile';
import { describeTasks, extensionTasks, pageMainThreadCpu, startTrace, stopTrace } from './lib/trace';
import { examplePage } from './lib/example-page';
import { median, medianInterval, quantile } from './lib/stats';
import { seededRandom, shuffled } from './lib/random';
import { EXTENSION_DIR, assertBuilt, launch, launchPlain, roundTrips, servePages, waitForDataset, type Browser } from './lib/browser';

const args = process.argv.slice(2);
/** The arguments after `flag` up to the next flag; null when `flag` is not given. */
const argsAfter = (flag: string): string[] | null => {
  const at = args.indexOf(flag);
  if (at < 0) return null;
  const rest = args.slice(at + 1);
  const end = rest.findIndex((x) => x.startsWith('--'));
  return end < 0 ? rest : rest.slice(0, end);
};
// Only read the value after --runs when the flag is there (with --breakdown alone, args[0] is not a count).
const RUNS = args.includes('--runs') ? Number(args[args.indexOf('--runs') + 1]) : 5;
/** --ab DIR_A DIR_B ...: compare builds (see the header). */
const AB = argsAfter('--ab');
/** --floor [DIR]: the built extension against controls made from it (see the header). */
const FLOOR_ARGS = argsAfter('--floor');
const FLOOR = FLOOR_ARGS && (FLOOR_ARGS[0] ?? EXTENSION_DIR);
/** --breakdown prints the functions with the most extension self time of each profile (to see where it goes). */
const BREAKDOWN = args.includes('--breakdown');
/** The default hover delay (lib/core/settings.ts). */
const HOVER_DELAY_MS = 500;

/** Total extension time and the longest run of extension samples in a CPU profile, in ms. */
function extensionTime(profile: Profile, origin: string): { totalMs: number; longestMs: number } {
  const t = profileTime(profile, origin);
  if (BREAKDOWN) console.log(breakdown(t));
  return t;
}

/**
 * Records, in the page's own world, when `load` fired and when the first backstory-* highlight appeared (checked
 * every frame). A string, so the TypeScript loader adds nothing to it.
 */
const MARK_CLOCK = `
  addEventListener('load', () => { window.__bsLoad = performance.now(); });
  function bsTick() {
    for (const key of CSS.highlights.keys()) {
      if (key.startsWith('backstory-')) { window.__bsMarks = performance.now(); return; }
    }
    requestAnimationFrame(bsTick);
  }
  requestAnimationFrame(bsTick);
`;

async function stopServiceWorker(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
  // Give the browser a moment to tear it down.
  await new Promise((r) => setTimeout(r, 300));
}

interface LoadRun { mainMs: number; cpuMs: number; longestMs: number; longestCpuMs: number; firstMarksMs: number | null; marks: number }

async function loadOnce(b: Browser, url: string, cold: boolean, settleMs: number): Promise<LoadRun> {
  const page = await b.context.newPage();
  await page.addInitScript({ content: MARK_CLOCK });
  if (cold) await stopServiceWorker(page);
  const tracing = await startTrace(page);
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => (window as unknown as { __bsMarks?: number }).__bsMarks !== undefined, undefined, { timeout: 30000, polling: 50 }).catch(() => undefined);
  await page.waitForTimeout(settleMs);
  const trace = await stopTrace(tracing);
  const clock = await page.evaluate(() => {
    const w = window as unknown as { __bsLoad?: number; __bsMarks?: number };
    return { load: w.__bsLoad ?? null, marks: w.__bsMarks ?? null };
  });
  const n = await marksOnPage(page);
  await page.close();
  const t = extensionTasks(trace, `chrome-extension://${b.extensionId}/`);
  if (BREAKDOWN) console.log(`${url}: ${t.tasks.length} tasks with extension work\n${describeTasks(t, 4)}`);
  const firstMarksMs = clock.load !== null && clock.marks !== null ? Math.max(0, clock.marks - clock.load) : null;
  const cpuMs = t.tasks.reduce((sum, task) => sum + task.extensionCpuMs, 0);
  return { mainMs: t.totalMs, cpuMs, longestMs: t.longestMs, longestCpuMs: t.longestCpuMs, firstMarksMs, marks: n };
}

/** Extension time while the hover delay runs (getting ready) and after it (opening the card), in ms. */
async function hoverOnce(b: Browser, url: string): Promise<{ during: number; after: number } | null> {
  const page = await b.context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => [...CSS.highlights.keys()].some((k) => k.startsWith('backstory-')), undefined, { timeout: 30000 });
  await page.waitForTimeout(800);
  const at = await page.evaluate(() => {
    for (const [key, hl] of CSS.highlights) {
      if (!key.startsWith('backstory-')) continue;
      for (const r of hl as unknown as Iterable<Range>) {
        const rect = r.getBoundingClientRect();
        if (rect.width > 0 && rect.top > 40 && rect.bottom < innerHeight - 40) return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      }
    }
    return null;
  });
  if (!at) {
    await page.close();
    return null;
  }
  await page.mouse.move(at.x, at.y - 80);
  await page.waitForTimeout(300);
  const origin = `chrome-extension://${b.extensionId}/`;
  const first = await startProfile(page);
  await page.mouse.move(at.x, at.y, { steps: 2 });
  // The card opens HOVER_DELAY_MS after the pointer comes to rest: profile that stretch and what follows apart.
  await page.waitForTimeout(HOVER_DELAY_MS - 80);
  const during = extensionTime(await stopProfile(first), origin).totalMs;
  const second = await startProfile(page);
  await page.locator('backstory-card .bs-card').waitFor({ timeout: 10000 });
  await page.waitForTimeout(100);
  const after = extensionTime(await stopProfile(second), origin).totalMs;
  await page.close();
  return { during, after };
}

/**
 * The page's whole main-thread CPU time over one load and the next second, from a trace without the sampler:
 * with the extension and without it, the difference is all the extension adds to a page load (its scripts, the
 * extension API set-up in its isolated world, and the style and paint its marks cause).
 */
async function pageCpuOnce(context: BrowserContext, url: string, origin: string, kinds: Map<string, number> | null): Promise<number> {
  const page = await context.newPage();
  const tracing = await startTrace(page, { sampled: false });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(1000);
  const trace = await stopTrace(tracing);
  await page.close();
  const cpu = pageMainThreadCpu(trace, origin);
  if (kinds) for (const [k, ms] of cpu.byKind) kinds.set(k, (kinds.get(k) ?? 0) + ms);
  return cpu.totalMs;
}

/**
 * Trace categories for the with/without comparison: every main-thread task (toplevel) and the navigation that
 * tells which renderer thread shows the page, and nothing more. The DevTools timeline categories make Blink
 * capture a JavaScript stack for many events (a postMessage, a timer, a style invalidation), and every capture
 * makes V8 collect the source positions of the functions on the stack: for a script's top level, a re-parse of the
 * whole file. Those re-parses land on the extension's side of the comparison and do not happen without DevTools.
 */
const LEAN_CATEGORIES = ['toplevel', 'navigation'];

/** Backstory's marks on a page (0 without the extension): a build that marks nothing is not a cheaper build. */
function marksOnPage(page: Page): Promise<number> {
  return page.evaluate(() => {
    let n = 0;
    for (const [key, hl] of CSS.highlights) if (key.startsWith('backstory-')) n += (hl as unknown as { size: number }).size;
    return n;
  });
}

/** The page's main-thread CPU over one load and `settleMs` after it, from a trace with LEAN_CATEGORIES only. */
async function leanLoadOnce(context: BrowserContext, url: string, pageOrigin: string, settleMs: number): Promise<{ cpuMs: number; marks: number }> {
  const page = await context.newPage();
  const cdp = await startTrace(page, { categories: LEAN_CATEGORIES });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(settleMs);
  const trace = await stopTrace(cdp);
  const marks = await marksOnPage(page);
  await page.close();
  return { cpuMs: pageMainThreadCpu(trace, pageOrigin).totalMs, marks };
}

async function entityIdsOf(b: Browser, url: string): Promise<string[]> {
  return b.worker.evaluate(async (u: string) => {
    type Session = { get(keys: null): Promise<Record<string, { url?: string; entities?: { id: string }[] }>> };
    const ext = (globalThis as unknown as { chrome: { storage: { session: Session } } }).chrome;
    const all = await ext.storage.session.get(null);
    const hit = Object.values(all).find((v) => v.url === u);
    return (hit?.entities ?? []).map((e) => e.id);
  }, url);
}

/** A long article: 20,000 words in ~330 paragraphs, with place names the starter pack knows. */
function bigPage(words = 20000): string {
  const names = ['Brussels', 'Russia', 'Moscow', 'Ukraine', 'Germany', 'France', 'Poland', 'Lithuania', 'Latvia', 'Estonia', 'Finland', 'Sweden', 'Norway', 'Turkey', 'Ankara', 'Berlin', 'Warsaw', 'Kyiv', 'Belarus', 'Georgia'];
  const filler = 'the officials said that talks would continue through the week while delegations prepared further proposals on security and trade across the region'.split(' ');
  const paras: string[] = [];
  let n = 0;
  let k = 0;
  while (n < words) {
    const out: string[] = [];
    for (let i = 0; i < 60; i++, n++) out.push(i % 15 === 7 ? (names[k++ % names.length] as string) : (filler[(n * 7) % filler.length] as string));
    paras.push(`<p>${out.join(' ')}.</p>`);
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A very long report</title><meta property="og:type" content="article">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"A very long report","datePublished":"2021-10-06T10:00:00Z"}</script></head>
<body><header><nav><a href="/">Home</a></nav></header><article><h1>A very long report</h1>${paras.join('\n')}</article><footer>Footer</footer></body></html>`;
}

const max = (xs: number[]) => (xs.length ? Math.max(...xs) : NaN);
const fmt = (x: number) => (Number.isFinite(x) ? x.toFixed(1) : 'n/a');

async function main(): Promise<void> {
  const server = await servePages({ '/example.html': examplePage().html, '/big.html': bigPage() });
  const b = await launch();
  const rows: { what: string; target: string; median: string; worst: string; n: number }[] = [];
  try {
    await waitForDataset(b);
    const example = `${server.base}/example.html`;
    // One load first, so that the warm runs meet a worker that has its linker in memory.
    await loadOnce(b, example, false, 500);
    const warm: LoadRun[] = [];
    const cold: LoadRun[] = [];
    for (let i = 0; i < RUNS; i++) {
      warm.push(await loadOnce(b, `${example}?warm=${i}`, false, 1000));
      cold.push(await loadOnce(b, `${example}?cold=${i}`, true, 1000));
    }
    const col = (runs: LoadRun[], f: (r: LoadRun) => number | null) => runs.map(f).filter((x): x is number => x !== null);
    rows.push({ what: 'example article: extension main-thread time per load (warm)', target: '≤ 10 ms', median: fmt(median(col(warm, (r) => r.mainMs))), worst: fmt(max(col(warm, (r) => r.mainMs))), n: warm.length });
    rows.push({ what: 'example article: extension main-thread time per load (cold)', target: '≤ 10 ms', median: fmt(median(col(cold, (r) => r.mainMs))), worst: fmt(max(col(cold, (r) => r.mainMs))), n: cold.length });
    rows.push({ what: '  the same in CPU time (warm)', target: '', median: fmt(median(col(warm, (r) => r.cpuMs))), worst: fmt(max(col(warm, (r) => r.cpuMs))), n: warm.length });
    rows.push({ what: '  the same in CPU time (cold)', target: '', median: fmt(median(col(cold, (r) => r.cpuMs))), worst: fmt(max(col(cold, (r) => r.cpuMs))), n: cold.length });
    // The same page in a Chromium without the extension, loads interleaved with the extension's.
    const plainBrowser = await launchPlain();
    const plain = plainBrowser.context;
    const withExt: number[] = [];
    const without: number[] = [];
    const kindsWith = BREAKDOWN ? new Map<string, number>() : null;
    const kindsWithout = BREAKDOWN ? new Map<string, number>() : null;
    const lean = { example: { with: [] as number[], without: [] as number[] }, big: { with: [] as number[], without: [] as number[] } };
    try {
      await pageCpuOnce(plain, `${example}?plain`, server.base, null);
      for (let i = 0; i < Math.max(RUNS, 6); i++) {
        withExt.push(await pageCpuOnce(b.context, `${example}?cpu=${i}`, server.base, kindsWith));
        without.push(await pageCpuOnce(plain, `${example}?cpu=${i}`, server.base, kindsWithout));
        lean.example.with.push((await leanLoadOnce(b.context, `${example}?lean=${i}`, server.base, 1000)).cpuMs);
        lean.example.without.push((await leanLoadOnce(plain, `${example}?lean=${i}`, server.base, 1000)).cpuMs);
        lean.big.with.push((await leanLoadOnce(b.context, `${server.base}/big.html?lean=${i}`, server.base, 3000)).cpuMs);
        lean.big.without.push((await leanLoadOnce(plain, `${server.base}/big.html?lean=${i}`, server.base, 3000)).cpuMs);
      }
    } finally {
      await plainBrowser.close();
    }
    if (kindsWith && kindsWithout) {
      console.log('main-thread CPU per load by kind of work, with / without the extension (ms, mean):');
      const added = (k: string) => (kindsWith.get(k) ?? 0) - (kindsWithout.get(k) ?? 0);
      for (const k of [...new Set([...kindsWith.keys(), ...kindsWithout.keys()])].sort((a, b) => added(b) - added(a)).slice(0, 10)) {
        console.log(`  ${k.padEnd(28)} ${((kindsWith.get(k) ?? 0) / withExt.length).toFixed(1).padStart(6)} ${((kindsWithout.get(k) ?? 0) / without.length).toFixed(1).padStart(6)}`);
      }
    }
    rows.push({ what: 'example article: page main-thread CPU per load, with the extension', target: '', median: fmt(median(withExt)), worst: fmt(max(withExt)), n: withExt.length });
    rows.push({ what: '  the same without the extension', target: '', median: fmt(median(without)), worst: fmt(max(without)), n: without.length });
    rows.push({ what: '  what the extension adds (difference of the medians, no sampler)', target: '≤ 10 ms', median: fmt(median(withExt) - median(without)), worst: '', n: withExt.length });
    const leanRows = (what: string, runs: { with: number[]; without: number[] }, target: string) => {
      rows.push({ what: `${what}: page main-thread CPU per load, with / without the extension (lean trace)`, target: '', median: `${fmt(median(runs.with))} / ${fmt(median(runs.without))}`, worst: fmt(max(runs.with)), n: runs.with.length });
      rows.push({ what: '  what the extension adds (difference of the medians, lean trace)', target, median: fmt(median(runs.with) - median(runs.without)), worst: '', n: runs.with.length });
    };
    leanRows('example article', lean.example, '≤ 10 ms');
    rows.push({ what: 'example article: load → first marks, warm worker', target: '≤ 300 ms', median: fmt(median(col(warm, (r) => r.firstMarksMs))), worst: fmt(max(col(warm, (r) => r.firstMarksMs))), n: col(warm, (r) => r.firstMarksMs).length });
    rows.push({ what: 'example article: load → first marks, cold worker', target: '≤ 800 ms', median: fmt(median(col(cold, (r) => r.firstMarksMs))), worst: fmt(max(col(cold, (r) => r.firstMarksMs))), n: col(cold, (r) => r.firstMarksMs).length });
    rows.push({ what: 'example article: marks painted', target: '', median: String(median(warm.map((r) => r.marks))), worst: '', n: warm.length });

    const big: LoadRun[] = [];
    for (let i = 0; i < RUNS; i++) big.push(await loadOnce(b, `${server.base}/big.html?run=${i}`, false, 3000));
    rows.push({ what: '20,000 words: longest extension task', target: '≤ 50 ms', median: fmt(median(big.map((r) => r.longestMs))), worst: fmt(max(big.map((r) => r.longestMs))), n: big.length });
    rows.push({ what: '  the same in CPU time', target: '', median: fmt(median(big.map((r) => r.longestCpuMs))), worst: fmt(max(big.map((r) => r.longestCpuMs))), n: big.length });
    rows.push({ what: '20,000 words: extension main-thread time', target: '≤ 60 ms', median: fmt(median(big.map((r) => r.mainMs))), worst: fmt(max(big.map((r) => r.mainMs))), n: big.length });
    rows.push({ what: '  the same in CPU time', target: '', median: fmt(median(big.map((r) => r.cpuMs))), worst: fmt(max(big.map((r) => r.cpuMs))), n: big.length });
    rows.push({ what: '20,000 words: marks painted', target: '', median: String(median(big.map((r) => r.marks))), worst: '', n: big.length });
    leanRows('20,000 words', lean.big, '≤ 60 ms');

    const hovers: { during: number; after: number }[] = [];
    for (let i = 0; i < RUNS; i++) {
      const t = await hoverOnce(b, `${example}?hover=${i}`);
      if (t !== null) hovers.push(t);
    }
    rows.push({ what: 'hover: extension work during the 500 ms delay (prepare)', target: '', median: fmt(median(hovers.map((h) => h.during))), worst: fmt(max(hovers.map((h) => h.during))), n: hovers.length });
    rows.push({ what: 'hover → card: extension main-thread work after the delay', target: '≤ 16 ms', median: fmt(median(hovers.map((h) => h.after))), worst: fmt(max(hovers.map((h) => h.after))), n: hovers.length });

    const open = await b.context.newPage();
    await open.goto(`${example}?ids`, { waitUntil: 'load' });
    await open.waitForFunction(() => [...CSS.highlights.keys()].some((k) => k.startsWith('backstory-')), undefined, { timeout: 30000 });
    const ids = await entityIdsOf(b, `${example}?ids`);
    const { times: replies } = await roundTrips(b, [...ids, ...ids, ...ids].map((id) => ({ type: 'entity', id, asOf: '2021-10-06' })));
    await open.close();
    rows.push({ what: 'card data: background round trip (entity request)', target: '≤ 10 ms', median: fmt(median(replies)), worst: fmt(max(replies)), n: replies.length });
  } finally {
    await b.close();
    await server.close();
  }
  const w = Math.max(...rows.map((r) => r.what.length));
  console.log(`load average ${loadavg().map((x) => x.toFixed(1)).join(' ')} (2 shared CPUs: wall times include waiting for a CPU)`);
  console.log(`${'measure'.padEnd(w)} | target   |     median ms | worst ms | runs`);
  console.log(`${'-'.repeat(w)}-|----------|---------------|----------|-----`);
  for (const r of rows) console.log(`${r.what.padEnd(w)} | ${r.target.padEnd(8)} | ${r.median.padStart(13)} | ${r.worst.padStart(8)} | ${r.n}`);
}

async function abMain(dirs: readonly string[]): Promise<void> {
  const runs = args.includes('--runs') ? RUNS : 20;
  const server = await servePages({ '/example.html': examplePage().html });
  const example = `${server.base}/example.html`;
  const loadBefore = loadavg();
  const builds: Browser[] = [];
  const plain = await launchPlain();
  type Side = { name: string; context: BrowserContext; cpu: number[]; marks: number[] };
  const sides: Side[] = [];
  try {
    for (const [i, dir] of dirs.entries()) {
      const b = await launch(undefined, resolve(dir));
      builds.push(b);
      await waitForDataset(b);
      sides.push({ name: `${String.fromCharCode(65 + i)} ${dir}`, context: b.context, cpu: [], marks: [] });
    }
    sides.push({ name: 'no extension', context: plain.context, cpu: [], marks: [] });
    // Two loads each first: the workers have their linker in memory and the page is in the HTTP cache.
    for (const side of sides) for (let i = 0; i < 2; i++) await leanLoadOnce(side.context, `${example}?warmup=${i}`, server.base, 1000);
    const next = seededRandom(7);
    for (let i = 0; i < runs; i++) {
      // A new order every round, so that no side always loads first or right after another.
      for (const side of shuffled(sides, next)) {
        const r = await leanLoadOnce(side.context, `${example}?ab=${i}`, server.base, 1000);
        side.cpu.push(r.cpuMs);
        side.marks.push(r.marks);
      }
    }
  } finally {
    for (const b of builds) await b.close();
    await plain.close();
    await server.close();
  }
  const none = sides[sides.length - 1]!;
  const A = sides[0]!;
  const load = (l: number[]) => l.map((x) => x.toFixed(1)).join(' ');
  console.log(`load average ${load(loadBefore)} before, ${load(loadavg())} after (2 CPUs shared with other work)`);
  console.log(`example article, page main-thread CPU per load (lean trace: tasks and navigation only), ${runs} rounds, ms:`);
  const width = Math.max(...sides.map((s) => s.name.length));
  for (const s of sides) {
    console.log(`  ${s.name.padEnd(width)} median ${fmt(median(s.cpu)).padStart(6)}  quartiles ${fmt(quantile(s.cpu, 0.25))}–${fmt(quantile(s.cpu, 0.75))}  marks ${median(s.marks)}`);
  }
  for (const s of sides.slice(0, -1)) console.log(`  what ${s.name.slice(0, 1)} adds (difference of the medians)          ${fmt(median(s.cpu) - median(none.cpu))}`);
  for (const s of sides.slice(1, -1)) {
    const paired = A.cpu.map((x, i) => s.cpu[i]! - x);
    const [lo, hi] = medianInterval(paired);
    console.log(`  ${s.name.slice(0, 1)} − A, median of the per-round differences       ${fmt(median(paired))}  (90% bootstrap interval ${fmt(lo)} to ${fmt(hi)})`);
  }
}

/**
 * Controls made from a built extension, each a copy of it with one part replaced: what is left of the load cost
 * in each is the browser's, not the reader's. The manifest, background and pack stay the same.
 */
function floorControls(dir: string): { dirs: string[]; remove(): void } {
  assertBuilt(dir);
  const root = mkdtempSync(join(tmpdir(), 'backstory-floor-'));
  const control = (name: string, files: Record<string, string>) => {
    const out = join(root, name);
    cpSync(dir, out, { recursive: true });
    for (const [file, text] of Object.entries(files)) writeFileSync(join(out, file), text);
    return out;
  };
  const api = "(globalThis.browser?.runtime?.id ? globalThis.browser : globalThis.chrome)";
  return {
    dirs: [
      // The isolated world and the injection of a content script, nothing else.
      control('content-script-that-does-nothing', { 'content-loader.js': 'void 0;\n' }),
      // The same plus the extension API's first use, which every reader needs (runtime.getURL, sendMessage).
      control('touches-chrome-runtime-only', { 'content-loader.js': `${api}.runtime.getURL('/content-main.js');\n` }),
      // The real loader, fetching and evaluating a module with nothing in it.
      control('imports-an-empty-module', { 'content-main.js': 'export {};\n' }),
    ],
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}

if (AB) {
  if (AB.length < 2) throw new Error('--ab needs two or more built extension directories');
  await abMain(AB);
} else if (FLOOR) {
  const controls = floorControls(resolve(FLOOR));
  try {
    await abMain([resolve(FLOOR), ...controls.dirs]);
  } finally {
    controls.remove();
  }
} else {
  await main();
}
