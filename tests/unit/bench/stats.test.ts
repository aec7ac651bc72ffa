import { describe, expect, it } from 'vitest';
import { median, medianInterval, quantile } from '../../../scripts/lib/stats';
import { seededRandom, shuffled } from '../../../scripts/lib/random';

describe('benchmark summaries', () => {
  it.each([
    ['no samples', [], 0.5, NaN],
    ['one sample', [7], 0.5, 7],
    ['odd count: the middle value', [5, 1, 3], 0.5, 3],
    ['even count: the mean of the two middle values', [4, 1, 3, 2], 0.5, 2.5],
    ['p95 between neighbours', [0, 10], 0.95, 9.5],
    ['q past the end is the largest', [1, 2, 3], 2, 3],
  ] as const)('%s', (_name, xs, q, want) => {
    expect(quantile([...xs], q)).toBe(want);
  });

  it('median is the 0.5 quantile', () => {
    expect(median([9, 1, 5, 3])).toBe(4);
  });
});

describe('seeded randomness and the bootstrap interval', () => {
  it('a shuffle keeps every element and repeats for the same seed', () => {
    const xs = Array.from({ length: 20 }, (_, i) => i);
    const a = shuffled(xs, seededRandom(7));
    expect([...a].sort((x, y) => x - y)).toEqual(xs);
    expect(shuffled(xs, seededRandom(7))).toEqual(a);
    expect(shuffled(xs, seededRandom(8))).not.toEqual(a);
    expect(xs[0]).toBe(0);
  });

  it.each([
    ['constant samples: the interval is the value', [3, 3, 3, 3], 3, 3],
    ['spread samples: the interval holds the median', [1, 2, 3, 4, 5, 6, 7, 8, 9], 3, 7],
  ] as const)('%s', (_name, xs, lowest, highest) => {
    const [lo, hi] = medianInterval([...xs]);
    expect(lo).toBeLessThanOrEqual(median([...xs]));
    expect(hi).toBeGreaterThanOrEqual(median([...xs]));
    expect(lo).toBeGreaterThanOrEqual(lowest);
    expect(hi).toBeLessThanOrEqual(highest);
  });
});
