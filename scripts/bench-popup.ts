// npm run bench:popup [-- --runs N]
// How fast the popup shows its list: opens popup.html?tabId=N for the example article in real headless Chromium
// (the built extension, .output/chrome-mv3) and measures, from the popup's navigation start, the moment the
// first entity row is in the DOM and the next frame after it. A script injected before the page's own records
// the times, so the product code carries no benchmark hooks. Then the time the story so far takes to appear
// after its tab is clicked. Numbers only, no pass/fail.
import { cpus, loadavg } from 'node:os';
import { examplePage } from './lib/example-page';
import { median } from './lib/stats';
import { launch, servePages, tabIdOf, waitForDataset, waitForMarks } from './lib/browser';

const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 20;

/**
 * Runs in the popup before its own scripts: notes when the first entity row appears, and the frame after. A
 * string, not a function: tsx would wrap a function's inner helpers in a `__name` call the page does not have.
 */
const WATCH_FOR_LIST = `(() => {
  const seen = () => {
    if (window.__bsList || !document.querySelector('li[data-entity-id]')) return false;
    window.__bsList = { dom: performance.now(), frame: -1 };
    requestAnimationFrame(() => { window.__bsList.frame = performance.now(); });
    return true;
  };
  new MutationObserver((_m, obs) => { if (seen()) obs.disconnect(); }).observe(document, { childList: true, subtree: true });
})();`;

interface ListTimes {
  dom: number;
  frame: number;
  /** When the popup's document had loaded its scripts (DOMContentLoaded), for where the time goes. */
  ready?: number;
}

const fmt = (n: number) => `${n.toFixed(1)} ms`;

async function main() {
  const { html, fromShared } = examplePage();
  const server = await servePages({ '/article.html': html });
  const url = `${server.base}/article.html`;
  const b = await launch();
  try {
    await waitForDataset(b);
    const page = await b.context.newPage();
    await page.goto(url);
    const marks = await waitForMarks(page);
    const tabId = await tabIdOf(b, url);
    const popupUrl = `chrome-extension://${b.extensionId}/popup.html?tabId=${tabId}`;
    const dom: number[] = [];
    const frame: number[] = [];
    const ready: number[] = [];
    let rows = 0;
    for (let i = 0; i < RUNS; i++) {
      const popup = await b.context.newPage();
      await popup.setViewportSize({ width: 360, height: 600 });
      await popup.addInitScript(WATCH_FOR_LIST);
      await popup.goto(popupUrl);
      // Functions without inner helpers are safe to pass; a string would be eval'd, which the popup's CSP forbids.
      await popup.waitForFunction(() => ((window as unknown as { __bsList?: ListTimes }).__bsList?.frame ?? -1) >= 0, null, { timeout: 10000 });
      const t = await popup.evaluate(() => ({
        ...(window as unknown as { __bsList: ListTimes }).__bsList,
        ready: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.domContentLoadedEventEnd ?? -1,
      }));
      ready.push(t.ready ?? -1);
      rows = await popup.locator('li[data-entity-id]').count();
      dom.push(t.dom);
      frame.push(t.frame);
      await popup.close();
    }
    // The story so far is read when its tab opens: time from the click to the merged timeline in the DOM.
    const story: number[] = [];
    for (let i = 0; i < Math.min(RUNS, 10); i++) {
      const popup = await b.context.newPage();
      await popup.goto(popupUrl);
      await popup.waitForSelector('li[data-entity-id]');
      const t0 = await popup.evaluate(() => performance.now());
      await popup.getByTestId('tab-story').click();
      await popup.locator('[data-testid=story], [data-state=no-story]').first().waitFor({ timeout: 30000 });
      story.push((await popup.evaluate(() => performance.now())) - t0);
      await popup.close();
    }
    console.log(`popup list on ${fromShared ? 'the example article' : 'our own fixture article (../shared absent)'}: ${marks.length} marks, ${rows} entity rows, ${RUNS} runs`);
    console.log(`  navigation start -> first entity row in the DOM: median ${fmt(median(dom))}  min ${fmt(Math.min(...dom))}  max ${fmt(Math.max(...dom))}  first run ${fmt(dom[0] ?? NaN)}`);
    console.log(`  navigation start -> next frame after it:        median ${fmt(median(frame))}  min ${fmt(Math.min(...frame))}  max ${fmt(Math.max(...frame))}`);
    const own = dom.map((d, i) => d - (ready[i] ?? 0));
    console.log(`  of which navigation start -> DOMContentLoaded (Chromium making the page, our scripts parsed and run): median ${fmt(median(ready))}`);
    console.log(`  and DOMContentLoaded -> first entity row (reading the tab's results and settings, rendering): median ${fmt(median(own))}`);
    console.log(`  story so far: click -> merged timeline in the DOM: median ${fmt(median(story))} over ${story.length} runs (includes the test driver's round trips)`);
    const [load = 0] = loadavg();
    console.log(`  target: 100 ms. Load average ${load.toFixed(1)} on ${cpus().length} CPUs during the run: on a busy machine expect noise.`);
  } finally {
    await b.close();
    await server.close();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
