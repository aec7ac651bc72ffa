// @vitest-environment happy-dom
// Scrolling under a pointer that stays put: the card of a name that scrolled away closes after the grace period,
// and a name that scrolls under the pointer does not open a card by itself.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Mark } from '../../../lib/page/highlights';
import { HoverController, type MarkLocator } from '../../../lib/page/hover';

const markA = { entity: 'a', type: 'person' } as Mark;
const markB = { entity: 'b', type: 'country' } as Mark;
let under: Mark | null = markA;
const locator: MarkLocator = { at: () => under };
let opened: string[];
let closed: number;
let prepared: string[];
let hover: HoverController;

function move(x: number, y: number) {
  document.body.dispatchEvent(new PointerEvent('pointermove', { clientX: x, clientY: y, bubbles: true }));
  vi.advanceTimersToNextFrame();
}
const scroll = () => window.dispatchEvent(new Event('scroll'));

beforeEach(() => {
  vi.useFakeTimers();
  under = markA;
  opened = [];
  prepared = [];
  closed = 0;
  hover = new HoverController(
    document,
    locator,
    { open: (m) => opened.push(m.entity), close: () => closed++, isCard: () => false, prepare: (m) => prepared.push(m.entity) },
    { delayMs: 500, graceMs: 300 },
  );
  hover.start();
});
afterEach(() => {
  hover.stop();
  vi.useRealTimers();
});

describe('hover and scrolling', () => {
  it('gets ready during the delay, once per name', () => {
    move(10, 10);
    move(12, 10);
    expect(prepared).toEqual(['a']);
  });

  it('closes the card of a name that scrolled away, and opens none for the name now under the pointer', () => {
    move(10, 10);
    vi.advanceTimersByTime(500);
    expect(opened).toEqual(['a']);
    under = markB;
    scroll();
    vi.advanceTimersByTime(299);
    expect(closed).toBe(0);
    vi.advanceTimersByTime(1);
    expect(closed).toBe(1);
    vi.advanceTimersByTime(2000);
    expect(opened).toEqual(['a']);
  });

  it('cancels a pending card whose name scrolled away before the delay ran out', () => {
    move(10, 10);
    vi.advanceTimersByTime(200);
    under = null;
    scroll();
    vi.advanceTimersByTime(1000);
    expect(opened).toEqual([]);
  });
});
