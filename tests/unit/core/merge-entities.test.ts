import { describe, expect, it } from 'vitest';
import { mergeEntities } from '../../../lib/core/merge-entities';
import type { EntitySummary } from '../../../lib/core/protocol';

const e = (id: string, mentions: number, salience: number): EntitySummary => ({ id, type: 'person', name: id, wikidata: null, blurb: null, mentions, salience });

describe('mergeEntities', () => {
  it.each([
    { name: 'nothing new', before: [e('a', 2, 0.5)], found: [], want: [['a', 2, 0.5]] },
    { name: 'new entity joins by salience', before: [e('a', 2, 0.5)], found: [e('b', 1, 0.9)], want: [['b', 1, 0.9], ['a', 2, 0.5]] },
    { name: 'same entity adds mentions and keeps the higher salience', before: [e('a', 2, 0.5)], found: [e('a', 3, 0.4)], want: [['a', 5, 0.5]] },
    { name: 'empty before', before: [], found: [e('x', 1, 0.1), e('y', 1, 0.2)], want: [['y', 1, 0.2], ['x', 1, 0.1]] },
  ])('$name', ({ before, found, want }) => {
    expect(mergeEntities(before, found).map((x) => [x.id, x.mentions, x.salience])).toEqual(want);
  });

  it('does not change its inputs', () => {
    const before = [e('a', 1, 0.5)];
    mergeEntities(before, [e('a', 1, 0.5)]);
    expect(before[0]?.mentions).toBe(1);
  });
});
