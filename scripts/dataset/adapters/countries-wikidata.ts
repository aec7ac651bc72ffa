// Wikidata QIDs and one-line descriptions of countries.
import { SOURCES } from '../sources';
import { draft, type Draft, type SkipLog } from '../draft';
import type { CountryResolver } from './country-resolver';

export interface WikidataCountry {
  wikidata: string;
  label: string;
  description?: string;
}

const SRC = SOURCES.countriesWikidata.id;

export function countriesFromWikidata(list: readonly WikidataCountry[], resolver: CountryResolver, skips: SkipLog): Draft[] {
  const out: Draft[] = [];
  for (const c of list) {
    const ref = resolver.resolve(c.label);
    if (!ref || !/^Q\d+$/.test(c.wikidata)) {
      skips.add(SRC, 'label matches no world-countries country', c.label);
      continue;
    }
    out.push(
      draft('country', ref.name, SRC, {
        idHint: `country:${ref.cca3}`,
        wikidata: c.wikidata,
        country: ref.cca2,
        aliases: c.label !== ref.name ? [c.label] : [],
        description: c.description,
        descriptionSource: SRC,
      }),
    );
  }
  return out;
}
