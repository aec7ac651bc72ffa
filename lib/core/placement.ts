// Where the hover card goes: below the name if it fits, else above, never over the name, always on screen.

export interface Rect {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface Placement {
  left: number;
  top: number;
  side: 'below' | 'above';
  /** The card scrolls inside this height rather than cover the name or leave the screen. */
  maxHeight: number;
}

const GAP = 6;
const MARGIN = 8;

export function placeCard(anchor: Rect, card: { width: number; height: number }, viewport: { width: number; height: number }): Placement {
  const spaceBelow = Math.max(0, viewport.height - (anchor.top + anchor.height) - GAP - MARGIN);
  const spaceAbove = Math.max(0, anchor.top - GAP - MARGIN);
  const side = card.height <= spaceBelow || spaceBelow >= spaceAbove ? 'below' : 'above';
  const maxHeight = side === 'below' ? spaceBelow : spaceAbove;
  const height = Math.min(card.height, maxHeight);
  const top = side === 'below' ? anchor.top + anchor.height + GAP : anchor.top - GAP - height;
  const maxLeft = Math.max(MARGIN, viewport.width - card.width - MARGIN);
  const left = Math.min(Math.max(anchor.left, MARGIN), maxLeft);
  return { left: Math.round(left), top: Math.round(top), side, maxHeight: Math.floor(maxHeight) };
}
