// How the news abbreviates names that no source lists: US states in datelines and after city names, in the
// Associated Press style ("Tuscaloosa, Ala.", "Calif."). Only forms that are not English words or titles:
// "Miss.", "Ill.", "Ore.", "Wash.", "Mass.", "La." or "Pa." would link the word or the title instead.
import { SOURCES } from './sources';
import { draft, type Draft } from './draft';
import { isRegionDescription } from '../../lib/core/entity-table';

const US_STATES: Record<string, string[]> = {
  Alabama: ['Ala.'],
  Arizona: ['Ariz.'],
  Arkansas: ['Ark.'],
  California: ['Calif.'],
  Colorado: ['Colo.'],
  Connecticut: ['Conn.'],
  Florida: ['Fla.'],
  Georgia: ['Ga.'],
  Kansas: ['Kan.'],
  Kentucky: ['Ky.'],
  Maryland: ['Md.'],
  Michigan: ['Mich.'],
  Minnesota: ['Minn.'],
  Montana: ['Mont.'],
  Nebraska: ['Neb.'],
  Nevada: ['Nev.'],
  'New Hampshire': ['N.H.'],
  'New Jersey': ['N.J.'],
  'New Mexico': ['N.M.'],
  'North Carolina': ['N.C.'],
  'North Dakota': ['N.D.'],
  Oklahoma: ['Okla.'],
  'Rhode Island': ['R.I.'],
  'South Carolina': ['S.C.'],
  'South Dakota': ['S.D.'],
  Tennessee: ['Tenn.'],
  Vermont: ['Vt.'],
  Virginia: ['Va.'],
  'West Virginia': ['W.Va.', 'W. Va.'],
  Wisconsin: ['Wis.'],
  Wyoming: ['Wyo.'],
};

/**
 * Alias drafts for the US states the pack already has (a place of that name in the United States): they
 * join that entity and create nothing new.
 */
export function usStateAbbreviations(): Draft[] {
  return Object.entries(US_STATES).map(([name, aliases]) => draft('place', name, SOURCES.newsMined.id, { aliases, country: 'US' }));
}

/**
 * Short forms the news uses for well-known bodies that no source gives as aliases: clipped names ("Fed"),
 * brand initials ("VW") and exchange tickers ("NYSE"). Each joins the entity of that full name and type if the
 * pack has one, never creating an entity.
 */
const SHORT_FORMS: ReadonlyArray<[string, string[]]> = [
  ['Federal Reserve System', ['Fed', 'Federal Reserve']],
  ['Volkswagen Group', ['VW', 'Volkswagen AG']],
  ['New York Stock Exchange', ['NYSE']],
  ['London Stock Exchange', ['LSE']],
  ['British Airways', ['BA']],
  ['General Motors', ['GM']],
  ['Hewlett-Packard', ['HP']],
  ['Procter & Gamble', ['P&G']],
  ['Bank of America', ['BofA']],
  ['Bank of Japan', ['BOJ']],
  ['Bank of England', ['BoE']],
  ['European Central Bank', ['ECB']],
  ['International Monetary Fund', ['IMF']],
  ['Goldman Sachs', ['Goldman']],
  ['Federal Bureau of Investigation', ['FBI']],
  ['Central Intelligence Agency', ['CIA']],
  ['International Business Machines', ['IBM']],
];

export function newsShortForms(): Draft[] {
  return SHORT_FORMS.map(([name, aliases]) => draft('organisation', name, SOURCES.newsMined.id, { aliases }));
}

/** "Heathrow Airport" is "Heathrow" in the news, unless that word names something else the pack knows. */
export function airportShortName(name: string, known: ReadonlySet<string>, key: (s: string) => string): string | undefined {
  const m = /^(\p{Lu}[\p{L}'’-]+) (?:International )?Airport$/u.exec(name);
  if (!m || known.has(key(m[1]!))) return undefined;
  return m[1];
}

// region kinds whose bare name the news uses alone ("83 mm in Cordoba, 41 in Santa Fe"); counties and
// districts are left out: "Orange" for Orange County is not how anyone writes
const REGION_KIND = /^(.+?) (?:Province|Oblast|Governorate|Prefecture|Krai|Voivodeship)$/u;

/**
 * "Córdoba Province" is "Cordoba" in the news. The bare name is kept even when a city carries it too (the
 * linker tells them apart by context), but not when it is an everyday word.
 */
export function regionShortName(name: string, description: string | undefined, everyday: ReadonlySet<string>): string | undefined {
  const m = REGION_KIND.exec(name);
  if (!m || !isRegionDescription(description)) return undefined;
  const stem = m[1]!;
  if (!/^\p{Lu}/u.test(stem) || everyday.has(stem.toLowerCase())) return undefined;
  return stem;
}

/**
 * Spellings of one organisation's name the news also uses: British and American "-isation"/"-ization" ("Food
 * and Agriculture Organisation"), "Air Lines" for "Airlines" (Japan Air Lines, Delta Air Lines), and a name
 * fused from two names the pack knows, spaced ("ExxonMobil" -> "Exxon Mobil").
 */
export function spellingVariants(name: string, known: ReadonlySet<string>, key: (s: string) => string): string[] {
  const out: string[] = [];
  if (/\b\p{Lu}?\p{L}*i[sz]ation\b/u.test(name)) {
    const other = name.replace(/(\p{L})i([sz])ation\b/gu, (_, l: string, z: string) => `${l}i${z === 's' ? 'z' : 's'}ation`);
    if (other !== name) out.push(other);
  }
  if (/\bAirlines\b/.test(name)) out.push(name.replace(/\bAirlines\b/, 'Air Lines'));
  else if (/\bAir Lines\b/.test(name)) out.push(name.replace(/\bAir Lines\b/, 'Airlines'));
  const fused = /^(\p{Lu}\p{Ll}{2,})(\p{Lu}\p{Ll}{2,})$/u.exec(name);
  if (fused && known.has(key(fused[1]!)) && known.has(key(fused[2]!))) out.push(`${fused[1]} ${fused[2]}`);
  return out;
}
