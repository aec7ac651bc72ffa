// The dataset store: the only module that imports idb.
//
// Records are grouped into buckets by a hash of their key (lib/core/buckets): a full pack is a few thousand
// bucket records instead of half a million small ones, which is what makes an install take seconds.
//
// Installs are atomic: every bucket of a new pack is staged under a fresh generation number, then one small
// transaction makes that generation active, then the old generation is dropped. Readers only read the active
// generation, so they never see half a dataset, and a failed or interrupted install leaves the previous
// dataset complete and in use. A staging lease keeps another page that opens the store meanwhile (the
// service worker restarting, say) from mistaking the generation being written for a leftover.
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction } from 'idb';
import { bucketCount, bucketOf, datedIndex, refsBefore, toBuckets, type DatedRef } from '../core/buckets';
import type { Pack, PackEntity, PackEvent, PackSource } from '../core/pack';
import { pickStory, type StoryItem } from '../core/story';

export const DB_NAME = 'backstory';
const DB_VERSION = 1;
/** Bucket records per staging transaction: progress is reported after each. */
const CHUNK = 25;
/** An install that has not written for this long was interrupted (its page closed): its records are garbage. */
const STAGING_LEASE_MS = 5 * 60 * 1000;

export interface InstalledPack {
  id: string;
  version: string;
  builtAt: string;
  sources: PackSource[];
  entities: number;
  events: number;
  installedAt: string;
  /** Where it came from: the starter pack shipped in the extension, a file, or a URL. */
  origin: 'starter' | 'file' | 'url';
  url?: string;
  etag?: string;
  sha256?: string;
}

/** How many buckets each store has for the active generation. */
interface BucketCounts {
  entities: number;
  events: number;
  entityEvents: number;
  threadEvents: number;
}

/**
 * Records per bucket in each store. A card reads one entity, its reference list and three events from three
 * unrelated buckets, so those stores keep buckets small (each read deserialises the whole bucket); the counts
 * used are saved with the generation, so changing these never breaks an installed pack.
 */
const PER_BUCKET: Readonly<BucketCounts> = { entities: 50, events: 20, entityEvents: 50, threadEvents: 50 };

interface ActiveRecord {
  gen: number;
  pack: InstalledPack;
  buckets: BucketCounts;
}

interface StagingRecord {
  gen: number;
  since: number;
}

interface Bucket<T> {
  gen: number;
  bucket: number;
  items: Record<string, T>;
}

interface StoredLinker {
  gen: number;
  compiled: unknown;
}

interface BackstorySchema extends DBSchema {
  meta: { key: string; value: ActiveRecord | StagingRecord | number };
  entities: { key: [number, number]; value: Bucket<PackEntity> };
  events: { key: [number, number]; value: Bucket<PackEvent> };
  /** Entity id → its events, oldest first. */
  entityEvents: { key: [number, number]; value: Bucket<DatedRef[]> };
  /** Story thread title → its events, oldest first. */
  threadEvents: { key: [number, number]; value: Bucket<DatedRef[]> };
  linker: { key: number; value: StoredLinker };
}

type DataStore = 'entities' | 'events' | 'entityEvents' | 'threadEvents';
const DATA_STORES: readonly DataStore[] = ['entities', 'events', 'entityEvents', 'threadEvents'];

export type Db = IDBPDatabase<BackstorySchema>;

export async function openStore(name = DB_NAME): Promise<Db> {
  const db = await openDB<BackstorySchema>(name, DB_VERSION, {
    upgrade(db, oldVersion) {
      // Migrations run in order; each step upgrades from the version before it.
      if (oldVersion < 1) {
        db.createObjectStore('meta');
        for (const store of DATA_STORES) db.createObjectStore(store, { keyPath: ['gen', 'bucket'] });
        db.createObjectStore('linker', { keyPath: 'gen' });
      }
    },
  });
  await dropInactiveGenerations(db);
  return db;
}

function asActive(rec: ActiveRecord | StagingRecord | number | undefined): ActiveRecord | null {
  return typeof rec === 'object' && 'pack' in rec ? rec : null;
}

async function activeRecord(db: Db): Promise<ActiveRecord | null> {
  return asActive(await db.get('meta', 'active'));
}

async function stagingRecord(db: Db): Promise<StagingRecord | null> {
  const rec = await db.get('meta', 'staging');
  return typeof rec === 'object' && rec !== null && 'since' in rec ? rec : null;
}

export async function activePack(db: Db): Promise<InstalledPack | null> {
  return (await activeRecord(db))?.pack ?? null;
}

/**
 * Removes whatever is neither the active generation nor a live install's staging generation: leftovers of an
 * interrupted install or of a replaced pack.
 */
async function dropInactiveGenerations(db: Db): Promise<void> {
  const active = (await activeRecord(db))?.gen;
  const staging = await stagingRecord(db);
  const keep = new Set<number>();
  if (active !== undefined) keep.add(active);
  if (staging && Date.now() - staging.since < STAGING_LEASE_MS) keep.add(staging.gen);
  const tx = db.transaction([...DATA_STORES, 'linker', 'meta'], 'readwrite');
  if (staging && !keep.has(staging.gen)) await tx.objectStore('meta').delete('staging');
  // Delete the key ranges between kept generations; a generation's keys sort between [gen] and [gen, []].
  const gaps: IDBKeyRange[] = [];
  let lower: IDBValidKey | null = null;
  for (const gen of [...keep].sort((a, b) => a - b)) {
    gaps.push(lower === null ? IDBKeyRange.upperBound([gen], true) : IDBKeyRange.bound(lower, [gen], true, true));
    lower = [gen, []];
  }
  gaps.push(lower === null ? IDBKeyRange.lowerBound([-Infinity]) : IDBKeyRange.lowerBound(lower, true));
  for (const store of DATA_STORES) for (const gap of gaps) await tx.objectStore(store).delete(gap);
  const linkers = tx.objectStore('linker');
  for (const gen of await linkers.getAllKeys()) if (!keep.has(gen)) await linkers.delete(gen);
  await tx.done;
}

export interface InstallOptions {
  origin: InstalledPack['origin'];
  url?: string;
  etag?: string;
  sha256?: string;
  /** The linker compiled from this pack's entities, stored beside it so the background loads it quickly. */
  compiledLinker?: unknown;
  onProgress?: (fraction: number) => void;
  /** Test hook: called after staging and before the switch, to prove an interruption loses nothing. */
  beforeSwitch?: () => Promise<void>;
}

/** Installs an already validated pack atomically and returns what is now active. */
export async function installPack(db: Db, pack: Pack, options: InstallOptions): Promise<InstalledPack> {
  // Take a generation number and its staging lease in one transaction.
  const claim = db.transaction('meta', 'readwrite');
  const counter = await claim.store.get('nextGen');
  const gen = typeof counter === 'number' ? counter : 1;
  await claim.store.put(gen + 1, 'nextGen');
  await claim.store.put({ gen, since: Date.now() } satisfies StagingRecord, 'staging');
  await claim.done;

  const byEntity = datedIndex(pack.events, (e) => e.entities);
  const byThread = datedIndex(pack.events, (e) => e.threads);
  const buckets: BucketCounts = {
    entities: bucketCount(pack.entities.length, PER_BUCKET.entities),
    events: bucketCount(pack.events.length, PER_BUCKET.events),
    entityEvents: bucketCount(byEntity.size, PER_BUCKET.entityEvents),
    threadEvents: bucketCount(byThread.size, PER_BUCKET.threadEvents),
  };
  const staged: { store: DataStore; records: Bucket<unknown>[] }[] = [
    { store: 'entities', records: bucketsFor(gen, toBuckets(pack.entities, (e) => e.id, buckets.entities)) },
    { store: 'events', records: bucketsFor(gen, toBuckets(pack.events, (e) => e.id, buckets.events)) },
    { store: 'entityEvents', records: bucketsFor(gen, mapBuckets(byEntity, buckets.entityEvents)) },
    { store: 'threadEvents', records: bucketsFor(gen, mapBuckets(byThread, buckets.threadEvents)) },
  ];
  const total = staged.reduce((n, s) => n + s.records.length, 0) || 1;
  let done = 0;
  try {
    for (const { store, records } of staged) {
      for (let i = 0; i < records.length; i += CHUNK) {
        const tx = db.transaction([store, 'meta'], 'readwrite');
        const os = tx.objectStore(store);
        for (const r of records.slice(i, i + CHUNK)) void os.put(r as never);
        void tx.objectStore('meta').put({ gen, since: Date.now() } satisfies StagingRecord, 'staging');
        await tx.done;
        done += Math.min(CHUNK, records.length - i);
        options.onProgress?.(Math.min(0.99, done / total));
      }
    }
    if (options.compiledLinker !== undefined) await db.put('linker', { gen, compiled: options.compiledLinker });
    await options.beforeSwitch?.();
  } catch (err) {
    await db.delete('meta', 'staging').catch(() => undefined);
    await dropInactiveGenerations(db).catch(() => undefined);
    throw new Error(`Installing the pack "${pack.id}" failed: ${describeIdbError(err)}. The dataset you had is still in use.`);
  }

  const installed: InstalledPack = {
    id: pack.id,
    version: pack.version,
    builtAt: pack.builtAt,
    sources: pack.sources,
    entities: pack.entities.length,
    events: pack.events.length,
    installedAt: new Date().toISOString(),
    origin: options.origin,
    ...(options.url !== undefined && { url: options.url }),
    ...(options.etag !== undefined && { etag: options.etag }),
    ...(options.sha256 !== undefined && { sha256: options.sha256 }),
  };
  // The switch: one small transaction, so readers see either the old dataset or the new one.
  const tx = db.transaction('meta', 'readwrite');
  const lease = await tx.store.get('staging');
  if (typeof lease !== 'object' || lease === null || !('since' in lease) || lease.gen !== gen) {
    tx.abort();
    await tx.done.catch(() => undefined);
    throw new Error(`Installing the pack "${pack.id}" failed: another install replaced it. The dataset you had is still in use.`);
  }
  await tx.store.put({ gen, pack: installed, buckets } satisfies ActiveRecord, 'active');
  await tx.store.delete('staging');
  await tx.done;
  await dropInactiveGenerations(db);
  options.onProgress?.(1);
  return installed;
}

function mapBuckets<T>(index: Map<string, T>, buckets: number): Map<number, Record<string, T>> {
  const out = new Map<number, Record<string, T>>();
  for (const [key, value] of index) {
    const b = bucketOf(key, buckets);
    let rec = out.get(b);
    if (!rec) out.set(b, (rec = {}));
    rec[key] = value;
  }
  return out;
}

function bucketsFor<T>(gen: number, grouped: Map<number, Record<string, T>>): Bucket<T>[] {
  return [...grouped].map(([bucket, items]) => ({ gen, bucket, items }));
}

function describeIdbError(err: unknown): string {
  if (err instanceof DOMException && err.name === 'QuotaExceededError') return 'the browser has no room left for it (storage quota exceeded)';
  return err instanceof Error ? err.message : String(err);
}

// Reads. Each query is one read-only transaction that starts from the active record, so it costs one trip to
// the storage backend and never mixes two generations.

type ReadStore = 'entities' | 'entityEvents' | 'threadEvents' | 'events';
type ReadTx = IDBPTransaction<BackstorySchema, ('meta' | ReadStore)[], 'readonly'>;

async function activeIn(tx: ReadTx): Promise<ActiveRecord | null> {
  return asActive(await tx.objectStore('meta').get('active'));
}

/** One record from its bucket, within a transaction that is already open. */
async function readBucketed<T>(tx: ReadTx, active: ActiveRecord, store: ReadStore, key: string): Promise<T | undefined> {
  const bucket = (await tx.objectStore(store).get([active.gen, bucketOf(key, active.buckets[store])])) as Bucket<T> | undefined;
  return bucket && Object.hasOwn(bucket.items, key) ? bucket.items[key] : undefined;
}

async function readEvents(tx: ReadTx, active: ActiveRecord, ids: readonly string[]): Promise<(PackEvent | undefined)[]> {
  return Promise.all(ids.map((id) => readBucketed<PackEvent>(tx, active, 'events', id)));
}

const found = <T>(v: T | undefined): v is T => v !== undefined;

/** Several entities, in the order asked; missing ones are left out. */
export async function getEntities(db: Db, ids: readonly string[]): Promise<PackEntity[]> {
  const tx = db.transaction(['meta', 'entities']);
  const active = await activeIn(tx);
  if (!active || ids.length === 0) return [];
  return (await Promise.all(ids.map((id) => readBucketed<PackEntity>(tx, active, 'entities', id)))).filter(found);
}

export interface EntityWithEvents {
  entity: PackEntity;
  /** Its last `limit` events strictly before `asOf`, newest first. */
  priorEvents: PackEvent[];
  pack: InstalledPack;
}

/** What a card needs: the entity, its last `limit` events before `asOf` (YYYY-MM-DD) and the pack it came from. */
export async function entityWithPriorEvents(db: Db, id: string, asOf: string, limit: number): Promise<EntityWithEvents | null> {
  const tx = db.transaction(['meta', 'entities', 'entityEvents', 'events']);
  const active = await activeIn(tx);
  if (!active) return null;
  const [entity, refs] = await Promise.all([readBucketed<PackEntity>(tx, active, 'entities', id), readBucketed<DatedRef[]>(tx, active, 'entityEvents', id)]);
  if (!entity) return null;
  const wanted = limit > 0 ? refsBefore(refs ?? [], asOf, limit) : [];
  const events = await readEvents(tx, active, wanted.map((r) => r[1]));
  return { entity, priorEvents: events.filter(found), pack: active.pack };
}

/**
 * The story so far of several entities: the last `each` references of every entity before `asOf` are ranked
 * (lib/core/story), and only the `limit` events that make the cut are read.
 */
export async function storySoFar(db: Db, entityIds: readonly string[], asOf: string, each: number, limit: number): Promise<StoryItem[]> {
  const tx = db.transaction(['meta', 'entityEvents', 'events']);
  const active = await activeIn(tx);
  if (!active || entityIds.length === 0) return [];
  const refs = await Promise.all(entityIds.map((id) => readBucketed<DatedRef[]>(tx, active, 'entityEvents', id)));
  const picks = pickStory(new Map(entityIds.map((id, i) => [id, refsBefore(refs[i] ?? [], asOf, each)])), limit);
  const events = await readEvents(tx, active, picks.map((p) => p.eventId));
  return picks.flatMap((p, i) => (events[i] ? [{ event: events[i], involves: p.involves }] : []));
}

/** The events of a story thread strictly before `asOf`, newest first. */
export async function threadEvents(db: Db, thread: string, asOf: string, limit: number): Promise<PackEvent[]> {
  const tx = db.transaction(['meta', 'threadEvents', 'events']);
  const active = await activeIn(tx);
  if (!active || limit <= 0) return [];
  const refs = (await readBucketed<DatedRef[]>(tx, active, 'threadEvents', thread)) ?? [];
  return (await readEvents(tx, active, refsBefore(refs, asOf, limit).map((r) => r[1]))).filter(found);
}

/** All entities of the active dataset, for compiling the linker when no compiled form is stored. */
export async function allEntities(db: Db): Promise<PackEntity[]> {
  const active = await activeRecord(db);
  if (!active) return [];
  const records = await db.getAll('entities', IDBKeyRange.bound([active.gen], [active.gen, []]));
  return records.flatMap((r) => Object.values(r.items));
}

export async function storedLinker(db: Db): Promise<unknown> {
  const active = await activeRecord(db);
  if (!active) return undefined;
  return (await db.get('linker', active.gen))?.compiled;
}

/** Stores (or replaces) the compiled linker of the active dataset. */
export async function storeLinker(db: Db, compiled: unknown): Promise<void> {
  const active = await activeRecord(db);
  if (active) await db.put('linker', { gen: active.gen, compiled });
}
