// `npm run bench:faults -- [--soak SECONDS]`: what the hostile page shapes of tests/e2e/faults.test.ts cost in
// real Chromium with the built extension. For each page, over its load and the next five seconds, from a
// performance trace (scripts/lib/trace.ts): the extension's longest share of one main-thread task, the whole
// length of that task (the page's own work in it included), the extension's total, and how many tasks held more
// than 50 ms of its work. --breakdown adds the functions with the most time, from the CPU profiler. Then a soak on the page that mutates every 10 ms (two minutes by default): heap after garbage
// collection, marks held, and extension time, every 30 seconds. Numbers only; targets are a longest task ≤ 50 ms and no memory growth.
import { loadavg } from 'node:os';
import { faultPages } from './lib/fault-pages';
import { breakdown, extensionTime, heapAfterGc, startProfile, stopProfile } from './lib/profile';
import { describeTasks, extensionTasks, startTrace, stopTrace } from './lib/trace';
import { launch, marks, servePages, waitForDataset } from './lib/browser';

const soakArg = process.argv.indexOf('--soak');
const SOAK_S = soakArg >= 0 ? Math.max(1, Number(process.argv[soakArg + 1]) || 1) : 120;
const STEP_S = Math.min(30, SOAK_S);
/** --breakdown prints, for each page, the extension functions with the most self time. */
const BREAKDOWN = process.argv.includes('--breakdown');
/** --tasks prints, for each page, its longest tasks and the extension functions in them. */
const TASKS = process.argv.includes('--tasks');

const server = await servePages(faultPages());
const b = await launch();
const origin = `chrome-extension://${b.extensionId}/`;
try {
  await waitForDataset(b);
  console.log(`load average ${loadavg()[0]!.toFixed(1)}; wall time, and CPU time of the same work (what the extension itself costs on a busy machine)`);
  console.log('page                               longest share (CPU)  its task     total  tasks > 50 ms    marks');
  for (const [name, path] of [
    ['5 MB article', '/giant.html'],
    ['30,000 tiny text nodes', '/tiny.html'],
    ['mutates every 10 ms (first 5 s)', '/mutating.html'],
    ['article in a frame', '/framed.html'],
    ['article in shadow DOM', '/shadow.html'],
  ] as const) {
    const page = await b.context.newPage();
    const tracing = await startTrace(page);
    await page.goto(`${server.base}${path}`, { waitUntil: 'load' });
    await page.waitForTimeout(5000);
    const t = extensionTasks(await stopTrace(tracing), origin);
    const n = (await marks(page)).length;
    const over = t.tasks.filter((task) => task.extensionMs > 50).length;
    console.log(
      `${name.padEnd(34)} ${t.longestMs.toFixed(1).padStart(7)} ms (${t.longestCpuMs.toFixed(1).padStart(5)}) ${t.longestTaskMs.toFixed(1).padStart(7)} ms ${t.totalMs.toFixed(0).padStart(6)} ms ${String(over).padStart(10)} ${String(n).padStart(10)}`,
    );
    if (TASKS) console.log(describeTasks(t));
    await page.close();
    if (BREAKDOWN) {
      const again = await b.context.newPage();
      const cdp = await startProfile(again);
      await again.goto(`${server.base}${path}`, { waitUntil: 'load' });
      await again.waitForTimeout(5000);
      console.log(breakdown(extensionTime(await stopProfile(cdp), origin), 8));
      await again.close();
    }
  }

  console.log(`\nsoak: the page that mutates every 10 ms, ${SOAK_S} s`);
  console.log('   at      heap after GC   marks   extension time in the last step (longest share of a task, CPU)');
  const page = await b.context.newPage();
  await page.goto(`${server.base}/mutating.html`, { waitUntil: 'load' });
  await page.waitForTimeout(3000);
  const first = await heapAfterGc(page);
  console.log(`${'0 s'.padStart(5)}   ${first.toFixed(2).padStart(10)} MB ${String((await marks(page)).length).padStart(7)}`);
  for (let at = STEP_S; at <= SOAK_S; at += STEP_S) {
    const tracing = await startTrace(page);
    await page.waitForTimeout(STEP_S * 1000);
    const t = extensionTasks(await stopTrace(tracing), origin);
    const heap = await heapAfterGc(page);
    console.log(`${`${at} s`.padStart(5)}   ${heap.toFixed(2).padStart(10)} MB ${String((await marks(page)).length).padStart(7)}   ${t.totalMs.toFixed(0)} ms (${t.longestMs.toFixed(1)} ms, ${t.longestCpuMs.toFixed(1)} ms)`);
  }
  const last = await heapAfterGc(page);
  console.log(`heap growth over the soak: ${(last - first).toFixed(2)} MB`);
} finally {
  await b.close();
  await server.close();
}
