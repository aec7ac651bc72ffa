// What the linker keeps of each entity: id, type, prior, country, QID and the surname key used to link
// family members ("his daughter Yulia" after "Sergei Skripal"). Parallel arrays, JSON-able.

import { ENTITY_TYPES, type EntityType } from './pack';
import { nameParts } from './name-parts';
import { foldText, H1_SEED, h1Of, mixH1, tokenizeHashed, type Tokens } from './normalize';

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
}

export interface CompiledEntityTable {
  ids: string[];
  types: number[];
  priors: number[];
  countries: string[];
  wikidata: string[];
  surnames: number[];
  groups: number[];
}

export interface TableEntity {
  id: string;
  type: EntityType;
  name: string;
  prior: number;
  country?: string;
  wikidata?: string;
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

function groupKey(type: string, name: string): number {
  let h = H1_SEED;
  // type, then the folded name's letters and digits (punctuation and spacing do not make another thing)
  for (let i = 0; i < type.length; i++) h = mixH1(h, type.charCodeAt(i));
  const folded = foldText(name);
  for (let i = 0; i < folded.length; i++) {
    const c = folded.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c > 127) h = mixH1(h, c);
  }
  return h;
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
  };
}

export function entityTableFromJSON(c: CompiledEntityTable): EntityTable {
  return {
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
