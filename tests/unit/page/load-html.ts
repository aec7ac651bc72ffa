// Test helpers: parse HTML into a Document of its own (no scripts run, nothing is fetched).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { blockRange, type PageBlock } from '../../../lib/page/text-blocks';

const here = dirname(fileURLToPath(import.meta.url));
export const fixturesDir = join(here, '..', '..', 'fixtures', 'pages');

export function parseHtml(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

export function loadFixture(name: string): Document {
  return parseHtml(readFileSync(join(fixturesDir, name), 'utf8'));
}

export function allText(blocks: PageBlock[]): string {
  return blocks.map((b) => b.text).join('\n');
}

/** Collapses whitespace, for comparing what a reader sees with the raw block text. */
export function squash(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/**
 * blockRange(block, s, e).toString() must equal block.text.slice(s, e) wherever [s, e) holds no <br> "\n"
 * (a Range over a <br> has no text for it). Checks every start with several lengths: O(len * lengths).
 */
export function expectExactRanges(block: PageBlock, lengths: number[] = [1, 2, 5, 13, 40]): number {
  let checked = 0;
  const breaks = breakOffsets(block);
  for (let s = 0; s < block.text.length; s++) {
    for (const len of lengths) {
      const e = Math.min(block.text.length, s + len);
      if (e <= s) continue;
      const range = blockRange(block, s, e);
      expect(range, `range ${s}-${e} of "${block.text.slice(0, 40)}"`).not.toBeNull();
      const want = withoutBreaks(block.text, s, e, breaks);
      expect(range?.toString(), `range ${s}-${e}`).toBe(want);
      checked++;
    }
  }
  return checked;
}

/** Offsets of block text that belong to no segment (the "\n" of a <br>). */
function breakOffsets(block: PageBlock): Set<number> {
  const covered = new Uint8Array(block.text.length);
  for (const seg of block.segments) covered.fill(1, seg.blockStart, seg.blockStart + seg.length);
  const out = new Set<number>();
  covered.forEach((v, i) => {
    if (v === 0) out.add(i);
  });
  return out;
}

function withoutBreaks(text: string, s: number, e: number, breaks: Set<number>): string {
  // A range that starts or ends on a break snaps to the text beside it; breaks inside drop out.
  let out = '';
  for (let i = s; i < e; i++) if (!breaks.has(i)) out += text[i];
  return out;
}
