// What the linker keeps of each entity: id, type, prior, country, QID and the surname key used to link
// family members ("his daughter Yulia" after "Sergei Skripal"). Parallel arrays, JSON-able.

import { ENTITY_TYPES, type EntityType } from './pack';
import { nameParts } from './name-parts';
import { beyondAscii, foldText, H1_SEED, h1Of, mixH1, tokenizeHashed, type Tokens } from './normalize';

export interface EntityTable {
  ids: string[];
  types: Uint8Array;
  priors: Float32Array;
  /** ISO2 or '' */
  countries: string[];
  /** QID or '' */
  wikidata: string[];
  /** h1 of the surname token of people, 0 otherwise */
  surnames: Int32Array;
  /** hash of type + folded name: packs merged from several sources list one thing more than once */
  groups: Int32Array;
  /**
   * 1 for a place that is a state, province, county or other region (not a city or town); 2 for a place whose
   * description says something else (a city, a town); 0 when the place has no description or is no place
   */
  regions: Uint8Array;
}

export interface CompiledEntityTable {
  ids: string[];
  types: number[];
  priors: number[];
  countries: string[];
  wikidata: string[];
  surnames: number[];
  groups: number[];
  /** indexes of region places (absent in forms compiled before regions were told apart) */
  regions?: number[];
  /** indexes of places described as something other than a region (absent in older forms) */
  otherPlaces?: number[];
}

export interface TableEntity {
  id: string;
  type: EntityType;
  name: string;
  prior: number;
  country?: string;
  wikidata?: string;
  description?: string;
}

const TYPE_INDEX = new Map<string, number>(ENTITY_TYPES.map((t, i) => [t, i]));

export function typeOf(table: EntityTable, e: number): EntityType {
  return ENTITY_TYPES[table.types[e]!] ?? 'thing';
}

// token arrays reused across calls: a fresh set per person would cost more than the hashing
let scratch: Tokens | undefined;

export function surnameKey(name: string): number {
  const s = nameParts(name).surname;
  if (!s) return 0;
  scratch = tokenizeHashed(s, scratch);
  return scratch.count === 1 ? h1Of(scratch, 0) || 1 : 0;
}

const LEADING_THE = /^the\s+(?=\S)/i;

function groupKey(type: string, name: string): number {
  let h = H1_SEED;
  // type, then the folded name's letters and digits (punctuation and spacing do not make another thing)
  for (let i = 0; i < type.length; i++) h = mixH1(h, type.charCodeAt(i));
  // (plain ASCII names, most of them, are lower-cased on the fly instead of folded into a new string)
  const folded = beyondAscii(name) ? foldText(name) : name;
  // "The Wall Street Journal" and "Wall Street Journal" from two sources are one newspaper
  const from = LEADING_THE.exec(folded)?.[0].length ?? 0;
  for (let i = from; i < folded.length; i++) {
    let c = folded.charCodeAt(i);
    if (c >= 65 && c <= 90) c |= 32;
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c > 127) h = mixH1(h, c);
  }
  return h;
}

// how sources open the description of a region: "state of the United States", "province of Argentina"
const REGION_DESCRIPTION =
  /^(?:an? |the )?(?:\w+ )?(?:state|province|region|county|department|prefecture|oblast|krai|governorate|canton|territory|voivodeship|emirate|autonomous community|federal subject)\b/i;

/** Whether a place's description says it is a region (a state, a province) rather than a city or town. */
export function isRegionDescription(description: string | undefined): boolean {
  return description !== undefined && REGION_DESCRIPTION.test(description) && !/^(?:an? |the )?(?:\w+ )?(?:state|province|region|county)?\s*(?:capital|city|town)\b/i.test(description);
}

export function buildEntityTable(entities: readonly TableEntity[]): EntityTable {
  const n = entities.length;
  const table: EntityTable = {
    ids: new Array<string>(n),
    types: new Uint8Array(n),
    priors: new Float32Array(n),
    countries: new Array<string>(n),
    wikidata: new Array<string>(n),
    surnames: new Int32Array(n),
    groups: new Int32Array(n),
    regions: new Uint8Array(n),
  };
  for (let i = 0; i < n; i++) {
    const e = entities[i]!;
    table.ids[i] = e.id;
    table.types[i] = TYPE_INDEX.get(e.type) ?? TYPE_INDEX.get('thing')!;
    const p = Number.isFinite(e.prior) ? e.prior : 0.5;
    table.priors[i] = Math.min(1, Math.max(0, p));
    table.countries[i] = (e.country ?? '').toUpperCase();
    table.wikidata[i] = e.wikidata ?? '';
    table.surnames[i] = e.type === 'person' ? surnameKey(e.name) : 0;
    table.groups[i] = groupKey(e.type, e.name);
    if (e.type === 'place' && e.description) table.regions[i] = isRegionDescription(e.description) ? 1 : 2;
  }
  return table;
}

export function entityTableToJSON(t: EntityTable): CompiledEntityTable {
  return {
    ids: t.ids,
    types: Array.from(t.types),
    priors: Array.from(t.priors, (p) => Math.round(p * 1e4) / 1e4),
    countries: t.countries,
    wikidata: t.wikidata,
    surnames: Array.from(t.surnames),
    groups: Array.from(t.groups),
    regions: indexesOf(t.regions, 1),
    otherPlaces: indexesOf(t.regions, 2),
  };
}

function indexesOf(regions: Uint8Array, value: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < regions.length; i++) if (regions[i] === value) out.push(i);
  return out;
}

export function entityTableFromJSON(c: CompiledEntityTable): EntityTable {
  const regions = new Uint8Array(c.ids.length);
  for (const i of c.regions ?? []) regions[i] = 1;
  for (const i of c.otherPlaces ?? []) regions[i] = 2;
  return {
    regions,
    ids: c.ids,
    types: Uint8Array.from(c.types),
    priors: Float32Array.from(c.priors),
    countries: c.countries,
    wikidata: c.wikidata,
    surnames: Int32Array.from(c.surnames),
    // a compiled form from before groups existed: every entity is its own group
    groups: Array.isArray(c.groups) ? Int32Array.from(c.groups) : Int32Array.from(c.ids, (_, i) => i + 1),
  };
}
