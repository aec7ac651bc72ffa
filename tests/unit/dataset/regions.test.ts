import { describe, expect, it } from 'vitest';
import { divisionDrafts, parseDivisions } from '../../../scripts/dataset/adapters/factbook-divisions';
import { draft } from '../../../scripts/dataset/draft';
import { Merger } from '../../../scripts/dataset/merge';

describe('the Factbook administrative divisions', () => {
  it.each([
    [
      'provinces, a starred other kind left out',
      '3 provinces (<em>provincias</em>, singular - <em>provincia</em>) and 1 autonomous city*; Cordoba, Ciudad Autonoma de Buenos Aires*, Entre Rios, La Pampa',
      { kind: 'province', names: [{ name: 'Cordoba' }, { name: 'Entre Rios' }, { name: 'La Pampa' }] },
    ],
    ['an English name in brackets', '2 states (<em>Laender</em>); Bayern (Bavaria), Saarland', { kind: 'state', names: [{ name: 'Bayern', alias: 'Bavaria' }, { name: 'Saarland' }] }],
    ['counties', '2 counties; Bomi, Grand Bassa', { kind: 'county', names: [{ name: 'Bomi' }, { name: 'Grand Bassa' }] }],
  ])('%s', (_l, text, want) => expect(parseDivisions(text)).toEqual(want));

  it.each([
    ['several kinds under headings', '<strong>England:</strong> 24 two-tier counties; Kent, Essex'],
    ['a kind that is often a town (municipalities)', '11 municipalities; Nuuk, Sisimiut'],
    ['no list', '10 provinces'],
    ['two semicolons', '9 regions; A, B; C'],
  ])('does not read %s', (_l, text) => expect(parseDivisions(text)).toBeUndefined());

  it('describes each region by kind and country, adds "Name Kind" for kinds written after the name, leaves out directions', () => {
    const ds = divisionDrafts(
      { kind: 'region', names: [{ name: 'Volta' }, { name: 'Upper East' }, { name: 'Central' }, { name: 'Greater Accra' }, { name: 'Ghana' }] },
      { name: 'Ghana', cca2: 'GH' },
    );
    expect(ds.map((d) => [d.name, d.aliases, d.description, d.country])).toEqual([
      ['Volta', ['Volta Region'], 'region of Ghana', 'GH'],
      ['Greater Accra', ['Greater Accra Region'], 'region of Ghana', 'GH'],
    ]);
    const states = divisionDrafts({ kind: 'state', names: [{ name: 'Bayern', alias: 'Bavaria' }] }, { name: 'Germany', cca2: 'DE' });
    expect(states[0]!.aliases).toEqual(['Bavaria']);
  });
});

describe('a listed region joins the region of its name, never a city', () => {
  const province = (name: string, aliases: string[] = []) =>
    draft('place', name, 'factbook', { country: 'AR', description: 'province of Argentina', aliases });
  const setup = () => {
    const m = new Merger();
    m.add(draft('country', 'Argentina', 'wc', { idHint: 'country:ARG', country: 'AR' }));
    m.add(draft('country', 'Georgia', 'wc', { idHint: 'country:GEO', country: 'GE' }));
    m.add(draft('place', 'Córdoba', 'nsi', { wikidata: 'Q44210', country: 'AR', description: 'city in Argentina, capital of its province' }));
    m.add(draft('place', 'Córdoba Province', 'nsi', { wikidata: 'Q44759', country: 'AR', description: 'province of Argentina' }));
    m.add(draft('place', 'Santa Fe', 'geonames', { country: 'AR', description: 'city in Argentina' }));
    m.add(draft('place', 'Mendoza', 'nsi', { wikidata: 'Q1', country: 'MX', description: 'state of Mexico' }));
    return m;
  };
  it.each([
    ['"Cordoba" joins "Córdoba Province", not the city', province('Cordoba', ['Cordoba Province']), 'joined', 'Q44759'],
    ['"Santa Fe" has only a city of its name: a new region', province('Santa Fe', ['Santa Fe Province']), 'added', undefined],
    ['a region of another country is not joined', province('Mendoza'), 'added', undefined],
    ['a name that is a country\'s is skipped', province('Argentina'), 'skipped', undefined],
    // Georgia, the US state, is no listing of Georgia the country
    ['a region named like a country of another country is added', draft('place', 'Georgia', 'factbook', { country: 'US', description: 'state of United States' }), 'added', undefined],
    // a territory listed as a region of the country that holds it is that territory
    ['a territory as a region of another country is skipped', draft('place', 'Georgia', 'factbook', { country: 'US', description: 'region of United States' }), 'skipped', undefined],
  ] as const)('%s', (_l, d, outcome, qid) => {
    const m = setup();
    const before = m.clusters.length;
    expect(m.addRegion(d)).toBe(outcome);
    expect(m.clusters.length).toBe(before + (outcome === 'added' ? 1 : 0));
    const home = m.clusters.find((c) => c.drafts.includes(d));
    expect(home?.qid).toBe(qid);
  });
});
