// Finds the mark under the pointer without touching the DOM: the caret position at the point tells which text
// node and offset is there, and the mark's own client rects confirm the pointer is really over it (a caret
// is reported even beside the end of a line).
import type { Mark } from './highlights';

export interface CaretPoint {
  node: Node;
  offset: number;
}

type CaretDoc = Document & {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

/** caretPositionFromPoint is the standard (Firefox, Chrome 128+); caretRangeFromPoint is the older WebKit one. */
export function caretAt(doc: Document, x: number, y: number): CaretPoint | null {
  const d = doc as CaretDoc;
  if (typeof d.caretPositionFromPoint === 'function') {
    const pos = d.caretPositionFromPoint(x, y);
    return pos ? { node: pos.offsetNode, offset: pos.offset } : null;
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    const r = d.caretRangeFromPoint(x, y);
    return r ? { node: r.startContainer, offset: r.startOffset } : null;
  }
  return null;
}

function rectsContain(range: Range, x: number, y: number): boolean {
  for (const r of range.getClientRects()) {
    if (x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1) return true;
  }
  return false;
}

function byPosition(a: Mark, b: Mark): number {
  return a.range.compareBoundaryPoints(Range.START_TO_START, b.range);
}


/** An index of marks by the text nodes they touch, so a pointer move looks at a handful of marks, not all. */
export class MarkIndex {
  private byNode = new Map<Node, Mark[]>();
  private ordered: Mark[] = [];
  /** Marks that span several text nodes (a name split by markup): the caret may land between their ends. */
  private spanning: Mark[] = [];
  /** The node map is built on the first hit test, not with every paint: a page never hovered never pays for it. */
  private stale = true;

  constructor(marks: readonly Mark[] = []) {
    this.reset(marks);
  }

  /** Replaces every mark; `sorted` skips the sort (DOM comparisons) when the caller knows the reading order. */
  reset(marks: readonly Mark[], sorted = false): void {
    this.ordered = sorted ? [...marks] : [...marks].sort(byPosition);
    this.stale = true;
  }

  /**
   * Takes `removed` out and puts `added` in by binary search (a changed block of a dynamic page), rather than
   * sorting the whole page again.
   */
  update(removed: ReadonlySet<Mark>, added: readonly Mark[]): void {
    const merged = removed.size > 0 ? this.ordered.filter((m) => !removed.has(m)) : [...this.ordered];
    // Each new mark goes in by binary search: a few DOM comparisons per mark, not one per mark on the page.
    for (const m of added) {
      let lo = 0;
      let hi = merged.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (byPosition(merged[mid] as Mark, m) <= 0) lo = mid + 1;
        else hi = mid;
      }
      merged.splice(lo, 0, m);
    }
    this.ordered = merged;
    this.stale = true;
  }

  private rebuild(): void {
    this.byNode.clear();
    for (const m of this.ordered) {
      for (const node of [m.range.startContainer, m.range.endContainer]) {
        const list = this.byNode.get(node) ?? [];
        if (!list.includes(m)) list.push(m);
        this.byNode.set(node, list);
      }
    }
  }

  /** Marks in reading order (for keyboard navigation). */
  all(): readonly Mark[] {
    return this.ordered;
  }

  at(doc: Document, x: number, y: number): Mark | null {
    if (this.stale) this.rebuild();
    const caret = caretAt(doc, x, y);
    if (caret) {
      for (const m of this.byNode.get(caret.node) ?? []) {
        if (m.range.isPointInRange(caret.node, caret.offset) && rectsContain(m.range, x, y)) return m;
      }
    }
    // A caret between two nodes of a mark split by markup lands on neither end node: check rects of all marks
    // whose range contains the caret point.
    if (caret) {
      for (const m of this.spanning) {
        if (m.range.isPointInRange(caret.node, caret.offset) && rectsContain(m.range, x, y)) return m;
      }
    }
    return null;
  }
}
