// The background's dataset service: installs the starter pack on first run, keeps the linker ready, and answers
// "how is the dataset?" for the popup and options page.
import { compileLinker, isCurrentCompiledLinker, loadLinker, type Linker } from '../core/linker';
import type { DatasetStatus } from '../core/protocol';
import type { Pack } from '../core/pack';
import { searchEntry, type SearchEntry } from '../core/search';
import { activePack, allEntities, openStore, storeLinker, storedLinker, type Db, type InstallOptions, type InstalledPack } from './db';
import { commonWordsForLinker, decodePack, installWithLinker, starterPackBytes } from './pack-loader';

export class DatasetService {
  private dbPromise: Promise<Db> | null = null;
  private linkerPromise: Promise<Linker | null> | null = null;
  private searchPromise: Promise<SearchEntry[]> | null = null;
  private status: DatasetStatus = { state: 'empty', progress: 0, message: null, pack: null };
  private ready: Promise<void> | null = null;

  db(): Promise<Db> {
    this.dbPromise ??= openStore();
    return this.dbPromise;
  }

  /** Resolves once a dataset is installed (installing the starter pack if there is none). Safe to call often. */
  ensureReady(): Promise<void> {
    this.ready ??= this.installStarterIfEmpty().catch((err: unknown) => {
      this.ready = null; // let the next request try again
      this.status = { ...this.status, state: 'error', message: err instanceof Error ? err.message : String(err) };
    });
    return this.ready;
  }

  private async installStarterIfEmpty(): Promise<void> {
    const db = await this.db();
    const pack = await activePack(db);
    if (pack) {
      this.status = { state: 'ready', progress: 1, message: null, pack: summary(pack) };
      return;
    }
    await this.install(await decodePack(await starterPackBytes()), { origin: 'starter' });
  }

  /** Installs a validated pack; on failure the previous dataset stays in use and the error is reported. */
  async install(pack: Pack, options: Omit<InstallOptions, 'compiledLinker' | 'onProgress'>): Promise<void> {
    const db = await this.db();
    this.status = { ...this.status, state: 'installing', progress: 0, message: null };
    try {
      const { installed, linker } = await installWithLinker(db, pack, {
        ...options,
        onProgress: (p) => (this.status = { ...this.status, progress: p }),
      });
      this.linkerPromise = Promise.resolve(linker);
      this.searchPromise = null;
      this.status = { state: 'ready', progress: 1, message: null, pack: summary(installed) };
    } catch (err) {
      const old = await activePack(db);
      this.status = { state: old ? 'ready' : 'error', progress: old ? 1 : 0, message: err instanceof Error ? err.message : String(err), pack: old ? summary(old) : null };
      throw err;
    }
  }

  /** Forgets the cached linker and status after another page installed a pack. */
  async reload(): Promise<void> {
    this.linkerPromise = null;
    this.searchPromise = null;
    this.ready = null;
    await this.ensureReady();
  }

  /** Names and aliases of every entity, read once on the first search (searches are rare; pages are not). */
  searchIndex(): Promise<SearchEntry[]> {
    this.searchPromise ??= (async () => {
      await this.ensureReady();
      return (await allEntities(await this.db())).map(searchEntry);
    })().catch((err: unknown) => {
      this.searchPromise = null;
      throw err;
    });
    return this.searchPromise;
  }

  getStatus(): DatasetStatus {
    return this.status;
  }

  /**
   * The linker for the active dataset: loaded from its stored compiled form, or compiled afresh when there is
   * none or it was stored by an older version of the extension (then the new form replaces it).
   */
  linker(): Promise<Linker | null> {
    this.linkerPromise ??= (async () => {
      await this.ensureReady();
      const db = await this.db();
      const compiled = await storedLinker(db);
      if (isCurrentCompiledLinker(compiled)) return loadLinker(compiled);
      const entities = await allEntities(db);
      if (!entities.length) return null;
      const linker = compileLinker(entities, { commonWords: await commonWordsForLinker() });
      // a failed write only costs the next start a compile
      await storeLinker(db, linker.toJSON()).catch(() => undefined);
      return linker;
    })().catch((err: unknown) => {
      this.linkerPromise = null;
      throw err;
    });
    return this.linkerPromise;
  }
}

function summary(p: InstalledPack): NonNullable<DatasetStatus['pack']> {
  return { id: p.id, version: p.version, builtAt: p.builtAt, entities: p.entities, events: p.events, sources: p.sources };
}
