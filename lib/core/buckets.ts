// Groups records into buckets by a stable hash of their key. The store writes a few hundred bucket records
// instead of hundreds of thousands of small ones: IndexedDB's cost is per record, so a full pack installs in
// seconds, and reading one entity still costs one small get.

/**
 * Records per bucket, by default: large enough to make installs fast, small enough that reading one bucket is
 * cheap. Stores whose records are read a few at a time from far-apart buckets (a card's three prior events) use
 * smaller buckets, since every record of a bucket read is deserialised.
 */
export const BUCKET_SIZE = 200;

/** FNV-1a over UTF-16 code units: stable across runs and browsers. */
export function hashKey(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export function bucketCount(records: number, perBucket = BUCKET_SIZE): number {
  return Math.max(1, Math.ceil(records / perBucket));
}

export function bucketOf(key: string, buckets: number): number {
  return hashKey(key) % buckets;
}

/** Splits values into `buckets` maps keyed by `keyOf`. */
export function toBuckets<T>(values: readonly T[], keyOf: (v: T) => string, buckets: number): Map<number, Record<string, T>> {
  const out = new Map<number, Record<string, T>>();
  for (const v of values) {
    const key = keyOf(v);
    const b = bucketOf(key, buckets);
    let rec = out.get(b);
    if (!rec) out.set(b, (rec = {}));
    rec[key] = v;
  }
  return out;
}

/** A dated reference from an entity (or a thread) to an event, kept sorted by date then id. */
export type DatedRef = [date: string, eventId: string];

/** For each key, the events that name it, sorted oldest first. */
export function datedIndex<E extends { id: string; date: string }>(events: readonly E[], keysOf: (e: E) => readonly string[]): Map<string, DatedRef[]> {
  const index = new Map<string, DatedRef[]>();
  for (const ev of events) {
    for (const key of new Set(keysOf(ev))) {
      let list = index.get(key);
      if (!list) index.set(key, (list = []));
      list.push([ev.date, ev.id]);
    }
  }
  for (const list of index.values()) list.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
  return index;
}

/** The last `limit` references strictly before `before` (YYYY-MM-DD), newest first. */
export function refsBefore(refs: readonly DatedRef[], before: string, limit: number): DatedRef[] {
  let lo = 0;
  let hi = refs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (refs[mid]![0] < before) lo = mid + 1;
    else hi = mid;
  }
  const out: DatedRef[] = [];
  for (let i = lo - 1; i >= 0 && out.length < limit; i--) out.push(refs[i]!);
  return out;
}
