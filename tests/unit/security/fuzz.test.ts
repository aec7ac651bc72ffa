// Fuzzing the two parsers of outside input: the pack validator (packs come from files and URLs) and the linker
// (text comes from any web page, entities from any pack). Random and adversarial input must be returned or
// rejected with a message: never a crash, a hang (the test timeout), or a mention outside the text.
import { describe, expect, it } from 'vitest';
import { compileLinker, type LinkerEntity, type TextBlock } from '../../../lib/core/linker';
import { validatePack, describePackErrors } from '../../../lib/core/pack-validate';
import { PACK_FORMAT, type Pack } from '../../../lib/core/pack';
import { seededRandom } from '../../../scripts/lib/random';

// Seeded, so every failure replays.
const rng = seededRandom;

const PIECES = ['NATO', 'Sergei', 'Skripal', 'the', "'s", '’', '-', '–', ' ', '\n', '\u00a0', 'É', 'e\u0301', '\ud800', '\udc00', '😀', '<b>', '"', '.', '(', ')', 'US', 'us', 'May', '\u0000', '\u202e', 'ﬁ', 'İ', 'ß'];
function randomText(r: () => number, tokens: number): string {
  let s = '';
  for (let i = 0; i < tokens; i++) s += r() < 0.2 ? String.fromCharCode(Math.floor(r() * 0x10000)) : PIECES[Math.floor(r() * PIECES.length)]!;
  return s;
}

function randomValue(r: () => number, depth: number): unknown {
  const k = Math.floor(r() * (depth > 4 ? 5 : 8));
  switch (k) {
    case 0: return null;
    case 1: return r() < 0.5;
    case 2: return [0, -1, 1e308, Number.MAX_SAFE_INTEGER + 2, 0.5, -0][Math.floor(r() * 6)];
    case 3: return randomText(r, Math.floor(r() * 12));
    case 4: return ['person', 'country', '2021-10-06', 'https://example.org', 'javascript:alert(1)', PACK_FORMAT, '__proto__'][Math.floor(r() * 7)];
    case 5: return Array.from({ length: Math.floor(r() * 4) }, () => randomValue(r, depth + 1));
    default: {
      const o: Record<string, unknown> = {};
      const keys = ['id', 'type', 'name', 'aliases', 'facts', 'links', 'prior', 'sources', 'date', 'text', 'entities', 'threads', 'source', '__proto__', 'constructor', 'label', 'value', 'url'];
      for (let i = Math.floor(r() * 5); i > 0; i--) o[keys[Math.floor(r() * keys.length)]!] = randomValue(r, depth + 1);
      return o;
    }
  }
}

function validPack(): Pack {
  return {
    format: PACK_FORMAT,
    id: 'fuzz',
    version: '1',
    builtAt: '2026-01-01T00:00:00Z',
    sources: [{ id: 's', name: 'S', licence: 'CC0', attribution: 'a', url: 'https://example.org' }],
    entities: [
      { id: 'p', type: 'person', name: 'Sergei Skripal', aliases: ['Skripal'], facts: [{ label: 'Born', value: '1951', date: '1951-06-23' }], links: [{ label: 'w', url: 'https://example.org' }], prior: 0.5, sources: ['s'] },
      { id: 'o', type: 'organisation', name: 'NATO', aliases: [], facts: [], links: [], prior: 0.9, sources: ['s'] },
    ],
    events: [{ id: 'e', date: '2018-03-04', text: 'Poisoned', entities: ['p'], threads: ['t'], source: 's' }],
  };
}

/** Replaces one random node of a JSON tree with a random value. */
function mutate(root: unknown, r: () => number): unknown {
  if (typeof root !== 'object' || root === null || r() < 0.15) return randomValue(r, 0);
  const keys = Object.keys(root);
  if (keys.length === 0) return randomValue(r, 0);
  const key = keys[Math.floor(r() * keys.length)]!;
  (root as Record<string, unknown>)[key] = mutate((root as Record<string, unknown>)[key], r);
  return root;
}

function nested(depth: number): unknown {
  let v: unknown = 'leaf';
  for (let i = 0; i < depth; i++) v = i % 2 ? [v] : { name: v };
  return v;
}

function expectReturnsOrRejects(input: unknown): void {
  const result = validatePack(input);
  if (result.ok) expect(result.pack.format).toBe(PACK_FORMAT);
  else {
    expect(result.errors.length).toBeGreaterThan(0);
    expect(describePackErrors(result.errors).length).toBeGreaterThan(0);
  }
}

describe('pack validator under fuzz', () => {
  it.each([1, 2, 3, 4, 5])('random JSON values never crash it (seed %i)', (seed) => {
    const r = rng(seed);
    for (let i = 0; i < 400; i++) expectReturnsOrRejects(r() < 0.5 ? randomValue(r, 0) : { format: PACK_FORMAT, entities: randomValue(r, 1), events: randomValue(r, 1), sources: randomValue(r, 1) });
  });

  it.each([11, 12, 13, 14, 15])('a valid pack with one random node replaced is accepted or rejected, never crashes (seed %i)', (seed) => {
    const r = rng(seed);
    for (let i = 0; i < 400; i++) expectReturnsOrRejects(JSON.parse(JSON.stringify(mutate(validPack(), r))));
  });

  it.each([
    ['deeply nested entities', () => ({ ...validPack(), entities: [nested(100_000)] })],
    ['deeply nested facts', () => ({ ...validPack(), entities: [{ ...validPack().entities[0], facts: [nested(100_000)] }] })],
    ['a 10 MB name', () => ({ ...validPack(), entities: [{ ...validPack().entities[0], name: 'x'.repeat(10_000_000) }] })],
    ['a million aliases', () => ({ ...validPack(), entities: [{ ...validPack().entities[0], aliases: Array(1_000_000).fill('Skripal') }] })],
    ['a sparse array of entities', () => ({ ...validPack(), entities: Object.assign([], { length: 5 }) })],
  ])('rejects %s with a message', (_name, make) => {
    const result = validatePack(make());
    expect(result.ok).toBe(false);
    if (!result.ok) expect(describePackErrors(result.errors)).toMatch(/entities/);
  }, 30_000);

  it('is not fooled by __proto__ keys and leaves Object.prototype alone', () => {
    const text = JSON.stringify(validPack()).replace('"aliases":["Skripal"]', '"aliases":["Skripal"],"__proto__":{"polluted":true}');
    expectReturnsOrRejects(JSON.parse(text));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('linker under fuzz', () => {
  const entities: LinkerEntity[] = validPack().entities;
  const inBounds = (blocks: TextBlock[], mentions: { block: number; start: number; end: number }[]) =>
    mentions.every((m) => m.block >= 0 && m.block < blocks.length && m.start >= 0 && m.start < m.end && m.end <= blocks[m.block]!.text.length);

  it.each([21, 22, 23, 24, 25])('random text with lone surrogates, controls and mixed scripts links within bounds (seed %i)', (seed) => {
    const r = rng(seed);
    const linker = compileLinker(entities);
    for (let i = 0; i < 200; i++) {
      const blocks = Array.from({ length: 1 + Math.floor(r() * 4) }, () => ({ text: randomText(r, Math.floor(r() * 200)) }));
      const { mentions } = linker.link(blocks);
      expect(inBounds(blocks, mentions)).toBe(true);
    }
  });

  it.each([
    ['a 2 MB single token', () => [{ text: 'A'.repeat(2_000_000) }]],
    ['200,000 repetitions of a name', () => [{ text: 'Sergei Skripal '.repeat(200_000) }]],
    ['20,000 tiny blocks', () => Array.from({ length: 20_000 }, () => ({ text: 'NATO' }))],
    ['a name broken by every kind of space and dash', () => [{ text: 'Sergei\u00a0Skripal Sergei\nSkripal Sergei\u2013Skripal NATO’s NATO\u2019s' }]],
  ])('returns on %s', (_name, make) => {
    const blocks = make();
    const { mentions } = compileLinker(entities).link(blocks);
    expect(inBounds(blocks, mentions)).toBe(true);
  }, 60_000);

  it.each([
    ['10,000 aliases of one name', () => [{ ...entities[0]!, aliases: Array(10_000).fill('Skripal') }]],
    ['10,000 entities with the same name', () => Array.from({ length: 10_000 }, (_, i) => ({ ...entities[0]!, id: `p${i}` }))],
    ['names of lone surrogates, blanks and punctuation', () => ['\ud800', '   ', "'", '-', '', '\u0000', '😀'].map((name, i) => ({ ...entities[1]!, id: `x${i}`, name }))],
    ['a name of 1,000 tokens', () => [{ ...entities[1]!, name: 'word '.repeat(1000) }]],
  ])('compiles %s and links with it', (_name, make) => {
    const linker = compileLinker(make());
    const blocks = [{ text: 'Sergei Skripal met NATO officials; Skripal said so. 😀 \ud800 word word word' }];
    const { mentions } = linker.link(blocks);
    expect(inBounds(blocks, mentions)).toBe(true);
  }, 60_000);
});
