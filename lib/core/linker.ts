// The linker: article text blocks in, entity mentions (with confidence) and salience-ranked entities out.
// Pure TypeScript so it runs in the background service worker, in tests and in the Node tools alike.
// Compile once from the pack's entities (or load the compiled JSON form), then link any number of articles.

import { cuesAround, embeddedFactor, isAttributive, isTicker } from './context-cues';
import { linkDefinedAcronyms, linkLastWordForms, linkShortForms, readingOrder } from './coreference';
import {
  buildEntityTable,
  typeOf,
  type CompiledEntityTable,
  entityTableFromJSON,
  entityTableToJSON,
  type EntityTable,
} from './entity-table';
import {
  aliasIndexFromJSON,
  aliasIndexToJSON,
  type AliasIndexArrays,
  buildAliasIndex,
  type BuildOptions,
  type CompiledAliasIndex,
  Matcher,
} from './matcher';
import { h1Of, TokenFlag, tokenize, type Tokens } from './normalize';
import type { PackEntity } from './pack';
import { collectCertain, markAddresses, markIntroducedPeople, markRegionLists, newContext, resolveSpans, type Span } from './resolve';
import { type BlockRole, rankBySalience } from './salience';

export interface TextBlock {
  text: string;
  role?: BlockRole;
}

/** start/end are UTF-16 offsets into blocks[block].text */
export interface Mention {
  block: number;
  start: number;
  end: number;
  entity: string;
  confidence: number;
}

/** sorted most salient first */
export interface EntityHit {
  id: string;
  mentions: number;
  salience: number;
}

export interface LinkResult {
  mentions: Mention[];
  entities: EntityHit[];
}

export interface LinkOptions {
  /** links below this confidence are left out (default 0.5) */
  minConfidence?: number;
  /** ISO2 of the article's country, if known */
  country?: string;
}

export type LinkerEntity = Pick<PackEntity, 'id' | 'type' | 'name' | 'aliases' | 'prior'> &
  Partial<Pick<PackEntity, 'wikidata' | 'country' | 'description'>>;

// Bumped whenever the keys a compiled form holds change (the tokenizer's or the grouping's rules): a form of
// another format is never read, the background compiles the pack's entities again (lib/platform/dataset.ts).
// 2: spaced abbreviations ("W. Va.") are one token; "The X" and "X" are one thing.
// 3: a trie node's payload carries a mark: whether a plain capitalised word may read it.
export const COMPILED_LINKER_FORMAT = 'backstory-linker/3' as const;

/** Whether a stored value is a compiled form this code reads. */
export function isCurrentCompiledLinker(value: unknown): value is CompiledLinker {
  return typeof value === 'object' && value !== null && (value as { format?: unknown }).format === COMPILED_LINKER_FORMAT;
}

export interface CompiledLinker {
  format: typeof COMPILED_LINKER_FORMAT;
  entities: CompiledEntityTable;
  index: CompiledAliasIndex;
}

export interface Linker {
  link(blocks: readonly TextBlock[], options?: LinkOptions): LinkResult;
  /** number of aliases indexed (names, aliases and the name parts derived from them) */
  readonly size: number;
  toJSON(): CompiledLinker;
}

export const DEFAULT_MIN_CONFIDENCE = 0.5;

const tokenPool: Tokens[] = [];

class CompiledLinkerImpl implements Linker {
  private readonly matcher: Matcher;

  constructor(
    private readonly table: EntityTable,
    private readonly index: AliasIndexArrays,
  ) {
    this.matcher = new Matcher(index);
  }

  get size(): number {
    return this.index.aliasCount;
  }

  /** Candidate spans only (tokenize + trie scan), for benchmarks. */
  countCandidates(text: string): number {
    const tokens = tokenize(text, tokenPool[0]);
    tokenPool[0] = tokens;
    return this.matcher.scan(tokens).length;
  }

  toJSON(): CompiledLinker {
    return { format: COMPILED_LINKER_FORMAT, entities: entityTableToJSON(this.table), index: aliasIndexToJSON(this.index) };
  }

  link(blocks: readonly TextBlock[], options: LinkOptions = {}): LinkResult {
    const minConfidence = options.minConfidence ?? DEFAULT_MIN_CONFIDENCE;
    // token arrays are reused between calls (typed-array allocation would cost more than the scan);
    // nothing returned by link() refers to them
    const tokenized = blocks.map((b, i) => {
      const tokens = tokenize(b.text, tokenPool[i]);
      tokenPool[i] = tokens;
      return { text: b.text, tokens };
    });
    let spans: Span[] = [];
    tokenized.forEach(({ text, tokens }, block) => {
      const headline = blocks[block]!.role === 'headline';
      const raws = this.matcher.scan(tokens);
      const starts = new Set<number>();
      const ends = new Set<number>();
      for (const r of raws) {
        starts.add(r.tokenStart);
        ends.add(r.tokenEnd);
      }
      for (const raw of raws) {
        const cues = cuesAround(tokens, raw.tokenStart, raw.tokenEnd);
        spans.push({
          block,
          tokens,
          raw,
          order: readingOrder(block, raw.start, text.length),
          // a headline capitalises every word, so its capitals prove nothing
          sentenceStart: headline || (tokens.flags[raw.tokenStart]! & TokenFlag.SentenceStart) !== 0,
          cues,
          embedded: headline ? 1 : embeddedFactor(tokens, raw.tokenStart, raw.tokenEnd, starts, ends, cues),
          entity: -1,
          confidence: 0,
        });
      }
    });
    countAcronymRepeats(spans);
    markRegionLists(spans, this.table);
    markAddresses(spans, this.table);
    markIntroducedPeople(spans);
    const ctx = newContext(options.country);
    collectCertain(spans, this.table, ctx);
    resolveSpans(spans, this.table, ctx, minConfidence);
    spans = spans.concat(linkDefinedAcronyms(tokenized, spans, minConfidence));
    spans = spans.concat(linkShortForms(tokenized, spans, this.table, minConfidence));
    spans = spans.concat(linkLastWordForms(tokenized, spans, this.table, minConfidence));
    for (const s of spans) {
      if (s.entity < 0) continue;
      if (typeOf(this.table, s.entity) === 'country' && isAttributive(s.tokens, s.raw.tokenStart, s.raw.tokenEnd)) s.entity = -1;
      else if (isTicker(s.tokens, s.raw.tokenStart, s.raw.tokenEnd)) s.entity = -1;
    }

    const kept = spans
      .filter((s) => s.entity >= 0 && s.confidence >= minConfidence)
      .sort((a, b) => a.block - b.block || a.raw.start - b.raw.start);
    const mentions: Mention[] = kept.map((s) => ({
      block: s.block,
      start: s.raw.start,
      end: s.raw.end,
      entity: this.table.ids[s.entity]!,
      confidence: Math.round(s.confidence * 1000) / 1000,
    }));
    const n = Math.max(1, blocks.length);
    const entities = rankBySalience(
      kept.map((s) => ({ entity: this.table.ids[s.entity]!, role: blocks[s.block]!.role ?? 'body', position: s.order / n })),
    );
    return { mentions, entities };
  }
}

/** Marks each one-word acronym span with how many times the article writes it. */
function countAcronymRepeats(spans: Span[]): void {
  const counts = new Map<number, number>();
  const keyOf = (s: Span): number => {
    const i = s.raw.tokenStart;
    if (s.raw.tokenEnd - i !== 1 || !(s.tokens.flags[i]! & (TokenFlag.AllCaps | TokenFlag.DottedAcronym))) return 0;
    return h1Of(s.tokens, i) || 1;
  };
  for (const s of spans) {
    const k = keyOf(s);
    if (k !== 0) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  for (const s of spans) {
    const k = keyOf(s);
    if (k !== 0) s.repeats = counts.get(k);
  }
}

export type CompileOptions = BuildOptions;

/** Build a linker from pack entities. Cost grows linearly with the number of aliases. */
export function compileLinker(entities: readonly LinkerEntity[], options: CompileOptions = {}): Linker {
  const table = buildEntityTable(entities);
  const index = buildAliasIndex(entities, options);
  return new CompiledLinkerImpl(table, index);
}

/** Rebuild a linker from its compiled form (`linker.toJSON()`), decoding buffers only. */
export function loadLinker(compiled: CompiledLinker): Linker {
  if (compiled.format !== COMPILED_LINKER_FORMAT) {
    throw new Error(`unsupported compiled linker format: ${String(compiled.format)}`);
  }
  return new CompiledLinkerImpl(entityTableFromJSON(compiled.entities), aliasIndexFromJSON(compiled.index));
}

/** Number of candidate spans in a text before disambiguation: the matching stage alone, for benchmarks. */
export function countCandidates(linker: Linker, text: string): number {
  if (!(linker instanceof CompiledLinkerImpl)) throw new Error('not a compiled linker');
  return linker.countCandidates(text);
}
