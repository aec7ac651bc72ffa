// Splits a subtree into paragraph-like blocks of text with an exact map from block offsets back to the DOM's
// text nodes, so that a match found in the block text becomes a DOM Range without changing the page.
//
// Block text is the concatenation of the text nodes' data in document order, unaltered, except:
// - leading and trailing whitespace of a block is left out (its segments start/end inside the nodes);
// - a <br> puts one "\n" into the block text that belongs to no segment (a line break inside one block,
//   so a name is never matched across it by a linker that treats "\n" as a boundary, and the map stays exact);
// - so does skipped inline content (<code>, an <input>, a hidden <span>...) in the middle of a block: its text is
//   not in the block, and a match must not join the words on either side of it.
// Whitespace inside a block is kept as the page has it (the linker copes with runs of spaces and newlines).

import { hasLeadName, isFurniture, isNeverRead } from './element-filters';

export type BlockRole = 'headline' | 'lead' | 'body' | 'caption';

/** Block text [blockStart, blockStart+length) = node.data[nodeStart, nodeStart+length). */
export interface Segment { node: Text; blockStart: number; nodeStart: number; length: number }

export interface PageBlock { text: string; role: BlockRole; element: Element; segments: Segment[] }

export interface BlocksOptions {
  /** The extension's own UI (hover card host...): never read. */
  isOwnUi?: (el: Element) => boolean;
  /** Skip navigation, ads, promos, comments, sidebars inside the subtree (default true). */
  skipFurniture?: boolean;
  /** Extra skip rule (e.g. link-dense lists found by the article reader). */
  skip?: (el: Element) => boolean;
  /** The role of a block, from its element; default: by tag and class (see defaultRoleOf). */
  roleOf?: (el: Element) => BlockRole;
  /**
   * Visibility check made once per block element (never per node), e.g. Element.checkVisibility where the
   * browser has layout. Default: none (attributes only).
   */
  isVisible?: (el: Element) => boolean;
}

/** Elements that continue the text of the block around them; any other element starts a new block. */
const INLINE_TAGS = new Set([
  'A', 'ABBR', 'ACRONYM', 'B', 'BDI', 'BDO', 'BIG', 'CITE', 'DATA', 'DEL', 'DFN', 'EM', 'FONT', 'I', 'IMG',
  'INS', 'LABEL', 'MARK', 'NOBR', 'Q', 'RUBY', 'RB', 'RT', 'RP', 'S', 'SMALL', 'SPAN', 'STRIKE', 'STRONG',
  'SUB', 'SUP', 'TIME', 'TT', 'U', 'WBR', 'PICTURE', 'SOURCE',
]);

const AD_LABEL = /^\s*(?:advertisement|advertising|ad|anzeige|werbung|publicité|publicidad|publicidade|pubblicità|sponsored(?: content)?)\s*:?\s*$/i;

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

export function isInlineElement(el: Element): boolean {
  return INLINE_TAGS.has(el.tagName.toUpperCase());
}

export function defaultRoleOf(el: Element): BlockRole {
  const tag = el.tagName.toUpperCase();
  if (tag === 'H1') return 'headline';
  if (tag === 'FIGCAPTION' || tag === 'CAPTION' || el.closest('figcaption, caption, figure') !== null) {
    return 'caption';
  }
  if (hasLeadName(el)) return 'lead';
  return 'body';
}

/** Collects one run of inline content; whitespace at the ends is cut off when the block is finished. */
class BlockBuilder {
  text = '';
  segments: Segment[] = [];
  constructor(readonly element: Element) {}

  addText(node: Text): void {
    const data = node.data;
    if (data.length === 0) return;
    this.segments.push({ node, blockStart: this.text.length, nodeStart: 0, length: data.length });
    this.text += data;
  }

  addBreak(): void {
    if (this.text.length > 0) this.text += '\n';
  }

  /** The finished block, or null when it holds only whitespace. */
  finish(role: BlockRole): PageBlock | null {
    const text = this.text;
    let lead = 0;
    while (lead < text.length && isSpace(text.charCodeAt(lead))) lead++;
    if (lead === text.length) return null;
    let end = text.length;
    while (end > lead && isSpace(text.charCodeAt(end - 1))) end--;
    const segments: Segment[] = [];
    for (const s of this.segments) {
      const from = Math.max(s.blockStart, lead);
      const to = Math.min(s.blockStart + s.length, end);
      if (to <= from) continue;
      segments.push({
        node: s.node,
        blockStart: from - lead,
        nodeStart: s.nodeStart + (from - s.blockStart),
        length: to - from,
      });
    }
    return { text: text.slice(lead, end), role, element: this.element, segments };
  }
}

function isSpace(c: number): boolean {
  // space, tab, newline, CR, form feed, no-break space, and the Unicode spaces pages use for layout
  return c === 32 || (c >= 9 && c <= 13) || c === 160 || (c >= 0x2000 && c <= 0x200b) || c === 0x202f ||
    c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * Yields the blocks of a subtree one at a time, in document order, so that a caller can slice the work
 * (read some blocks, yield to the page, carry on). Linear in the size of the subtree.
 */
export function* iterateBlocks(root: Element, options: BlocksOptions = {}): Generator<PageBlock> {
  const skipFurniture = options.skipFurniture ?? true;
  const roleOf = options.roleOf ?? defaultRoleOf;
  const { isOwnUi, skip, isVisible } = options;

  const skipped = (el: Element): boolean =>
    isNeverRead(el) ||
    (skipFurniture && isFurniture(el)) ||
    (isOwnUi !== undefined && isOwnUi(el)) ||
    (skip !== undefined && skip(el));

  // The nearest block element of the text being read, and the run of inline content so far.
  const blockStack: Element[] = [root];
  // Held in an object so that TypeScript does not narrow it across the closures below.
  const state: { run: BlockBuilder | null } = { run: null };

  const flush = (): PageBlock | null => {
    const r = state.run;
    if (r === null) return null;
    state.run = null;
    if (isVisible !== undefined && !isVisible(r.element)) return null;
    const block = r.finish(roleOf(r.element));
    // An ad slot's label ("ADVERTISEMENT") is all that is left of an ad when its markup has no telling name.
    if (block !== null && skipFurniture && AD_LABEL.test(block.text)) return null;
    return block;
  };
  const currentRun = (): BlockBuilder => {
    if (state.run === null) state.run = new BlockBuilder(blockStack[blockStack.length - 1] ?? root);
    return state.run;
  };

  let node: Node | null = root.firstChild;
  while (node !== null) {
    let descend = false;
    if (node.nodeType === TEXT_NODE) {
      currentRun().addText(node as Text);
    } else if (node.nodeType === ELEMENT_NODE) {
      const el = node as Element;
      const tag = el.tagName.toUpperCase();
      if (tag === 'BR') {
        state.run?.addBreak();
      } else if (tag === 'RT' || tag === 'RP') {
        // Ruby annotations (readings over CJK names) are left out without a break: the base text stays whole.
      } else if (skipped(el)) {
        state.run?.addBreak();
      } else {
        if (!isInlineElement(el)) {
          const done = flush();
          if (done) yield done;
          blockStack.push(el);
        }
        if (el.firstChild !== null) {
          descend = true;
        } else if (!isInlineElement(el)) {
          blockStack.pop();
        }
      }
    }
    if (descend) {
      node = node.firstChild;
      continue;
    }
    // Move on, closing the elements we leave.
    while (node !== null && node !== root && node.nextSibling === null) {
      node = node.parentNode;
      if (node === null || node === root) break;
      if (!isInlineElement(node as Element)) {
        const done = flush();
        if (done) yield done;
        blockStack.pop();
      }
    }
    if (node === null || node === root) break;
    node = node.nextSibling;
  }
  const last = flush();
  if (last) yield last;
}

/**
 * True when el sits inside something never read (an editor, code, a hidden subtree, our own UI), checked up the
 * ancestors once per call. A page-wide <form> wrapper (ASP.NET) does not count: the article can live in one.
 */
export function isInsideUnreadable(el: Element, isOwnUi?: (el: Element) => boolean): boolean {
  for (let e: Element | null = el; e !== null; e = e.parentElement) {
    if (isOwnUi !== undefined && isOwnUi(e)) return true;
    if (e !== el && e.tagName.toUpperCase() === 'FORM') continue;
    if (isNeverRead(e)) return true;
  }
  return false;
}

/**
 * All blocks of a subtree. Also used to re-read a changed subtree (MutationObserver): nothing is read when the
 * subtree lies inside something never read; pass the enclosing block element (enclosingBlock) of a change.
 */
export function blocksOf(root: Element, options: BlocksOptions = {}): PageBlock[] {
  if (isInsideUnreadable(root, options.isOwnUi)) return [];
  return Array.from(iterateBlocks(root, options));
}

/** The nearest element that starts a block (p, li, div...) at or above a node: the unit to re-read after a change. */
export function enclosingBlock(node: Node): Element | null {
  let e: Element | null = node.nodeType === ELEMENT_NODE ? (node as Element) : node.parentElement;
  while (e !== null && isInlineElement(e)) e = e.parentElement;
  return e;
}

/** Index of the first segment that ends after offset (segments are sorted by blockStart). */
function firstSegmentEndingAfter(segments: Segment[], offset: number): number {
  let lo = 0;
  let hi = segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const s = segments[mid];
    if (s !== undefined && s.blockStart + s.length <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the last segment that starts before offset. */
function lastSegmentStartingBefore(segments: Segment[], offset: number): number {
  let lo = 0;
  let hi = segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const s = segments[mid];
    if (s !== undefined && s.blockStart < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

function segmentStillValid(s: Segment): boolean {
  return s.node.isConnected && s.node.data.length >= s.nodeStart + s.length;
}

/**
 * The DOM Range of block text [start, end), across inline elements. Offsets inside a "\n" of a <br> snap to the
 * nearest text. Null when the range is empty or its text nodes are gone or have changed length.
 */
export function blockRange(block: PageBlock, start: number, end: number, doc?: Document): Range | null {
  if (!(start < end) || start < 0 || end > block.text.length) return null;
  const segs = block.segments;
  const a = firstSegmentEndingAfter(segs, start);
  const b = lastSegmentStartingBefore(segs, end);
  const first = segs[a];
  const last = segs[b];
  if (first === undefined || last === undefined || a > b) return null;
  if (!segmentStillValid(first) || !segmentStillValid(last)) return null;
  const startInNode = first.nodeStart + Math.max(0, start - first.blockStart);
  const endInNode = last.nodeStart + Math.min(last.length, end - last.blockStart);
  const range = (doc ?? first.node.ownerDocument).createRange();
  range.setStart(first.node, startInNode);
  range.setEnd(last.node, endInNode);
  return range;
}
