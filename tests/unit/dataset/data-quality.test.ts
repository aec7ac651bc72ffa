// Data-quality rules of the builder: who merges with whom, which names are junk, which aliases the news adds.
import { describe, expect, it } from 'vitest';
import type { PackEntity } from '../../../lib/core/pack';
import { draft } from '../../../scripts/dataset/draft';
import { merged } from './merged';
import { isJunkName } from '../../../scripts/dataset/mine-names';
import { airportShortName } from '../../../scripts/dataset/news-abbreviations';
import { nameFromImage } from '../../../scripts/dataset/adapters/politicians';
import { entriesFromNsi } from '../../../scripts/dataset/adapters/nsi';
import { entitiesFromWordNet } from '../../../scripts/dataset/adapters/wordnet';
import { boostCapitals } from '../../../scripts/dataset/pipeline';
import { nameKey } from '../../../scripts/dataset/text';


describe('merging', () => {
  it('makes one person of a head of state the Factbook lists for several territories, with the QID source country', () => {
    const es = merged(
      draft('person', 'Emmanuel Macron', 'factbook', { country: 'PF' }),
      draft('person', 'Emmanuel Macron', 'factbook', { country: 'TF' }),
      draft('person', 'Emmanuel Macron', 'wikidata-politicians', { country: 'FR', wikidata: 'Q3052772' }),
    );
    expect(es).toHaveLength(1);
    expect(es[0]).toMatchObject({ wikidata: 'Q3052772', country: 'FR' });
  });

  it('keeps namesake places of different countries apart', () => {
    expect(merged(draft('place', 'Salisbury', 'geonames', { country: 'GB' }), draft('place', 'Salisbury', 'geonames', { country: 'US' }))).toHaveLength(2);
  });

  it.each([
    ['a name mined from the news that is another source’s alias', [draft('organisation', 'Federal Reserve System', 'wordnet', { aliases: ['Federal Reserve'] }), draft('organisation', 'Federal Reserve', 'news-mined')], 1],
    ['an outlet named by the acronym a spelled-out agency carries', [draft('organisation', 'National Aeronautics and Space Administration', 'wordnet', { aliases: ['NASA'] }), draft('organisation', 'NASA', 'wikipedia-current-events')], 1],
    ['an alias two entities carry (no way to tell which)', [draft('organisation', 'Alpha Group', 'a', { aliases: ['AG'] }), draft('organisation', 'Beta Holdings', 'b', { aliases: ['AG'] }), draft('organisation', 'AG', 'news-mined')], 3],
    ['a name with a QID of its own', [draft('organisation', 'Federal Reserve System', 'wordnet', { aliases: ['Federal Reserve'] }), draft('organisation', 'Federal Reserve', 'x', { wikidata: 'Q1' })], 2],
    ['a person named like another’s alias', [draft('person', 'John Smith', 'a', { aliases: ['Jack Smith'] }), draft('person', 'Jack Smith', 'b')], 2],
  ])('%s: %i entities', (_why, drafts, n) => {
    expect(merged(...drafts)).toHaveLength(n);
  });

  it('gives "The Home Depot" the alias "Home Depot", but "The Times" no alias "Times"', () => {
    const [depot, times] = merged(draft('organisation', 'The Home Depot', 'nsi'), draft('organisation', 'The Times', 'nsi'));
    expect(depot!.aliases).toContain('Home Depot');
    expect(times!.aliases).toEqual([]);
  });
});

describe('names mined from the news', () => {
  it.each([
    [['Ltd'], 'organisation'],
    [['Depot'], 'organisation'],
    [['Foreign', 'Affairs'], 'person'],
    [['Minister', 'Lavrov'], 'person'],
    [['Interior'], 'organisation'],
    [['CEO', 'of', 'Apple', 'Inc'], 'organisation'],
    [['Founder', 'of', 'Microsoft'], 'organisation'],
  ] as const)('%j as %s is junk', (words, type) => {
    expect(isJunkName(words, type)).toBe(true);
  });

  it.each([
    [['Leonid', 'Slutsky'], 'person'],
    [['Home', 'Depot'], 'organisation'],
    [['Foreign', 'Affairs', 'Committee'], 'organisation'],
    [['Head', 'Office'], 'organisation'],
    [['Bank', 'of', 'England'], 'organisation'],
  ] as const)('%j as %s is kept', (words, type) => {
    expect(isJunkName(words, type)).toBe(false);
  });

  it.each([
    ['http://x/Special:FilePath/Foreign%20Affairs%20Minister%20Adel%20al-Jubeir.jpg', undefined],
    ['http://x/Special:FilePath/Emmanuel%20Macron%20%282017%29.jpg', 'Emmanuel Macron'],
  ])('a picture file name gives the person’s name only without office words: %s', (url, name) => {
    expect(nameFromImage(url)).toBe(name);
  });
});

describe('sources read with care', () => {
  it.each([
    ['most populous city in the United States', 'place'],
    ['capital city of the United States of America', 'place'],
    ['city in Southwestern Ontario, Canada', 'place'],
    ['district court of the United States', 'organisation'],
    ['American multinational home improvement retailer', 'organisation'],
  ])('an NSI entry described as %j is a %s', (description, type) => {
    const { drafts } = entriesFromNsi({ Q1: { label: 'Somewhere', description } });
    expect(drafts[0]!.type).toBe(type);
  });

  it('names a WordNet city by its fuller lemma so it does not merge into the state of the same name', () => {
    const [city, state] = entitiesFromWordNet([
      { offset: '1', lexFile: 15, instance: true, words: ['New York', 'New York City', 'Greater New York'], gloss: 'the largest city in New York State' },
      { offset: '2', lexFile: 15, instance: true, words: ['New York', 'New York State', 'Empire State'], gloss: 'a Mid-Atlantic state' },
    ]);
    expect(city!.name).toBe('New York City');
    expect(city!.aliases).toContain('New York');
    expect(state!.name).toBe('New York');
  });
});

describe('aliases the news adds', () => {
  const known = new Set(['kabul', 'london'].map(nameKey));
  it.each([
    ['Heathrow Airport', 'Heathrow'],
    ['Sheremetyevo International Airport', 'Sheremetyevo'],
    ['Kabul Airport', undefined],
    ['London Heathrow Airport', undefined],
    ['Heathrow', undefined],
  ])('%s -> %s', (name, short) => {
    expect(airportShortName(name, known, nameKey)).toBe(short);
  });
});

describe('priors', () => {
  it('raises a national capital above a namesake region', () => {
    const entity = (id: string, type: PackEntity['type'], name: string, country: string, facts: PackEntity['facts'] = []): PackEntity => ({
      id, type, name, aliases: [], facts, links: [], prior: 0.5, sources: ['x'], country,
    });
    const es = [
      entity('country:USA', 'country', 'United States', 'US', [{ label: 'Capital', value: 'Washington, DC', source: 'factbook' }]),
      entity('q:Q61', 'place', 'Washington, D.C.', 'US'),
      entity('q:Q1223', 'place', 'Washington', 'US'),
      entity('place:x', 'place', 'Washington, D.C.', 'GB'),
    ];
    boostCapitals(es);
    expect(es.map((e) => e.prior)).toEqual([0.5, 0.65, 0.5, 0.5]);
  });
});
