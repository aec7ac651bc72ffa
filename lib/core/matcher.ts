// The alias index and the scan over article tokens: every alias of every entity, compiled once into a
// hashed token trie; the scan tries only tokens that can start a name and keeps the longest match.

import { base64ToInt32, int32ToBase64 } from './base64';
import { AMBIGUOUS_CAPITALS, COMMON_WORDS } from './common-words';
import { nameParts, phoneticKey } from './name-parts';
import { foldText, GAP_SOFT, H1_SEED, H2_SEED, mixH1, mixH2, TokenFlag, tokenize, type Tokens } from './normalize';
import { TokenTrie, type TrieArrays } from './token-trie';

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
}

export const PARTIAL = AliasFlag.Surname | AliasFlag.Given;
const MAX_ALIAS_TOKENS = 10;

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

export interface CompiledTrie {
  nodeCount: number;
  parent: string;
  h1: string;
  h2: string;
  payload: string;
  slots: string;
}

/** One candidate span: the entities whose aliases it matched, with the flags of each alias. */
export interface RawMatch {
  tokenStart: number;
  /** exclusive */
  tokenEnd: number;
  start: number;
  end: number;
  /** pairs: entity index, alias flags */
  entries: number[];
}

const GAP_DOT = mixH1(H1_SEED, 0x2e) | 1;

/** The key of token i as an edge after the first: its hash mixed with the punctuation before it. */
function edgeH1(h1: number, gap: number): number {
  return gap === GAP_SOFT ? h1 : h1 ^ Math.imul(gap, 0x27d4eb2d);
}

function hashString(s: string): [number, number] {
  let a = H1_SEED;
  let b = H2_SEED;
  for (let i = 0; i < s.length; i++) {
    a = mixH1(a, s.charCodeAt(i));
    b = mixH2(b, s.charCodeAt(i));
  }
  return [a, b];
}

function tokenKey(text: string, t: Tokens, i: number): string {
  return foldText(text.slice(t.start[i], t.end[i])).replace(/[.'’ʼ]/g, '');
}

/** Case shape and wordiness of an alias, from its own spelling. */
function aliasShape(text: string, t: Tokens, extraCommon: ReadonlySet<string> | undefined): number {
  let flags = 0;
  const f0 = t.flags[0]!;
  let anyUpper = false;
  for (let i = 0; i < t.count; i++) if (t.flags[i]! & TokenFlag.HasUpper) anyUpper = true;
  if (!anyUpper) flags |= AliasFlag.AllLower;
  else if (!(f0 & (TokenFlag.Capitalised | TokenFlag.DigitStart))) flags |= AliasFlag.LowerStart;
  if (t.count === 1) {
    const k = tokenKey(text, t, 0);
    const common = COMMON_WORDS.has(k) || (extraCommon?.has(k) ?? false);
    if (common) flags |= AliasFlag.Common;
    if (AMBIGUOUS_CAPITALS.has(k)) flags |= AliasFlag.AmbiguousCapital;
    if (f0 & (TokenFlag.AllCaps | TokenFlag.DottedAcronym)) {
      flags |= AliasFlag.Acronym;
      if (common || k.length <= 3) flags |= AliasFlag.AcronymStrict;
    }
  }
  return flags;
}

export interface BuildOptions {
  /** more everyday words than the built-in list */
  commonWords?: ReadonlySet<string>;
}

export interface IndexableEntity {
  name: string;
  aliases: readonly string[];
  isPerson: boolean;
}

/** Build the alias index of the entities (index = position in the array). */
export function buildAliasIndex(entities: readonly IndexableEntity[], options: BuildOptions = {}): AliasIndexArrays {
  const exact = new TokenTrie();
  const phon = new TokenTrie();
  // node -> (entity -> flags), merged so one entity appears once per node
  const exactEntries = new Map<number, Map<number, number>>();
  const phonEntries = new Map<number, Map<number, number>>();
  const lowerStarts = new Set<number>();
  let aliasCount = 0;

  const add = (entries: Map<number, Map<number, number>>, node: number, entity: number, flags: number): void => {
    let m = entries.get(node);
    if (!m) {
      m = new Map();
      entries.set(node, m);
    }
    const old = m.get(entity);
    if (old === undefined) m.set(entity, flags);
    else {
      // a full alias beats a partial one; capitals are required only if every spelling has them
      const and = PARTIAL | AliasFlag.AcronymStrict | AliasFlag.Common | AliasFlag.AmbiguousCapital | AliasFlag.AllLower;
      m.set(entity, ((old | flags) & ~and) | (old & flags & and));
    }
    aliasCount++;
  };

  const insertExact = (text: string, entity: number, extraFlags: number): void => {
    const t = tokenize(text);
    if (t.count === 0 || t.count > MAX_ALIAS_TOKENS) return;
    if (t.count === 1) {
      // one letter or a bare number is never a name on its own
      if (t.end[0]! - t.start[0]! < 2 || t.flags[0]! & TokenFlag.DigitStart) return;
    }
    const flags = aliasShape(text, t, options.commonWords) | extraFlags;
    if (flags & AliasFlag.LowerStart) lowerStarts.add(t.h1[0]!);
    // "St. Louis" is also written "St Louis"
    let hasDot = false;
    for (let i = 1; i < t.count; i++) if (t.gap[i] === GAP_DOT) hasDot = true;
    for (const dotsAsSpaces of hasDot ? [false, true] : [false]) {
      let node = 0;
      for (let i = 0; i < t.count; i++) {
        const gap = i === 0 ? GAP_SOFT : dotsAsSpaces && t.gap[i] === GAP_DOT ? GAP_SOFT : t.gap[i]!;
        node = exact.insert(node, edgeH1(t.h1[i]!, gap), t.h2[i]!);
      }
      add(exactEntries, node, entity, flags);
    }
  };

  const insertPhonetic = (text: string, entity: number): void => {
    const t = tokenize(text);
    if (t.count < 2 || t.count > MAX_ALIAS_TOKENS) return;
    let node = phon.insert(0, t.h1[0]!, t.h2[0]!);
    for (let i = 1; i < t.count; i++) {
      const [a, b] = hashString(phoneticKey(tokenKey(text, t, i)));
      node = phon.insert(node, a, b);
    }
    add(phonEntries, node, entity, AliasFlag.Phonetic);
  };

  for (let e = 0; e < entities.length; e++) {
    const ent = entities[e]!;
    const names = [ent.name, ...ent.aliases];
    const seen = new Set<string>();
    for (let n = 0; n < names.length; n++) {
      const text = names[n]!.trim();
      if (text.length === 0 || seen.has(text)) continue;
      seen.add(text);
      insertExact(text, e, n === 0 ? AliasFlag.Canonical : 0);
      if (!ent.isPerson) continue;
      const parts = nameParts(text);
      if (parts.surname) insertExact(parts.surname, e, AliasFlag.Surname);
      if (parts.surnameWithParticle) insertExact(parts.surnameWithParticle, e, AliasFlag.Surname);
      if (parts.given) insertExact(parts.given, e, AliasFlag.Given);
      insertPhonetic(text, e);
    }
  }

  const payload: number[] = [0];
  const flush = (trie: TokenTrie, entries: Map<number, Map<number, number>>): void => {
    for (const [node, m] of entries) {
      trie.setPayload(node, payload.length);
      payload.push(m.size);
      for (const [entity, flags] of m) payload.push(entity, flags);
    }
  };
  flush(exact, exactEntries);
  flush(phon, phonEntries);
  return {
    exact: exact.arrays(),
    phonetic: phon.arrays(),
    payload: Int32Array.from(payload),
    lowerStarts: Int32Array.from(lowerStarts),
    aliasCount,
  };
}

function trieToJSON(a: TrieArrays): CompiledTrie {
  return {
    nodeCount: a.nodeCount,
    parent: int32ToBase64(a.parent),
    h1: int32ToBase64(a.h1),
    h2: int32ToBase64(a.h2),
    payload: int32ToBase64(a.payload),
    slots: int32ToBase64(a.slots),
  };
}

function trieFromJSON(c: CompiledTrie): TrieArrays {
  return {
    nodeCount: c.nodeCount,
    parent: base64ToInt32(c.parent),
    h1: base64ToInt32(c.h1),
    h2: base64ToInt32(c.h2),
    payload: base64ToInt32(c.payload),
    slots: base64ToInt32(c.slots),
  };
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

const CAN_START = TokenFlag.Capitalised | TokenFlag.DigitStart;

/** Whether an alias with these flags may be matched by text whose first token has these token flags. */
function caseFits(aliasFlags: number, tokFlags: number, length: number): boolean {
  if (!(tokFlags & CAN_START) && !(aliasFlags & AliasFlag.LowerStart)) return false;
  if (aliasFlags & AliasFlag.AcronymStrict) return (tokFlags & (TokenFlag.AllCaps | TokenFlag.DottedAcronym)) !== 0;
  // "IT" is not the film "It": short all-capitals text only matches acronyms
  if (length === 1 && !(aliasFlags & AliasFlag.Acronym) && tokFlags & TokenFlag.AllCaps) return false;
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

  /** Legal entries of a payload for text starting at token i; empty when none fits. */
  private fitting(offset: number, tokFlags: number, length: number, extraFlags: number): number[] {
    const p = this.payload;
    const n = p[offset]!;
    const out: number[] = [];
    for (let k = 0; k < n; k++) {
      const entity = p[offset + 1 + 2 * k]!;
      const flags = p[offset + 2 + 2 * k]! | extraFlags;
      if (caseFits(flags, tokFlags, length)) out.push(entity, flags);
    }
    return out;
  }

  /** Longest matches, left to right, without overlaps. */
  scan(text: string, t: Tokens): RawMatch[] {
    const out: RawMatch[] = [];
    const flags = t.flags;
    const count = t.count;
    const exact = this.exact;
    let i = 0;
    while (i < count) {
      const f = flags[i]!;
      if (!(f & CAN_START) && !this.lowerStarts.has(t.h1[i]!)) {
        i++;
        continue;
      }
      let node = exact.child(0, t.h1[i]!, t.h2[i]!);
      if (node < 0) {
        i++;
        continue;
      }
      let bestEnd = -1;
      let bestEntries: number[] | null = null;
      let j = i;
      for (;;) {
        const off = exact.payloadOf(node);
        if (off >= 0) {
          const entries = this.fitting(off, f, j - i + 1, 0);
          if (entries.length > 0) {
            bestEnd = j + 1;
            bestEntries = entries;
          }
        }
        if (j + 1 >= count || j - i + 1 >= MAX_ALIAS_TOKENS) break;
        let next = exact.child(node, edgeH1(t.h1[j + 1]!, t.gap[j + 1]!), t.h2[j + 1]!);
        if (next < 0 && flags[j + 1]! & TokenFlag.SingleLetter && j + 2 < count && t.gap[j + 1] === GAP_SOFT) {
          // a middle initial the alias does not have: "George W. Bush", "Vladimir V. Putin"
          const g = t.gap[j + 2]!;
          if (g === GAP_DOT || g === GAP_SOFT) {
            next = exact.child(node, t.h1[j + 2]!, t.h2[j + 2]!);
            if (next >= 0) j++;
          }
        }
        if (next < 0) break;
        node = next;
        j++;
      }
      // a transliterated person's name ("Leonid Sluzki") when nothing longer matched letter for letter
      if (bestEnd - i < 2 && i + 1 < count && flags[i + 1]! & TokenFlag.Capitalised && t.gap[i + 1] === GAP_SOFT) {
        const ph = this.scanPhonetic(text, t, i);
        if (ph && ph.tokenEnd > bestEnd) {
          bestEnd = ph.tokenEnd;
          bestEntries = ph.entries;
        }
      }
      if (bestEntries === null) {
        i++;
        continue;
      }
      out.push({ tokenStart: i, tokenEnd: bestEnd, start: t.start[i]!, end: t.end[bestEnd - 1]!, entries: bestEntries });
      i = bestEnd;
    }
    return out;
  }

  private scanPhonetic(text: string, t: Tokens, i: number): { tokenEnd: number; entries: number[] } | null {
    let node = this.phonetic.child(0, t.h1[i]!, t.h2[i]!);
    if (node < 0) return null;
    let best: { tokenEnd: number; entries: number[] } | null = null;
    for (let j = i + 1; j < t.count && j - i < MAX_ALIAS_TOKENS; j++) {
      if (t.gap[j] !== GAP_SOFT || !(t.flags[j]! & TokenFlag.Capitalised)) break;
      const [a, b] = hashString(phoneticKey(tokenKey(text, t, j)));
      node = this.phonetic.child(node, a, b);
      if (node < 0) break;
      const off = this.phonetic.payloadOf(node);
      if (off >= 0) {
        const entries = this.fitting(off, t.flags[i]!, j - i + 1, AliasFlag.Phonetic);
        if (entries.length > 0) best = { tokenEnd: j + 1, entries };
      }
    }
    return best;
  }
}
