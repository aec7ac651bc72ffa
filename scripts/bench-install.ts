// `npm run bench:install -- [--pack FILE] [--runs N]`: installs a pack in real Chromium the way a reader does
// (options page, load by URL from a local server) and prints how long each phase took and how long the
// background takes to answer for an entity with its prior events. Needs `npm run build` first; the pack defaults
// to the full pack built by `npm run dataset -- --out .cache/full-pack.json.gz`.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { launch, roundTrips, servePages, waitForDataset } from './lib/browser';
import { ROOT } from './lib/example-page';
import { median, quantile } from './lib/stats';
import type { Pack } from '../lib/core/pack';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}

const packPath = resolve(ROOT, arg('pack', '.cache/full-pack.json.gz'));
const reads = Number(arg('reads', '200'));
if (!existsSync(packPath)) {
  console.error(`No pack at ${packPath}: build it with "npm run dataset -- --out .cache/full-pack.json.gz".`);
  process.exit(1);
}

const bytes = readFileSync(packPath);
const pack = JSON.parse(gunzipSync(bytes).toString('utf8')) as Pack;
// The entities a reader is most likely to hover are the ones the news talks about most: they also have the
// longest event lists, so they are the slow case for "an entity with its prior events".
const eventCount = new Map<string, number>();
for (const ev of pack.events) for (const id of ev.entities) eventCount.set(id, (eventCount.get(id) ?? 0) + 1);
const busiest = [...eventCount.entries()].sort((a, b) => b[1] - a[1]).slice(0, reads).map(([id]) => id);
// And a spread of ordinary ones: every n-th entity that has events at all.
const withEvents = [...eventCount.keys()].sort();
const ordinary = withEvents.filter((_, i) => i % Math.max(1, Math.floor(withEvents.length / reads)) === 0).slice(0, reads);
const latest = pack.events.reduce((m, e) => (e.date > m ? e.date : m), '0000-00-00');

const server = await servePages();
server.set('/pack.json.gz', bytes, 'application/gzip', { 'access-control-allow-origin': '*' });
const b = await launch();
try {
  await waitForDataset(b);
  const options = await b.context.newPage();
  await options.goto(`chrome-extension://${b.extensionId}/options.html`);
  await options.waitForSelector('[data-pack-id]');

  // Record each phase the progress bar shows, from the page itself, so the numbers are what the reader sees.
  await options.evaluate(() => {
    const w = window as unknown as { phases: { text: string; at: number }[] };
    w.phases = [];
    let last = '';
    new MutationObserver(() => {
      const text = document.querySelector('[data-testid="install-progress"]')?.textContent?.replace(/….*/, '') ?? '';
      if (text && text !== last) w.phases.push({ text, at: performance.now() });
      last = text;
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  await options.getByTestId('pack-url').fill(`${server.base}/pack.json.gz`);
  const start = await options.evaluate(() => performance.now());
  await options.getByTestId('load-url').click();
  await options.getByTestId('install-notice').or(options.getByTestId('install-error')).waitFor({ timeout: 300_000 });
  const end = await options.evaluate(() => performance.now());
  const error = await options.getByTestId('install-error').textContent().catch(() => null);
  if (error) throw new Error(`install failed: ${error}`);
  const phases = await options.evaluate(() => (window as unknown as { phases: { text: string; at: number }[] }).phases);

  const entityRequests = (ids: string[]) => ids.map((id) => ({ type: 'entity', id, asOf: latest }));
  const messaging = await roundTrips(b, Array.from({ length: reads }, () => ({ type: 'dataset-status' })));
  const busy = await roundTrips(b, entityRequests(busiest));
  const usual = await roundTrips(b, entityRequests(ordinary));
  const ms = (n: number) => `${n.toFixed(1)} ms`;
  const summary = (t: { times: number[] }) => `median ${ms(median(t.times))}, p95 ${ms(quantile(t.times, 0.95))}, max ${ms(Math.max(...t.times))}`;
  console.log(`pack ${pack.id} ${pack.version}: ${(bytes.length / 1e6).toFixed(2)} MB gzipped, ${pack.entities.length} entities, ${pack.events.length} events`);
  console.log(`install by URL through the options page: ${((end - start) / 1000).toFixed(1)} s (target ≤ 20 s)`);
  for (const p of phases) console.log(`  ${p.text.padEnd(20)} from ${((p.at - start) / 1000).toFixed(1)} s`);
  console.log(`  installed            at ${((end - start) / 1000).toFixed(1)} s`);
  console.log(`entity card with its prior events, as of ${latest}, message round trip from an extension page (target ≤ 5 ms):`);
  console.log(`  ${String(busy.answered).padStart(3)} busiest entities   ${summary(busy)}`);
  console.log(`  ${String(usual.answered).padStart(3)} ordinary entities  ${summary(usual)}`);
  console.log(`  message alone          ${summary(messaging)}`);
} finally {
  await b.close();
  await server.close();
}
