import { describe, expect, it } from 'vitest';
import { gunzipSync } from 'node:zlib';
import { draft } from '../../../scripts/dataset/draft';
import { merged } from './merged';
import { acronymOf, entityFromCluster, Merger } from '../../../scripts/dataset/merge';
import { formerNames } from '../../../scripts/dataset/former-names';
import { spellingVariants } from '../../../scripts/dataset/news-abbreviations';
import { nameKey } from '../../../scripts/dataset/text';
import { packToGzip } from '../../../scripts/dataset/write-pack';
import type { Pack } from '../../../lib/core/pack';


const outlet = (name: string, citations: number) =>
  draft('organisation', name, 'ce', { facts: [{ label: 'News outlet cited', value: `${citations} events`, source: 'ce' }], citations });

describe('merging drafts into entities', () => {
  it.each([
    ['same QID, different names', [draft('organisation', 'NATO', 'a', { wikidata: 'Q7184' }), draft('organisation', 'North Atlantic Treaty Organization', 'b', { wikidata: 'Q7184' })], 1],
    ['same name and type, no QIDs', [draft('person', 'Sergei Skripal', 'a'), draft('person', 'Sergei Skripal', 'b')], 1],
    ['same name, accents and case differ', [draft('person', 'François Hollande', 'a'), draft('person', 'francois hollande', 'b')], 1],
    ['same name, different types', [draft('person', 'Salisbury', 'a'), draft('place', 'Salisbury', 'b')], 2],
    ['same name and type, different countries', [draft('place', 'Salisbury', 'a', { country: 'GB' }), draft('place', 'Salisbury', 'b', { country: 'ZW' })], 2],
    ['same name, one without country', [draft('place', 'Salisbury', 'a', { country: 'GB' }), draft('place', 'Salisbury', 'b')], 1],
    ['same name, conflicting QIDs', [draft('person', 'John Smith', 'a', { wikidata: 'Q1' }), draft('person', 'John Smith', 'b', { wikidata: 'Q2' })], 2],
    ['same id hint', [draft('country', 'Russia', 'a', { idHint: 'country:RUS' }), draft('country', 'Russian Federation', 'b', { idHint: 'country:RUS' })], 1],
    ['an organisation spelt out joins the one named by its acronym', [draft('organisation', 'NATO', 'a', { wikidata: 'Q7184' }), draft('organisation', 'North Atlantic Treaty Organization', 'b', { aliases: ['NATO'] })], 1],
    ['an acronym shared by two organisations joins neither', [draft('organisation', 'ECB', 'a', { wikidata: 'Q1' }), draft('organisation', 'ECB', 'c', { wikidata: 'Q2' }), draft('organisation', 'European Central Bank', 'b', { aliases: ['ECB'] })], 3],
    ['a lower-case alias is no acronym', [draft('organisation', 'Nato', 'a'), draft('organisation', 'North Atlantic Treaty Organization', 'b', { aliases: ['Nato'] })], 2],
    ['a place named like a country joins it', [draft('country', 'Russia', 'a', { idHint: 'country:RUS', aliases: ['Russian Federation'] }), draft('place', 'Russian Federation', 'b')], 1],
  ] as const)('%s -> %i entities', (_l, ds, n) => expect(merged(...ds)).toHaveLength(n));

  it('keeps provenance: sources on the entity, source on each fact, the first description by source rank', () => {
    const [e] = merged(
      draft('person', 'Leonid Slutsky', 'news-mined'),
      draft('person', 'Leonid Slutsky', 'wikidata-politicians', { wikidata: 'Q4273483', description: 'Russian politician', descriptionSource: 'wikidata-politicians', facts: [{ label: 'Born', value: '1968-01-04', source: 'wikidata-politicians' }] }),
      draft('person', 'Leonid Slutsky', 'wordnet', { description: 'a worse description', descriptionSource: 'wordnet', aliases: ['Leonid Sluzki'] }),
    );
    expect(e!.sources).toEqual(['news-mined', 'wikidata-politicians', 'wordnet']);
    expect(e!.description).toBe('Russian politician');
    expect(e!.wikidata).toBe('Q4273483');
    expect(e!.aliases).toEqual(['Leonid Sluzki']);
    expect(e!.facts).toEqual([{ label: 'Born', value: '1968-01-04', source: 'wikidata-politicians' }]);
    expect(e!.id).toBe('q:Q4273483');
    expect(e!.provenance).toEqual({ description: 'wikidata-politicians', wikidata: 'wikidata-politicians' });
  });

  it.each([
    ['one source says it all: no provenance record', [draft('place', 'Salisbury', 'a', { country: 'GB', description: 'city' })], undefined],
    [
      'each merged field names the source that gave it',
      [draft('place', 'Salisbury', 'geonames', { country: 'GB' }), draft('place', 'Salisbury', 'name-suggestion-index', { wikidata: 'Q160642', description: 'city in Wiltshire', descriptionSource: 'name-suggestion-index' })],
      { description: 'name-suggestion-index', wikidata: 'name-suggestion-index', country: 'geonames' },
    ],
  ] as const)('per-field provenance: %s', (_l, ds, want) => {
    expect(merged(...ds)[0]!.provenance).toEqual(want);
  });

  it('gives stable, unique ids: country code, QID, else type and name', () => {
    const es = merged(
      draft('country', 'Russia', 'a', { idHint: 'country:RUS', wikidata: 'Q159' }),
      draft('organisation', 'NATO', 'a', { wikidata: 'Q7184' }),
      draft('place', 'Salisbury', 'a', { country: 'GB' }),
      draft('place', 'Salisbury', 'a', { country: 'ZW' }),
    );
    expect(es.map((e) => e.id)).toEqual(['country:RUS', 'q:Q7184', 'place:salisbury', 'place:salisbury~2']);
  });
});

describe('writing a pack', () => {
  const pack: Pack = { format: 'backstory-pack/1', id: 't', version: '1', builtAt: '2021-10-06T00:00:00Z', sources: [], entities: [], events: [] };
  it('is byte-identical for the same pack, with no timestamp in the gzip header', () => {
    const a = packToGzip(pack);
    const b = packToGzip(JSON.parse(JSON.stringify(pack)) as Pack);
    expect(a.equals(b)).toBe(true);
    expect(a.readUInt32LE(4)).toBe(0);
    expect(a[9]).toBe(255);
    expect(JSON.parse(gunzipSync(a).toString('utf8'))).toEqual(pack);
  });
});

describe('an institution named without its country is the one named with it', () => {
  const us = draft('country', 'United States', 'a', { idHint: 'country:USA', country: 'US', aliases: ['U.S.'] });
  const gb = draft('country', 'United Kingdom', 'a', { idHint: 'country:GBR', country: 'GB' });
  const join = (...ds: ReturnType<typeof draft>[]): { name: string; aliases: string[]; wikidata?: string }[] => {
    const m = new Merger();
    m.addAll(ds);
    m.joinNationalNames();
    return m.clusters.filter((c) => c.type === 'organisation').map(entityFromCluster);
  };
  it('joins a QID-less department to the QID-d one named with its country', () => {
    const es = join(us, draft('organisation', 'United States Department of Labor', 'b', { wikidata: 'Q628807', country: 'US' }), draft('organisation', 'Department of Labor', 'c', { aliases: ['Labor Department'] }));
    expect(es).toHaveLength(1);
    expect(es[0]!.wikidata).toBe('Q628807');
    expect(es[0]!.aliases).toEqual(expect.arrayContaining(['Department of Labor', 'Labor Department']));
  });
  it.each([
    ['another country', [us, gb, draft('organisation', 'United Kingdom Department of Labor', 'b', { wikidata: 'Q1', country: 'GB' }), draft('organisation', 'Department of Labor', 'c', { country: 'US' })], 2],
    ['a name that is not the rest of the QID-d name', [us, draft('organisation', 'United States Department of Labor', 'b', { wikidata: 'Q628807' }), draft('organisation', 'Labor Party', 'c')], 2],
    ['two QID-less ones of that name', [us, draft('organisation', 'United States Senate', 'b', { wikidata: 'Q66096' }), draft('organisation', 'Senate', 'c', { country: 'FR' }), draft('organisation', 'Senate', 'd', { country: 'IT' })], 3],
  ] as const)('keeps them apart: %s', (_l, ds, n) => expect(join(...ds)).toHaveLength(n));
});

describe('a place named with its city in front is the place of the rest of the name', () => {
  const join = (...ds: ReturnType<typeof draft>[]): { name: string; aliases: string[]; wikidata?: string }[] => {
    const m = new Merger();
    m.addAll(ds);
    m.joinCityPrefixed();
    return m.clusters.filter((c) => c.type === 'place').map(entityFromCluster);
  };
  const london = draft('place', 'London', 'a', { wikidata: 'Q84', country: 'GB' });
  it('joins "London Heathrow Airport" to Heathrow Airport', () => {
    const es = join(london, draft('place', 'Heathrow Airport', 'b', { wikidata: 'Q8691', country: 'GB' }), draft('place', 'London Heathrow Airport', 'c'));
    expect(es).toHaveLength(2);
    expect(es.find((e) => e.wikidata === 'Q8691')!.aliases).toContain('London Heathrow Airport');
  });
  it.each([
    ['the front is no known place', [london, draft('place', 'Heathrow Airport', 'b', { wikidata: 'Q8691' }), draft('place', 'Big Heathrow Airport', 'c')], 3],
    ['the rest is one word', [london, draft('place', 'Bridge', 'b', { wikidata: 'Q1' }), draft('place', 'London Bridge', 'c')], 3],
    ['another country', [london, draft('place', 'Heathrow Airport', 'b', { wikidata: 'Q8691', country: 'GB' }), draft('place', 'London Heathrow Airport', 'c', { country: 'CA' })], 3],
  ] as const)('keeps them apart: %s', (_l, ds, n) => expect(join(...ds)).toHaveLength(n));
});

describe('joins for names the news writes differently', () => {
  it.each([
    ['X (previously known as Y)', 'The Kumbh Mela starts at Prayagraj (previously known as Allahabad), India.', [['Prayagraj', 'Allahabad']]],
    ['X (formerly Y)', 'Odisha (formerly Orissa) and Xe (formerly Blackwater Worldwide) are named.', [['Odisha', 'Orissa'], ['Xe', 'Blackwater Worldwide']]],
    ['X (formerly known as the Y)', 'Sadr City (formerly known as the Saddam City) is quiet.', [['Sadr City', 'Saddam City']]],
    ['no bracket, no pair', 'Malema, formerly of the ANC, speaks.', []],
  ])('former names: %s', (_l, text, want) => expect(formerNames([text])).toEqual(want));

  const former = (pairs: Array<[string, string]>, ...ds: ReturnType<typeof draft>[]) => {
    const m = new Merger();
    m.addAll(ds);
    m.joinFormerNames(pairs, 'ce');
    return m.clusters.map(entityFromCluster);
  };
  it.each([
    ['the QID-less old name joins the new one', [draft('place', 'Prayagraj', 'a', { wikidata: 'Q162442' }), draft('place', 'Allahābād', 'geonames', { country: 'IN' })], 1, ['Allahābād']],
    ['an unknown old name becomes an alias', [draft('place', 'Odisha', 'a', { wikidata: 'Q22048' })], 1, ['Orissa']],
    ['an old name with its own QID stays apart', [draft('place', 'Prayagraj', 'a', { wikidata: 'Q162442' }), draft('place', 'Allahabad', 'b', { wikidata: 'Q9' })], 2, []],
    ['an ambiguous new name joins nothing', [draft('place', 'Prayagraj', 'a', { wikidata: 'Q162442' }), draft('person', 'Prayagraj', 'b'), draft('place', 'Allahabad', 'c')], 3, []],
  ] as const)('%s', (_l, ds, n, aliases) => {
    const pairs: Array<[string, string]> = ds[0]!.name === 'Odisha' ? [['Odisha', 'Orissa']] : [['Prayagraj', 'Allahabad']];
    const es = former(pairs, ...ds);
    expect(es).toHaveLength(n);
    expect(es[0]!.aliases).toEqual(aliases);
  });

  it.each([
    ['a QID-less place named with its city joins the QID-less place of the rest', [draft('place', 'London', 'a', { wikidata: 'Q84' }), draft('place', 'Heathrow Airport', 'b'), draft('place', 'London Heathrow Airport', 'c')], 2],
    ['two QID-less candidates: no join', [draft('place', 'London', 'a', { wikidata: 'Q84' }), draft('place', 'Heathrow Airport', 'b', { country: 'GB' }), draft('place', 'Heathrow Airport', 'b', { country: 'CA' }), draft('place', 'London Heathrow Airport', 'c')], 4],
  ] as const)('city prefix: %s', (_l, ds, n) => {
    const m = new Merger();
    m.addAll(ds);
    m.joinCityPrefixed();
    expect(m.clusters).toHaveLength(n);
  });

  it.each([
    ['British Broadcasting Corporation', 'BBC'],
    ['Food and Agriculture Organization', 'FAO'],
    ['Human Rights Watch', 'HRW'],
    ['Home Depot', undefined],
    ['U.S. Steel Corporation', undefined],
  ])('initials of %s: %s', (name, want) => expect(acronymOf(name)).toBe(want));

  it.each([
    ['the spelled-out name joins the one named by its initials', [draft('organisation', 'BBC', 'a'), draft('organisation', 'British Broadcasting Corporation', 'b')], 1],
    ['two organisations named by the initials: no join', [draft('organisation', 'BBC', 'a', { wikidata: 'Q1' }), draft('organisation', 'BBC', 'a', { wikidata: 'Q2' }), draft('organisation', 'British Broadcasting Corporation', 'b')], 3],
    ['a spelled-out name with its own QID stays apart', [draft('organisation', 'BBC', 'a'), draft('organisation', 'British Broadcasting Corporation', 'b', { wikidata: 'Q9531' })], 2],
    ['a person named by the initials is no match', [draft('person', 'BBC', 'a'), draft('organisation', 'British Broadcasting Corporation', 'b')], 2],
    ['two spelled-out names of one acronym: neither joins', [draft('organisation', 'GMC', 'a', { wikidata: 'Q28993' }), draft('organisation', 'General Medical Council', 'b'), draft('organisation', 'Greek Ministry of Culture', 'b')], 3],
    ['the name without its legal form is a known organisation', [draft('organisation', 'GMC', 'a', { wikidata: 'Q28993' }), draft('organisation', 'General Motors', 'b', { wikidata: 'Q81965' }), draft('organisation', 'General Motors Company', 'c')], 3],
    [
      'an organisation that already has its spelled-out name takes no second one',
      [draft('organisation', 'National Aeronautics and Space Administration', 'wn', { aliases: ['NASA'] }), draft('organisation', 'NASA', 'ce'), draft('organisation', 'National Assembly of South Africa', 'news')],
      2,
    ],
    [
      'two outlets, "AP" and "The Associated Press": two words make initials',
      [draft('organisation', 'AP', 'ce', { facts: [{ label: 'News outlet cited', value: '9 events', source: 'ce' }] }), draft('organisation', 'The Associated Press', 'ce', { facts: [{ label: 'News outlet cited', value: '9 events', source: 'ce' }] })],
      1,
    ],
    ['two words are no initials when either is no outlet', [draft('organisation', 'AP', 'ce', { facts: [{ label: 'News outlet cited', value: '9 events', source: 'ce' }] }), draft('organisation', 'Armed Police', 'news')], 2],
    ['an outlet known by its letters takes no bank of those initials', [outlet('CBS', 139), draft('organisation', 'Central Bank of Syria', 'news')], 2],
    ['... nor a statistics office', [outlet('CBS', 139), draft('organisation', 'Central Bureau of Statistics', 'news')], 2],
    ['an outlet takes a spelled-out name that reads like an outlet', [outlet('BBC', 900), draft('organisation', 'British Broadcasting Corporation', 'news')], 1],
    ['of two outlets of those initials, the one cited ten times as often', [outlet('AP', 8598), outlet('Associated Press', 302), outlet('Angola Press', 23)], 2],
    ['two outlets of those initials cited alike: no join', [outlet('AP', 8598), outlet('Associated Press', 60), outlet('Angola Press', 23)], 3],
  ] as const)('acronyms: %s', (_l, ds, n) => {
    const m = new Merger();
    m.addAll(ds);
    m.joinSpelledAcronyms();
    expect(m.clusters).toHaveLength(n);
  });

  it.each([
    ['joins the one carrying "The X" as an alias', [draft('organisation', 'WSJ', 'a', { aliases: ['The Wall Street Journal'] }), draft('organisation', 'Wall Street Journal', 'b')], 1],
    ['joins the one named "The X"', [draft('organisation', 'The Home Depot', 'a', { wikidata: 'Q864407' }), draft('organisation', 'Home Depot', 'b')], 1],
    ['two candidates: no join', [draft('organisation', 'The Times', 'a', { wikidata: 'Q50008' }), draft('organisation', 'The Times', 'c', { wikidata: 'Q9684' }), draft('organisation', 'Times', 'b')], 3],
    ['one word: no join', [draft('organisation', 'The Guardian', 'a', { wikidata: 'Q11148' }), draft('organisation', 'Guardian', 'b')], 2],
  ] as const)('without "The": %s', (_l, ds, n) => {
    const m = new Merger();
    m.addAll(ds);
    m.joinWithoutThe();
    expect(m.clusters).toHaveLength(n);
  });

  it('a cluster joined into another leaves the indexes: a later join finds only the one that took it in', () => {
    const m = new Merger();
    // "Wall Street" names an organisation, so "Wall Street Journal" is no spelling of WSJ; "The Wall Street Journal" is
    m.addAll([draft('organisation', 'WSJ', 'ce'), draft('organisation', 'The Wall Street Journal', 'ce'), draft('organisation', 'Wall Street Journal', 'ce'), draft('organisation', 'Wall Street', 'wn')]);
    expect(m.joinSpelledAcronyms()).toBe(1);
    expect(m.joinWithoutThe()).toBe(1);
    expect(m.clusters.map((c) => c.drafts.map((d) => d.name).join(' + '))).toEqual(['WSJ + The Wall Street Journal + Wall Street Journal', 'Wall Street']);
    // and a draft of a joined name now lands in the live cluster
    m.add(draft('organisation', 'The Wall Street Journal', 'x'));
    expect(m.clusters).toHaveLength(2);
  });

  it('"<demonym> government" joins "Government of <country>" and becomes its alias', () => {
    const m = new Merger();
    m.addAll([
      draft('country', 'Canada', 'wc', { idHint: 'country:CAN', country: 'CA' }),
      draft('organisation', 'Government of Canada', 'a'),
      draft('event', 'Canadian government', 'ce'),
      draft('organisation', 'Government of Narnia', 'a'),
    ]);
    expect(m.joinDemonymGovernments(new Map([['Canadian', 'CA']]), 'news')).toBe(1);
    const es = m.clusters.map(entityFromCluster);
    expect(es.map((e) => e.name)).toEqual(['Canada', 'Government of Canada', 'Government of Narnia']);
    expect(es[1]!.type).toBe('organisation');
    expect(es[1]!.aliases).toEqual(['Canadian government']);
    expect(es[2]!.aliases).toEqual([]);
  });

  it.each([
    ['Food and Agriculture Organization', ['Food and Agriculture Organisation']],
    ['World Health Organisation', ['World Health Organization']],
    ['Japan Airlines', ['Japan Air Lines']],
    ['Delta Air Lines', ['Delta Airlines']],
    ['ExxonMobil', ['Exxon Mobil']],
    // fused, but one part is no known name
    ['PayPal', []],
    ['Home Depot', []],
  ])('spelling variants of %s', (name, want) => expect(spellingVariants(name, new Set(['exxon', 'mobil', 'pay']), nameKey)).toEqual(want));
});
