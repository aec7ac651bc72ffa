// Companies as the news writes them: without or with an abbreviated legal form ("Ford Motor Co" for Ford Motor
// Company, "Apple" for Apple Inc.), and a legal form after a name as a sign that a company is meant.
import { describe, expect, it } from 'vitest';
import { compileLinker, type LinkerEntity } from '../../../lib/core/linker';
import { companyShortNames } from '../../../lib/core/name-parts';
import { links } from './fixture';

describe('companyShortNames', () => {
  it.each([
    ['Ford Motor Company', ['Ford Motor']],
    ['Apple Inc.', ['Apple']],
    ['The Boeing Company', ['Boeing']],
    ['Japan Air Lines Co Ltd', ['Japan Air Lines']],
    ['J.P. Morgan & Co.', ['J.P. Morgan']],
    ['Dow Chemical Company', ['Dow Chemical']],
    ['Siemens AG', ['Siemens']],
  ])('%j -> %j', (name, expected) => {
    expect(companyShortNames(name)).toEqual(expected);
  });

  it.each([
    ['Bank of England'], // no legal form
    ['Ltd'], // a legal form alone
    ['BP plc'], // what is left is too short to name anything alone
    ['Acme trading company'], // a lower-case word is no legal form
  ])('%j has none', (name) => {
    expect(companyShortNames(name)).toEqual([]);
  });
});

const ENTITIES: LinkerEntity[] = [
  { id: 'org:ford', type: 'organisation', name: 'Ford Motor Company', aliases: [], prior: 0.45 },
  { id: 'org:apple', type: 'organisation', name: 'Apple Inc.', aliases: [], prior: 0.6 },
  { id: 'org:target', type: 'organisation', name: 'Target Corporation', aliases: [], prior: 0.4 },
  { id: 'org:boeing', type: 'organisation', name: 'The Boeing Company', aliases: [], prior: 0.5 },
  { id: 'place:california', type: 'place', name: 'California', aliases: [], prior: 0.9, country: 'US' },
  { id: 'person:ford', type: 'person', name: 'Gerald Ford', aliases: [], prior: 0.6 },
];
const linker = compileLinker(ENTITIES, { commonWords: new Set(['apple', 'target']) });
const run = (text: string): string[] => links(text, undefined, linker);

describe('a company is found by its name without the legal form', () => {
  it.each([
    ['Ford Motor Co said truck sales rose.', ['Ford Motor=org:ford']],
    ['Shares of Target Corp. fell two percent.', ['Target=org:target']],
    ['The former head of Apple spoke at the event.', ['Apple=org:apple']],
    ['Faulty repair work by Boeing caused the crash.', ['Boeing=org:boeing']],
  ])('%j', (text, expected) => {
    expect(run(text)).toEqual(expected);
  });

  it.each([
    // an everyday word opening a sentence is the word
    ['Target practice began at noon.', []],
    // a short form is no full name of a person: the surname alone still needs an introduction
    ['Ford Motor workers went on strike in Michigan.', ['Ford Motor=org:ford']],
  ])('%j', (text, expected) => {
    expect(run(text)).toEqual(expected);
  });
});

describe('a legal form after a name says a company is meant', () => {
  it.each([
    // a place right before "Inc." is part of a company's name the pack does not know
    ['Pacific Sunwear of California Inc. tumbled.', []],
    ['Shares of Sunwear California Corp rose.', []],
  ])('%j links no place', (text, expected) => {
    expect(run(text)).toEqual(expected);
  });

  it.each([
    ['Farmers in California voted.', ['California=place:california']],
    ['California Inc. is a magazine for business owners in California.', ['California=place:california']],
  ])('%j still links the place where no legal form follows', (text, expected) => {
    expect(run(text)).toEqual(expected);
  });
});

describe('an organisation name whose last word the article writes in lower case is a phrase', () => {
  const bodies = compileLinker([
    { id: 'org:house-committee', type: 'organisation', name: 'House Committee', aliases: [], prior: 0.5 },
    { id: 'org:home-office', type: 'organisation', name: 'Home Office', aliases: [], prior: 0.6, country: 'GB' },
    { id: 'org:nation', type: 'organisation', name: 'The Nation', aliases: [], prior: 0.5 },
    { id: 'org:indian-army', type: 'organisation', name: 'Indian Army', aliases: [], prior: 0.5 },
    { id: 'event:migration', type: 'event', name: 'European migration crisis', aliases: [], prior: 0.3 },
  ]);
  const runBodies = (text: string): string[] => links(text, undefined, bodies);
  it.each([
    ['He chairs a House committee that writes the budget.', []],
    ['It opened a Dialysis at Home office in Philadelphia.', []],
    ['WASHINGTON - The nation\'s security chief spoke.', []],
  ])('%j links nothing', (text, expected) => {
    expect(runBodies(text)).toEqual(expected);
  });

  it.each([
    ['The Home Office said visas would rise.', ['Home Office=org:home-office']],
    ['He chairs the House Committee on Energy.', ['House Committee=org:house-committee']],
    // newsrooms write an institution's kind in lower case: still the name
    ['Her son, a soldier in the Indian army, carried her.', ['Indian army=org:indian-army']],
    // an event's name is often a description in lower case
    ['The European migration crisis deepened.', ['European migration crisis=event:migration']],
  ])('%j', (text, expected) => {
    expect(runBodies(text)).toEqual(expected);
  });
});
