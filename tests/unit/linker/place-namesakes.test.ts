// A region that shares its name with a city of the same country: a bare mention is the city unless the
// next word says the region; a sure mention of the region elsewhere does not carry over to the bare name.
import { describe, expect, it } from 'vitest';
import { isRegionDescription } from '../../../lib/core/entity-table';
import { compileLinker, type LinkerEntity } from '../../../lib/core/linker';
import { links } from './fixture';

const ENTITIES: LinkerEntity[] = [
  { id: 'place:nyc', type: 'place', name: 'New York City', aliases: ['New York'], prior: 0.875, country: 'US', description: 'most populous city in the United States' },
  { id: 'place:nys', type: 'place', name: 'New York', aliases: ['NY', 'N.Y.', 'New York State'], prior: 0.537, country: 'US', description: 'state of the United States of America' },
  { id: 'place:ba', type: 'place', name: 'Buenos Aires', aliases: [], prior: 0.7, country: 'AR', description: 'capital city of Argentina' },
  { id: 'place:bap', type: 'place', name: 'Buenos Aires Province', aliases: ['Buenos Aires'], prior: 0.6, country: 'AR', description: 'province of Argentina' },
  { id: 'place:tx', type: 'place', name: 'Texas', aliases: [], prior: 0.63, country: 'US', description: 'state of the United States of America' },
  { id: 'place:vic', type: 'place', name: 'Victoria', aliases: [], prior: 0.6, country: 'AU', description: 'state of Australia' },
  { id: 'place:vic-bc', type: 'place', name: 'Victoria', aliases: [], prior: 0.4, country: 'CA', description: 'city in Canada' },
  { id: 'place:salzburg', type: 'place', name: 'Salzburg', aliases: [], prior: 0.6, country: 'AT', description: 'city in Austria' },
  { id: 'place:salzburg-state', type: 'place', name: 'Salzburg', aliases: [], prior: 0.5, country: 'AT', description: 'state of Austria' },
  { id: 'place:qc', type: 'place', name: 'Quebec', aliases: [], prior: 0.63, country: 'CA', description: 'province of Canada' },
  { id: 'place:qc-city', type: 'place', name: 'Quebec City', aliases: ['Quebec'], prior: 0.48, country: 'CA', description: 'capital city of the province of Quebec, Canada' },
  { id: 'place:fl', type: 'place', name: 'Florida', aliases: [], prior: 0.32, country: 'US', description: 'state of the United States of America' },
  { id: 'place:fl-town', type: 'place', name: 'Florida', aliases: [], prior: 0.32, country: 'US' },
  { id: 'person:schumer', type: 'person', name: 'Charles Schumer', aliases: [], prior: 0.6, country: 'US' },
];
const linker = compileLinker(ENTITIES);
const run = (text: string): string[] => links(text, undefined, linker);

describe('region descriptions', () => {
  it.each([
    ['state of the United States of America', true],
    ['province of Argentina', true],
    ['Canadian province', true],
    ['county in England', true],
    ['city in Mexico', false],
    ['capital city of Argentina', false],
    ['state capital of Texas', false],
    ['most populous city in the United States', false],
    [undefined, false],
  ])('%j is a region: %j', (description, expected) => {
    expect(isRegionDescription(description)).toBe(expected);
  });
});

describe('a bare name shared by a city and a region of its country is the city', () => {
  it.each([
    ['Rescue crews in New York are ready.', ['New York=place:nyc']],
    ['Sen. Charles Schumer, D-N.Y., said crews in New York were ready.', ['Charles Schumer=person:schumer', 'N.Y.=place:nys', 'New York=place:nyc']],
    ['Rain fell in Buenos Aires on Monday.', ['Buenos Aires=place:ba']],
    ['The festival in Salzburg opened.', ['Salzburg=place:salzburg']],
  ])('%j', (text, expected) => {
    expect(run(text)).toEqual(expected);
  });
});

describe('the region when the words say so, or when no city shares the name', () => {
  it.each([
    ['Rain fell in parts of Buenos Aires province.', ['Buenos Aires province=place:bap']],
    ['Snow fell across Salzburg state overnight.', ['Salzburg=place:salzburg-state']],
    ['Farmers upstate in New York State voted.', ['New York State=place:nys']],
    ['Farmers in Texas voted.', ['Texas=place:tx']],
    // the region is the better-known: the bare name stays the region's
    ['The mine in Murdochville, Quebec, closed after a fire.', ['Quebec=place:qc']],
    ['A Florida-based company bought it.', ['Florida=place:fl']],
    // a city of that name in another country does not make the region doubtful
    ['Bushfires spread across Victoria, Australia.', ['Victoria=place:vic']],
  ])('%j', (text, expected) => {
    expect(run(text)).toEqual(expected);
  });
});

describe('names listed with a name that can only be a region are regions too', () => {
  const lists = compileLinker([
    ...ENTITIES,
    { id: 'place:cordoba', type: 'place', name: 'Córdoba', aliases: [], prior: 0.5, country: 'AR', description: 'city in Argentina' },
    { id: 'place:cordoba-p', type: 'place', name: 'Córdoba Province', aliases: ['Cordoba'], prior: 0.3, country: 'AR', description: 'province of Argentina' },
    { id: 'place:pampa', type: 'place', name: 'La Pampa Province', aliases: ['La Pampa'], prior: 0.3, country: 'AR', description: 'province of Argentina' },
    { id: 'place:nj', type: 'place', name: 'New Jersey', aliases: [], prior: 0.6, country: 'US', description: 'state of the United States of America' },
    { id: 'place:paris', type: 'place', name: 'Paris', aliases: [], prior: 0.9, country: 'FR', description: 'capital city of France' },
    { id: 'place:london', type: 'place', name: 'London', aliases: [], prior: 0.9, country: 'GB', description: 'capital city of England' },
    { id: 'place:paris-tx', type: 'place', name: 'Paris', aliases: [], prior: 0.2, country: 'US', description: 'city in Texas' },
  ]);
  const runList = (text: string): string[] => links(text, undefined, lists);
  it.each([
    ['Rain fell in Cordoba, La Pampa and Buenos Aires.', ['Cordoba=place:cordoba-p', 'La Pampa=place:pampa', 'Buenos Aires=place:bap']],
    ['It will begin in La Pampa and Buenos Aires in April.', ['La Pampa=place:pampa', 'Buenos Aires=place:bap']],
    ['Storms hit New York and New Jersey overnight.', ['New York=place:nys', 'New Jersey=place:nj']],
  ])('%j', (text, expected) => {
    expect(runList(text)).toEqual(expected);
  });

  it.each([
    // no name in the list is a region only: the cities stay cities
    ['Flights from Buenos Aires, Paris and London were cancelled.', ['Buenos Aires=place:ba', 'Paris=place:paris', 'London=place:london']],
    ['He moved from New York to Cordoba.', ['New York=place:nyc', 'Cordoba=place:cordoba']],
    // a city and its state after a comma is an address, not a list
    ['The fair in Buenos Aires, Texas opened.', ['Buenos Aires=place:ba', 'Texas=place:tx']],
    // a name after the list is not in it
    ['Rain fell in La Pampa. Buenos Aires was dry.', ['La Pampa=place:pampa', 'Buenos Aires=place:ba']],
  ])('%j keeps the city', (text, expected) => {
    expect(runList(text)).toEqual(expected);
  });
});

describe('a place followed by its state or country is the one in that country', () => {
  const towns = compileLinker([
    { id: 'place:bham-uk', type: 'place', name: 'Birmingham', aliases: [], prior: 0.8, country: 'GB', description: 'city in England' },
    { id: 'place:bham-al', type: 'place', name: 'Birmingham', aliases: [], prior: 0.45, country: 'US', description: 'city in Alabama' },
    { id: 'place:al', type: 'place', name: 'Alabama', aliases: ['Ala.'], prior: 0.6, country: 'US', description: 'state of the United States of America' },
    { id: 'place:paris', type: 'place', name: 'Paris', aliases: [], prior: 0.9, country: 'FR', description: 'capital city of France' },
    { id: 'place:paris-tx', type: 'place', name: 'Paris', aliases: [], prior: 0.3, country: 'US', description: 'city in Texas' },
    { id: 'place:tx', type: 'place', name: 'Texas', aliases: [], prior: 0.63, country: 'US', description: 'state of the United States of America' },
    { id: 'place:london', type: 'place', name: 'London', aliases: [], prior: 0.9, country: 'GB', description: 'capital city of England' },
    { id: 'country:FR', type: 'country', name: 'France', aliases: [], prior: 1, country: 'FR' },
  ]);
  const runTowns = (text: string): string[] => links(text, undefined, towns);
  it.each([
    ['BIRMINGHAM, Ala. - Parents quit their jobs.', ['BIRMINGHAM=place:bham-al', 'Ala=place:al']],
    ['The fair in Paris, Texas opened.', ['Paris=place:paris-tx', 'Texas=place:tx']],
    ['He lives in Paris, France.', ['Paris=place:paris', 'France=country:FR']],
  ])('%j', (text, expected) => {
    expect(runTowns(text)).toEqual(expected);
  });

  it.each([
    // no state after the comma: the better-known place
    ['Flights from Birmingham, London and Paris were cancelled.', ['Birmingham=place:bham-uk', 'London=place:london', 'Paris=place:paris']],
    ['He left Birmingham. Texas was next.', ['Birmingham=place:bham-uk', 'Texas=place:tx']],
  ])('%j keeps the better-known place', (text, expected) => {
    expect(runTowns(text)).toEqual(expected);
  });
});

describe('a list of figures by place is a list; a name keeps its reading through the article', () => {
  const provinces = compileLinker([
    { id: 'place:cordoba', type: 'place', name: 'Córdoba', aliases: [], prior: 0.5, country: 'AR', description: 'city in Argentina' },
    { id: 'place:cordoba-p', type: 'place', name: 'Córdoba Province', aliases: ['Cordoba'], prior: 0.3, country: 'AR', description: 'province of Argentina' },
    { id: 'place:pampa', type: 'place', name: 'La Pampa Province', aliases: ['La Pampa'], prior: 0.3, country: 'AR', description: 'province of Argentina' },
    { id: 'place:entre', type: 'place', name: 'Entre Rios', aliases: [], prior: 0.2, country: 'AR', description: 'province of Argentina' },
    // two records without QIDs named alike: a city and a province, not one place listed twice
    { id: 'place:santa-fe', type: 'place', name: 'Santa Fe', aliases: [], prior: 0.3, country: 'AR', description: 'city in Argentina' },
    { id: 'place:santa-fe-p', type: 'place', name: 'Santa Fe', aliases: ['Santa Fe Province'], prior: 0.23, country: 'AR', description: 'province of Argentina' },
    { id: 'place:paris', type: 'place', name: 'Paris', aliases: [], prior: 0.9, country: 'FR', description: 'capital city of France' },
  ]);
  const runP = (text: string): string[] => links(text, undefined, provinces);
  it.each([
    // figures between the names: still a list, and La Pampa is a province only
    ['Rain reached 83 mm in Cordoba, 41 in Entre Rios and eight in La Pampa.', ['Cordoba=place:cordoba-p', 'Entre Rios=place:entre', 'La Pampa=place:pampa']],
    ['Rain reached 83 mm in Cordoba, 41 mm in Santa Fe, 50 in La Pampa.', ['Cordoba=place:cordoba-p', 'Santa Fe=place:santa-fe-p', 'La Pampa=place:pampa']],
    // read as the province in the list, the name stays the province when the article comes back to it
    [
      'Rain fell in Cordoba, Santa Fe and La Pampa. The harvest is near completion in Cordoba and Santa Fe.',
      ['Cordoba=place:cordoba-p', 'Santa Fe=place:santa-fe-p', 'La Pampa=place:pampa', 'Cordoba=place:cordoba-p', 'Santa Fe=place:santa-fe-p'],
    ],
    ['Rain fell in Cordoba, Entre Rios and La Pampa. Harvesting was carried out in Cordoba.', ['Cordoba=place:cordoba-p', 'Entre Rios=place:entre', 'La Pampa=place:pampa', 'Cordoba=place:cordoba-p']],
  ])('%j', (text, expected) => {
    expect(runP(text)).toEqual(expected);
  });

  it.each([
    // no region-only name in the figures: the city
    ['Prices rose 5 pct in Cordoba, 3 pct in Paris.', ['Cordoba=place:cordoba', 'Paris=place:paris']],
    // words, not figures, between the names: no list
    ['The plant in Cordoba, which employs people in La Pampa, closed.', ['Cordoba=place:cordoba', 'La Pampa=place:pampa']],
    // read as the city first, the name stays the city
    ['The mayor of Cordoba spoke. Later, Cordoba, Entre Rios and La Pampa got rain.', ['Cordoba=place:cordoba', 'Cordoba=place:cordoba', 'Entre Rios=place:entre', 'La Pampa=place:pampa']],
  ])('%j', (text, expected) => {
    expect(runP(text)).toEqual(expected);
  });
});

describe('"the state of X", "the provinces of X and Y" say the region, over a better-known city', () => {
  const states = compileLinker([
    { id: 'place:sp', type: 'place', name: 'São Paulo', aliases: [], prior: 0.75, country: 'BR', description: 'city in Brazil' },
    { id: 'place:sp-state', type: 'place', name: 'São Paulo', aliases: [], prior: 0.17, country: 'BR', description: 'state of Brazil' },
    { id: 'place:parana', type: 'place', name: 'Parana', aliases: [], prior: 0.3, country: 'BR', description: 'state of Brazil' },
    { id: 'place:parana-city', type: 'place', name: 'Paraná', aliases: [], prior: 0.35, country: 'AR', description: 'city in Argentina' },
    { id: 'place:ny', type: 'place', name: 'New York City', aliases: ['New York'], prior: 0.875, country: 'US', description: 'most populous city in the United States' },
    { id: 'place:ny-state', type: 'place', name: 'New York', aliases: [], prior: 0.537, country: 'US', description: 'state of the United States of America' },
  ]);
  const runS = (text: string): string[] => links(text, undefined, states);
  it.each([
    ['Rain fell in the state of Sao Paulo.', ['Sao Paulo=place:sp-state']],
    ['The states of Sao Paulo and Parana got rain.', ['Sao Paulo=place:sp-state', 'Parana=place:parana']],
    ['The governor of the state of New York spoke.', ['New York=place:ny-state']],
    ['Sao Paulo state got rain.', ['Sao Paulo=place:sp-state']],
  ])('%j', (text, expected) => {
    expect(runS(text)).toEqual(expected);
  });
  it.each([
    ['Rain fell in Sao Paulo.', ['Sao Paulo=place:sp']],
    // a capital before "of" names something else: "Secretary of State", "the State of the Union"
    ['The head of the Bank of New York spoke.', ['New York=place:ny']],
    // a list after the name, not before it
    ['Sao Paulo and Parana are states of Brazil.', ['Sao Paulo=place:sp', 'Parana=place:parana']],
  ])('%j', (text, expected) => {
    expect(runS(text)).toEqual(expected);
  });
});
