// Later mentions an article makes of a name it spelled out:
// - acronyms it defines: "the North Atlantic Treaty Organization (NATO)" makes every later "NATO" in the
//   article that organisation, whatever else the pack would read into the letters;
// - the first word of a company it named in full: "Ford" after "Ford Motor Co", "Dow" after "Dow Chemical Co".

import { AMBIGUOUS_CAPITALS } from './common-words';
import { type EntityTable, typeOf } from './entity-table';
import { COMPANY_SUFFIX } from './context-cues';
import { gapOf, GAP_SOFT, H1_SEED, h1Of, h2Of, mixH1, TokenFlag, type Tokens, WordSet } from './normalize';
import { PARTIAL, RawMatch } from './matcher';
import type { Span } from './resolve';

// imported const enums as module constants: files transpiled one by one do not inline them
const TF_ALLCAPS: number = TokenFlag.AllCaps;
const TF_CAPITALISED: number = TokenFlag.Capitalised;
const TF_DIGITSTART: number = TokenFlag.DigitStart;
const TF_DOTTEDACRONYM: number = TokenFlag.DottedAcronym;
const TF_HASUPPER: number = TokenFlag.HasUpper;
const TF_SENTENCESTART: number = TokenFlag.SentenceStart;

const GAP_OPEN = mixH1(H1_SEED, 0x28) | 1;
export const DEFINED_ACRONYM_CONFIDENCE = 0.9;
export const SHORT_FORM_CONFIDENCE = 0.85;

/** The token after a name, skipping one legal form ("Dow Chemical Co (DOW)": the "(" comes after "Co"). */
function afterName(t: Tokens, k: number): number {
  return k + 1 < t.count && gapOf(t, k) === GAP_SOFT && COMPANY_SUFFIX.has(h1Of(t, k), h2Of(t, k)) ? k + 1 : k;
}

/**
 * A map keyed by a token's two hashes, without making a string of them for every word looked up: by h1,
 * with the rare other h2 under the same h1 chained behind.
 */
class TokenMap<V> {
  private readonly byH1 = new Map<number, TokenEntry<V>>();

  get size(): number {
    return this.byH1.size;
  }

  get(t: Tokens, i: number): V | undefined {
    const h2 = h2Of(t, i);
    for (let e = this.byH1.get(h1Of(t, i)); e !== undefined; e = e.next) if (e.h2 === h2) return e.value;
    return undefined;
  }

  /** Sets the value of token i's key unless it has one; returns the value it had, or undefined. */
  setIfAbsent(t: Tokens, i: number, value: V): V | undefined {
    const h1 = h1Of(t, i);
    const h2 = h2Of(t, i);
    const first = this.byH1.get(h1);
    for (let e = first; e !== undefined; e = e.next) if (e.h2 === h2) return e.value;
    this.byH1.set(h1, { h2, value, next: first });
    return undefined;
  }
}

interface TokenEntry<V> {
  h2: number;
  value: V;
  next: TokenEntry<V> | undefined;
}

/** Per block, per token: a value or undefined (the blocks' token counts are small; no string keys). */
type PerToken<V> = (V | undefined)[][];

function perToken<V>(blocks: readonly BlockTokens[]): PerToken<V> {
  return blocks.map(() => []);
}

/** Where token i stands in the article's reading order (as the linker orders its spans). */
export function readingOrder(block: number, start: number, blockLength: number): number {
  return block + start / Math.max(1, blockLength);
}

/** A one-token span for a later mention an earlier one in the article decides. */
function laterMention(block: number, b: BlockTokens, i: number, entity: number, flags: number, confidence: number, sentenceStart: boolean): Span {
  const t = b.tokens;
  return {
    block,
    tokens: t,
    raw: new RawMatch(i, i + 1, t.start[i]!, t.end[i]!, [entity, flags]),
    order: readingOrder(block, t.start[i]!, b.text.length),
    sentenceStart,
    cues: 0,
    embedded: 1,
    entity,
    confidence,
  };
}

/** The span covering each token of each block; the last one listed wins. */
function coveringSpans(blocks: readonly BlockTokens[], spans: readonly Span[]): PerToken<Span> {
  const covering = perToken<Span>(blocks);
  for (const span of spans) {
    const inBlock = covering[span.block]!;
    for (let i = span.raw.tokenStart; i < span.raw.tokenEnd; i++) inBlock[i] = span;
  }
  return covering;
}

/**
 * Records that a full mention (span) makes word i of its tokens stand for its entity from there on; a word
 * two entities claim stands for neither (entity -1). Values: [entity, reading order of the first full mention].
 */
function claim(named: TokenMap<[number, number]>, i: number, span: Span): void {
  const had = named.setIfAbsent(span.tokens, i, [span.entity, span.order]);
  if (had !== undefined && had[0] !== span.entity) had[0] = -1;
}

interface BlockTokens {
  text: string;
  tokens: Tokens;
}

/**
 * Find "Name (ACRONYM)" definitions after linked spans and link every other use of the acronym. Returns the
 * spans to add; spans that read the acronym otherwise are re-pointed in place.
 */
export function linkDefinedAcronyms(blocks: readonly BlockTokens[], spans: Span[], minConfidence: number): Span[] {
  const defined = new TokenMap<number>(); // the acronym's token -> entity
  for (const span of spans) {
    if (span.entity < 0 || span.confidence < minConfidence) continue;
    const t = span.tokens;
    const k = afterName(t, span.raw.tokenEnd);
    if (k >= t.count || gapOf(t, k) !== GAP_OPEN || !(t.flags[k]! & TF_ALLCAPS)) continue;
    if (blocks[span.block]!.text.charCodeAt(t.end[k]!) !== 0x29) continue; // ")"
    // letters that do not start as the name does are no acronym of it: "WASHINGTON (AP)" is a dateline and its
    // agency, "Dow Chemical Co (DOW)", "Islamic State (ISIS)" are defined
    if (foldedInitial(t, span.raw.tokenStart) !== foldedInitial(t, k)) continue;
    defined.setIfAbsent(t, k, span.entity);
  }
  if (defined.size === 0) return [];
  // which tokens are already inside a span, per block
  const covering = coveringSpans(blocks, spans);
  const added: Span[] = [];
  blocks.forEach((b, block) => {
    const t = b.tokens;
    const coveringHere = covering[block]!;
    for (let i = 0; i < t.count; i++) {
      if (!(t.flags[i]! & TF_ALLCAPS)) continue;
      const entity = defined.get(t, i);
      if (entity === undefined) continue;
      const cover = coveringHere[i];
      if (cover) {
        // a one-token span reading the acronym as something else yields to the article's own definition
        if (cover.raw.tokenEnd - cover.raw.tokenStart === 1 && cover.entity !== entity) {
          cover.entity = entity;
          cover.confidence = DEFINED_ACRONYM_CONFIDENCE;
        }
        continue;
      }
      added.push(laterMention(block, b, i, entity, 0, DEFINED_ACRONYM_CONFIDENCE, false));
    }
  });
  return added;
}

/** The first letter of token i, upper-cased, accents aside ("Électricité" and "EDF" both start with E). */
function foldedInitial(t: Tokens, i: number): string {
  return t.text.charAt(t.start[i]!).normalize('NFD').charAt(0).toUpperCase();
}

// words after a name that leave it a name standing alone ("Ford said", "Dow would", "Morgan also"), where a
// lower-case noun would make it a modifier ("Russian diplomats", "American troops")
const AFTER_A_NAME = new WordSet(
  `and or nor but of in on at to for with by as from into than that which who whose is are was were has have
  had will would could should may might can must did does do be been being not also still now then too last
  this next earlier later today yesterday itself alone`.split(/\s+/),
);
const THE = new WordSet(['the']);
const INDEFINITE = new WordSet(['a', 'an', 'another', 'every', 'each']);
const SPEECH = new WordSet('said says told plans expects sells makes owns'.split(' '));
// a verb in the past: "Morgan posted", "Dow reported" (a plural noun would be a modifier's: "Russian forces")
const VERB_ENDING = /ed$/;

/** Whether token i can stand alone as a name: a capital, no capitalised word glued on either side. */
function standsAlone(t: Tokens, i: number): boolean {
  const f = t.flags[i]!;
  if (!(f & TF_CAPITALISED) || f & (TF_ALLCAPS | TF_DOTTEDACRONYM)) return false;
  // "Ford Foundation", "Dow Jones": a capitalised neighbour makes it part of another name ("Gerald Ford")
  if (i + 1 < t.count && gapOf(t, i + 1) === GAP_SOFT && t.flags[i + 1]! & (TF_CAPITALISED | TF_DIGITSTART)) return false;
  if (i > 0 && gapOf(t, i) === GAP_SOFT && !(f & TF_SENTENCESTART) && t.flags[i - 1]! & (TF_CAPITALISED | TF_DIGITSTART | TF_HASUPPER)) {
    return false;
  }
  // "a Russian said": a person of that kind, not the company
  if (i > 0 && gapOf(t, i) === GAP_SOFT && INDEFINITE.has(h1Of(t, i - 1), h2Of(t, i - 1))) return false;
  if (i + 1 >= t.count || gapOf(t, i + 1) !== GAP_SOFT || t.gapStart[i + 1]! > t.end[i]!) return true; // punctuation or "'s" after it
  if (t.text.charCodeAt(t.end[i]!) !== 0x20 && t.start[i + 1]! - t.end[i]! === 1) return false; // "Russian-backed"
  const next = t.text.slice(t.start[i + 1]!, t.end[i + 1]!);
  return AFTER_A_NAME.has(h1Of(t, i + 1), h2Of(t, i + 1)) || SPEECH.has(h1Of(t, i + 1), h2Of(t, i + 1)) || VERB_ENDING.test(next);
}

/** The word a company's name is shortened to, as the article wrote the name: its first word ("Ford"). */
function shortWord(t: Tokens, first: number, end: number): number {
  let i = first;
  // "The Boeing Company": the article leaves out the article
  if (i + 1 < end && THE.has(h1Of(t, i), h2Of(t, i))) i++;
  if (i + 1 >= end || t.end[i]! - t.start[i]! < 3) return -1;
  const f = t.flags[i]!;
  if (!(f & TF_CAPITALISED) || f & (TF_ALLCAPS | TF_DOTTEDACRONYM | TF_DIGITSTART)) return -1;
  // "General Motors", "National Grid", "United Airlines": a generic word alone is never the company
  if (AMBIGUOUS_CAPITALS.has(t.text.slice(t.start[i]!, t.end[i]!).toLowerCase())) return -1;
  return i;
}

/**
 * Whether the one-token span covering a word reads it by full name as something else than a company or a
 * person: a place or a country ("Moscow" after "The Moscow Times"), a people, a language. People are left
 * out: one-word aliases of people ("Ford" for Ford Madox Ford) are nicknames the article would have to set up.
 */
function namesSomethingElse(span: Span | undefined, table: EntityTable): boolean {
  if (!span || span.raw.tokenEnd - span.raw.tokenStart !== 1) return false;
  const e = span.raw.entries;
  for (let k = 0; k < e.length; k += 2) {
    if (e[k + 1]! & PARTIAL) continue;
    const type = typeOf(table, e[k]!);
    if (type !== 'organisation' && type !== 'person') return true;
  }
  return false;
}

/**
 * After a company's full name ("Ford Motor Co", "Dow Chemical Co"), its first word alone ("Ford said",
 * "Dow would") is that company, when the article named no other organisation opening with that word and
 * the word is not linked to anything else. The matcher leaves out words that open many organisations' names
 * ("Ford": Ford Motor, Ford Foundation, Ford Motor Credit), so this works from the article's own mentions.
 * Generic words ("General", "National") never stand for a company, and a word a lower-case noun follows is
 * a modifier ("Russian diplomats" after "Russian Foreign Ministry"). Returns the spans to add.
 */
export function linkShortForms(blocks: readonly BlockTokens[], spans: readonly Span[], table: EntityTable, minConfidence: number): Span[] {
  // the short word -> [entity, reading order of its full mention]; -1 when two companies share it
  const named = new TokenMap<[number, number]>();
  for (const span of spans) {
    if (span.entity < 0 || span.confidence < minConfidence || typeOf(table, span.entity) !== 'organisation') continue;
    if (!isFullReading(span)) continue;
    const t = span.tokens;
    const i = shortWord(t, span.raw.tokenStart, span.raw.tokenEnd);
    if (i < 0) continue;
    claim(named, i, span);
  }
  if (named.size === 0) return [];
  const covering = perToken<Span>(blocks);
  const linked = perToken<true>(blocks);
  for (const span of spans) {
    const linkedHere = linked[span.block]!;
    const coveringHere = covering[span.block]!;
    for (let i = span.raw.tokenStart; i < span.raw.tokenEnd; i++) {
      if (span.entity >= 0 && span.confidence >= minConfidence) linkedHere[i] = true;
      else if (span.raw.tokenEnd - span.raw.tokenStart === 1) coveringHere[i] = span;
    }
  }
  const added: Span[] = [];
  blocks.forEach((b, block) => {
    const t = b.tokens;
    const linkedHere = linked[block]!;
    for (let i = 0; i < t.count; i++) {
      if (!(t.flags[i]! & TF_CAPITALISED) || linkedHere[i] === true) continue;
      const hit = named.get(t, i);
      if (hit === undefined || hit[0] < 0) continue;
      if (readingOrder(block, t.start[i]!, b.text.length) <= hit[1] || !standsAlone(t, i) || namesSomethingElse(covering[block]![i], table)) continue;
      added.push(laterMention(block, b, i, hit[0], PARTIAL, SHORT_FORM_CONFIDENCE, (t.flags[i]! & TF_SENTENCESTART) !== 0));
    }
  });
  return added;
}

/** The span reads its entity by a full alias, not as a partial name. */
function isFullReading(span: Span): boolean {
  const e = span.raw.entries;
  for (let k = 0; k < e.length; k += 2) if (e[k] === span.entity) return (e[k + 1]! & PARTIAL) === 0;
  return false;
}

const OF = new WordSet(['of']);
const COMPLEMENT = new WordSet(['of', 'for', 'de', 'du', 'des', 'der']);
const AND = new WordSet(['and']);

/** Whether a word between from and to opens a complement ("of the United States", "for Europe"). */
function hasComplement(t: Tokens, from: number, to: number): boolean {
  for (let i = from + 1; i < to; i++) if (COMPLEMENT.has(h1Of(t, i), h2Of(t, i))) return true;
  return false;
}

/**
 * After an organisation's full name, "the" and the name's last word stand for it: "The Times" after "The New
 * York Times", "the Council" after "the NATO-Russia Council", "the Journal" after "The Wall Street Journal".
 * A reading the pack gives the short form ("The Times" of London) yields to the article's own antecedent, as
 * for acronyms; two organisations named with the same last word leave the short form alone. Returns the spans
 * to add; spans that read the short form otherwise are re-pointed in place.
 */
export function linkLastWordForms(blocks: readonly BlockTokens[], spans: readonly Span[], table: EntityTable, minConfidence: number): Span[] {
  const named = new TokenMap<[number, number]>();
  for (const span of spans) {
    if (span.entity < 0 || span.confidence < minConfidence || typeOf(table, span.entity) !== 'organisation' || !isFullReading(span)) continue;
    const t = span.tokens;
    const last = span.raw.tokenEnd - 1;
    if (last <= span.raw.tokenStart) continue;
    const first = THE.has(h1Of(t, span.raw.tokenStart), h2Of(t, span.raw.tokenStart)) ? span.raw.tokenStart + 1 : span.raw.tokenStart;
    // "The New York Times" (three words after "The"), "NATO-Russia Council": the last word is not the whole name
    if (last <= first) continue;
    const f = t.flags[last]!;
    if (!(f & TF_CAPITALISED) || f & (TF_ALLCAPS | TF_DOTTEDACRONYM | TF_DIGITSTART)) continue;
    // "Supreme Court of the United States": after "of" the last word is not what the name is ("the States")
    if (AND.has(h1Of(t, last - 1), h2Of(t, last - 1)) || hasComplement(t, first, last)) continue;
    claim(named, last, span);
  }
  if (named.size === 0) return [];
  const covering = coveringSpans(blocks, spans);
  const added: Span[] = [];
  blocks.forEach((b, block) => {
    const t = b.tokens;
    const coveringHere = covering[block]!;
    for (let i = 1; i < t.count; i++) {
      if (!(t.flags[i]! & TF_CAPITALISED) || t.flags[i]! & TF_ALLCAPS) continue;
      const hit = named.get(t, i);
      if (hit === undefined || hit[0] < 0) continue;
      if (gapOf(t, i) !== GAP_SOFT || !THE.has(h1Of(t, i - 1), h2Of(t, i - 1))) continue;
      // "the Times Square crowd", "the University of Missouri": the words after it make another name
      if (i + 1 < t.count && gapOf(t, i + 1) === GAP_SOFT && (t.flags[i + 1]! & (TF_CAPITALISED | TF_DIGITSTART) || OF.has(h1Of(t, i + 1), h2Of(t, i + 1)))) continue;
      if (readingOrder(block, t.start[i]!, b.text.length) <= hit[1]) continue;
      const cover = coveringHere[i] ?? coveringHere[i - 1];
      if (cover) {
        // only a reading of exactly the short form ("The Times", "Times") yields; a longer name stands
        const s = cover.raw.tokenStart;
        const e = cover.raw.tokenEnd;
        if (e !== i + 1 || (s !== i && s !== i - 1) || cover.entity === hit[0]) continue;
        cover.entity = hit[0];
        cover.confidence = SHORT_FORM_CONFIDENCE;
        continue;
      }
      added.push(laterMention(block, b, i, hit[0], PARTIAL, SHORT_FORM_CONFIDENCE, false));
    }
  });
  return added;
}
