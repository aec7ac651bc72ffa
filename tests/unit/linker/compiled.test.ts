// The compiled form: JSON round trip gives the same links; the API's shapes hold.
import { describe, expect, it } from 'vitest';
import { type CompiledLinker, compileLinker, loadLinker, type LinkerEntity } from '../../../lib/core/linker';
import { fixtureLinker, fixturePack, links } from './fixture';

const TEXTS = [
  'NATO said Russia had expelled diplomats from Brussels.',
  'Sergei Skripal and his daughter Yulia were poisoned in Salisbury.',
  'Storms hit Georgia overnight, officials in Atlanta said.',
];

describe('compiled linker', () => {
  const loaded = loadLinker(JSON.parse(JSON.stringify(fixtureLinker().toJSON())) as CompiledLinker);

  it.each(TEXTS.map((t) => [t]))('links the same after a JSON round trip: %j', (text) => {
    expect(links(text, undefined, loaded)).toEqual(links(text));
    expect(links(text).length).toBeGreaterThan(0);
  });

  it('refuses a compiled trie without its table', () => {
    const broken = JSON.parse(JSON.stringify(fixtureLinker().toJSON())) as { index: { exact: { table?: string } } };
    delete broken.index.exact.table;
    expect(() => loadLinker(broken as unknown as CompiledLinker)).toThrow(/no table/);
  });

  it('reports its size in aliases', () => {
    expect(loaded.size).toBe(fixtureLinker().size);
    expect(fixtureLinker().size).toBeGreaterThanOrEqual(fixturePack.entities.length);
  });

  it('rejects an unknown compiled format', () => {
    const bad = { ...fixtureLinker().toJSON(), format: 'other' } as unknown as CompiledLinker;
    expect(() => loadLinker(bad)).toThrow(/format/);
  });

  it('works with an empty pack and empty text', () => {
    const empty = compileLinker([]);
    expect(empty.link([{ text: 'NATO met.' }])).toEqual({ mentions: [], entities: [] });
    expect(fixtureLinker().link([])).toEqual({ mentions: [], entities: [] });
    expect(fixtureLinker().link([{ text: '' }])).toEqual({ mentions: [], entities: [] });
  });

  it('keeps offsets in the original text of each block', () => {
    const blocks = [{ text: '“NATO’s” role' }, { text: 'In Brussels,\nSergei   Skripal spoke.' }];
    const r = fixtureLinker().link(blocks);
    const surfaces = r.mentions.map((m) => [m.block, blocks[m.block]!.text.slice(m.start, m.end), m.entity]);
    expect(surfaces).toEqual([
      [0, 'NATO', 'org:nato'],
      [1, 'Brussels', 'place:brussels'],
      [1, 'Sergei   Skripal', 'person:sergei-skripal'],
    ]);
  });

  it('ignores aliases that are one letter or a bare number', () => {
    const entities: LinkerEntity[] = [{ id: 'x', type: 'thing', name: 'X', aliases: ['2018', 'A'], prior: 0.9 }];
    const l = compileLinker(entities);
    expect(l.link([{ text: 'In 2018 X and A met.' }]).mentions).toEqual([]);
  });
});
