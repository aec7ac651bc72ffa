// Evidence around a name: a word for what a firm has ("analyst", "shares") says the firm, not a person of
// the same name; records of one thing with and without "The" pool their weight; a capitalised "And" joins
// two names instead of making one longer unknown name.
import { describe, expect, it } from 'vitest';
import { compileLinker } from '../../../lib/core/linker';
import { links } from './fixture';

const linker = compileLinker([
  { id: 'person:edward-jones', type: 'person', name: 'Edward Jones', aliases: [], prior: 0.24 },
  { id: 'org:edward-jones', type: 'organisation', name: 'Edward Jones', aliases: [], prior: 0.2 },
  { id: 'person:john-lewis', type: 'person', name: 'John Lewis', aliases: [], prior: 0.4 },
  { id: 'org:john-lewis', type: 'organisation', name: 'John Lewis', aliases: ['John Lewis Partnership'], prior: 0.3 },
  { id: 'place:tokyo', type: 'place', name: 'Tokyo', aliases: [], prior: 0.8 },
]);
const link = (text: string): string[] => links(text, undefined, linker);

describe('a firm\'s word after a name says the firm', () => {
  it.each([
    ['Edward Jones analyst Stephanie Hoff said the change was needed.', ['Edward Jones=org:edward-jones']],
    ['John Lewis shares are not listed.', ['John Lewis=org:john-lewis']],
    ['The vote of John Lewis employees was close.', ['John Lewis=org:john-lewis']],
  ])('%j', (text, expected) => {
    expect(link(text)).toEqual(expected);
  });

  it.each([
    // no such word: the better-known person
    ['Edward Jones said he would run again.', ['Edward Jones=person:edward-jones']],
    ['Congressman John Lewis marched in Selma.', ['John Lewis=person:john-lewis']],
    // a place keeps its analysts
    ['A Tokyo analyst said prices would fall.', ['Tokyo=place:tokyo']],
  ])('%j', (text, expected) => {
    expect(link(text)).toEqual(expected);
  });
});

describe('one newspaper listed by two sources, with and without "The"', () => {
  const papers = compileLinker([
    { id: 'org:wsj', type: 'organisation', name: 'The Wall Street Journal', aliases: ['Wall Street Journal'], prior: 0.33 },
    { id: 'org:wsj-2', type: 'organisation', name: 'Wall Street Journal', aliases: [], prior: 0.28 },
    { id: 'org:globe', type: 'organisation', name: 'The Globe', aliases: ['Globe Daily'], prior: 0.3 },
    { id: 'org:globe-telecom', type: 'organisation', name: 'Globe Telecom', aliases: ['Globe Daily'], prior: 0.3 },
  ]);
  it.each([
    // the two records pool their weight instead of splitting it
    ['A former Wall Street Journal reporter appealed.', ['Wall Street Journal=org:wsj']],
    // two different names sharing an alias stay two things: nothing says which
    ['A Globe Daily reporter appealed.', []],
  ])('%j', (text, expected) => {
    expect(links(text, undefined, papers)).toEqual(expected);
  });
});

describe('a capitalised "And" joins two names, it does not make one', () => {
  const places = compileLinker([
    { id: 'country:US', type: 'country', name: 'United States', aliases: ['U.S.'], prior: 0.9 },
    { id: 'country:JP', type: 'country', name: 'Japan', aliases: [], prior: 0.9 },
  ]);
  it.each([
    ['Rules match those in force with the U.S. And Japan, sources said.', ['U.S.=country:US', 'Japan=country:JP']],
    // "Of" does make one name: the bank is not the country
    ['The Bank Of Japan raised rates.', []],
  ])('%j', (text, expected) => {
    expect(links(text, undefined, places)).toEqual(expected);
  });
});
