import { describe, expect, it } from 'vitest';
import { bucketCount, bucketOf, datedIndex, hashKey, refsBefore, toBuckets, BUCKET_SIZE } from '../../../lib/core/buckets';

describe('buckets', () => {
  it('hashes stably', () => {
    expect(hashKey('q:Q7184')).toBe(hashKey('q:Q7184'));
    expect(hashKey('a')).not.toBe(hashKey('b'));
  });

  it.each([
    [0, 1],
    [1, 1],
    [BUCKET_SIZE, 1],
    [BUCKET_SIZE + 1, 2],
    [100_000, Math.ceil(100_000 / BUCKET_SIZE)],
  ])('%i records → %i buckets', (n, b) => expect(bucketCount(n)).toBe(b));

  it('puts every record in exactly one bucket, where bucketOf finds it', () => {
    const ids = Array.from({ length: 5000 }, (_, i) => `e${i}`);
    const buckets = bucketCount(ids.length);
    const grouped = toBuckets(ids, (x) => x, buckets);
    let total = 0;
    for (const [b, items] of grouped) {
      for (const id of Object.keys(items)) expect(bucketOf(id, buckets)).toBe(b);
      total += Object.keys(items).length;
    }
    expect(total).toBe(ids.length);
    // Roughly even: no bucket more than three times the mean.
    expect(Math.max(...[...grouped.values()].map((r) => Object.keys(r).length))).toBeLessThan((3 * ids.length) / buckets);
  });
});

describe('dated references', () => {
  const events = [
    { id: 'c', date: '2019-08-02', keys: ['inf', 'usa'] },
    { id: 'a', date: '2018-03-04', keys: ['skripal', 'skripal'] },
    { id: 'b', date: '2018-10-20', keys: ['inf'] },
    { id: 'd', date: '2021-10-06', keys: ['inf'] },
  ];
  const index = datedIndex(events, (e) => e.keys);

  it('lists each key once per event, oldest first', () => {
    expect(index.get('inf')).toEqual([['2018-10-20', 'b'], ['2019-08-02', 'c'], ['2021-10-06', 'd']]);
    expect(index.get('skripal')).toEqual([['2018-03-04', 'a']]);
  });

  it.each([
    ['2021-10-06', 10, ['c', 'b']],
    ['2021-10-07', 10, ['d', 'c', 'b']],
    ['2021-10-07', 1, ['d']],
    ['2018-10-20', 10, []],
    ['2000-01-01', 10, []],
  ])('before %s, limit %i → %j (strictly before, newest first)', (before, limit, ids) => {
    expect(refsBefore(index.get('inf')!, before, limit).map((r) => r[1])).toEqual(ids);
  });
});
