// A small pack and article of our own for the end-to-end tests: a few entities with dated events before and
// after the article's date (6 October 2021), so tests can check what counts as "prior".
import { gzipSync } from 'node:zlib';
import { PACK_FORMAT, type Pack } from '../../lib/core/pack';
import { installPackFromUrl, launch, waitForDataset, type Browser, type PageServer } from '../../scripts/lib/browser';

export function newsPack(version: string): Pack {
  const src = 'e2e';
  return {
    format: PACK_FORMAT,
    id: 'e2e-news',
    version,
    builtAt: '2026-11-01T00:00:00Z',
    sources: [{ id: src, name: 'End-to-end fixture', licence: 'CC0-1.0', attribution: 'Backstory tests', url: 'https://example.org/fixture' }],
    entities: [
      { id: 'p:skripal', type: 'person', name: 'Sergei Skripal', aliases: [], wikidata: 'Q1', description: 'former Russian military officer and double agent', facts: [{ label: 'Born', value: '1951', date: '1951-06-23' }], links: [], prior: 0.8, sources: [src] },
      { id: 'pl:salisbury', type: 'place', name: 'Salisbury', aliases: [], wikidata: 'Q2', description: 'cathedral city in Wiltshire, England', facts: [], links: [], prior: 0.7, sources: [src] },
      { id: 'o:nato', type: 'organisation', name: 'NATO', aliases: ['North Atlantic Treaty Organization'], wikidata: 'Q7184', description: 'intergovernmental military alliance', facts: [], links: [], prior: 0.9, sources: [src] },
    ],
    events: [
      { id: 'ev1', date: '2018-03-04', text: 'Sergei Skripal and his daughter are poisoned with a nerve agent in Salisbury.', entities: ['p:skripal', 'pl:salisbury'], threads: ['Poisoning of Sergei and Yulia Skripal'], source: src },
      { id: 'ev2', date: '2018-03-27', text: 'NATO expels seven Russian diplomats over the Salisbury attack.', entities: ['o:nato', 'p:skripal'], threads: ['Poisoning of Sergei and Yulia Skripal'], source: src },
      { id: 'ev3', date: '2022-05-01', text: 'An event after the article, never shown as prior.', entities: ['p:skripal'], threads: [], source: src },
    ],
  };
}

export const ARTICLE = `<!doctype html><html><head><meta charset="utf-8"><title>Salisbury remembers</title>
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Salisbury remembers","datePublished":"2021-10-06T10:00:00Z"}</script></head>
<body><article><h1>Salisbury remembers</h1><p>Three years after the attack in Salisbury, the former double agent Sergei Skripal lives under a new name, NATO officials say.</p>
<p>Skripal has not spoken in public since. His daughter, who was also poisoned, has given one interview, in which she said that she hoped to return home one day.</p>
<p>The city has spent the years since on a long clean-up. Several sites, including a restaurant and a park bench, were sealed off for months while specialists in protective suits removed contaminated material.</p>
<p>Residents say the attention has faded. Tourists come back for the cathedral, shops have reopened, and a memorial garden was planted near the place where a police officer fell ill after visiting the house.</p></article></body></html>`;


/** Chromium with the extension, and `pack` served by `server` and loaded through the options page as a reader would. */
export async function launchWithPack(server: PageServer, pack: Pack = newsPack('1')): Promise<Browser> {
  const path = `/packs/${pack.id}.json.gz`;
  server.set(path, gzipSync(JSON.stringify(pack)), 'application/gzip', { 'access-control-allow-origin': '*' });
  const b = await launch();
  await waitForDataset(b);
  await installPackFromUrl(b, `${server.base}${path}`, pack.id);
  return b;
}
