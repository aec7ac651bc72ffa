import { describe, expect, it } from 'vitest';
import { describePackErrors, validatePack } from '../../../lib/core/pack-validate';
import type { Pack } from '../../../lib/core/pack';

function validPack(): Pack {
  return {
    format: 'backstory-pack/1',
    id: 'test',
    version: '1',
    builtAt: '2021-10-06T00:00:00Z',
    sources: [{ id: 'src', name: 'Source', licence: 'CC0', attribution: 'Someone', url: 'https://example.org' }],
    entities: [
      { id: 'q:Q7184', type: 'organisation', name: 'NATO', aliases: ['North Atlantic Treaty Organization'], facts: [{ label: 'Founded', value: '1949', date: '1949', source: 'src' }], wikidata: 'Q7184', links: [], prior: 0.9, sources: ['src'] },
      { id: 'country:RUS', type: 'country', name: 'Russia', aliases: [], facts: [], links: [{ label: 'Site', url: 'https://example.org/ru' }], prior: 1, country: 'RU', sources: ['src'] },
    ],
    events: [{ id: 'e1', date: '2021-10-06', text: 'NATO expels eight Russians.', entities: ['q:Q7184', 'country:RUS'], threads: ['NATO–Russia relations'], source: 'src', outlets: ['Reuters'] }],
  };
}

type Mutate = (p: any) => void;

describe('validatePack', () => {
  it('accepts a valid pack and returns it', () => {
    const p = validPack();
    const r = validatePack(p);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.pack).toBe(p);
  });

  it('rejects an unknown format version with a clear message and nothing else', () => {
    const p: any = validPack();
    p.format = 'backstory-pack/2';
    p.entities = 'garbage';
    const r = validatePack(p);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors).toHaveLength(1);
      expect(r.errors[0]!.path).toBe('format');
      expect(r.errors[0]!.message).toMatch(/unknown pack format "backstory-pack\/2".*backstory-pack\/1/);
    }
  });

  const cases: Array<[string, Mutate, string, RegExp]> = [
    ['not an object', (p) => Object.assign(p, { entities: [42] }), 'entities[0]', /must be an object/],
    ['entity id missing', (p) => delete p.entities[1].id, 'entities[1].id', /must be a string/],
    ['bad entity type', (p) => (p.entities[0].type = 'spaceship'), 'entities[0].type', /must be one of person, organisation/],
    ['empty name', (p) => (p.entities[1].name = '  '), 'entities[1].name', /must not be empty/],
    ['alias not a string', (p) => p.entities[0].aliases.push(7), 'entities[0].aliases[1]', /must be a string, got a number/],
    ['duplicate entity id', (p) => (p.entities[1].id = 'q:Q7184'), 'entities[1].id', /duplicate entity id "q:Q7184"/],
    ['bad QID', (p) => (p.entities[0].wikidata = 'Q0x'), 'entities[0].wikidata', /QID/],
    ['prior out of range', (p) => (p.entities[0].prior = 1.5), 'entities[0].prior', /\[0, 1\]/],
    ['prior NaN', (p) => (p.entities[0].prior = Number.NaN), 'entities[0].prior', /\[0, 1\]/],
    ['bad fact date', (p) => (p.entities[0].facts[0].date = '1949-13'), 'entities[0].facts[0].date', /ISO date/],
    ['fact names unknown source', (p) => (p.entities[0].facts[0].source = 'nope'), 'entities[0].facts[0].source', /unknown source "nope"/],
    ['entity names unknown source', (p) => (p.entities[1].sources = ['nope']), 'entities[1].sources[0]', /unknown source/],
    ['provenance names unknown source', (p) => (p.entities[0].provenance = { description: 'nope' }), 'entities[0].provenance.description', /unknown source "nope"/],
    ['provenance of an unknown field', (p) => (p.entities[0].provenance = { name: 'src' }), 'entities[0].provenance.name', /must be one of description, wikidata, country/],
    ['provenance not an object', (p) => (p.entities[0].provenance = 'src'), 'entities[0].provenance', /must be an object/],
    ['javascript link', (p) => (p.entities[1].links[0].url = 'javascript:alert(1)'), 'entities[1].links[0].url', /http\(s\) URL/],
    ['bad country code', (p) => (p.entities[1].country = 'rus'), 'entities[1].country', /alpha-2/],
    ['event date not a day', (p) => (p.events[0].date = '2021-02-30'), 'events[0].date', /YYYY-MM-DD/],
    ['event names unknown entity', (p) => p.events[0].entities.push('q:Q1'), 'events[0].entities[2]', /unknown entity "q:Q1"/],
    ['event names unknown source', (p) => (p.events[0].source = 'x'), 'events[0].source', /unknown source "x"/],
    ['event threads not an array', (p) => (p.events[0].threads = 'x'), 'events[0].threads', /must be an array/],
    ['duplicate event id', (p) => p.events.push({ ...p.events[0] }), 'events[1].id', /duplicate event id/],
    ['duplicate source id', (p) => p.sources.push({ ...p.sources[0] }), 'sources[1].id', /duplicate source id/],
    ['builtAt not a timestamp', (p) => (p.builtAt = 'yesterday'), 'builtAt', /ISO timestamp/],
    ['lone surrogate', (p) => (p.entities[0].name = 'NA\uD800TO'), 'entities[0].name', /lone surrogate/],
  ];
  it.each(cases)('rejects %s, naming the record and field', (_label, mutate, path, message) => {
    const p = validPack();
    mutate(p);
    const r = validatePack(p);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      const hit = r.errors.find((e) => e.path === path);
      expect(hit, JSON.stringify(r.errors)).toBeDefined();
      expect(hit!.message).toMatch(message);
    }
  });

  it('enforces limits on counts and string lengths', () => {
    const p: any = validPack();
    p.entities[0].aliases = Array.from({ length: 6 }, (_, i) => `a${i}`);
    p.events[0].text = 'x'.repeat(101);
    const r = validatePack(p, { maxAliases: 5, maxLongString: 100 });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors.map((e) => e.path)).toEqual(expect.arrayContaining(['entities[0].aliases', 'events[0].text']));
    }
    const r2 = validatePack(validPack(), { maxEntities: 1 });
    expect(!r2.ok && r2.errors[0]!.path).toBe('entities');
  });

  it('stops after about 20 errors', () => {
    const p: any = validPack();
    p.entities = Array.from({ length: 500 }, () => ({}));
    const r = validatePack(p);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.length).toBe(20);
  });

  it('survives hostile input without throwing or hanging', () => {
    let deep: any = {};
    for (let i = 0; i < 100_000; i++) deep = { x: deep, entities: [deep] };
    const huge = 'a'.repeat(5_000_000);
    const throwing = new Proxy({}, { get() { throw new Error('boom'); } });
    const inputs: unknown[] = [null, undefined, 0, 'pack', [], deep, throwing, { format: 'backstory-pack/1', id: huge, entities: [deep], events: deep, sources: [] }];
    const t = Date.now();
    for (const input of inputs) {
      const r = validatePack(input);
      expect(r.ok).toBe(false);
    }
    expect(Date.now() - t).toBeLessThan(5000);
    const withSurrogate = validPack();
    withSurrogate.events[0]!.text = '\uDC00' + 'x';
    expect(validatePack(withSurrogate).ok).toBe(false);
  });

  it('does not sanitise or alter strings (the UI renders them as text)', () => {
    const p = validPack();
    p.entities[0]!.description = '<img src=x onerror=alert(1)>';
    const r = validatePack(p);
    expect(r.ok && r.pack.entities[0]!.description).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('describePackErrors', () => {
  it('gives one paragraph naming the first problems and how many more', () => {
    const text = describePackErrors([
      { path: 'entities[3].type', message: 'must be one of person, ...' },
      { path: 'events[0].date', message: 'must be an ISO day' },
      { path: 'events[1].date', message: 'must be an ISO day' },
      { path: 'events[2].date', message: 'must be an ISO day' },
    ]);
    expect(text).toMatch(/^This dataset cannot be installed/);
    expect(text).toContain('entities[3].type must be one of');
    expect(text).toContain('and 1 more problem)');
    expect(text).not.toContain('\n');
  });
});
