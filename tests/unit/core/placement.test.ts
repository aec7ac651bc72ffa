import { describe, expect, it } from 'vitest';
import { placeCard } from '../../../lib/core/placement';

const view = { width: 1200, height: 800 };
const card = { width: 320, height: 240 };

describe('placeCard', () => {
  it.each([
    ['room below: below the name', { left: 100, top: 100, width: 60, height: 20 }, 'below'],
    ['near the bottom: flips above', { left: 100, top: 700, width: 60, height: 20 }, 'above'],
    ['near the right edge: still on screen', { left: 1150, top: 100, width: 40, height: 20 }, 'below'],
  ] as const)('%s', (_n, anchor, side) => {
    const p = placeCard(anchor, card, view);
    expect(p.side).toBe(side);
    expect(p.left).toBeGreaterThanOrEqual(8);
    expect(p.left + card.width).toBeLessThanOrEqual(view.width - 8);
    // Never over the name.
    const bottom = p.top + Math.min(card.height, p.maxHeight);
    expect(bottom <= anchor.top || p.top >= anchor.top + anchor.height).toBe(true);
  });

  it('a card taller than the space scrolls inside the larger side', () => {
    const p = placeCard({ left: 10, top: 380, width: 50, height: 20 }, { width: 320, height: 2000 }, view);
    expect(p.maxHeight).toBeLessThan(400);
    expect(p.top).toBeGreaterThanOrEqual(0);
  });
});
