// One article's text through the linker, mentions expressed as spans into the whole text.

import type { LinkOptions, Linker, TextBlock } from '../../lib/core/linker';
import type { PackEntity } from '../../lib/core/pack';

export interface OutputMention {
  span: [number, number];
  entity: string;
  wikidata: string | null;
  name: string;
  type: string;
  confidence: number;
}




/** Split a plain text into paragraph blocks (offsets kept) so blank lines act as block boundaries. */
export function textBlocks(text: string): { blocks: TextBlock[]; offsets: number[] } {
  const blocks: TextBlock[] = [];
  const offsets: number[] = [];
  const re = /\n\s*\n/g;
  let from = 0;
  for (;;) {
    const m = re.exec(text);
    const to = m ? m.index : text.length;
    if (to > from) {
      blocks.push({ text: text.slice(from, to), role: blocks.length === 0 ? 'lead' : 'body' });
      offsets.push(from);
    }
    if (!m) break;
    from = m.index + m[0].length;
  }
  return { blocks, offsets };
}

export function linkArticle(
  linker: Linker,
  byId: ReadonlyMap<string, PackEntity>,
  text: string,
  options: LinkOptions = {},
): OutputMention[] {
  const { blocks, offsets } = textBlocks(text);
  const result = linker.link(blocks, options);
  return result.mentions.map((m) => {
    const e = byId.get(m.entity);
    const base = offsets[m.block]!;
    return {
      span: [base + m.start, base + m.end],
      entity: m.entity,
      wikidata: e?.wikidata ?? null,
      name: e?.name ?? m.entity,
      type: e?.type ?? 'thing',
      confidence: m.confidence,
    };
  });
}
