// A known name inside a longer capitalised name the pack does not know: a place carried on by a capitalised
// word ("the Los Angeles Clippers"), a place after a title ("Miss USA"), and a name whose opening words the
// match leaves out ("San Francisco International Airport", "Georgia State University").
import { describe, expect, it } from 'vitest';
import { compileLinker, type LinkerEntity } from '../../../lib/core/linker';
import { links } from './fixture';

const ENTITIES: LinkerEntity[] = [
  { id: 'place:la', type: 'place', name: 'Los Angeles', aliases: [], prior: 0.9, country: 'US', description: 'city in California' },
  { id: 'place:wv', type: 'place', name: 'West Virginia', aliases: [], prior: 0.7, country: 'US', description: 'state of the United States of America' },
  { id: 'place:nj', type: 'place', name: 'New Jersey', aliases: [], prior: 0.7, country: 'US', description: 'state of the United States of America' },
  { id: 'country:US', type: 'country', name: 'United States', aliases: ['USA', 'U.S.'], prior: 1, country: 'US' },
  { id: 'country:JP', type: 'country', name: 'Japan', aliases: [], prior: 1, country: 'JP' },
  { id: 'org:nasdaq', type: 'organisation', name: 'NASDAQ', aliases: [], prior: 0.8, country: 'US' },
  { id: 'org:nikkei', type: 'organisation', name: 'Nikkei', aliases: [], prior: 0.6, country: 'JP' },
  { id: 'org:airport', type: 'organisation', name: 'International Airport', aliases: [], prior: 0.5 },
  { id: 'org:nsu', type: 'organisation', name: 'Norfolk State University', aliases: ['State University'], prior: 0.5, country: 'US' },
  { id: 'org:episcopal', type: 'organisation', name: 'Episcopal Church', aliases: [], prior: 0.6, country: 'US' },
  { id: 'org:fao', type: 'organisation', name: 'Food and Agriculture Organization', aliases: ['Food and Agriculture Organisation'], prior: 0.7 },
  { id: 'org:lehman', type: 'organisation', name: 'Lehman Brothers', aliases: [], prior: 0.7, country: 'US' },
  { id: 'person:tara', type: 'person', name: 'Tara Conner', aliases: [], prior: 0.4, country: 'US' },
];
const linker = compileLinker(ENTITIES);
const run = (text: string): string[] => links(text, undefined, linker);

describe('a place carried on by a capitalised word is the opening of a longer name', () => {
  it.each([
    ['They lost to the Los Angeles Clippers on Friday.', []],
    ['Shares of United States Steel rose.', []],
    ['The New Jersey Hospital Association said it would sue.', []],
    // a title before a place: a contest's or a person's name
    ['She was crowned Miss USA.', []],
    ['The group runs Miss USA and other contests.', []],
  ])('%j links nothing', (text, expected) => {
    expect(run(text)).toEqual(expected);
  });

  it.each([
    // a date, an acronym, a title, a possessive, a closing dot or a joining word after the place
    ['Crews in West Virginia Tuesday found him.', ['West Virginia=place:wv']],
    ['It moved to the New Jersey NASDAQ listing.', ['New Jersey=place:nj', 'NASDAQ=org:nasdaq']],
    ['Overseas, Japan\'s Nikkei fell.', ['Japan=country:JP', 'Nikkei=org:nikkei']],
    ['It is sold in the U.S. The drug is new.', ['U.S.=country:US']],
    ['Talks with the United States And Japan ended.', ['United States=country:US', 'Japan=country:JP']],
    ['Los Angeles Mayor Karen Bass spoke.', ['Los Angeles=place:la']],
    // a new sentence
    ['He lives in Los Angeles. Clippers fans cheered.', ['Los Angeles=place:la']],
  ])('%j', (text, expected) => {
    expect(run(text)).toEqual(expected);
  });
});

describe('a name whose opening capitalised words the match leaves out is a fragment', () => {
  it.each([
    ['He was denied entry at San Francisco International Airport.', []],
    ['He teaches at Georgia State University now.', []],
    ['The family belonged to Grace Episcopal Church.', []],
  ])('%j links nothing', (text, expected) => {
    expect(run(text)).toEqual(expected);
  });

  it.each([
    ['He flew to the International Airport.', ['International Airport=org:airport']],
    ['The Episcopal Church split.', ['Episcopal Church=org:episcopal']],
    // an abbreviation before the name is a name of its own
    ['The head of the U.N.s Food and Agriculture Organisation spoke.', ['Food and Agriculture Organisation=org:fao']],
    // a legal form after it: a firm's name inside another firm's, doubted less
    ['The offer is managed by Shearson Lehman Brothers Inc.', ['Lehman Brothers=org:lehman']],
  ])('%j', (text, expected) => {
    expect(run(text)).toEqual(expected);
  });
});

describe('a person the article introduces in full, unknown to the pack, owns the bare surname', () => {
  const people = compileLinker([
    { id: 'org:sharp', type: 'organisation', name: 'Sharp Corporation', aliases: ['Sharp'], prior: 0.7, country: 'JP' },
    { id: 'person:hercules', type: 'person', name: 'Hercules', aliases: [], prior: 0.6 },
    { id: 'person:ford', type: 'person', name: 'Gerald Ford', aliases: [], prior: 0.9, country: 'US' },
    { id: 'org:ford', type: 'organisation', name: 'Ford Motor Company', aliases: ['Ford'], prior: 0.8, country: 'US' },
  ]);
  const runP = (text: string): string[] => links(text, undefined, people);
  it.each([
    ['Jody Sharp, 60, is one of them. But Sharp said the money ran out.', []],
    ['Roxanne Hercules, a spokeswoman for the agency, said Hercules had no comment.', []],
    ['Ann Sharp, who runs the shop, said Sharp would close it.', []],
  ])('%j links nothing', (text, expected) => {
    expect(runP(text)).toEqual(expected);
  });
  it.each([
    // no age, role or "who" after the pair: nothing says a person
    ['Sharp said sales rose. Jody Sharp stores opened.', ['Sharp=org:sharp', 'Sharp=org:sharp']],
    // a person the pack knows, named in full
    ['Gerald Ford, 93, died in his home.', ['Gerald Ford=person:ford']],
    // the surname alone, never introduced
    ['Ford said profits rose.', ['Ford=org:ford']],
  ])('%j', (text, expected) => {
    expect(runP(text)).toEqual(expected);
  });
});
