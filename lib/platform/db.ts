// The dataset store: the only module that imports idb. Packs are installed atomically: every record of a new
// pack is staged under a fresh generation number, then one small transaction makes that generation active,
// then the old generation is dropped. Readers only ever read the active generation, so they never see half
// a dataset, and a failed or interrupted install leaves the previous dataset complete and in use.
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Pack, PackEntity, PackEvent, PackSource } from '../core/pack';

export const DB_NAME = 'backstory';
const DB_VERSION = 1;
/** Records per staging transaction: small enough to report progress, large enough to be fast. */
const CHUNK = 2000;

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

interface ActiveRecord {
  gen: number;
  pack: InstalledPack;
}

/** A pack being staged. Its lease keeps other pages that open the store from dropping it as a leftover. */
interface StagingRecord {
  gen: number;
  since: number;
}

/** An install that has not written for this long was interrupted (its page closed): its records are garbage. */
const STAGING_LEASE_MS = 5 * 60 * 1000;

type StoredEntity = PackEntity & { gen: number };
type StoredEvent = PackEvent & { gen: number };
interface EventLink {
  gen: number;
  entity: string;
  date: string;
  event: string;
}
interface StoredLinker {
  gen: number;
  compiled: unknown;
}

interface BackstorySchema extends DBSchema {
  meta: { key: string; value: ActiveRecord | StagingRecord | number };
  entities: { key: [number, string]; value: StoredEntity };
  events: { key: [number, string]; value: StoredEvent };
  eventLinks: { key: [number, string, string, string]; value: EventLink };
  linker: { key: number; value: StoredLinker };
}

type DataStore = 'entities' | 'events' | 'eventLinks';
const DATA_STORES: readonly DataStore[] = ['entities', 'events', 'eventLinks'];

export type Db = IDBPDatabase<BackstorySchema>;

export async function openStore(name = DB_NAME): Promise<Db> {
  const db = await openDB<BackstorySchema>(name, DB_VERSION, {
    upgrade(db, oldVersion) {
      // Migrations run in order; each step upgrades from the version before it.
      if (oldVersion < 1) {
        db.createObjectStore('meta');
        db.createObjectStore('entities', { keyPath: ['gen', 'id'] });
        db.createObjectStore('events', { keyPath: ['gen', 'id'] });
        db.createObjectStore('eventLinks', { keyPath: ['gen', 'entity', 'date', 'event'] });
        db.createObjectStore('linker', { keyPath: 'gen' });
      }
    },
  });
  await dropInactiveGenerations(db);
  return db;
}

export async function activeRecord(db: Db): Promise<ActiveRecord | null> {
  const rec = await db.get('meta', 'active');
  return typeof rec === 'object' && rec !== null && 'pack' in rec ? rec : null;
}

async function stagingRecord(db: Db): Promise<StagingRecord | null> {
  const rec = await db.get('meta', 'staging');
  return typeof rec === 'object' && rec !== null && 'since' in rec ? rec : null;
}

export async function activePack(db: Db): Promise<InstalledPack | null> {
  return (await activeRecord(db))?.pack ?? null;
}

/** Every key of generation `gen` sorts between [gen] and [gen, []] (arrays sort after strings). */
function generationRange(gen: number): IDBKeyRange {
  return IDBKeyRange.bound([gen], [gen, []]);
}

/**
 * Removes whatever is neither the active generation nor a live install's staging generation: leftovers of an
 * interrupted install or of a replaced pack.
 */
async function dropInactiveGenerations(db: Db, now = Date.now()): Promise<void> {
  const active = (await activeRecord(db))?.gen;
  const staging = await stagingRecord(db);
  const keep = new Set<number>();
  if (active !== undefined) keep.add(active);
  if (staging && now - staging.since < STAGING_LEASE_MS) keep.add(staging.gen);
  const tx = db.transaction([...DATA_STORES, 'linker', 'meta'], 'readwrite');
  if (staging && !keep.has(staging.gen)) await tx.objectStore('meta').delete('staging');
  // Delete the key ranges between the kept generations (each generation's keys sort between [gen] and [gen, []]).
  const kept = [...keep].sort((a, b) => a - b);
  let lower: IDBValidKey | null = null;
  const gaps: IDBKeyRange[] = [];
  for (const gen of kept) {
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

  const links: EventLink[] = [];
  for (const ev of pack.events) for (const entity of new Set(ev.entities)) links.push({ gen, entity, date: ev.date, event: ev.id });
  const total = pack.entities.length + pack.events.length + links.length || 1;
  let done = 0;
  try {
    const stage = async <S extends DataStore>(store: S, records: BackstorySchema[S]['value'][]) => {
      for (let i = 0; i < records.length; i += CHUNK) {
        const tx = db.transaction([store, 'meta'], 'readwrite');
        const os = tx.objectStore(store);
        for (const r of records.slice(i, i + CHUNK)) void os.put(r);
        void tx.objectStore('meta').put({ gen, since: Date.now() } satisfies StagingRecord, 'staging');
        await tx.done;
        done += Math.min(CHUNK, records.length - i);
        options.onProgress?.(Math.min(0.99, done / total));
      }
    };
    await stage('entities', pack.entities.map((e) => ({ ...e, gen })));
    await stage('events', pack.events.map((e) => ({ ...e, gen })));
    await stage('eventLinks', links);
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
  await tx.store.put({ gen, pack: installed }, 'active');
  await tx.store.delete('staging');
  await tx.done;
  await dropInactiveGenerations(db);
  options.onProgress?.(1);
  return installed;
}

function describeIdbError(err: unknown): string {
  if (err instanceof DOMException && err.name === 'QuotaExceededError') return 'the browser has no room left for it (storage quota exceeded)';
  return err instanceof Error ? err.message : String(err);
}

export async function getEntity(db: Db, id: string): Promise<PackEntity | null> {
  const gen = (await activeRecord(db))?.gen;
  if (gen === undefined) return null;
  const rec = await db.get('entities', [gen, id]);
  if (!rec) return null;
  const { gen: _gen, ...entity } = rec;
  return entity;
}

/** Several entities in one transaction, in the order asked; missing ones are left out. */
export async function getEntities(db: Db, ids: readonly string[]): Promise<PackEntity[]> {
  const gen = (await activeRecord(db))?.gen;
  if (gen === undefined) return [];
  const tx = db.transaction('entities');
  const recs = await Promise.all(ids.map((id) => tx.store.get([gen, id])));
  await tx.done;
  return recs.filter((r): r is StoredEntity => r !== undefined).map(({ gen: _g, ...e }) => e);
}

/** The entity's events strictly before `asOf` (YYYY-MM-DD), newest first. */
export async function priorEvents(db: Db, entityId: string, asOf: string, limit: number): Promise<PackEvent[]> {
  const gen = (await activeRecord(db))?.gen;
  if (gen === undefined || limit <= 0) return [];
  const tx = db.transaction(['eventLinks', 'events']);
  const range = IDBKeyRange.bound([gen, entityId, ''], [gen, entityId, asOf], false, true);
  const ids: string[] = [];
  for (let cur = await tx.objectStore('eventLinks').openCursor(range, 'prev'); cur && ids.length < limit; cur = await cur.continue()) {
    ids.push(cur.value.event);
  }
  const events = await Promise.all(ids.map((id) => tx.objectStore('events').get([gen, id])));
  await tx.done;
  return events.filter((e): e is StoredEvent => e !== undefined).map(({ gen: _g, ...ev }) => ev);
}

/** All entities of the active dataset, for compiling the linker when no compiled form is stored. */
export async function allEntities(db: Db): Promise<PackEntity[]> {
  const gen = (await activeRecord(db))?.gen;
  if (gen === undefined) return [];
  const recs = await db.getAll('entities', generationRange(gen));
  return recs.map(({ gen: _g, ...e }) => e);
}

export async function storedLinker(db: Db): Promise<unknown> {
  const gen = (await activeRecord(db))?.gen;
  if (gen === undefined) return undefined;
  return (await db.get('linker', gen))?.compiled;
}
