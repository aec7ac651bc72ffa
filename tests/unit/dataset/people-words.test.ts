// A people's or a faith's word is no organisation's name; a demonym is no country's alias; WordNet's part-of
// pointers give a place its country.
import { describe, expect, it } from 'vitest';
import { entitiesFromWordNet, type Synset } from '../../../scripts/dataset/adapters/wordnet';
import { peopleWords, withoutDemonymAliases, withoutPeopleWords, type Named } from '../../../scripts/dataset/people-words';

const noun = (offset: string, words: string[], lexFile: number, instance = false, partOf?: string[]): Synset => ({ offset, lexFile, words, instance, gloss: '', ...(partOf ? { partOf } : {}) });

describe('people words', () => {
  const nouns = [
    noun('1', ['Muslim', 'Moslem'], 18),
    noun('2', ['Chinese'], 18),
    noun('6', ['Hindu', 'Hindoo'], 18),
    // a person's name (an instance) and a kind of person with no adjective
    noun('3', ['Stuart', 'Charles Stuart'], 18, true),
    noun('4', ['Amazon'], 18),
    // an adjective that names no kind of person
    noun('5', ['Conservative Party'], 14),
  ];
  const adjectives = [noun('10', ['Muslim'], 1), noun('11', ['Chinese'], 1), noun('14', ['Hindu'], 1), noun('12', ['Stuart'], 1), noun('13', ['conservative'], 0)];
  const people = peopleWords(nouns, adjectives);

  it('are the capitalised kinds of person that are adjectives too', () => {
    expect([...people].sort()).toEqual(['Chinese', 'Hindu', 'Muslim']);
  });

  it.each([
    ['a party named by a faith word takes its next name', { type: 'organisation', name: 'Muslim', aliases: ['NUA', 'National Unity Alliance'] }, true, 'National Unity Alliance', ['NUA']],
    ['an outlet named by a faith word alone is dropped', { type: 'organisation', name: 'Hindu', aliases: [] }, false, 'Hindu', []],
    ['a people word as an alias goes', { type: 'organisation', name: 'New Party', aliases: ['Chinese', 'Xin dang'] }, true, 'New Party', ['Xin dang']],
    ['a brand called like a kind of person stays', { type: 'organisation', name: 'Amazon', aliases: [] }, true, 'Amazon', []],
    ['a country keeps its names', { type: 'country', name: 'China', aliases: ['Chinese'] }, true, 'China', ['Chinese']],
  ] as const)('%s', (_l, e, keep, name, aliases) => {
    const x: Named = { type: e.type, name: e.name, aliases: [...e.aliases] };
    expect(withoutPeopleWords(x, people)).toBe(keep);
    expect(x.name).toBe(name);
    expect(x.aliases).toEqual(aliases);
  });
});

describe('a demonym is no country alias', () => {
  const demonyms = new Map([['Argentine', 'AR'], ['Vatican', 'VA'], ['Thai', 'TH']]);
  it.each([
    ['Argentina', ['Argentine', 'Argentine Republic'], ['Argentine Republic']],
    ['Thailand', ['Thai', 'Siam'], ['Siam']],
    // the name's own first word is a name: "the Vatican said"
    ['Vatican City', ['Vatican', 'Holy See'], ['Vatican', 'Holy See']],
  ])('%s', (name, aliases, want) => {
    const e: Named = { type: 'country', name, aliases: [...aliases] };
    withoutDemonymAliases(e, demonyms);
    expect(e.aliases).toEqual(want);
  });

  it('leaves other types alone', () => {
    const e: Named = { type: 'organisation', name: 'Thai Airways', aliases: ['Thai'] };
    withoutDemonymAliases(e, demonyms);
    expect(e.aliases).toEqual(['Thai']);
  });
});

describe("WordNet's part-of pointers give a place its country", () => {
  const synsets = [
    noun('100', ['United States', 'USA'], 15, true, ['900']),
    noun('900', ['North America'], 15, true),
    noun('101', ['Georgia', 'GA'], 15, true, ['100']),
    noun('102', ['Atlanta'], 15, true, ['101']),
    noun('103', ['Georgia', 'Sakartvelo'], 15, true, ['904']),
    noun('904', ['Asia'], 15, true),
  ];
  const countryOf = (n: string): string | undefined => ({ 'United States': 'US', Georgia: 'GE' })[n];
  it('a state, a city of the state, and a country that is part of a continent', () => {
    const ds = entitiesFromWordNet(synsets, countryOf);
    expect(ds.map((d) => [d.name, d.country])).toEqual([
      ['United States', undefined],
      ['North America', undefined],
      ['Georgia', 'US'],
      ['Atlanta', 'US'],
      ['Georgia', undefined],
      ['Asia', undefined],
    ]);
  });

  it('without countryOf, no country', () => {
    expect(entitiesFromWordNet(synsets).every((d) => d.country === undefined)).toBe(true);
  });
});
