// Reads the third-party source folder (../shared/data by default). Nothing is copied into the repository.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { parse as parseCsv } from 'csv-parse/sync';
import type { FactbookProfile } from './adapters/factbook';
import type { WikidataCountry } from './adapters/countries-wikidata';
import type { PoliticianRow } from './adapters/politicians';
import type { PartyQidRow, PartyRow } from './adapters/parties';

export function readCsv<T>(file: string): T[] {
  return parseCsv(readFileSync(file, 'utf8'), { columns: true, skip_empty_lines: true, relax_column_count: true, relax_quotes: true }) as T[];
}

export function loadFactbook(dir: string): FactbookProfile[] {
  const out: FactbookProfile[] = [];
  for (const region of readdirSync(dir).sort()) {
    if (region === 'meta' || !existsSync(join(dir, region)) || region.includes('.')) continue;
    for (const f of readdirSync(join(dir, region)).filter((x) => x.endsWith('.json')).sort()) {
      out.push({ region, code: f.replace(/\.json$/, ''), doc: JSON.parse(readFileSync(join(dir, region, f), 'utf8')) as unknown });
    }
  }
  return out;
}

export function loadIntlOrgs(file: string): unknown {
  return parseYaml(readFileSync(file, 'utf8'), { maxAliasCount: 100 }) as unknown;
}

export function loadCountriesWikidata(file: string): WikidataCountry[] {
  return JSON.parse(readFileSync(file, 'utf8')) as WikidataCountry[];
}

export function loadPoliticians(dir: string): PoliticianRow[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.csv'))
    .sort()
    .flatMap((f) => readCsv<PoliticianRow>(join(dir, f)));
}

export function loadParties(dir: string): { rows: PartyRow[]; qids: PartyQidRow[] } {
  return {
    rows: readCsv<PartyRow>(join(dir, 'partyfacts-core-parties.csv')),
    qids: readCsv<PartyQidRow>(join(dir, 'partyfacts-wikidata.csv')),
  };
}
