// The builder's interim matcher: exact, case-sensitive alias matching, longest match first, with the same
// shape as the project linker's API (compileLinker(entities).link(blocks)). Used when lib/core/linker is not
// available; it does no disambiguation beyond a fixed preference for the more established entity.
import type { PackEntity } from '../../lib/core/pack';
import { tokenize } from './tokens';

export interface LinkMention {
  block: number;
  start: number;
  end: number;
  entity: string;
  confidence: number;
}

export interface LinkResult {
  mentions: LinkMention[];
  entities: { id: string; mentions: number; salience: number }[];
}

export interface BlockLinker {
  link(blocks: { text: string }[]): LinkResult;
}

const MAX_TOKENS = 10;

function keyOf(words: readonly string[]): string {
  return words.map((w) => w.replace(/['’]s$/, '')).join(' ');
}

/** Options: words that are too common to match alone (WordNet lemmas), checked in lower case. */
export function compileInterimMatcher(entities: readonly PackEntity[], commonWords: ReadonlySet<string> = new Set()): BlockLinker {
  const table = new Map<string, { id: string; rank: number }>();
  const maxLenByFirst = new Map<string, number>();
  const rankOf = (e: PackEntity): number => (e.type === 'country' ? 10 : 0) + e.prior * 5 + e.sources.length + (e.wikidata ? 1 : 0);
  for (const e of entities) {
    const rank = rankOf(e);
    for (const alias of [e.name, ...e.aliases]) {
      const words = tokenize(alias).map((t) => t.text);
      if (words.length === 0 || words.length > MAX_TOKENS) continue;
      if (!/\p{Lu}/u.test(alias)) continue;
      if (words.length === 1) {
        const w = words[0]!;
        // A lone common word ("Mobile", "Nice", "Apple") would match ordinary text.
        if (w.length < 3 && !/^[A-Z]{2}$/.test(w)) continue;
        if (commonWords.has(w.toLowerCase()) && e.type !== 'country' && !/^[A-Z]{2,}$/.test(w)) continue;
        if (/^[A-Z]{2}$/.test(w) && e.type !== 'country' && e.type !== 'organisation') continue;
      }
      const key = keyOf(words);
      const cur = table.get(key);
      if (!cur || rank > cur.rank || (rank === cur.rank && e.id < cur.id)) table.set(key, { id: e.id, rank });
      const first = words[0]!.replace(/['’]s$/, '');
      maxLenByFirst.set(first, Math.max(maxLenByFirst.get(first) ?? 0, words.length));
    }
  }
  return {
    link(blocks) {
      const mentions: LinkMention[] = [];
      const counts = new Map<string, number>();
      blocks.forEach((b, block) => {
        const toks = tokenize(b.text);
        for (let i = 0; i < toks.length; ) {
          const max = maxLenByFirst.get(toks[i]!.text.replace(/['’]s$/, ''));
          let hit: { id: string; len: number } | undefined;
          if (max) {
            for (let n = Math.min(max, toks.length - i); n >= 1; n--) {
              // A name never spans punctuation other than a space, a hyphen or an en dash ("NATO–Russia Council").
              let contiguous = true;
              for (let k = i + 1; k < i + n && contiguous; k++) if (!/^[ –-]$/.test(b.text.slice(toks[k - 1]!.end, toks[k]!.start))) contiguous = false;
              if (!contiguous) continue;
              const v = table.get(keyOf(toks.slice(i, i + n).map((t) => t.text)));
              if (v) {
                hit = { id: v.id, len: n };
                break;
              }
            }
          }
          if (!hit) {
            i++;
            continue;
          }
          const last = toks[i + hit.len - 1]!;
          const end = last.text.endsWith("'s") || last.text.endsWith('’s') ? last.end - 2 : last.end;
          mentions.push({ block, start: toks[i]!.start, end, entity: hit.id, confidence: 1 });
          counts.set(hit.id, (counts.get(hit.id) ?? 0) + 1);
          i += hit.len;
        }
      });
      const total = mentions.length || 1;
      return {
        mentions,
        entities: [...counts].map(([id, n]) => ({ id, mentions: n, salience: n / total })),
      };
    },
  };
}
