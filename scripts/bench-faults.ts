// `npm run bench:faults -- [--soak SECONDS]`: what the hostile page shapes of tests/e2e/faults.test.ts cost in
// real Chromium with the built extension. For each page, the extension's longest run of work and total
// main-thread time over its load and the next five seconds (CPU profiler, scripts/lib/profile.ts). A run joins
// slices that follow one another with no other sample between them, so it is an upper bound of the longest
// task. Then a soak on the page that mutates every 10 ms (two minutes by default): heap after garbage
// collection, marks held, and extension time, every 30 seconds. Numbers only; targets are a longest task ≤ 50 ms and no memory growth.
import { faultPages } from './lib/fault-pages';
import { breakdown, extensionTime, heapAfterGc, startProfile, stopProfile } from './lib/profile';
import { launch, marks, servePages, waitForDataset } from './lib/browser';

const soakArg = process.argv.indexOf('--soak');
const SOAK_S = soakArg >= 0 ? Math.max(1, Number(process.argv[soakArg + 1]) || 1) : 120;
const STEP_S = Math.min(30, SOAK_S);
/** --breakdown prints, for each page, the extension functions with the most self time. */
const BREAKDOWN = process.argv.includes('--breakdown');

const server = await servePages(faultPages());
const b = await launch();
const origin = `chrome-extension://${b.extensionId}/`;
try {
  await waitForDataset(b);
  console.log(`page                                   longest run    total    marks   (load average ${(await import('node:os')).loadavg()[0]!.toFixed(1)})`);
  for (const [name, path] of [
    ['5 MB article', '/giant.html'],
    ['30,000 tiny text nodes', '/tiny.html'],
    ['mutates every 10 ms (first 5 s)', '/mutating.html'],
    ['article in a frame', '/framed.html'],
    ['article in shadow DOM', '/shadow.html'],
  ] as const) {
    const page = await b.context.newPage();
    const cdp = await startProfile(page);
    await page.goto(`${server.base}${path}`, { waitUntil: 'load' });
    await page.waitForTimeout(5000);
    const t = extensionTime(await stopProfile(cdp), origin);
    const n = (await marks(page)).length;
    console.log(`${name.padEnd(38)} ${t.longestMs.toFixed(1).padStart(8)} ms ${t.totalMs.toFixed(0).padStart(6)} ms ${String(n).padStart(7)}`);
    if (BREAKDOWN) console.log(breakdown(t, 8));
    await page.close();
  }

  console.log(`\nsoak: the page that mutates every 10 ms, ${SOAK_S} s`);
  console.log('   at      heap after GC   marks   extension time in the last step (longest task)');
  const page = await b.context.newPage();
  await page.goto(`${server.base}/mutating.html`, { waitUntil: 'load' });
  await page.waitForTimeout(3000);
  const first = await heapAfterGc(page);
  console.log(`${'0 s'.padStart(5)}   ${first.toFixed(2).padStart(10)} MB ${String((await marks(page)).length).padStart(7)}`);
  for (let at = STEP_S; at <= SOAK_S; at += STEP_S) {
    const cdp = await startProfile(page);
    await page.waitForTimeout(STEP_S * 1000);
    const t = extensionTime(await stopProfile(cdp), origin);
    const heap = await heapAfterGc(page);
    console.log(`${`${at} s`.padStart(5)}   ${heap.toFixed(2).padStart(10)} MB ${String((await marks(page)).length).padStart(7)}   ${t.totalMs.toFixed(0)} ms (${t.longestMs.toFixed(1)} ms)`);
  }
  const last = await heapAfterGc(page);
  console.log(`heap growth over the soak: ${(last - first).toFixed(2)} MB`);
} finally {
  await b.close();
  await server.close();
}
