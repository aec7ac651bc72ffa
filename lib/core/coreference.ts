// Acronyms an article defines for itself: "the North Atlantic Treaty Organization (NATO)" makes every later
// "NATO" in the article that organisation, whatever else the pack would read into the letters.

import { gapOf, H1_SEED, h1Of, h2Of, mixH1, TokenFlag, type Tokens } from './normalize';
import { RawMatch } from './matcher';
import type { Span } from './resolve';

// imported const enums as module constants: files transpiled one by one do not inline them
const TF_ALLCAPS: number = TokenFlag.AllCaps;

const GAP_OPEN = mixH1(H1_SEED, 0x28) | 1;
export const DEFINED_ACRONYM_CONFIDENCE = 0.9;

interface BlockTokens {
  text: string;
  tokens: Tokens;
}

/**
 * Find "Name (ACRONYM)" definitions after linked spans and link every other use of the acronym. Returns the
 * spans to add; spans that read the acronym otherwise are re-pointed in place.
 */
export function linkDefinedAcronyms(blocks: readonly BlockTokens[], spans: Span[], minConfidence: number): Span[] {
  const defined = new Map<string, number>(); // "h1:h2" -> entity
  for (const span of spans) {
    if (span.entity < 0 || span.confidence < minConfidence) continue;
    const t = span.tokens;
    const k = span.raw.tokenEnd;
    if (k >= t.count || gapOf(t, k) !== GAP_OPEN || !(t.flags[k]! & TF_ALLCAPS)) continue;
    if (blocks[span.block]!.text.charCodeAt(t.end[k]!) !== 0x29) continue; // ")"
    const key = `${h1Of(t, k)}:${h2Of(t, k)}`;
    if (!defined.has(key)) defined.set(key, span.entity);
  }
  if (defined.size === 0) return [];
  // which tokens are already inside a span, per block
  const covering = new Map<string, Span>();
  for (const span of spans) {
    for (let i = span.raw.tokenStart; i < span.raw.tokenEnd; i++) covering.set(`${span.block}:${i}`, span);
  }
  const added: Span[] = [];
  blocks.forEach((b, block) => {
    const t = b.tokens;
    for (let i = 0; i < t.count; i++) {
      if (!(t.flags[i]! & TF_ALLCAPS)) continue;
      const entity = defined.get(`${h1Of(t, i)}:${h2Of(t, i)}`);
      if (entity === undefined) continue;
      const cover = covering.get(`${block}:${i}`);
      if (cover) {
        // a one-token span reading the acronym as something else yields to the article's own definition
        if (cover.raw.tokenEnd - cover.raw.tokenStart === 1 && cover.entity !== entity) {
          cover.entity = entity;
          cover.confidence = DEFINED_ACRONYM_CONFIDENCE;
        }
        continue;
      }
      added.push({
        block,
        tokens: t,
        raw: new RawMatch(i, i + 1, t.start[i]!, t.end[i]!, [entity, 0]),
        order: block + t.start[i]! / Math.max(1, b.text.length),
        sentenceStart: false,
        cues: 0,
        embedded: 1,
        entity,
        confidence: DEFINED_ACRONYM_CONFIDENCE,
      });
    }
  });
  return added;
}
