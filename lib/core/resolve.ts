// Deciding which entity a matched span means, and how sure we are. The stages, in order:
// 1. spans that are certain on their own (a full name, a clear acronym, one plausible entity) make the
//    article's context: the entities it is surely about and the countries they belong to;
// 2. full-alias spans are scored with that context (prior x type cues x co-occurrence x country);
// 3. partial names (a surname, a given name) link to a person named in full in the article, to a family
//    member of one ("his daughter Yulia"), or, failing that, only when a single entity fits.
// Confidence = how reliable the span is as a name x the winner's share of the candidates' weight.

import { Cue, cueWeight } from './context-cues';
import { type EntityTable, typeOf } from './entity-table';
import { AliasFlag, PARTIAL, type RawMatch } from './matcher';
import { TokenFlag, type Tokens } from './normalize';

export interface Span {
  block: number;
  tokens: Tokens;
  raw: RawMatch;
  /** position of the span in reading order across blocks */
  order: number;
  sentenceStart: boolean;
  cues: number;
  entity: number;
  confidence: number;
}

export interface ArticleContext {
  /** entity -> reading order of its first certain mention */
  certain: Map<number, number>;
  countryCounts: Map<string, number>;
  countryTotal: number;
  articleCountry: string;
  /** entities linked by a full alias -> reading order of the first such mention */
  fullLinked: Map<number, number>;
  /** surname keys of the people linked so far */
  linkedSurnames: Set<number>;
}

export function newContext(articleCountry: string | undefined): ArticleContext {
  return {
    certain: new Map(),
    countryCounts: new Map(),
    countryTotal: 0,
    articleCountry: (articleCountry ?? '').toUpperCase(),
    fullLinked: new Map(),
    linkedSurnames: new Set(),
  };
}

export function hasPartial(span: Span): boolean {
  const e = span.raw.entries;
  for (let k = 1; k < e.length; k += 2) if (e[k]! & PARTIAL) return true;
  return false;
}

/** How likely the span is a name at all when read as this alias (before choosing between entities). */
function fullReliability(span: Span, flags: number, supported: boolean): number {
  const length = span.raw.tokenEnd - span.raw.tokenStart;
  const tokFlags = span.tokens.flags[span.raw.tokenStart]!;
  const start = span.sentenceStart;
  let r: number;
  if (flags & AliasFlag.Phonetic) r = 0.75;
  else if (flags & AliasFlag.AllLower) r = start ? 0.15 : 0.5;
  else if (length >= 2) r = 0.95;
  else if (flags & AliasFlag.Acronym && tokFlags & (TokenFlag.AllCaps | TokenFlag.DottedAcronym)) r = flags & AliasFlag.Common ? 0.8 : 0.9;
  else if (flags & AliasFlag.AmbiguousCapital) r = start ? 0.1 : 0.35;
  else if (flags & AliasFlag.Common) r = start ? 0.2 : 0.8;
  else r = start ? 0.8 : 0.9;
  // capitals all through ("BRUSSELS") say nothing about being a name
  if (length === 1 && !(flags & AliasFlag.Acronym) && tokFlags & TokenFlag.AllCaps) r *= 0.8;
  if (supported && r < 0.85) r = 0.85;
  return r;
}

function countryBoost(ctx: ArticleContext, table: EntityTable, e: number): number {
  const c = table.countries[e]!;
  if (c === '') return 1;
  let w = ctx.articleCountry === c ? 2 : 1;
  if (ctx.countryTotal > 0) w *= 1 + (2 * (ctx.countryCounts.get(c) ?? 0)) / ctx.countryTotal;
  return w;
}

interface Choice {
  entity: number;
  confidence: number;
}

/** Weigh every candidate of a span; partial names only count when `partials` is true. */
export function choose(span: Span, table: EntityTable, ctx: ArticleContext, partials: boolean): Choice | null {
  const entries = span.raw.entries;
  let total = 0;
  let best = -1;
  let bestScore = 0;
  let bestRel = 0;
  const cues = span.cues;
  for (let k = 0; k < entries.length; k += 2) {
    const e = entries[k]!;
    const flags = entries[k + 1]!;
    const type = typeOf(table, e);
    let rel: number;
    let boost = 1;
    if (flags & PARTIAL) {
      if (!partials) continue;
      const common = (flags & (AliasFlag.Common | AliasFlag.AmbiguousCapital)) !== 0;
      const full = ctx.fullLinked.get(e);
      if (full !== undefined) {
        // a later mention of someone named in full: "Macron" after "Emmanuel Macron"
        // "May" opening a sentence is the month unless the words around make it someone ("May said")
        if (common && span.sentenceStart) rel = cues & (Cue.Agent | Cue.Person) ? 0.8 : 0;
        else rel = full < span.order ? 0.92 : 0.85;
        boost = 10;
      } else if (flags & AliasFlag.Given && table.surnames[e] !== 0 && ctx.linkedSurnames.has(table.surnames[e]!)) {
        // a relative of someone named: "Sergei Skripal and his daughter Yulia"
        rel = common && span.sentenceStart ? 0 : 0.85;
        boost = 5;
      } else if (flags & AliasFlag.Surname && !common) {
        // a surname nobody introduced: links only if one entity clearly fits (the share decides)
        rel = span.sentenceStart ? 0.7 : 0.75;
      } else rel = 0;
    } else {
      rel = fullReliability(span, flags, ctx.certain.has(e));
      if (cues & Cue.Person && type === 'person' && flags & (AliasFlag.Common | AliasFlag.AmbiguousCapital)) rel = Math.max(rel, 0.7);
    }
    if (rel <= 0) continue;
    // priors from sources are compressed towards the middle: squaring lets a clear favourite dominate
    const prior = 0.05 + table.priors[e]!;
    let w = prior * prior * cueWeight(cues, type) * countryBoost(ctx, table, e) * boost;
    if (ctx.certain.has(e)) w *= 5;
    if (flags & AliasFlag.Canonical) w *= 1.2;
    const score = rel * w;
    total += score;
    if (score > bestScore) {
      bestScore = score;
      best = e;
      bestRel = rel;
    }
  }
  if (best < 0 || total <= 0) return null;
  return { entity: best, confidence: bestRel * (bestScore / total) };
}

const CERTAIN = 0.8;

/** Stage 1: what the article is surely about. */
export function collectCertain(spans: readonly Span[], table: EntityTable, ctx: ArticleContext): void {
  for (const span of spans) {
    if (hasPartial(span)) continue;
    const c = choose(span, table, ctx, false);
    if (!c || c.confidence < CERTAIN) continue;
    if (!ctx.certain.has(c.entity)) {
      ctx.certain.set(c.entity, span.order);
      const country = table.countries[c.entity]!;
      if (country !== '') {
        ctx.countryCounts.set(country, (ctx.countryCounts.get(country) ?? 0) + 1);
        ctx.countryTotal++;
      }
    }
  }
}

function record(span: Span, c: Choice | null, table: EntityTable, ctx: ArticleContext, full: boolean): void {
  if (!c) return;
  span.entity = c.entity;
  span.confidence = c.confidence;
  if (full && !ctx.fullLinked.has(c.entity)) ctx.fullLinked.set(c.entity, span.order);
  const s = table.surnames[c.entity]!;
  if (s !== 0 && full) ctx.linkedSurnames.add(s);
}

/** Stages 2 and 3. Spans get `entity` and `confidence` (entity -1 when nothing fits). */
export function resolveSpans(spans: readonly Span[], table: EntityTable, ctx: ArticleContext, minConfidence: number): void {
  for (const span of spans) {
    if (hasPartial(span)) continue;
    const c = choose(span, table, ctx, false);
    record(span, c, table, ctx, c !== null && c.confidence >= minConfidence);
  }
  for (const span of spans) {
    if (!hasPartial(span)) continue;
    const c = choose(span, table, ctx, true);
    if (!c) continue;
    const viaFull = isFullAlias(span, c.entity);
    record(span, c, table, ctx, viaFull && c.confidence >= minConfidence);
  }
}

function isFullAlias(span: Span, entity: number): boolean {
  const e = span.raw.entries;
  for (let k = 0; k < e.length; k += 2) if (e[k] === entity) return (e[k + 1]! & PARTIAL) === 0;
  return false;
}
