// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { Mark } from '../../../lib/page/highlights';
import { MarkIndex } from '../../../lib/page/hit-test';

function marksOf(html: string): { p: HTMLElement; mark: (node: Node, start: number, end: number, entity: string) => Mark } {
  document.body.innerHTML = html;
  const p = document.body.firstElementChild as HTMLElement;
  const mark = (node: Node, start: number, end: number, entity: string): Mark => {
    const range = document.createRange();
    range.setStart(node, start);
    range.setEnd(node, end);
    return { range, entity, type: 'country' };
  };
  return { p, mark };
}

describe('MarkIndex order', () => {
  it('update puts new marks in reading order and takes removed ones out', () => {
    const { p, mark } = marksOf('<p>Alpha Beta Gamma Delta</p>');
    const text = p.firstChild as Text;
    const a = mark(text, 0, 5, 'a');
    const c = mark(text, 11, 16, 'c');
    const index = new MarkIndex();
    index.reset([a, c], true);
    const b = mark(text, 6, 10, 'b');
    const d = mark(text, 17, 22, 'd');
    index.update(new Set(), [d, b]);
    expect(index.all().map((m) => m.entity)).toEqual(['a', 'b', 'c', 'd']);
    index.update(new Set([a, c]), []);
    expect(index.all().map((m) => m.entity)).toEqual(['b', 'd']);
  });

  it('reset sorts unless told the marks are in order', () => {
    const { p, mark } = marksOf('<p>One Two</p>');
    const text = p.firstChild as Text;
    const one = mark(text, 0, 3, 'one');
    const two = mark(text, 4, 7, 'two');
    const index = new MarkIndex([two, one]);
    expect(index.all().map((m) => m.entity)).toEqual(['one', 'two']);
  });
});
