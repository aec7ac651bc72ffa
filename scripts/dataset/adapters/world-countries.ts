// Countries from the world-countries package: names in many languages, demonyms, capitals, region.
import { SOURCES } from '../sources';
import { draft, type Draft } from '../draft';
import { uniq } from '../text';

/** The subset of a world-countries record the builder reads. */
export interface WorldCountry {
  name: { common: string; official: string; native?: Record<string, { official: string; common: string }> };
  cca2: string;
  cca3: string;
  capital?: string[];
  altSpellings?: string[];
  region?: string;
  subregion?: string;
  independent?: boolean | null;
  unMember?: boolean;
  demonyms?: Record<string, { f: string; m: string }>;
  translations?: Record<string, { official: string; common: string }>;
}

const SRC = SOURCES.worldCountries.id;

/** Country drafts keyed `country:<cca3>`; demonyms become facts, not aliases ("Russian" is not Russia). */
export function countriesFromWorldCountries(list: readonly WorldCountry[]): Draft[] {
  return list.map((c) => {
    const names = [
      c.name.official,
      ...Object.values(c.name.native ?? {}).flatMap((n) => [n.common, n.official]),
      ...Object.values(c.translations ?? {}).flatMap((n) => [n.common, n.official]),
      // Two-letter codes ("RU") are kept out: they collide with ordinary words and abbreviations.
      ...(c.altSpellings ?? []).filter((a) => a.length > 3 || /^[A-Z]{3,}$/.test(a) || /\./.test(a)),
    ];
    const d = draft('country', c.name.common, SRC, {
      idHint: `country:${c.cca3}`,
      country: c.cca2,
      aliases: uniq(names.map((n) => n.trim()).filter((n) => n && n !== c.name.common)),
      weight: c.unMember ? 1 : 0.7,
    });
    const cap = c.capital?.filter(Boolean) ?? [];
    if (cap.length) d.facts.push({ label: 'Capital', value: cap.join(', '), source: SRC });
    if (c.region) d.facts.push({ label: 'Region', value: c.subregion ? `${c.subregion} (${c.region})` : c.region, source: SRC });
    const dem = c.demonyms?.eng?.m;
    if (dem) d.facts.push({ label: 'Demonym', value: dem, source: SRC });
    return d;
  });
}

/** Demonym -> cca2, used by the news cues ("Russian politician X" -> RU). */
export function demonymIndex(list: readonly WorldCountry[]): Map<string, string> {
  const m = new Map<string, string>();
  for (const c of list) {
    for (const d of [c.demonyms?.eng?.m, c.demonyms?.eng?.f]) if (d && !m.has(d)) m.set(d, c.cca2);
  }
  return m;
}
