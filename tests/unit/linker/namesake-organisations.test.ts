// Forty countries have a "Democratic Party": in a story set in one of them, that country's party.
import { describe, expect, it } from 'vitest';
import { compileLinker, type LinkerEntity } from '../../../lib/core/linker';
import { links } from './fixture';

// each its own QID: namesakes with different QIDs never pool their weight
const party = (country: string, prior: number, aliases: string[] = []): LinkerEntity => ({
  id: `party:${country}`,
  wikidata: `Q${1000 + country.charCodeAt(0) * 100 + country.charCodeAt(1)}`,
  type: 'organisation',
  name: 'Democratic Party',
  aliases,
  prior,
  country,
  description: `political party in ${country}`,
});
const ENTITIES: LinkerEntity[] = [
  party('US', 0.5, ['Democrats']),
  ...['AD', 'BG', 'CY', 'CZ', 'HK', 'ID', 'IT', 'KE', 'MN', 'PL', 'PT', 'RO', 'SK', 'UG', 'ZA'].map((c) => party(c, 0.22)),
  { id: 'party:GL', wikidata: 'Q1090630', type: 'organisation', name: 'Democrats', aliases: [], prior: 0.22, country: 'GL' },
  { id: 'place:oh', type: 'place', name: 'Ohio', aliases: [], prior: 0.6, country: 'US', description: 'state of the United States of America' },
  { id: 'place:tx', type: 'place', name: 'Texas', aliases: [], prior: 0.6, country: 'US', description: 'state of the United States of America' },
  { id: 'place:rome', type: 'place', name: 'Rome', aliases: [], prior: 0.8, country: 'IT', description: 'capital of Italy' },
  { id: 'place:milan', type: 'place', name: 'Milan', aliases: [], prior: 0.7, country: 'IT', description: 'city in Italy' },
];
const linker = compileLinker(ENTITIES);
const parties = (text: string, country?: string): string[] =>
  links(text, country ? { country } : undefined, linker).filter((l) => l.includes('=party:'));

describe('a namesake organisation of the country the story is about', () => {
  it.each([
    ['Voters in Ohio and Texas backed the Democratic Party on Tuesday.', undefined, ['Democratic Party=party:US']],
    ['Congressional Democrats in Ohio and Texas have pledged to act.', undefined, ['Democrats=party:US']],
    ['The Democratic Party won the vote.', 'US', ['Democratic Party=party:US']],
    ['In Rome and Milan the Democratic Party held rallies.', undefined, ['Democratic Party=party:IT']],
  ])('%j', (text, country, expected) => {
    expect(parties(text, country)).toEqual(expected);
  });

  it.each([
    // nothing says which country: forty parties of one name, none clearly meant
    ['The Democratic Party won the vote.', undefined, []],
  ])('%j', (text, country, expected) => {
    expect(parties(text, country)).toEqual(expected);
  });
});
