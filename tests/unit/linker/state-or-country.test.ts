// "Georgia" the US state or the country: the article's country decides.
import { describe, expect, it } from 'vitest';
import { compileLinker, type LinkerEntity } from '../../../lib/core/linker';
import { links } from './fixture';

const ENTITIES: LinkerEntity[] = [
  { id: 'country:GE', type: 'country', name: 'Georgia', aliases: [], prior: 0.9, country: 'GE' },
  { id: 'place:ga', type: 'place', name: 'Georgia', aliases: ['GA'], prior: 0.48, country: 'US', description: 'state of United States' },
  { id: 'place:al', type: 'place', name: 'Alabama', aliases: [], prior: 0.6, country: 'US', description: 'state of the United States of America' },
  { id: 'place:miami', type: 'place', name: 'Miami', aliases: [], prior: 0.7, country: 'US', description: 'city in Florida' },
  { id: 'place:tbilisi', type: 'place', name: 'Tbilisi', aliases: [], prior: 0.6, country: 'GE', description: 'capital of Georgia' },
  { id: 'country:RU', type: 'country', name: 'Russia', aliases: [], prior: 1, country: 'RU' },
  { id: 'person:saban', type: 'person', name: 'Nick Saban', aliases: [], prior: 0.5, country: 'US' },
];
const linker = compileLinker(ENTITIES);

const georgia = (text: string, country?: string, using = linker): string[] => links(text, country ? { country } : undefined, using).filter((l) => l.startsWith('Georgia='));

describe('Georgia: the state in a story about the US, the country elsewhere', () => {
  it.each([
    ['Nick Saban left Miami for Alabama. He retired to a lake in north Georgia, where he has a home.', undefined, ['Georgia=place:ga']],
    ['Last year the owners pledged to Georgia regulators they would limit the cost.', 'US', ['Georgia=place:ga']],
  ])('%j', (text, country, expected) => {
    expect(georgia(text, country)).toEqual(expected);
  });

  it.each([
    ['Russia sent troops into Georgia. Talks in Tbilisi failed.', undefined, ['Georgia=country:GE']],
    // a story about the US that is also about the country: its capital is named
    ['Officials from Alabama and Miami flew to Tbilisi, the capital of Georgia.', undefined, ['Georgia=country:GE']],
    // nothing says which country the story is about: the better-known country
    ['He spent the summer in Georgia.', undefined, ['Georgia=country:GE']],
  ])('%j', (text, country, expected) => {
    expect(georgia(text, country)).toEqual(expected);
  });
});

describe('Georgia: a state only one source knows, far less known than the country, still wins in a US story', () => {
  const small = compileLinker([
    ...ENTITIES.filter((e) => e.id !== 'place:ga'),
    { id: 'place:ga-small', type: 'place', name: 'Georgia', aliases: [], prior: 0.14, country: 'US', description: 'a state in southeastern United States' },
  ]);
  it('in a story about Miami and Alabama', () => {
    expect(georgia('Nick Saban left Miami for Alabama. He retired to a lake in north Georgia, where he has a home.', undefined, small)).toEqual(['Georgia=place:ga-small']);
  });
  it('not without the story', () => {
    expect(georgia('He spent the summer in Georgia.', undefined, small)).toEqual(['Georgia=country:GE']);
  });
});
