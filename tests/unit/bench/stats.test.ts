import { describe, expect, it } from 'vitest';
import { median, quantile } from '../../../scripts/lib/stats';

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
