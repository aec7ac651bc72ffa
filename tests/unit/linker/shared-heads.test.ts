// Names that share a head or a noun with the next item: "the Tokyo and London Stock Exchanges" (the
// exchanges), "Both U.S. and Japanese officials" (whose officials).
import { describe, expect, it } from 'vitest';
import { compileLinker, type LinkerEntity } from '../../../lib/core/linker';
import { links } from './fixture';

const ENTITIES: LinkerEntity[] = [
  { id: 'place:tokyo', type: 'place', name: 'Tokyo', aliases: [], prior: 0.9, country: 'JP', description: 'capital of Japan' },
  { id: 'place:london', type: 'place', name: 'London', aliases: [], prior: 0.9, country: 'GB', description: 'capital of United Kingdom' },
  { id: 'country:US', type: 'country', name: 'United States', aliases: ['U.S.', 'US'], prior: 1, country: 'US' },
  { id: 'country:JP', type: 'country', name: 'Japan', aliases: [], prior: 1, country: 'JP' },
  { id: 'place:hackensack', type: 'place', name: 'Hackensack', aliases: [], prior: 0.5, country: 'US', description: 'city in New Jersey' },
  { id: 'place:nj', type: 'place', name: 'New Jersey', aliases: ['N.J.'], prior: 0.7, country: 'US', description: 'state of the United States of America' },
  { id: 'person:meyer', type: 'person', name: 'Meyer', aliases: [], prior: 0.5 },
];
const linker = compileLinker(ENTITIES);
const run = (text: string): string[] => links(text, undefined, linker);

describe('the last name of a list carried on by a capitalised head: every item is carried on', () => {
  it.each([
    ['Talks brought agreement with the Tokyo and London Stock Exchanges for fuller access.', []],
  ])('%j', (text, expected) => {
    expect(run(text)).toEqual(expected);
  });

  it.each([
    ['Talks were held in Tokyo and London on Monday.', ['Tokyo=place:tokyo', 'London=place:london']],
    ['In Tokyo and London, officials met the New York Stock Exchange.', ['Tokyo=place:tokyo', 'London=place:london']],
    // after a comma the items are an address and another name, not two openings of one
    ['It bought Protective Agency of Hackensack, N.J., and Meyer Detective Agency Inc.', ['Hackensack=place:hackensack', 'N.J.=place:nj']],
  ])('%j', (text, expected) => {
    expect(run(text)).toEqual(expected);
  });
});

describe('a country code sharing its noun with a people adjective is a modifier', () => {
  it.each([
    ['Both U.S. and Japanese officials have said there is no deal.', []],
    ['Close monitoring of the 1986 U.S.-Japanese semiconductor pact convinced them.', []],
    ['U.S. or European buyers stayed away.', []],
  ])('%j links no country', (text, expected) => {
    expect(run(text)).toEqual(expected);
  });

  it.each([
    ['Talks between the U.S. and Japan ended on Monday.', ['U.S.=country:US', 'Japan=country:JP']],
    ['Officials of the U.S. and Japan said talks would go on.', ['U.S.=country:US', 'Japan=country:JP']],
    ['The U.S. and Japanese said nothing.', ['U.S.=country:US']],
  ])('%j', (text, expected) => {
    expect(run(text)).toEqual(expected);
  });
});
