import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { activePack, allEntities, entityWithPriorEvents, getEntities, storySoFar, installPack, openStore, storedLinker, threadEvents, type Db } from '../../../lib/platform/db';

const priorEvents = async (db: Db, id: string, asOf: string, limit: number) => (await entityWithPriorEvents(db, id, asOf, limit))?.priorEvents ?? [];
const getEntity = async (db: Db, id: string) => (await getEntities(db, [id]))[0] ?? null;
import { PACK_FORMAT, type Pack } from '../../../lib/core/pack';

function pack(id: string, version: string, names: string[]): Pack {
  return {
    format: PACK_FORMAT,
    id,
    version,
    builtAt: '2026-01-01T00:00:00Z',
    sources: [{ id: 'test', name: 'Test source', licence: 'CC0', attribution: 'us', url: 'https://example.org' }],
    entities: names.map((n) => ({ id: `e:${n}`, type: 'person', name: n, aliases: [], facts: [], links: [], prior: 0.5, sources: ['test'] })),
    events: [
      { id: 'ev1', date: '2018-03-04', text: `${names[0]} poisoned`, entities: [`e:${names[0]}`], threads: [], source: 'test' },
      { id: 'ev2', date: '2018-03-27', text: 'expulsions', entities: [`e:${names[0]}`], threads: [], source: 'test' },
      { id: 'ev3', date: '2021-10-06', text: 'the article day', entities: [`e:${names[0]}`], threads: [], source: 'test' },
      { id: 'ev4', date: '2022-01-01', text: 'later', entities: [`e:${names[0]}`], threads: [], source: 'test' },
    ],
  };
}

let db: Db;
beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  db = await openStore('test');
});
afterEach(() => db.close());

describe('dataset store', () => {
  it('installs a pack and reads entities and prior events strictly before a date, newest first', async () => {
    await installPack(db, pack('p', '1', ['Skripal', 'Slutsky']), { origin: 'file', compiledLinker: { v: 1 } });
    expect((await activePack(db))?.entities).toBe(2);
    expect((await getEntity(db, 'e:Skripal'))?.name).toBe('Skripal');
    expect(await getEntity(db, 'e:Nobody')).toBeNull();
    const prior = await priorEvents(db, 'e:Skripal', '2021-10-06', 10);
    expect(prior.map((e) => e.date)).toEqual(['2018-03-27', '2018-03-04']);
    expect(await priorEvents(db, 'e:Skripal', '2021-10-06', 1)).toHaveLength(1);
    expect(await storedLinker(db)).toEqual({ v: 1 });
  });

  it.each([
    ['e:Skripal', '2021-10-06', 3, ['2018-03-27', '2018-03-04']],
    ['e:Skripal', '2030-01-01', 2, ['2022-01-01', '2021-10-06']],
    ['e:Skripal', '2018-03-04', 3, []],
    ['e:Slutsky', '2030-01-01', 3, []],
  ])('reads a card in one go: %s as of %s, %i events at most', async (id, asOf, limit, dates) => {
    await installPack(db, pack('p', '1', ['Skripal', 'Slutsky']), { origin: 'file' });
    const card = await entityWithPriorEvents(db, id, asOf, limit);
    expect(card?.entity.id).toBe(id);
    expect(card?.pack.id).toBe('p');
    expect(card?.priorEvents.map((e) => e.date)).toEqual(dates);
  });

  it('a card of an unknown entity, or before any pack, is null', async () => {
    expect(await entityWithPriorEvents(db, 'e:Skripal', '2021-10-06', 3)).toBeNull();
    await installPack(db, pack('p', '1', ['Skripal']), { origin: 'file' });
    expect(await entityWithPriorEvents(db, 'e:Nobody', '2021-10-06', 3)).toBeNull();
  });

  it('reads the story so far of several entities in one go, ranked by how many of them each event involves', async () => {
    const p = pack('p', '1', ['Skripal', 'Nato']);
    p.events[1]!.entities.push('e:Nato');
    p.events.push({ id: 'ev5', date: '2019-08-02', text: 'INF', entities: ['e:Nato'], threads: [], source: 'test' });
    await installPack(db, p, { origin: 'file' });
    const story = await storySoFar(db, ['e:Skripal', 'e:Nato', 'e:Nobody'], '2021-10-06', 10, 10);
    expect(story.map((i) => [i.event.id, i.involves])).toEqual([
      ['ev2', ['e:Skripal', 'e:Nato']],
      ['ev5', ['e:Nato']],
      ['ev1', ['e:Skripal']],
    ]);
    expect((await storySoFar(db, ['e:Skripal', 'e:Nato'], '2021-10-06', 10, 1)).map((i) => i.event.id)).toEqual(['ev2']);
    expect(await storySoFar(db, [], '2021-10-06', 10, 10)).toEqual([]);
  });

  it('reads the events of a story thread before a date, newest first', async () => {
    const p = pack('p', '1', ['Skripal']);
    p.events[0]!.threads = ['Poisoning of Sergei and Yulia Skripal'];
    p.events[1]!.threads = ['Poisoning of Sergei and Yulia Skripal'];
    p.events[3]!.threads = ['Poisoning of Sergei and Yulia Skripal'];
    await installPack(db, p, { origin: 'file' });
    expect((await threadEvents(db, 'Poisoning of Sergei and Yulia Skripal', '2021-10-06', 10)).map((e) => e.id)).toEqual(['ev2', 'ev1']);
    expect(await threadEvents(db, 'No such thread', '2030-01-01', 10)).toEqual([]);
  });

  it('replacing a pack leaves nothing of the old one', async () => {
    await installPack(db, pack('p', '1', ['Old']), { origin: 'file' });
    await installPack(db, pack('p', '2', ['New']), { origin: 'url' });
    expect((await activePack(db))?.version).toBe('2');
    expect((await allEntities(db)).map((e) => e.name)).toEqual(['New']);
    expect(await priorEvents(db, 'e:Old', '2030-01-01', 10)).toEqual([]);
  });

  it('an install interrupted between stage and switch keeps the old dataset complete, and is cleaned up on reopen', async () => {
    await installPack(db, pack('p', '1', ['Old']), { origin: 'file' });
    const crash = installPack(db, pack('p', '2', ['New']), {
      origin: 'url',
      beforeSwitch: () => Promise.reject(new Error('browser closed')),
    });
    await expect(crash).rejects.toThrow(/still in use/);
    expect((await activePack(db))?.version).toBe('1');
    expect((await allEntities(db)).map((e) => e.name)).toEqual(['Old']);
    db.close();
    db = await openStore('test');
    expect((await allEntities(db)).map((e) => e.name)).toEqual(['Old']);
    expect(await priorEvents(db, 'e:Old', '2030-01-01', 10)).toHaveLength(4);
  });

  it('a write failing while staging (quota) reports it clearly and loses nothing', async () => {
    await installPack(db, pack('p', '1', ['Old']), { origin: 'file' });
    const quota = installPack(db, pack('p', '2', ['New']), {
      origin: 'url',
      beforeSwitch: () => Promise.reject(new DOMException('full', 'QuotaExceededError')),
    });
    await expect(quota).rejects.toThrow(/no room left/);
    expect((await activePack(db))?.version).toBe('1');
  });

  it('a record that fails to write half way through staging loses nothing', async () => {
    await installPack(db, pack('p', '1', ['Old']), { origin: 'file' });
    const bad = pack('p', '2', ['New', 'Broken']);
    // A value IndexedDB cannot store makes the second write fail, after the first was staged.
    bad.entities[1]!.facts.push({ label: 'x', value: (() => 'no') as unknown as string });
    await expect(installPack(db, bad, { origin: 'url' })).rejects.toThrow(/still in use/);
    expect((await activePack(db))?.version).toBe('1');
    expect((await allEntities(db)).map((e) => e.name)).toEqual(['Old']);
  });

  it('another page opening the store while a pack is staging leaves the staged records alone', async () => {
    await installPack(db, pack('p', '1', ['Old']), { origin: 'file' });
    let other: Db | null = null;
    await installPack(db, pack('p', '2', ['New']), {
      origin: 'url',
      // The service worker restarts and opens the store half way through the install.
      beforeSwitch: async () => void (other = await openStore('test')),
    });
    expect((await allEntities(db)).map((e) => e.name)).toEqual(['New']);
    expect(await priorEvents(db, 'e:New', '2030-01-01', 10)).toHaveLength(4);
    (other as Db | null)?.close();
  });

  it('an install whose page closed half way is cleaned up once its lease runs out', async () => {
    await installPack(db, pack('p', '1', ['Old']), { origin: 'file' });
    const abandoned = installPack(db, pack('p', '2', ['New']), { origin: 'url', beforeSwitch: () => new Promise(() => undefined) });
    void abandoned;
    await new Promise((r) => setTimeout(r, 50));
    const later = Date.now() + 10 * 60 * 1000;
    const realNow = Date.now;
    Date.now = () => later;
    try {
      const reopened = await openStore('test');
      const names = (await reopened.getAll('entities')).flatMap((b) => Object.values(b.items).map((e) => e.name));
      expect(names).toEqual(['Old']);
      reopened.close();
    } finally {
      Date.now = realNow;
    }
  });

  it('reports progress up to 1', async () => {
    const seen: number[] = [];
    await installPack(db, pack('p', '1', ['A', 'B']), { origin: 'file', onProgress: (p) => seen.push(p) });
    expect(seen.at(-1)).toBe(1);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
  });
});
