// Named people, places, organisations and historical events from WordNet's noun database.
// Only proper-noun senses become entities, and only names that fit news: WordNet knows "Salisbury" only as
// Harare's colonial name and "macron" only as a diacritic, and either would mislink if taken as is.
import { SOURCES } from '../sources';
import { draft, type Draft } from '../draft';
import type { EntityType } from '../../../lib/core/pack';

export interface Synset {
  offset: string;
  lexFile: number;
  words: string[];
  /** Is an instance (a named individual) rather than a class. */
  instance: boolean;
  /** offsets of the synsets this one is a part of ("#p": Georgia the state is part of the United States) */
  partOf?: string[];
  gloss: string;
}

const SRC = SOURCES.wordnet.id;

/** Parses WordNet's data.noun format; licence header lines (starting with spaces) are skipped. */
export function parseWordNetData(text: string): Synset[] {
  const out: Synset[] = [];
  for (const line of text.split('\n')) {
    if (!/^\d{8} /.test(line)) continue;
    const bar = line.indexOf(' | ');
    const head = (bar >= 0 ? line.slice(0, bar) : line).trim().split(' ');
    const gloss = bar >= 0 ? line.slice(bar + 3).trim() : '';
    const wordCount = parseInt(head[3] ?? '0', 16);
    const words: string[] = [];
    for (let i = 0; i < wordCount; i++) words.push((head[4 + i * 2] ?? '').replace(/_/g, ' ').replace(/\([a-z]+\)$/, ''));
    const ptrStart = 4 + wordCount * 2;
    const ptrCount = parseInt(head[ptrStart] ?? '0', 10);
    let instance = false;
    const partOf: string[] = [];
    for (let p = 0; p < ptrCount; p++) {
      const symbol = head[ptrStart + 1 + p * 4];
      if (symbol === '@i') instance = true;
      else if (symbol === '#p') partOf.push(head[ptrStart + 2 + p * 4]!);
    }
    out.push({ offset: head[0]!, lexFile: parseInt(head[1] ?? '0', 10), words, instance, gloss, ...(partOf.length ? { partOf } : {}) });
  }
  return out;
}

/** The gloss without its quoted examples. */
function definition(gloss: string): string {
  return gloss.split(/;\s*"/)[0]!.trim();
}

function typeOf(s: Synset): EntityType | undefined {
  if (s.lexFile === 18 && s.instance) return 'person';
  if (s.lexFile === 15 && s.instance) return 'place';
  if (s.lexFile === 14) return 'organisation';
  if (s.lexFile === 4 && s.instance && /\b(war|battle|revolution|invasion|siege|crisis|uprising|rebellion|massacre)\b/i.test(s.words.join(' ') + ' ' + s.gloss)) return 'event';
  return undefined;
}

const isProper = (w: string): boolean => /^\p{Lu}/u.test(w);
const isAcronym = (w: string): boolean => /^[A-Z][A-Z.&-]{1,7}$/.test(w);

function sharesToken(a: string, b: string): boolean {
  const ta = new Set(a.toLowerCase().split(/[\s-]+/));
  return b.toLowerCase().split(/[\s-]+/).some((t) => t.length > 2 && ta.has(t));
}

/**
 * The country a place is part of, by WordNet's part-of pointers, up a few steps (Atlanta -> Georgia -> United
 * States). A holonym named like a country is that country only if it is itself part of none: Georgia the US
 * state is part of the United States, so Atlanta is in the US, not in Georgia the country.
 */
function countryByParts(
  s: Synset,
  byOffset: ReadonlyMap<string, Synset>,
  countryOf: (name: string) => string | undefined,
  memo: Map<string, string | null>,
  depth = 0,
): string | undefined {
  const known = memo.get(s.offset);
  if (known !== undefined) return known ?? undefined;
  let found: string | undefined;
  if (depth < 5) {
    for (const o of s.partOf ?? []) {
      const h = byOffset.get(o);
      if (!h) continue;
      found = countryByParts(h, byOffset, countryOf, memo, depth + 1) ?? countryOf(h.words[0]!);
      if (found) break;
    }
  }
  memo.set(s.offset, found ?? null);
  return found;
}

// "a state in southeastern United States": not "a Serbian province", which WordNet files apart from the
// country of that name for history's sake
const STATE_GLOSS = /^(?:an? |the )?(?:\w+ )?state\b/i;

/**
 * The country of a region named like a country elsewhere: Georgia, "a state in southeastern United States", is
 * part of the US, not the country Georgia. Other places keep no country here: merging them by name with the
 * other sources' records is what gives theirs.
 */
function regionElsewhere(s: Synset, name: string, byOffset: ReadonlyMap<string, Synset>, countryOf: (name: string) => string | undefined, memo: Map<string, string | null>): string | undefined {
  const named = countryOf(name);
  if (named === undefined || !STATE_GLOSS.test(definition(s.gloss))) return undefined;
  const parts = countryByParts(s, byOffset, countryOf, memo);
  return parts !== named ? parts : undefined;
}

/**
 * The one country an organisation's gloss names ("the older of two major political parties in the United
 * States"); none when it names several ("in Australia, Canada, and other nations") or none. Without it the
 * synset would merge by name with whichever country's party of that name came first.
 */
function countryInGloss(gloss: string, countryOf: (name: string) => string | undefined): string | undefined {
  const found = new Set<string>();
  for (const run of definition(gloss).match(/\p{Lu}[\p{L}.'-]*(?: \p{Lu}[\p{L}.'-]*)*/gu) ?? []) {
    const code = countryOf(run);
    if (code !== undefined) found.add(code);
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/** "Democrat" -> "Democrats", "Tory" -> "Tories". */
function plural(word: string): string {
  return /[^aeiou]y$/.test(word) ? `${word.slice(0, -1)}ies` : `${word}s`;
}

/**
 * The plural of a member noun WordNet defines as "a member of the X", for the organisation X: "Democrats" and
 * "Republicans" are how the news names the US parties far more often than by their full names.
 */
function memberPlurals(synsets: readonly Synset[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const s of synsets) {
    if (s.lexFile !== 18 || s.instance) continue;
    const m = /^a member of the (\p{Lu}[\p{L} ]+)$/u.exec(definition(s.gloss));
    if (!m) continue;
    for (const w of s.words) if (/^\p{Lu}\p{Ll}+$/u.test(w)) out.set(m[1]!, [...(out.get(m[1]!) ?? []), plural(w)]);
  }
  return out;
}

/**
 * `countryOf` (a country's name -> its code) gives a region named like a country elsewhere (Georgia, the US
 * state) the country WordNet says it is part of, so it stays apart from that country, and an organisation the
 * country its gloss names.
 */
export function entitiesFromWordNet(synsets: readonly Synset[], countryOf?: (name: string) => string | undefined): Draft[] {
  const out: Draft[] = [];
  const byOffset = new Map(synsets.map((s) => [s.offset, s]));
  const memo = new Map<string, string | null>();
  const members = memberPlurals(synsets);
  for (const s of synsets) {
    const type = typeOf(s);
    if (!type) continue;
    const proper = s.words.filter(isProper);
    if (proper.length === 0 || !isProper(s.words[0]!)) continue;
    // People are named by their fullest multi-word name; a bare surname alias ("Lincoln") is left to coreference.
    const multi = proper.filter((w) => w.includes(' '));
    // A city that shares its short name with a state or country ("New York", "Washington") is named by its
    // fuller lemma ("New York City", "Washington D.C."), or it would merge with the state of that name.
    const city = type === 'place' ? proper.find((w) => w.startsWith(`${proper[0]!} `) && /\s(City|D\.?C\.?)$/.test(w)) : undefined;
    const name = city ?? (type === 'person' && multi.length ? multi[0]! : proper[0]!);
    const aliases = proper.filter((w) => {
      if (w === name) return false;
      if (isAcronym(w)) return true;
      if (type === 'person') return w.includes(' ');
      // An alias sharing no word with the name is usually a former or foreign name (Harare's "Salisbury"), unless
      // it is the short form of another of the synset's names: "Britain" of "Great Britain", "America" of
      // "United States of America".
      return sharesToken(name, w) || (!w.includes(' ') && proper.some((o) => o !== w && o !== name && o.includes(' ') && sharesToken(o, w) && sharesToken(o, name)));
    });
    if (type === 'organisation') {
      aliases.push(...(members.get(name) ?? []));
      // "United States" is a lemma of WordNet's US government; a country's name read alone is the country
      if (countryOf) for (let i = aliases.length - 1; i >= 0; i--) if (countryOf(aliases[i]!) !== undefined) aliases.splice(i, 1);
    }
    out.push(
      draft(type, name, SRC, {
        idHint: `wordnet:${s.offset}`,
        aliases,
        description: definition(s.gloss) || undefined,
        descriptionSource: SRC,
        weight: 0.15,
        country: !countryOf ? undefined : type === 'place' ? regionElsewhere(s, name, byOffset, countryOf, memo) : type === 'organisation' ? countryInGloss(s.gloss, countryOf) : undefined,
      }),
    );
  }
  return out;
}

/** Lower-case nouns naming people and groups ("spy", "politician", "militia"): heads of news descriptors. */
export function roleNouns(synsets: readonly Synset[]): Set<string> {
  const out = new Set<string>();
  for (const s of synsets) {
    if ((s.lexFile === 18 || s.lexFile === 14) && !s.instance) {
      for (const w of s.words) if (/^[a-z][a-z-]+$/.test(w)) out.add(w);
    }
  }
  return out;
}

/** All lower-case single-word lemmas: common words that must not be matched as bare names. */
export function commonWords(synsets: readonly Synset[]): Set<string> {
  const out = new Set<string>();
  for (const s of synsets) for (const w of s.words) if (/^[a-z]+$/.test(w)) out.add(w);
  return out;
}
