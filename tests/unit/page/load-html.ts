// Test helpers: parse HTML into a Document of its own (no scripts run, nothing is fetched).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';
import { expect } from 'vitest';
import { blockRange, type PageBlock } from '../../../lib/page/text-blocks';

const here = dirname(fileURLToPath(import.meta.url));
export const fixturesDir = join(here, '..', '..', 'fixtures', 'pages');

/**
 * A page in a window of its own with scripts, stylesheets and frames off. (happy-dom's Range.toString() returns ""
 * for documents made by DOMParser, so fixtures get a real window.)
 */
export function parseHtml(html: string): Document {
  const win = new Window({
    url: 'http://127.0.0.1/',
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      navigation: { disableChildPageNavigation: true, disableChildFrameNavigation: true, disableMainFrameNavigation: true },
    },
  });
  const doc = win.document as unknown as Document;
  doc.write(html);
  return doc;
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
 * blockRange(block, s, e).toString() must equal block.text.slice(s, e) wherever [s, e) holds no gap (the "\n" of a
 * <br> or of skipped inline content, which belongs to no segment). Across a gap the range's text must start with
 * the text before it and end with the text after it (a <br> has no text; skipped content does). A range of gap
 * only is null. Checks every start with several lengths: O(len * lengths).
 */
export function expectExactRanges(block: PageBlock, lengths: number[] = [1, 2, 5, 13, 40]): number {
  let checked = 0;
  const gaps = gapOffsets(block);
  for (let s = 0; s < block.text.length; s++) {
    for (const len of lengths) {
      const e = Math.min(block.text.length, s + len);
      if (e <= s) continue;
      const range = blockRange(block, s, e);
      const label = `range ${s}-${e} of "${block.text.slice(0, 40)}"`;
      const firstGap = [...Array(e - s).keys()].map((i) => s + i).find((i) => gaps.has(i));
      if (firstGap === undefined) {
        expect(range?.toString(), label).toBe(block.text.slice(s, e));
      } else {
        let lastGap = firstGap;
        for (let i = firstGap; i < e; i++) if (gaps.has(i)) lastGap = i;
        const before = block.text.slice(s, firstGap);
        const after = block.text.slice(lastGap + 1, e);
        if (before === '' && after === '' && [...Array(e - s).keys()].every((i) => gaps.has(s + i))) {
          expect(range, label).toBeNull();
        } else {
          const got = range?.toString() ?? '';
          expect(got.startsWith(before), label).toBe(true);
          expect(got.endsWith(after), label).toBe(true);
        }
      }
      checked++;
    }
  }
  return checked;
}

/** Offsets of block text that belong to no segment (the "\n" of a <br>). */
function gapOffsets(block: PageBlock): Set<number> {
  const covered = new Uint8Array(block.text.length);
  for (const seg of block.segments) covered.fill(1, seg.blockStart, seg.blockStart + seg.length);
  const out = new Set<number>();
  covered.forEach((v, i) => {
    if (v === 0) out.add(i);
  });
  return out;
}
