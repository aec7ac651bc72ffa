// The alias index and the scan over article tokens: every alias of every entity, compiled once into a
// hashed token trie; the scan tries only tokens that can start a name and keeps the longest match.

import { base64ToInt32, int32ToBase64 } from './base64';
import { AMBIGUOUS_CAPITALS, COMMON_WORDS } from './common-words';
import { isSpaceCode, nameParts, phoneticCodesInto, withCompanyShortNames } from './name-parts';
import {
  beyondAscii,
  foldedCodesOf,
  foldText,
  GAP_PENDING,
  GAP_SOFT,
  gapOf,
  H1_SEED,
  H2_SEED,
  hashOf,
  mixH1,
  mixH2,
  TokenFlag,
  tokenizeHashed,
  type Tokens,
} from './normalize';
import type { PackEntity } from './pack';
import { TextTable } from './text-table';
import { ROOT, TokenTrie, TokenTrieBuilder, type TrieArrays } from './token-trie';

// Token flags as plain module constants: a const enum imported from another module is not inlined when
// files are transpiled one by one (tsx), and the scan reads these for every word.
const TF_ALLCAPS: number = TokenFlag.AllCaps;
const TF_CAPITALISED: number = TokenFlag.Capitalised;
const TF_CONTRACTION: number = TokenFlag.Contraction;
const TF_DIGITSTART: number = TokenFlag.DigitStart;
const TF_DOTTEDACRONYM: number = TokenFlag.DottedAcronym;
const TF_HASUPPER: number = TokenFlag.HasUpper;
const TF_SINGLELETTER: number = TokenFlag.SingleLetter;

/** How an alias relates to its entity and how it must be written to count. */
export const enum AliasFlag {
  Surname = 1, // only a part of a person's name: needs an earlier full mention or a unique fit
  Given = 2,
  Canonical = 4, // the entity's own name
  Acronym = 8, // written in capitals ("NATO"); text must be capitals too when Strict
  AcronymStrict = 16, // short or word-like acronym ("US", "WHO"): "us", "Who" never match
  Common = 32, // one token that is an everyday English word ("Turkey", "Apple")
  AmbiguousCapital = 64, // stays ambiguous even when capitalised mid-sentence ("May", "Alliance")
  LowerStart = 128, // alias starts in lower case ("al-Qaeda", "van Gogh"): may start on a lower-case token
  AllLower = 256, // alias has no capital at all
  Phonetic = 512, // matched through the transliteration key, not letter for letter
  OrgHead = 1024, // (with Surname) the first word of an organisation's name: only after the full name
}

export const PARTIAL = AliasFlag.Surname | AliasFlag.Given;
const MAX_ALIAS_TOKENS = 10;
/** people sharing a given name or surname before that word counts as a common first name / surname */
const FREQUENT_NAME = 5;
/** organisations whose names open with the same word before that word is too generic to stand for one */
const FREQUENT_HEAD = 3;

export interface AliasSource {
  /** entity index */
  entity: number;
  text: string;
  flags: number;
}

export interface AliasIndexArrays {
  exact: TrieArrays;
  phonetic: TrieArrays;
  /** [count, entity, flags, entity, flags, ...] per node payload */
  payload: Int32Array;
  /** token h1 hashes of aliases that may start in lower case */
  lowerStarts: Int32Array;
  aliasCount: number;
}

export interface CompiledAliasIndex {
  exact: CompiledTrie;
  phonetic: CompiledTrie;
  payload: string;
  lowerStarts: number[];
  aliasCount: number;
}

/** `table` since the flat layout; forms stored before it have the parallel arrays (and `slots`) instead. */
export interface CompiledTrie {
  nodeCount: number;
  table: string;
}

/**
 * One candidate span: the entities whose aliases it matched, with the flags of each alias. The entries are
 * read from the index only when asked for: a first name may carry hundreds of people.
 */
export class RawMatch {
  private list: number[] | null;
  // where the entries are read from (one flat object per match: the scan makes many and keeps few)
  private payload: Int32Array | null = null;
  private offset = 0;
  private tokFlags = 0;
  private chars = 0;
  private extra = 0;

  constructor(
    readonly tokenStart: number,
    /** exclusive */
    readonly tokenEnd: number,
    readonly start: number,
    readonly end: number,
    entries: number[] | null,
  ) {
    this.list = entries;
  }

  /** Entries to be read from the index payload when first asked for. */
  static lazy(tokenStart: number, tokenEnd: number, start: number, end: number, payload: Int32Array, offset: number, tokFlags: number, chars: number, extra: number): RawMatch {
    const m = new RawMatch(tokenStart, tokenEnd, start, end, null);
    m.payload = payload;
    m.offset = offset;
    m.tokFlags = tokFlags;
    m.chars = chars;
    m.extra = extra;
    return m;
  }

  /** pairs: entity index, alias flags */
  get entries(): number[] {
    if (this.list === null) {
      const p = this.payload!;
      const n = p[this.offset]!;
      const out: number[] = [];
      const length = this.tokenEnd - this.tokenStart;
      for (let k = 0; k < n; k++) {
        const flags = p[this.offset + 2 + 2 * k]! | this.extra;
        if (caseFits(flags, this.tokFlags, length, this.chars)) out.push(p[this.offset + 1 + 2 * k]!, flags);
      }
      this.list = out;
    }
    return this.list;
  }
}

const GAP_DOT = mixH1(H1_SEED, 0x2e) | 1;

// Imported functions the build and the scan call per alias or per token, bound once: an imported binding is
// read through the module record on each call when modules are loaded one by one (tsx, the Node tools).
const tokenizeHashedL = tokenizeHashed;
const foldTextL = foldText;
const namePartsL = nameParts;
const beyondAsciiL = beyondAscii;
const withCompanyShortNamesL = withCompanyShortNames;
const hashOfL = hashOf;
const gapOfL = gapOf;
const foldedCodesOfL = foldedCodesOf;
const phoneticCodesIntoL = phoneticCodesInto;
const mixH1L = mixH1;
const mixH2L = mixH2;
const SEED1: number = H1_SEED;
const SEED2: number = H2_SEED;

// The scan reads token hashes and gaps through these local helpers and constants: an imported function or
// constant costs a lookup through the module record on every use when modules are loaded one by one (tsx).
const SOFT: number = GAP_SOFT;
const PENDING: number = GAP_PENDING;

function h1At(t: Tokens, i: number): number {
  if (t.hashed[i] !== 1) hashOfL(t, i);
  return t.h1[i]!;
}

function h2At(t: Tokens, i: number): number {
  if (t.hashed[i] !== 1) hashOfL(t, i);
  return t.h2[i]!;
}

function gapAt(t: Tokens, i: number): number {
  const g = t.gap[i]!;
  return g === PENDING ? gapOfL(t, i) : g;
}

/** The key of token i as an edge after the first: its hash mixed with the punctuation before it. */
function edgeH1(h1: number, gap: number): number {
  return gap === SOFT ? h1 : h1 ^ Math.imul(gap, 0x27d4eb2d);
}

const phonBuf: number[] = [];
const phonKey: number[] = [];

let phonH1 = 0;
let phonH2 = 0;

/** Hash of the phonetic key of token j into phonH1/phonH2, from its folded letters, without building strings. */
function phoneticHashOf(t: Tokens, j: number): void {
  phonBuf.length = 0;
  foldedCodesOfL(t, j, phonBuf);
  const codes = phonKey;
  phoneticCodesIntoL(phonBuf, phonBuf.length, codes);
  let a = SEED1;
  let b = SEED2;
  for (let k = 0; k < codes.length; k++) {
    a = mixH1L(a, codes[k]!);
    b = mixH2L(b, codes[k]!);
  }
  phonH1 = a;
  phonH2 = b;
}

function tokenKey(text: string, t: Tokens, i: number): string {
  // (one-token aliases only)
  return foldTextL(text.slice(t.start[i], t.end[i])).replace(/[.'’ʼ]/g, '');
}

/** Case shape and wordiness of an alias, from its own spelling. */
function aliasShape(text: string, t: Tokens, extraCommon: ReadonlySet<string> | undefined): number {
  let flags = 0;
  const f0 = t.flags[0]!;
  let anyUpper = false;
  for (let i = 0; i < t.count; i++) if (t.flags[i]! & TF_HASUPPER) anyUpper = true;
  if (!anyUpper) flags |= AliasFlag.AllLower;
  else if (!(f0 & (TF_CAPITALISED | TF_DIGITSTART))) flags |= AliasFlag.LowerStart;
  if (t.count === 1) {
    const k = tokenKey(text, t, 0);
    const common = COMMON_WORDS.has(k) || (extraCommon?.has(k) ?? false);
    if (common) flags |= AliasFlag.Common;
    if (AMBIGUOUS_CAPITALS.has(k)) flags |= AliasFlag.AmbiguousCapital;
    if (f0 & (TF_ALLCAPS | TF_DOTTEDACRONYM)) {
      flags |= AliasFlag.Acronym;
      if (common || k.length <= 3) flags |= AliasFlag.AcronymStrict;
    }
  }
  return flags;
}

/** (node, entity, flags) triples in one growable typed array: a million aliases make no garbage. */
class EntryList {
  data: Int32Array;
  length = 0;
  /** sized for the expected count: every regrowth leaves a large buffer for the collector */
  constructor(expected: number) {
    this.data = new Int32Array(3 * Math.max(1024, Math.ceil(expected)));
  }
  push(node: number, entity: number, flags: number): void {
    if (this.length * 3 + 3 > this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    const k = this.length * 3;
    this.data[k] = node;
    this.data[k + 1] = entity;
    this.data[k + 2] = flags;
    this.length++;
  }
}

/** One entity reached by several aliases at a node: a full alias beats a partial one; capitals are
 * required only if every spelling has them. */
function mergeFlags(old: number, flags: number): number {
  const and = PARTIAL | AliasFlag.OrgHead | AliasFlag.AcronymStrict | AliasFlag.Common | AliasFlag.AmbiguousCapital | AliasFlag.AllLower;
  return ((old | flags) & ~and) | (old & flags & and);
}

export interface BuildOptions {
  /** more everyday words than the built-in list */
  commonWords?: ReadonlySet<string>;
}

/**
 * What the index reads of an entity: pack entities as they are (an adapter object per entity would be
 * garbage kept alive through the whole build of a million aliases). People get name parts, places and
 * countries keep their one-word names as names first whoever else carries them, organisations get the short
 * forms of their name (the first word, the name without its legal form).
 */
export type IndexableEntity = Pick<PackEntity, 'name' | 'aliases' | 'type'>;

/**
 * The first word of a several-word organisation name, when the news could use it alone for the whole
 * ("Rolls" for Rolls-Royce, "Merrill" for Merrill Lynch): a capitalised word of three letters or more, not
 * in capitals throughout ("NATO" in "NATO-Russia Council" is its own thing). Everyday words are flagged
 * Common by the index and never stand for the organisation.
 */
function orgHead(name: string): string | null {
  // plain ASCII in what decides, the usual case, is read without the regular expression (whose every call
  // costs more than the characters it reads); anything else goes to it
  const n = name.length;
  const c0 = n > 0 ? name.charCodeAt(0) : 0;
  if (c0 < 128) {
    if (c0 < 65 || c0 > 90) return null;
    let i = 1;
    for (; i < n; i++) {
      const c = name.charCodeAt(i);
      if ((c >= 97 && c <= 122) || c === 39 || c === 0x2019) continue;
      if (c >= 128) return orgHeadByPattern(name);
      break;
    }
    if (i === 1 || i >= n || !isHeadGap(name.charCodeAt(i))) return null;
    // a name may end in the gap ("Rolls -") only when a dash in it can be the \S that must follow
    let j = i + 1;
    while (j < n && isHeadGap(name.charCodeAt(j))) j++;
    if (j === n) return orgHeadByPattern(name);
    return i < 3 ? null : name.slice(0, i);
  }
  return orgHeadByPattern(name);
}

/** A space or a dash between an organisation's first word and the rest. */
function isHeadGap(c: number): boolean {
  return c === 45 || c === 0x2010 || c === 0x2011 || c === 0x2013 || isSpaceCode(c);
}

function orgHeadByPattern(name: string): string | null {
  const m = /^(\p{Lu}[\p{Ll}'’]+)[\s\-‐‑–]+\S/u.exec(name);
  if (m === null || m[1]!.length < 3) return null;
  return m[1]!;
}

/** Build the alias index of the entities (index = position in the array). */
export function buildAliasIndex(entities: readonly IndexableEntity[], options: BuildOptions = {}): AliasIndexArrays {
  // about two tokens per name, and partial names for people: a rough size spares regrowing the tables
  let names = 0;
  let people = 0;
  let organisations = 0;
  for (const e of entities) {
    names += 1 + e.aliases.length;
    if (e.type === 'person') people++;
    if (e.type === 'organisation') organisations++;
  }
  const exact = new TokenTrieBuilder(names * 2);
  const phon = new TokenTrieBuilder(names / 2);
  // (node, entity, flags) triples, merged per node at the end (flat arrays: a Map per node is too slow)
  // (about 1.5 entries per name: people add their name parts; one phonetic key per person)
  const exactEntries = new EntryList(names * 1.5);
  const phonEntries = new EntryList(people);
  const lowerStarts = new Set<number>();
  let aliasCount = 0;
  let scratch: Tokens | undefined;
  let scratchText = '';
  const tok = (text: string): Tokens => {
    // a person's name is tokenized for its letters and again for its phonetic key: the second time is free
    if (scratch === undefined || text !== scratchText) {
      scratch = tokenizeHashedL(text, scratch);
      scratchText = text;
    }
    return scratch;
  };

  const add = (entries: EntryList, node: number, entity: number, flags: number): void => {
    entries.push(node, entity, flags);
    aliasCount++;
  };

  // One-word texts repeat (given names and surnames above all): what the build learns of one is kept by
  // spelling, so a repeat costs one lookup. a: 0 not tokenized yet, 1 never a name alone, 2 several tokens
  // ("Jean-Paul"), node + 3. b: person verdict * 1024 + shape flags; verdict 0 not decided yet, 1 none,
  // 2 frequent surname, 3 frequent given name.
  // (distinct one-word texts are a quarter to a half of the names; the table grows when it must)
  const words = new TextTable(names / 4);
  const insertExact = (text: string, entity: number, extraFlags: number, known = -1): void => {
    let t: Tokens | null = null;
    if (text.indexOf(' ') < 0) {
      const w = known >= 0 ? known : words.slot(text);
      const state = words.a(w);
      if (state === 1) return;
      if (state >= 3) {
        add(exactEntries, state - 3, entity, (words.b(w) % 1024) | extraFlags);
        return;
      }
      if (state === 0) {
        t = tok(text);
        if (t.count === 1) {
          const shape = t.end[0]! - t.start[0]! < 2 || t.flags[0]! & TF_DIGITSTART ? -1 : aliasShape(text, t, options.commonWords);
          if (shape < 0) {
            words.setA(w, 1);
            return;
          }
          if (shape & AliasFlag.LowerStart) lowerStarts.add(h1At(t, 0));
          const node = exact.insert(0, h1At(t, 0), h2At(t, 0));
          words.setA(w, node + 3);
          words.setB(w, words.b(w) + shape);
          add(exactEntries, node, entity, shape | extraFlags);
          return;
        }
        words.setA(w, 2);
      }
    }
    t ??= tok(text);
    if (t.count === 0 || t.count > MAX_ALIAS_TOKENS) return;
    if (t.count === 1) {
      // one letter or a bare number is never a name on its own
      if (t.end[0]! - t.start[0]! < 2 || t.flags[0]! & TF_DIGITSTART) return;
    }
    const flags = aliasShape(text, t, options.commonWords) | extraFlags;
    if (flags & AliasFlag.LowerStart) lowerStarts.add(h1At(t, 0));
    // "St. Louis" is also written "St Louis"
    let hasDot = false;
    for (let i = 1; i < t.count; i++) if (gapAt(t, i) === GAP_DOT) hasDot = true;
    for (let pass = 0; pass < (hasDot ? 2 : 1); pass++) {
      const dotsAsSpaces = pass === 1;
      let node = 0;
      for (let i = 0; i < t.count; i++) {
        const gap = i === 0 ? GAP_SOFT : dotsAsSpaces && gapAt(t, i) === GAP_DOT ? GAP_SOFT : gapAt(t, i);
        node = exact.insert(node, edgeH1(h1At(t, i), gap), h2At(t, i));
      }
      add(exactEntries, node, entity, flags);
    }
  };

  const insertPhonetic = (text: string, entity: number): void => {
    const t = tok(text);
    if (t.count < 2 || t.count > MAX_ALIAS_TOKENS) return;
    let node = phon.insert(0, h1At(t, 0), h2At(t, 0));
    for (let i = 1; i < t.count; i++) {
      phoneticHashOf(t, i);
      node = phon.insert(node, phonH1, phonH2);
    }
    add(phonEntries, node, entity, AliasFlag.Phonetic);
  };

  // one-word names that many people in the pack carry as a given name ("Vincent", "David") or surname
  // ("Miller") are doubtful on their own, whatever entity they name
  // per folded word: a = people with it as given name, b = as surname
  const nameCounts = new TextTable(people / 2);
  const nameKey = (word: string): number => nameCounts.slot(beyondAsciiL(word) ? foldTextL(word) : word, true);
  for (let e = 0; e < entities.length; e++) {
    const ent = entities[e]!;
    if (ent.type !== 'person') continue;
    // (not kept for the loop below: objects held through the build would all be copied out of the young
    // generation, and splitting the name again costs less)
    const parts = namePartsL(ent.name);
    if (parts.given) {
      const k = nameKey(parts.given);
      nameCounts.setA(k, nameCounts.a(k) + 1);
    }
    if (parts.surname) {
      const k = nameKey(parts.surname);
      nameCounts.setB(k, nameCounts.b(k) + 1);
    }
  }
  const PERSON_FLAGS = [0, 0, AliasFlag.Common, AliasFlag.AmbiguousCapital | AliasFlag.Common];
  /** The `words` slot of a one-word text, its person verdict decided. */
  const personWord = (text: string): number => {
    const w = words.slot(text);
    if (words.b(w) >= 1024) return w;
    let verdict = 1;
    const k = nameCounts.find(beyondAsciiL(text) ? foldTextL(text) : text, true);
    if (k >= 0 && nameCounts.a(k) >= FREQUENT_NAME) verdict = 3;
    else if (k >= 0 && nameCounts.b(k) >= FREQUENT_NAME) verdict = 2;
    words.setB(w, words.b(w) + verdict * 1024);
    return w;
  };

  // a first word that opens many organisations' names ("Russian", "National") says what kind, not which
  const headCount = new TextTable(organisations / 4);
  for (let e = 0; e < entities.length; e++) {
    const ent = entities[e]!;
    if (ent.type !== 'organisation') continue;
    // (not kept for the loop below, as name parts are not)
    const head = orgHead(ent.name.trim());
    if (head === null) continue;
    const k = headCount.slot(head);
    headCount.setA(k, headCount.a(k) + 1);
  }

  for (let e = 0; e < entities.length; e++) {
    const ent = entities[e]!;
    const isPerson = ent.type === 'person';
    const isPlace = ent.type === 'place' || ent.type === 'country';
    const isOrganisation = ent.type === 'organisation';
    const aliases = isOrganisation ? withCompanyShortNamesL(ent.name, ent.aliases) : ent.aliases;
    for (let n = 0; n <= aliases.length; n++) {
      const text = (n === 0 ? ent.name : aliases[n - 1]!).trim();
      if (text.length === 0 || (n > 0 && (text === ent.name || aliases.indexOf(text) < n - 1))) continue;
      const canonical = n === 0 ? AliasFlag.Canonical : 0;
      if (isPlace || text.includes(' ')) insertExact(text, e, canonical);
      else {
        const w = personWord(text);
        insertExact(text, e, canonical | PERSON_FLAGS[words.b(w) >> 10]!, w);
      }
      if (isOrganisation && n === 0) {
        const head = orgHead(text);
        if (head !== null && headCount.a(headCount.slot(head)) < FREQUENT_HEAD) insertExact(head, e, AliasFlag.Surname | AliasFlag.OrgHead);
      }
      if (!isPerson) continue;
      // spelling variants are keyed from the entity's own name: its aliases are spellings already
      if (n === 0) insertPhonetic(text, e);
      const parts = namePartsL(text);
      if (parts.surname) insertExact(parts.surname, e, AliasFlag.Surname);
      if (parts.surnameWithParticle) insertExact(parts.surnameWithParticle, e, AliasFlag.Surname);
      if (parts.given) insertExact(parts.given, e, AliasFlag.Given);
    }
  }

  // Group each trie's triples by node (a stable counting sort), size the payload, then write it, merging the
  // entries of an entity reached at a node by several aliases. Entities are indexed one after another, so
  // an entity's entries at a node are adjacent: an entry either repeats the entity of the one before or is new.
  interface Groups {
    trie: TokenTrieBuilder;
    d: Int32Array;
    /** node v's entries are order[start[v]] .. order[start[v + 1] - 1] */
    start: Int32Array;
    order: Int32Array;
  }
  const byNode = (trie: TokenTrieBuilder, entries: EntryList): Groups => {
    const d = entries.data;
    const nodes = trie.nodeCount;
    // counts go in shifted by two; placing each entry shifts them back by one, to the starts
    const start = new Int32Array(nodes + 2);
    for (let k = 0; k < entries.length; k++) start[d[3 * k]! + 2]!++;
    for (let v = 2; v <= nodes + 1; v++) start[v]! += start[v - 1]!;
    const order = new Int32Array(entries.length);
    for (let k = 0; k < entries.length; k++) order[start[d[3 * k]! + 1]!++] = k;
    return { trie, d, start, order };
  };
  const payloadSize = ({ trie, d, start, order }: Groups): number => {
    let size = 0;
    for (let v = 0; v < trie.nodeCount; v++) {
      if (start[v] === start[v + 1]) continue;
      size += 3;
      for (let q = start[v]! + 1; q < start[v + 1]!; q++) if (d[3 * order[q]! + 1] !== d[3 * order[q - 1]! + 1]) size += 2;
    }
    return size;
  };
  const exactGroups = byNode(exact, exactEntries);
  const phonGroups = byNode(phon, phonEntries);
  const payload = new Int32Array(1 + payloadSize(exactGroups) + payloadSize(phonGroups));
  let used = 1;
  const flush = ({ trie, d, start, order }: Groups): void => {
    for (let v = 0; v < trie.nodeCount; v++) {
      if (start[v] === start[v + 1]) continue;
      const head = used;
      used++;
      let size = 0;
      for (let q = start[v]!; q < start[v + 1]!; q++) {
        const k = order[q]!;
        const entity = d[3 * k + 1]!;
        const flags = d[3 * k + 2]!;
        if (q > start[v]! && d[3 * order[q - 1]! + 1] === entity) payload[head + 2 * size] = mergeFlags(payload[head + 2 * size]!, flags);
        else {
          payload[head + 1 + 2 * size] = entity;
          payload[head + 2 + 2 * size] = flags;
          size++;
        }
      }
      payload[head] = size;
      used += 2 * size;
      // marked when a plain capitalised word may read the payload (see plainFits): the scan then tests the
      // mark in the trie slot it has just read instead of the payload, a miss elsewhere in memory
      let plain = false;
      for (let k = 0; k < size; k++) if (!(payload[head + 2 + 2 * k]! & AliasFlag.AcronymStrict)) plain = true;
      trie.setPayload(v, head, plain);
    }
  };
  flush(exactGroups);
  flush(phonGroups);
  return {
    exact: exact.build(),
    phonetic: phon.build(),
    payload,
    lowerStarts: Int32Array.from(lowerStarts),
    aliasCount,
  };
}

function trieToJSON(a: TrieArrays): CompiledTrie {
  return { nodeCount: a.nodeCount, table: int32ToBase64(a.table) };
}

function trieFromJSON(c: CompiledTrie): TrieArrays {
  if (typeof c.table !== 'string') throw new Error('compiled trie: no table');
  return { nodeCount: c.nodeCount, table: base64ToInt32(c.table) };
}

export function aliasIndexToJSON(a: AliasIndexArrays): CompiledAliasIndex {
  return {
    exact: trieToJSON(a.exact),
    phonetic: trieToJSON(a.phonetic),
    payload: int32ToBase64(a.payload),
    lowerStarts: Array.from(a.lowerStarts),
    aliasCount: a.aliasCount,
  };
}

export function aliasIndexFromJSON(c: CompiledAliasIndex): AliasIndexArrays {
  return {
    exact: trieFromJSON(c.exact),
    phonetic: trieFromJSON(c.phonetic),
    payload: base64ToInt32(c.payload),
    lowerStarts: Int32Array.from(c.lowerStarts),
    aliasCount: c.aliasCount,
  };
}

const CAN_START = TF_CAPITALISED | TF_DIGITSTART;

/**
 * Whether a token with these flags is a plain capitalised word (or a figure): not in capitals, no dotted
 * acronym. For such a token caseFits comes down to "the alias is no strict acronym", which the trie's mark
 * on a payload records for the whole payload.
 */
function plainStart(tokFlags: number): boolean {
  return (tokFlags & CAN_START) !== 0 && (tokFlags & (TF_ALLCAPS | TF_DOTTEDACRONYM)) === 0;
}

/** Whether an alias with these flags may be matched by text whose first token has these token flags. */
function caseFits(aliasFlags: number, tokFlags: number, length: number, chars: number): boolean {
  if (!(tokFlags & CAN_START) && !(aliasFlags & AliasFlag.LowerStart)) return false;
  if (aliasFlags & AliasFlag.AcronymStrict) return (tokFlags & (TF_ALLCAPS | TF_DOTTEDACRONYM)) !== 0;
  // "IT" is not the film "It": short all-capitals text only matches acronyms ("BAGHDAD" is long enough)
  if (length === 1 && chars <= 4 && !(aliasFlags & AliasFlag.Acronym) && tokFlags & TF_ALLCAPS) return false;
  return true;
}

/** Scans tokens against the alias index. */
export class Matcher {
  private readonly exact: TokenTrie;
  private readonly phonetic: TokenTrie;
  private readonly payload: Int32Array;
  private readonly lowerStarts: Set<number>;

  constructor(readonly index: AliasIndexArrays) {
    this.exact = new TokenTrie(index.exact);
    this.phonetic = new TokenTrie(index.phonetic);
    this.payload = index.payload;
    this.lowerStarts = new Set(index.lowerStarts);
  }

  /** Whether any entry of a payload may be read from text whose first token has these flags. */
  private anyFits(offset: number, tokFlags: number, length: number, chars: number): boolean {
    const p = this.payload;
    const n = p[offset]!;
    for (let k = 0; k < n; k++) if (caseFits(p[offset + 2 + 2 * k]!, tokFlags, length, chars)) return true;
    return false;
  }

  /**
   * A lower-case word starts a name only as a particle before a capital ("al-Qaeda", "van Gogh") or with a
   * capital inside ("iPhone"); the cheap case test comes first so ordinary words are never hashed.
   */
  private mayStartLower(t: Tokens, i: number, f: number): boolean {
    if (this.lowerStarts.size === 0) return false;
    const next = i + 1 < t.count && (t.flags[i + 1]! & TF_CAPITALISED) !== 0;
    if (!next && !(f & TF_HASUPPER)) return false;
    return this.lowerStarts.has(h1At(t, i));
  }

  /** payload offset of the last `longestExact` result */
  private lastOffset = -1;

  /** End (exclusive) of the longest alias read letter for letter from token i, or -1; its payload in lastOffset. */
  private longestExact(t: Tokens, i: number): number {
    const flags = t.flags;
    const count = t.count;
    const exact = this.exact;
    const f = flags[i]!;
    let node = exact.child(ROOT, h1At(t, i), h2At(t, i));
    if (node < 0) return -1;
    let bestEnd = -1;
    let bestOffset = -1;
    const chars = t.end[i]! - t.start[i]!;
    const plain = plainStart(f);
    let j = i;
    for (;;) {
      const off = exact.payloadOf(node);
      if (off >= 0 && (plain ? exact.marked(node) : this.anyFits(off, f, j - i + 1, chars))) {
        bestEnd = j + 1;
        bestOffset = off;
      }
      if (j + 1 >= count || j - i + 1 >= MAX_ALIAS_TOKENS) break;
      let next = exact.child(node, edgeH1(h1At(t, j + 1), gapAt(t, j + 1)), h2At(t, j + 1));
      if (next < 0 && flags[j + 1]! & TF_SINGLELETTER && j + 2 < count && gapAt(t, j + 1) === SOFT) {
        // a middle initial the alias does not have: "George W. Bush", "Vladimir V. Putin"
        const g = gapAt(t, j + 2);
        if (g === GAP_DOT || g === SOFT) {
          next = exact.child(node, h1At(t, j + 2), h2At(t, j + 2));
          if (next >= 0) j++;
        }
      }
      if (next < 0) break;
      node = next;
      j++;
    }
    this.lastOffset = bestOffset;
    return bestEnd;
  }

  /** Longest matches, left to right, without overlaps. */
  scan(t: Tokens): RawMatch[] {
    const out: RawMatch[] = [];
    const flags = t.flags;
    const count = t.count;
    let i = 0;
    while (i < count) {
      const f = flags[i]!;
      if (f & TF_CONTRACTION || (!(f & CAN_START) && !this.mayStartLower(t, i, f))) {
        i++;
        continue;
      }
      let bestEnd = this.longestExact(t, i);
      let bestOffset = bestEnd < 0 ? -1 : this.lastOffset;
      if (bestEnd - i >= 2 && bestEnd < count && flags[i + 1]! & CAN_START) {
        // "At Home Depot": a longer name starting one word later ("Home Depot") beats the one that would
        // swallow its first word ("At Home")
        const later = this.longestExact(t, i + 1);
        if (later > bestEnd) {
          i++;
          continue;
        }
      }
      const chars = t.end[i]! - t.start[i]!;
      let bestExtra = 0;
      // a transliterated person's name ("Leonid Sluzki") when nothing longer matched letter for letter
      if (bestEnd - i < 2 && i + 1 < count && flags[i + 1]! & TF_CAPITALISED && gapAt(t, i + 1) === SOFT) {
        const ph = this.scanPhonetic(t, i);
        if (ph && ph.tokenEnd > bestEnd) {
          bestEnd = ph.tokenEnd;
          bestOffset = ph.offset;
          bestExtra = AliasFlag.Phonetic;
        }
      }
      if (bestOffset < 0) {
        i++;
        continue;
      }
      out.push(RawMatch.lazy(i, bestEnd, t.start[i]!, t.end[bestEnd - 1]!, this.payload, bestOffset, f, chars, bestExtra));
      i = bestEnd;
    }
    return out;
  }

  private scanPhonetic(t: Tokens, i: number): { tokenEnd: number; offset: number } | null {
    let node = this.phonetic.child(ROOT, h1At(t, i), h2At(t, i));
    if (node < 0) return null;
    let best: { tokenEnd: number; offset: number } | null = null;
    const chars = t.end[i]! - t.start[i]!;
    for (let j = i + 1; j < t.count && j - i < MAX_ALIAS_TOKENS; j++) {
      if (gapAt(t, j) !== SOFT || !(t.flags[j]! & TF_CAPITALISED)) break;
      // (most nodes past a first name are leaves: no key to compute)
      if (!this.phonetic.hasChildren(node)) break;
      phoneticHashOf(t, j);
      node = this.phonetic.child(node, phonH1, phonH2);
      if (node < 0) break;
      const off = this.phonetic.payloadOf(node);
      if (off >= 0 && (plainStart(t.flags[i]!) ? this.phonetic.marked(node) : this.anyFits(off, t.flags[i]!, j - i + 1, chars))) best = { tokenEnd: j + 1, offset: off };
    }
    return best;
  }
}
