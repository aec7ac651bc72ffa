// The compiled linker kept in IndexedDB across versions: a form stored by an older version is never read; the
// background compiles the pack again and stores the new form, and the reader's dataset stays as it was.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { IDBFactory } from 'fake-indexeddb';
import { PACK_FORMAT, type Pack } from '../../../lib/core/pack';
import { COMPILED_LINKER_FORMAT } from '../../../lib/core/linker';
import { DatasetService } from '../../../lib/platform/dataset';
import { storedLinker, storeLinker } from '../../../lib/platform/db';

const PACK: Pack = {
  format: PACK_FORMAT,
  id: 'unit',
  version: '1',
  builtAt: '2026-01-01T00:00:00Z',
  sources: [{ id: 'src', name: 'Unit source', licence: 'CC0', attribution: 'the tests', url: 'https://example.org' }],
  entities: [
    { id: 'org:nato', type: 'organisation', name: 'NATO', aliases: [], wikidata: 'Q7184', description: 'military alliance', facts: [], links: [], prior: 0.9, sources: ['src'] },
    { id: 'place:wv', type: 'place', name: 'West Virginia', aliases: ['W.Va.'], wikidata: 'Q1371', description: 'U.S. state', facts: [], links: [], prior: 0.8, sources: ['src'] },
  ],
  events: [],
};

const linked = async (dataset: DatasetService, text: string): Promise<string[]> => {
  const linker = await dataset.linker();
  return (linker?.link([{ text }]).mentions ?? []).map((m) => `${text.slice(m.start, m.end)}=${m.entity}`);
};

beforeEach(async () => {
  fakeBrowser.reset();
  globalThis.indexedDB = new IDBFactory();
  await new DatasetService().install(PACK, { origin: 'file' });
});

describe('stored compiled linker', () => {
  it('is stored at install in the current format and loaded from there', async () => {
    const dataset = new DatasetService();
    expect(await storedLinker(await dataset.db())).toMatchObject({ format: COMPILED_LINKER_FORMAT });
    expect(await linked(dataset, 'NATO met in Charleston, W. Va. on Monday.')).toEqual(['NATO=org:nato', 'W. Va.=place:wv']);
  });

  it.each([
    ['an older format', { format: 'backstory-linker/1', entities: {}, index: {} }],
    ['a value that is no compiled form', 'garbage'],
    ['nothing', undefined],
  ])('is compiled again from the pack when the store holds %s, and the new form replaces it', async (_, stale) => {
    const before = new DatasetService();
    await storeLinker(await before.db(), stale);
    const dataset = new DatasetService();
    expect(await linked(dataset, 'NATO met in Charleston, W. Va. on Monday.')).toEqual(['NATO=org:nato', 'W. Va.=place:wv']);
    expect(await storedLinker(await dataset.db())).toMatchObject({ format: COMPILED_LINKER_FORMAT });
  });
});
