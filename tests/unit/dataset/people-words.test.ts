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

describe("WordNet's part-of pointers give a region named like a country elsewhere its country", () => {
  const place = (offset: string, words: string[], gloss: string, partOf?: string[]): Synset => ({ ...noun(offset, words, 15, true, partOf), gloss });
  const synsets = [
    place('100', ['United States', 'USA'], 'North American republic', ['900']),
    place('900', ['North America'], 'a continent'),
    place('101', ['Georgia', 'GA'], 'a state in southeastern United States; one of the Confederate states', ['100']),
    place('102', ['Atlanta'], 'state capital and largest city of Georgia', ['101']),
    place('103', ['Georgia', 'Sakartvelo'], 'a republic in Asia Minor on the Black Sea', ['904']),
    place('904', ['Asia'], 'the largest continent'),
    place('105', ['Mexico', 'Estado de Mexico'], 'a state in central Mexico', ['106']),
    place('106', ['Mexico', 'United Mexican States'], 'a republic in North America', ['900']),
    place('107', ['Serbia'], 'a republic in the Balkans', ['900']),
    place('108', ['Kosovo'], 'a Serbian province in southern Serbia', ['107']),
  ];
  const countryOf = (n: string): string | undefined => ({ 'United States': 'US', Georgia: 'GE', Mexico: 'MX', Serbia: 'RS', Kosovo: 'XK' })[n];
  it('the US state of Georgia is in the US; the country, a city and a state of its own country get none', () => {
    const ds = entitiesFromWordNet(synsets, countryOf);
    expect(ds.map((d) => [d.name, d.country])).toEqual([
      ['United States', undefined],
      ['North America', undefined],
      ['Georgia', 'US'],
      ['Atlanta', undefined],
      ['Georgia', undefined],
      ['Asia', undefined],
      ['Mexico', undefined],
      ['Mexico', undefined],
      ['Serbia', undefined],
      // a province WordNet files apart from the country of its name stays with that country's record
      ['Kosovo', undefined],
    ]);
  });

  it('without countryOf, no country', () => {
    expect(entitiesFromWordNet(synsets).every((d) => d.country === undefined)).toBe(true);
  });
});
