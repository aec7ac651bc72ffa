// Finding an entity by name anywhere in the dataset, for names the page did not mark. Matches the start of the
// name or of any word in it, ignoring case and diacritics ("sluzk" finds Leonid Sluzki, "skripal" both Skripals).
import { foldText } from './normalize';
import type { EntityType } from './pack';

export interface SearchEntry {
  id: string;
  type: EntityType;
  name: string;
  prior: number;
  /** Folded forms of the name and aliases. */
  keys: string[];
}

export interface SearchHit {
  id: string;
  /** The name or alias that matched. */
  matched: string;
}

export function searchKey(text: string): string {
  return foldText(text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

export function searchEntry(e: { id: string; type: EntityType; name: string; aliases: readonly string[]; prior: number }): SearchEntry {
  return { id: e.id, type: e.type, name: e.name, prior: e.prior, keys: [...new Set([e.name, ...e.aliases].map(searchKey).filter(Boolean))] };
}

/** 3: the whole name, 2: the start of the name, 1: the start of a later word, 0: no match. */
function score(key: string, q: string): number {
  if (key === q) return 3;
  if (key.startsWith(q)) return 2;
  return key.includes(' ' + q) ? 1 : 0;
}

export function searchEntities(entries: readonly SearchEntry[], query: string, limit: number): SearchEntry[] {
  const q = searchKey(query);
  if (q.length < 2) return [];
  const hits: { e: SearchEntry; s: number }[] = [];
  for (const e of entries) {
    let best = 0;
    for (const k of e.keys) best = Math.max(best, score(k, q));
    if (best > 0) hits.push({ e, s: best });
  }
  hits.sort((a, b) => b.s - a.s || b.e.prior - a.e.prior || a.e.name.length - b.e.name.length || (a.e.id < b.e.id ? -1 : 1));
  return hits.slice(0, limit).map((h) => h.e);
}
