// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Mark } from '../../../lib/page/highlights';
import { HoverController, type MarkLocator } from '../../../lib/page/hover';

// Two marks side by side on one line; the card occupies its own element.
const markA = { entity: 'a', type: 'person' } as Mark;
const markB = { entity: 'b', type: 'country' } as Mark;
const locator: MarkLocator = { at: (_d, x, y) => (y >= 0 && y < 20 ? (x < 100 ? markA : x < 200 ? markB : null) : null) };

let card: HTMLElement;
let opened: string[];
let closed: number;
let hover: HoverController;

function move(x: number, y: number, target: EventTarget = document.body) {
  const e = new PointerEvent('pointermove', { clientX: x, clientY: y, bubbles: true });
  target.dispatchEvent(e);
  vi.advanceTimersToNextFrame();
}

beforeEach(() => {
  vi.useFakeTimers();
  card = document.createElement('backstory-card');
  document.documentElement.append(card);
  opened = [];
  closed = 0;
  hover = new HoverController(
    document,
    locator,
    { open: (m) => opened.push(m.entity), close: () => closed++, isCard: (t) => t === card },
    { delayMs: 500, graceMs: 300 },
  );
  hover.start();
});
afterEach(() => {
  hover.stop();
  card.remove();
  vi.useRealTimers();
});

describe('hover timing', () => {
  it('opens only after the delay, and not if the pointer left first', () => {
    move(50, 10);
    vi.advanceTimersByTime(499);
    expect(opened).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(opened).toEqual(['a']);

    hover.hide();
    opened = [];
    move(150, 10);
    vi.advanceTimersByTime(200);
    move(300, 300);
    vi.advanceTimersByTime(1000);
    expect(opened).toEqual([]);
  });

  it('stays open while the pointer moves onto the card, closes after the grace period once it leaves both', () => {
    move(50, 10);
    vi.advanceTimersByTime(500);
    move(300, 300, card);
    vi.advanceTimersByTime(2000);
    expect(closed).toBe(0);
    move(600, 600);
    vi.advanceTimersByTime(299);
    expect(closed).toBe(0);
    vi.advanceTimersByTime(1);
    expect(closed).toBe(1);
  });

  it('coming back to the name within the grace period keeps the card', () => {
    move(50, 10);
    vi.advanceTimersByTime(500);
    move(600, 600);
    vi.advanceTimersByTime(200);
    move(60, 10);
    vi.advanceTimersByTime(1000);
    expect(closed).toBe(0);
  });

  it('Esc closes the card', () => {
    move(50, 10);
    vi.advanceTimersByTime(500);
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(closed).toBe(1);
    expect(hover.current).toBeNull();
  });

  it('moving to another name swaps the card', () => {
    move(50, 10);
    vi.advanceTimersByTime(500);
    move(150, 10);
    vi.advanceTimersByTime(500);
    expect(opened).toEqual(['a', 'b']);
    expect(hover.current).toBe(markB);
  });
});
