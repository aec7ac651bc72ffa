// The text table of the alias index build: one slot per distinct text, values kept across growth.
import { describe, expect, it } from 'vitest';
import { TextTable } from '../../../lib/core/text-table';

describe('text table', () => {
  it.each([
    ['same text, same slot', 'Vincent', 'Vincent', false, true],
    ['case differs', 'Vincent', 'vincent', false, false],
    ['case differs, ASCII lowered', 'Vincent', 'vincent', true, true],
    ['non-ASCII capitals are not lowered', 'Émile', 'émile', true, false],
    ['prefix', 'Jean', 'Jean-Paul', false, false],
    ['empty and a space', '', ' ', false, false],
  ] as const)('%s', (_label, x, y, lower, same) => {
    const t = new TextTable();
    const a = t.slot(x, lower);
    t.setA(a, 7);
    const b = t.slot(y, lower);
    expect(b === a).toBe(same);
    expect(t.a(b)).toBe(same ? 7 : 0);
    expect(t.count).toBe(same ? 1 : 2);
  });

  it('keeps both values of every text when it grows', () => {
    const t = new TextTable(4);
    for (let k = 0; k < 20000; k++) {
      const s = t.slot(`name${k}`);
      t.setA(s, k);
      t.setB(s, -k - 1);
    }
    expect(t.count).toBe(20000);
    for (let k = 0; k < 20000; k += 997) {
      const s = t.slot(`name${k}`);
      expect([t.a(s), t.b(s)]).toEqual([k, -k - 1]);
    }
    expect(t.count).toBe(20000);
  });
});

describe('text table find', () => {
  it.each([
    ['a text it holds', ['Miller', 'David'], 'Miller', false, true],
    ['a text it does not hold', ['Miller'], 'Millers', false, false],
    ['lowered ASCII', ['miller'], 'MILLER', true, true],
  ] as const)('%s', (_label, held, asked, lower, found) => {
    const t = new TextTable();
    for (const h of held) t.slot(h, lower);
    expect(t.find(asked, lower) >= 0).toBe(found);
    expect(t.count).toBe(held.length);
  });
});
