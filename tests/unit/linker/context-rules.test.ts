// Rules that weigh a match by what surrounds it in the article: country codes used as modifiers, function
// words and company suffixes, two-letter place codes, small places far from the story, repeated acronyms.
import { describe, expect, it } from 'vitest';
import { compileLinker, type LinkerEntity } from '../../../lib/core/linker';
import { links } from './fixture';

const ENTITIES: LinkerEntity[] = [
  { id: 'country:US', type: 'country', name: 'United States', aliases: ['US', 'U.S.'], prior: 1, country: 'US', wikidata: 'Q30' },
  { id: 'country:GB', type: 'country', name: 'United Kingdom', aliases: ['UK', 'U.K.', 'Britain'], prior: 1, country: 'GB' },
  { id: 'country:RU', type: 'country', name: 'Russia', aliases: [], prior: 1, country: 'RU' },
  { id: 'country:JP', type: 'country', name: 'Japan', aliases: [], prior: 1, country: 'JP' },
  { id: 'place:london', type: 'place', name: 'London', aliases: [], prior: 0.9, country: 'GB' },
  { id: 'place:moscow', type: 'place', name: 'Moscow', aliases: [], prior: 0.9, country: 'RU' },
  { id: 'place:tokyo', type: 'place', name: 'Tokyo', aliases: [], prior: 0.9, country: 'JP' },
  { id: 'place:salisbury-md', type: 'place', name: 'Salisbury', aliases: [], prior: 0.2, country: 'US' },
  { id: 'place:illinois', type: 'place', name: 'Illinois', aliases: ['IL'], prior: 0.7, country: 'US' },
  { id: 'place:peoria', type: 'place', name: 'Peoria', aliases: [], prior: 0.5, country: 'US' },
  { id: 'country:DE', type: 'country', name: 'Germany', aliases: [], prior: 1, country: 'DE' },
  { id: 'country:HU', type: 'country', name: 'Hungary', aliases: [], prior: 1, country: 'HU' },
  { id: 'place:budapest', type: 'place', name: 'Budapest', aliases: [], prior: 0.5, country: 'HU' },
  { id: 'place:regensburg', type: 'place', name: 'Regensburg', aliases: [], prior: 0.16, country: 'DE' },
  // "Germany" is also a surname: the country's span carries a partial-name candidate
  { id: 'person:anna-germany', type: 'person', name: 'Anna Germany', aliases: [], prior: 0.1 },
  { id: 'org:but', type: 'organisation', name: 'But', aliases: [], prior: 0.9 },
  { id: 'org:ltd', type: 'organisation', name: 'Ltd', aliases: [], prior: 0.9 },
  { id: 'org:nato', type: 'organisation', name: 'NATO', aliases: [], prior: 0.1 },
  { id: 'org:ace', type: 'organisation', name: 'Allied Command Europe', aliases: ['ACE'], prior: 0.1 },
  { id: 'org:ibm', type: 'organisation', name: 'IBM', aliases: ['International Business Machines'], prior: 0.9 },
  { id: 'org:nortel', type: 'organisation', name: 'Northern Telecom', aliases: [], prior: 0.6 },
  { id: 'org:trust', type: 'organisation', name: 'National Trust', aliases: ['NT'], prior: 0.6 },
];
const linker = compileLinker(ENTITIES);
const run = (text: string): string[] => links(text, undefined, linker);

describe('a country code before a common noun is a modifier, not a mention', () => {
  it.each([
    ['The U.S. economy grew by two percent.', []],
    ['UK officials met on Monday.', []],
    ['Shares rose on the U.S. dollar.', []],
  ])('%j links nothing', (text, expected) => {
    expect(run(text)).toEqual(expected);
  });

  it.each([
    ['He flew to the U.S. on Monday.', ['U.S.=country:US']],
    ['Talks between the U.S. and Japan resumed.', ['U.S.=country:US', 'Japan=country:JP']],
    ['The UK said it would reply.', ['UK=country:GB']],
    ['The United States economy grew.', ['United States=country:US']],
  ])('%j', (text, expected) => {
    expect(run(text)).toEqual(expected);
  });
});

describe('function words and company suffixes never name anything alone', () => {
  it.each([
    ['It rose, he added, But there was no deal.', []],
    ['But the talks failed.', []],
    ['Shares of Acme Ltd fell.', []],
  ])('%j links nothing', (text, expected) => {
    expect(run(text)).toEqual(expected);
  });
});

describe('a two-letter place code stands for the place only in an address', () => {
  it.each([
    ['The plant in Peoria, IL, closed.', ['Peoria=place:peoria', 'IL=place:illinois']],
    ['Farmers in Illinois voted.', ['Illinois=place:illinois']],
  ])('%j', (text, expected) => {
    expect(run(text)).toEqual(expected);
  });

  it.each([['Shares of IL rose after the report.'], ['The IL unit was sold.']])('%j links nothing', (text) => {
    expect(run(text)).toEqual([]);
  });
});

describe('a little-known place far from the countries of the story is left out', () => {
  it('does not link Salisbury, Maryland in a story about Britain and Russia', () => {
    const text = 'London and Moscow traded charges. Britain blamed Russia for the attack in Salisbury last year.';
    expect(run(text)).not.toContain('Salisbury=place:salisbury-md');
    expect(run(text)).toContain('Moscow=place:moscow');
  });

  it('links the same place when nothing else places the story', () => {
    expect(run('The festival in Salisbury drew large crowds.')).toEqual(['Salisbury=place:salisbury-md']);
  });

  it('counts a country whose name is also a surname among the story\'s countries (Regensburg after Germany)', () => {
    const text = 'Floods in Germany and Hungary. Crews in Budapest and Regensburg filled sandbags.';
    expect(run(text)).toEqual(expect.arrayContaining(['Germany=country:DE', 'Budapest=place:budapest', 'Regensburg=place:regensburg']));
  });

  it('keeps a well-known foreign city', () => {
    expect(run('London and Moscow traded charges while Tokyo watched. Britain blamed Russia.')).toContain('Tokyo=place:tokyo');
  });
});

describe('an acronym the article keeps writing is the one thing the pack calls by those letters', () => {
  it('links a little-known acronym named so by its entity when it is repeated', () => {
    expect(run('NATO met on Monday. NATO said the decision was final.')).toEqual(['NATO=org:nato', 'NATO=org:nato']);
  });

  it.each([
    ['NATO met on Monday.', []],
    // ACE is only an alias of Allied Command Europe: repetition does not make it certain
    ['ACE met on Monday. ACE said the decision was final.', []],
  ])('%j links nothing', (text, expected) => {
    expect(run(text)).toEqual(expected);
  });
});

describe('a longer name one word later beats the name that would swallow its first word', () => {
  const shops = compileLinker([
    { id: 'org:at-home', type: 'organisation', name: 'At Home', aliases: [], prior: 0.5 },
    { id: 'org:home-depot', type: 'organisation', name: 'Home Depot', aliases: [], prior: 0.5 },
  ]);
  it.each([
    ['Sales rose At Home Depot stores.', ['Home Depot=org:home-depot']],
    ['Sales rose at the At Home store.', ['At Home=org:at-home']],
  ])('%j', (text, expected) => {
    expect(links(text, undefined, shops)).toEqual(expected);
  });
});

describe('letters after their entity is named in full stand for it', () => {
  const cars = compileLinker([{ id: 'org:vw', type: 'organisation', name: 'Volkswagen Group', aliases: ['Volkswagen AG', 'VW'], prior: 0.2 }]);
  it.each([
    ['Volkswagen AG said profits rose. VW will report on Friday.', ['Volkswagen AG=org:vw', 'VW=org:vw']],
    ['VW will report on Friday.', []],
    // a full name the article is sure of supports its letters wherever they stand
    ['VW will report on Friday. Volkswagen AG said profits rose.', ['VW=org:vw', 'Volkswagen AG=org:vw']],
  ])('%j', (text, expected) => {
    expect(links(text, undefined, cars)).toEqual(expected);
  });
});

describe('capitals right after a company name are its stock symbol', () => {
  it.each([
    ['A venture of Northern Telecom Ltd NT and others.', ['Northern Telecom=org:nortel']],
    ['Products for International Business Machines Corp IBM computers.', ['International Business Machines=org:ibm']],
    ['Products for International Business Machines Corp. IBM computers.', ['International Business Machines=org:ibm']],
    ['Analysts at IBM IBM said so.', ['IBM=org:ibm']],
  ])('%j links the company, not the symbol', (text, expected) => {
    expect(run(text)).toEqual(expected);
  });

  it.each([
    ['Shares of IBM rose on Monday.', ['IBM=org:ibm']],
    ['IBM said it would hire. IBM also said more.', ['IBM=org:ibm', 'IBM=org:ibm']],
    ['The NT board met the staff of Northern Telecom.', ['NT=org:trust', 'Northern Telecom=org:nortel']],
  ])('%j', (text, expected) => {
    expect(run(text)).toEqual(expected);
  });
});

describe('a possessive ends a name: the capitalised word after it starts another', () => {
  it.each([
    ["Japan's Nikkei average fell.", ['Japan=country:JP']],
    ["Overseas, Germany's DAX index fell.", ['Germany=country:DE']],
    ["Russia's Gazprom cut supplies.", ['Russia=country:RU']],
  ])('%j', (text, expected) => {
    expect(run(text)).toEqual(expected);
  });

  it.each([
    // without the possessive, the capitalised neighbour makes the name part of a longer unknown one
    ['Japan Nikkei Holdings fell.', []],
    ['Shares of the Acme Russia Fund rose.', []],
  ])('%j links nothing', (text, expected) => {
    expect(run(text)).toEqual(expected);
  });
});

describe('a name in capitals opening a dateline is a place', () => {
  const wire = compileLinker([
    { id: 'place:atlanta', type: 'place', name: 'Atlanta', aliases: [], prior: 0.5, country: 'US' },
    { id: 'event:atlanta', type: 'event', name: 'Atlanta', aliases: [], prior: 0.3, description: 'a siege in the American Civil War' },
    { id: 'place:london', type: 'place', name: 'London', aliases: [], prior: 0.9, country: 'GB' },
    { id: 'org:acme', type: 'organisation', name: 'ACME', aliases: [], prior: 0.5 },
  ]);
  const runWire = (text: string): string[] => links(text, undefined, wire);
  it.each([
    ['ATLANTA - Bob Nardelli said he would stay.', ['ATLANTA=place:atlanta']],
    ['LONDON (Reuters) - Thousands of people left.', ['LONDON=place:london']],
  ])('%j', (text, expected) => {
    expect(runWire(text)).toEqual(expected);
  });

  it.each([
    // capitals with nothing around them that says a place stay doubtful
    ['ATLANTA WAS THE SCENE.', []],
    // an acronym before a dash is no dateline
    ['ACME - the company - said nothing.', ['ACME=org:acme']],
  ])('%j', (text, expected) => {
    expect(runWire(text)).toEqual(expected);
  });
});
