// WordNet's organisations: the country their gloss names, the plural of their members' noun, no country's name.
import { describe, expect, it } from 'vitest';
import { entitiesFromWordNet, type Synset } from '../../../scripts/dataset/adapters/wordnet';

const synset = (offset: string, words: string[], lexFile: number, gloss: string): Synset => ({ offset, lexFile, words, instance: false, gloss });
const COUNTRIES: Record<string, string> = { 'United States': 'US', 'U.S.': 'US', Australia: 'AU', Canada: 'CA', 'Great Britain': 'GB' };
const countryOf = (name: string): string | undefined => COUNTRIES[name];

const drafts = entitiesFromWordNet(
  [
    synset('1', ['Democratic Party'], 14, 'the older of two major political parties in the United States'),
    synset('2', ['Democrat'], 18, 'a member of the Democratic Party'),
    synset('3', ['Liberal Party'], 14, 'a political party in Australia, Canada, and other nations'),
    synset('4', ['United States government', 'United States', 'U.S. government', 'US Government', 'U.S.'], 14, 'the executive and legislative and judicial branches of the federal government of the United States'),
    synset('5', ['Tory'], 18, 'a supporter of traditional political and social institutions against the forces of reform'),
    synset('6', ['Red Cross'], 14, 'an international organization that cares for the sick or wounded or homeless'),
  ],
  countryOf,
);
const byName = new Map(drafts.map((d) => [d.name, d]));

describe('WordNet organisations', () => {
  it.each([
    ['one country in the gloss', 'Democratic Party', 'US'],
    ['several countries: none', 'Liberal Party', undefined],
    ['no country named', 'Red Cross', undefined],
  ])('%s: %s', (_, name, country) => {
    expect(byName.get(name)?.country).toBe(country);
  });

  it('take the plural of the noun for their members ("a member of the Democratic Party")', () => {
    expect(byName.get('Democratic Party')?.aliases).toEqual(['Democrats']);
  });

  it('do not carry a country’s name as an alias', () => {
    expect(byName.get('United States government')?.aliases).toEqual(['U.S. government', 'US Government']);
  });
});
