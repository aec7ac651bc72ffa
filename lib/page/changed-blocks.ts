// Which block elements to read again after DOM mutations: the smallest set of block-level elements whose text
// may have changed. A paragraph appended to a live blog is read on its own, not the whole blog again.
import { enclosingBlock, isInlineElement } from './text-blocks';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** The elements to re-read for these mutation records (ancestors swallow their descendants). */
export function changedBlocks(records: Iterable<MutationRecord>): Element[] {
  const found = new Set<Element>();
  const add = (el: Element | null) => {
    if (el !== null) found.add(el);
  };
  for (const r of records) {
    if (r.type === 'characterData') {
      add(enclosingBlock(r.target));
    } else if (r.type === 'childList') {
      let inlineChange = false;
      for (const n of Array.from(r.addedNodes)) {
        if (n.nodeType === ELEMENT_NODE && !isInlineElement(n as Element)) add(n as Element);
        else if (n.nodeType === TEXT_NODE || n.nodeType === ELEMENT_NODE) inlineChange = true;
      }
      // Removed inline content changes the text (and offsets) of the block around it; removed blocks only
      // take their marks with them (their ranges collapse and are dropped).
      for (const n of Array.from(r.removedNodes)) {
        if (n.nodeType === TEXT_NODE || (n.nodeType === ELEMENT_NODE && isInlineElement(n as Element))) inlineChange = true;
      }
      if (inlineChange) add(enclosingBlock(r.target));
    }
  }
  return outermost(found);
}

/** Drops elements inside another element of the set, and elements no longer in the document. */
export function outermost(elements: Iterable<Element>): Element[] {
  const list = [...elements].filter((e) => e.isConnected);
  const set = new Set(list);
  return list.filter((e) => {
    for (let p = e.parentElement; p !== null; p = p.parentElement) if (set.has(p)) return false;
    return true;
  });
}
