import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { SkipLog } from '../../../scripts/dataset/draft';
import { countriesFromWorldCountries, type WorldCountry } from '../../../scripts/dataset/adapters/world-countries';
import { CountryResolver } from '../../../scripts/dataset/adapters/country-resolver';
import { citiesFromGeoNames } from '../../../scripts/dataset/adapters/cities';
import { entriesFromNsi } from '../../../scripts/dataset/adapters/nsi';
import { entitiesFromWordNet, parseWordNetData, roleNouns } from '../../../scripts/dataset/adapters/wordnet';
import { draftsFromFactbook, parseOfficeHolders } from '../../../scripts/dataset/adapters/factbook';
import { draftsFromIntlOrgs } from '../../../scripts/dataset/adapters/intl-orgs';
import { draftsFromPoliticians, nameFromImage, politicianNames, type PoliticianRow } from '../../../scripts/dataset/adapters/politicians';
import { draftsFromParties, initialsAllow, isAdjectiveAlone, type PartyQidRow, type PartyRow } from '../../../scripts/dataset/adapters/parties';
import { actorName, draftsFromActors, parseActors } from '../../../scripts/dataset/adapters/actors';
import { parseWikilinker, wikilinkerQid } from '../../../scripts/dataset/adapters/wikilinker';
import { isHeader, parseDay, splitHeaderTitles, splitOutlets } from '../../../scripts/dataset/adapters/current-events';
import { loadCurrentEvents } from '../../../scripts/dataset/load-current-events';
import { countriesFromWikidata } from '../../../scripts/dataset/adapters/countries-wikidata';

const FIX = join(__dirname, '../../fixtures/dataset');
const read = (f: string): string => readFileSync(join(FIX, f), 'utf8');

const WC: WorldCountry[] = [
  {
    name: { common: 'Russia', official: 'Russian Federation', native: { rus: { official: 'Российская Федерация', common: 'Россия' } } },
    cca2: 'RU', cca3: 'RUS', capital: ['Moscow'], altSpellings: ['RU', 'Russian Federation'], region: 'Europe', subregion: 'Eastern Europe',
    unMember: true, demonyms: { eng: { f: 'Russian', m: 'Russian' } }, translations: { deu: { official: 'Russische Föderation', common: 'Russland' } },
  },
  { name: { common: 'Türkiye', official: 'Republic of Türkiye' }, cca2: 'TR', cca3: 'TUR', altSpellings: ['TR', 'Turkiye', 'Republic of Turkey'], unMember: true },
  { name: { common: 'Gambia', official: 'Republic of the Gambia' }, cca2: 'GM', cca3: 'GMB', altSpellings: ['GM'] },
  { name: { common: 'Ruritania', official: 'Kingdom of Ruritania' }, cca2: 'XR', cca3: 'XRU' },
];

describe('world-countries adapter', () => {
  const [ru] = countriesFromWorldCountries(WC);
  it.each([
    ['id hint', ru!.idHint, 'country:RUS'],
    ['country code', ru!.country, 'RU'],
    ['German name as alias', ru!.aliases.includes('Russland'), true],
    ['native name as alias', ru!.aliases.includes('Россия'), true],
    ['two-letter code kept out', ru!.aliases.includes('RU'), false],
    ['demonym is a fact, not an alias', ru!.aliases.includes('Russian'), false],
    ['capital fact', ru!.facts.find((f) => f.label === 'Capital')?.value, 'Moscow'],
    ['demonym fact', ru!.facts.find((f) => f.label === 'Demonym')?.value, 'Russian'],
  ])('%s', (_l, got, want) => expect(got).toEqual(want));
});

describe('country resolver', () => {
  const r = new CountryResolver(WC);
  it.each([
    ['Russia', 'RUS'], ['Russian Federation', 'RUS'], ['Russland', 'RUS'], ['Turkey', 'TUR'], ['The Gambia', 'GMB'], ['Gambia, The', 'GMB'], ['Narnia', undefined],
  ])('%s -> %s', (name, cca3) => expect(r.resolve(name)?.cca3).toBe(cca3));

  it('countries-wikidata gives QIDs through the resolver and reports what it cannot place', () => {
    const skips = new SkipLog();
    const ds = countriesFromWikidata(
      [{ wikidata: 'Q43', label: 'Turkey', description: 'country in Asia and Europe' }, { wikidata: 'Q49', label: 'North America' }],
      r,
      skips,
    );
    expect(ds.map((d) => [d.idHint, d.wikidata, d.description])).toEqual([['country:TUR', 'Q43', 'country in Asia and Europe']]);
    expect([...skips.counts.values()]).toEqual([1]);
  });
});

describe('cities adapter', () => {
  const ds = citiesFromGeoNames(
    [
      { cityId: 2800866, name: 'Brussels', country: 'BE', featureCode: 'PPLC', population: 1019022 },
      { cityId: 1, name: 'Salisbury', country: 'GB', featureCode: 'PPL', population: 40000 },
      { cityId: 2, name: 'Mobile', altName: 'Mobile City', country: 'US', featureCode: 'PPLA2', population: 190000 },
    ],
    new Map([['BE', 'Belgium'], ['US', 'United States']]),
  );
  it('keeps cities of at least 100,000 people', () => expect(ds.map((d) => d.name)).toEqual(['Brussels', 'Mobile']));
  it('describes from the GeoNames class and country', () => expect(ds.map((d) => d.description)).toEqual(['capital of Belgium', 'city in United States']));
  it('links GeoNames and weights by population', () => {
    expect(ds[0]!.links[0]!.url).toBe('https://www.geonames.org/2800866');
    expect(ds[0]!.weight!).toBeGreaterThan(ds[1]!.weight!);
  });
});

describe('name-suggestion-index adapter', () => {
  const { drafts, countryQids } = entriesFromNsi({
    Q7184: { label: 'NATO', description: 'intergovernmental military alliance', officialWebsites: ['https://nato.int'] },
    Q16: { label: 'Canada', description: 'country in North America' },
    Q60: { label: 'New York City', description: 'city in New York, United States' },
    Q5: { description: 'no label' },
  });
  it.each([
    ['NATO', 'organisation', 'Q7184'],
    ['New York City', 'place', 'Q60'],
  ])('%s is a %s with its QID', (name, type, qid) => {
    const d = drafts.find((x) => x.name === name)!;
    expect([d.type, d.wikidata]).toEqual([type, qid]);
  });
  it('sets countries aside as QID hints', () => {
    expect(drafts.some((d) => d.name === 'Canada')).toBe(false);
    expect(countryQids.get('Canada')?.qid).toBe('Q16');
  });
  it('keeps no website link (the QID leads there)', () => expect(drafts.find((d) => d.name === 'NATO')!.links).toEqual([]));
});

describe('WordNet adapter', () => {
  const synsets = parseWordNetData(read('wordnet-data.noun'));
  const ds = entitiesFromWordNet(synsets);
  const byName = new Map(ds.map((d) => [d.name, d]));
  it('parses synsets and skips the licence header', () => expect(synsets.map((s) => s.offset)).toHaveLength(9));
  it.each([
    ['Harare', 'place'],
    ['North Atlantic Treaty Organization', 'organisation'],
    ['Abraham Lincoln', 'person'],
    ['Brussels', 'place'],
  ])('%s becomes a %s', (name, type) => expect(byName.get(name)?.type).toBe(type));
  it.each([
    ['Salisbury is not an alias of Harare (a former name would mislink)', () => byName.get('Harare')!.aliases.includes('Salisbury'), false],
    ['the diacritic macron is no entity', () => ds.some((d) => d.name.toLowerCase() === 'macron'), false],
    ['Salisbury steak (a class, not an instance) is no entity', () => ds.some((d) => d.name.startsWith('Salisbury')), false],
    ['lower-case lemmas are not aliases', () => byName.get('Harare')!.aliases.includes('capital of Zimbabwe'), false],
    ['acronyms are aliases', () => byName.get('North Atlantic Treaty Organization')!.aliases, ['NATO']],
    ['a bare surname is not an alias of a person', () => byName.get('Abraham Lincoln')!.aliases, ['President Lincoln']],
    ['the gloss loses its quoted examples', () => byName.get('Abraham Lincoln')!.description, '16th President of the United States'],
    ['a place name sharing no word with the name ("Bruxelles") is dropped', () => byName.get('Brussels')!.aliases, []],
    ['"Britain", the short form of another of its names, is an alias of the United Kingdom', () => byName.get('United Kingdom')!.aliases, ['UK', 'Britain', 'United Kingdom of Great Britain and Northern Ireland']],
    ['"America", the end of "United States of America", is an alias of the United States', () => byName.get('United States')!.aliases, ['America', 'United States of America']],
  ])('%s', (_l, get, want) => expect(get()).toEqual(want));
  it('collects role nouns for descriptors', () => expect(roleNouns(synsets).has('spy')).toBe(true));
});

describe('Factbook adapter', () => {
  it.each([
    ['President Donald J. TRUMP (since 20 January 2025)', [{ office: 'President', name: 'Donald J. Trump', since: '2025-01-20' }]],
    ['President XI Jinping (since 14 March 2013)', [{ office: 'President', name: 'Xi Jinping', since: '2013-03-14' }]],
    ['Supreme Leader Ali Hoseini-KHAMENEI (since 4 June 1989)', [{ office: 'Supreme Leader', name: 'Ali Hoseini-Khamenei', since: '1989-06-04' }]],
    ['King CHARLES III (since 8 September 2022); represented by Governor General Sam MOSTYN (since 1 July 2024)', [
      { office: 'King', name: 'Charles III', since: '2022-09-08' },
      { office: 'Governor General', name: 'Sam Mostyn', since: '2024-07-01' },
    ]],
    ['President Jean-Lucien Kwassi Savi de TOVE (since 3 May 2025)', [{ office: 'President', name: 'Jean-Lucien Kwassi Savi de Tove', since: '2025-05-03' }]],
    ['Michael RANDRIANIRINA (Col.)', []],
  ])('%s', (text, want) => expect(parseOfficeHolders(text)).toEqual(want));

  it('makes the country and its leaders, with office, date and background', () => {
    const skips = new SkipLog();
    const ds = draftsFromFactbook([{ region: 'europe', code: 'xx', doc: JSON.parse(read('factbook-xx.json')) }], new CountryResolver(WC), skips);
    const country = ds.find((d) => d.type === 'country')!;
    expect(country.idHint).toBe('country:XRU');
    expect(country.facts.find((f) => f.label === 'Background')!.value).toBe('Ruritania is a small kingdom. It was founded in 1900 by settlers.');
    expect(country.facts.find((f) => f.label === 'Government type')!.value).toBe('parliamentary constitutional monarchy');
    const people = ds.filter((d) => d.type === 'person');
    expect(people.map((p) => p.name)).toEqual(['Rudolf V', 'Anna M. Smith', 'José Luis García de la Torre']);
    expect(people[2]!.facts[0]).toEqual({ label: 'Office', value: 'Prime Minister of Ruritania', date: '2021-05-05', source: 'factbook' });
    expect(people.every((p) => p.country === 'XR')).toBe(true);
  });

  it('reports profiles it cannot place', () => {
    const skips = new SkipLog();
    draftsFromFactbook([{ region: 'oceans', code: 'zh', doc: { Government: { 'Country name': { 'conventional short form': { text: 'Atlantic Ocean' } } } } }], new CountryResolver(WC), skips);
    expect([...skips.counts.values()]).toEqual([1]);
  });
});

describe('international organisations adapter', () => {
  const skips = new SkipLog();
  const [nato, ...rest] = draftsFromIntlOrgs(parseYaml(read('intl-orgs.yaml')), skips);
  it.each([
    ['QID', nato!.wikidata, 'Q7184'],
    ['abbreviation alias', nato!.aliases.includes('NATO'), true],
    ['other-language alias', nato!.aliases.includes('Nordatlantikpakt-Organisation'), true],
    ['headquarters', nato!.facts.find((f) => f.label === 'Headquarters')?.value, 'Brussels, Belgium'],
    ['year', nato!.facts.find((f) => f.label === 'Established')?.date, '1949'],
    ['description', nato!.description, 'International organisation (Defence)'],
    ['broken record skipped', rest.length, 0],
    ['broken record reported', [...skips.counts.values()], [1]],
  ])('%s', (_l, got, want) => expect(got).toEqual(want));
});

describe('politicians adapter', () => {
  it.each([
    ['http://x/Special:FilePath/Francois%20Hollande%202015.jpeg', 'Francois Hollande'],
    ['http://x/Special:FilePath/Karen%20Bass%20Official%20Portrait.jpg', 'Karen Bass'],
    ['http://x/Special:FilePath/Saleh%20al-Mutlaq%202014%20%28cropped%29.jpg', undefined],
    ['http://x/Special:FilePath/DSC_0042.jpg', undefined],
  ])('name from image %s', (url, want) => expect(nameFromImage(url)).toBe(want));

  it.each([
    ['François Gérard Georges Nicolas Hollande', 'http://x/Francois%20Hollande%202015.jpeg', 'François Hollande'],
    ['David Cameron', 'http://x/David%20Cameron%20official.jpg', 'David Cameron'],
    ["5'D- 'DE7DC", 'http://x/Barham%20Salih.jpg', 'Barham Salih'],
    ['Леонид Эдуардович Слуцкий', 'http://x/Leonid%20Slutsky%20(2018).jpg', 'Leonid Slutsky'],
  ])('common name of %s', (native, image, want) => expect(politicianNames(native, image).name).toBe(want));

  it('builds people with QIDs, descriptions and sane birth dates, and reports the rest', () => {
    const rows = parseCsv(read('politicians.csv'), { columns: true, relax_column_count: true }) as PoliticianRow[];
    const skips = new SkipLog();
    const ds = draftsFromPoliticians(rows, skips);
    const hollande = ds.find((d) => d.wikidata === 'Q157')!;
    expect(hollande.name).toBe('François Hollande');
    expect(hollande.aliases).toContain('François Gérard Georges Nicolas Hollande');
    expect(hollande.facts).toEqual([{ label: 'Born', value: '1954-08-12', date: '1954-08-12', source: 'wikidata-politicians' }]);
    expect(ds.find((d) => d.wikidata === 'Q4273483')!.description).toBe('Russian politician');
    expect(ds.some((d) => d.wikidata === 'Q1483945')).toBe(false); // mojibake name, no name in the picture file
    expect(ds.find((d) => d.wikidata === 'Q999')?.facts ?? []).toEqual([]);
    expect([...skips.counts.keys()].join('|')).toMatch(/no usable name/);
  });
});

describe('parties adapter', () => {
  const rows = parseCsv(read('parties-core.csv'), { columns: true }) as PartyRow[];
  const qids = parseCsv(read('parties-wikidata.csv'), { columns: true }) as PartyQidRow[];
  const ds = draftsFromParties(rows, qids, new CountryResolver([...WC, { name: { common: 'Germany', official: 'Federal Republic of Germany' }, cca2: 'DE', cca3: 'DEU' }]), new SkipLog());
  it('joins the QID on partyfacts_id and keeps a short name that fits the initials', () => {
    const spd = ds.find((d) => d.wikidata === 'Q49768')!;
    expect(spd.name).toBe('Social Democratic Party of Germany');
    expect(spd.aliases).toEqual(expect.arrayContaining(['SPD', 'Sozialdemokratische Partei Deutschlands']));
    expect(spd.country).toBe('DE');
    expect(spd.facts[0]).toMatchObject({ label: 'Founded', value: '1863' });
  });
  it('drops a short name that does not fit, and language labels', () => {
    const afg = ds.find((d) => d.name === 'Afghan Social Democratic Party')!;
    expect(afg.aliases).not.toContain('SDP');
    expect(afg.aliases).toContain('Afghan Millat');
    expect(afg.aliases.some((a) => a.startsWith('Pashto'))).toBe(false);
  });
  it.each([
    ['SPD', 'Sozialdemokratische Partei Deutschlands', true],
    ['GDP', 'Gesamtdeutsche Partei', false],
    ['ANC', 'African National Congress', true],
  ])('initials %s of %s', (a, n, want) => expect(initialsAllow(a, n)).toBe(want));
  it('skips a party without a name', () => expect(ds).toHaveLength(2));
});

describe('actors adapter', () => {
  const actors = parseActors(read('actors.txt'));
  it('reads names, + aliases and role codes', () => {
    expect(actors.map((a) => a.names[0])).toEqual(['RUSSIA_', 'VLADIMIR_PUTIN_', 'ABU_NIDAL_ORGANIZATION']);
    expect(actors[1]!.codes).toEqual(['RUSGOV', 'RUSELI']);
  });
  it.each([
    ['VLADIMIR_VLADIMIROVICH_PUTIN_', 'Vladimir Vladimirovich Putin'],
    ['PRESIDENT_PUTIN_', undefined],
    ['PUTIN_', 'Putin'],
  ])('%s -> %s', (raw, want) => expect(actorName(raw)).toBe(want));
  it('makes enrich-only people with a country, skipping entries without roles', () => {
    const ds = draftsFromActors(actors, 'person', new Map([['RUS', 'RU']]));
    expect(ds.map((d) => [d.name, d.country, d.enrichOnly])).toEqual([['Vladimir Putin', 'RU', true]]);
    expect(ds[0]!.aliases).toEqual(['Vladimir Vladimirovich Putin', 'Putin']);
  });
});

describe('wikilinker adapter', () => {
  const idx = parseWikilinker(read('wikilinker.tsv'));
  it.each([
    ['Salisbury', 'place', 'Q160642'],
    ['NATO', 'organisation', 'Q7184'],
    ['Salisbury', 'person', undefined],
    ['John Smith', 'person', undefined], // two QIDs share the label: no answer
    ['Macron', 'person', undefined], // a company there: the type must agree
  ] as const)('%s as %s -> %s', (name, type, want) => expect(wikilinkerQid(idx, name, type)).toBe(want));
});

describe('Current Events adapter', () => {
  it.each([
    ['text (BBC) (Voice of America)', 'text', ['BBC', 'Voice of America']],
    ['The party (M5S) wins 32% (Reuters)', 'The party (M5S) wins 32%', ['M5S', 'Reuters'].slice(1)],
    ['Record set in 2018 (2018)', 'Record set in 2018 (2018)', []],
  ])('outlets of %s', (item, text, outlets) => {
    const r = splitOutlets(item);
    expect(r.outlets).toEqual(outlets);
    expect(r.text).toBe(text);
  });
  it.each([
    ['Poisoning of Sergei and Yulia Skripal', true],
    ['Italian general election, 2018', true],
    ['NATO expels eight members of the Russian Mission. (Military.com)', false],
    ['Over a million people gather in Greenwich Village to celebrate Halloween.', false],
    ['Microsoft makes Windows Vista beta 2 available for general download. PC World', false],
  ])('header? %s', (item, want) => expect(isHeader(item)).toBe(want));
  it.each([
    ['Russia–United Kingdom relations, Poisoning of Sergei and Yulia Skripal', ['Russia–United Kingdom relations', 'Poisoning of Sergei and Yulia Skripal']],
    ['Italian general election, 2018', ['Italian general election, 2018']],
    ['Washington, D.C.', ['Washington, D.C.']],
  ])('titles of %s', (item, want) => expect(splitHeaderTitles(item)).toEqual(want));

  it('gives each bullet its date, text, outlets and the headers right above it', () => {
    const day = parseDay(read('current-events/2018/03/2018-03-05.yaml'), '2018-03-05');
    expect(day.schema).toBe('portal');
    expect(day.events.map((e) => [e.threads, e.outlets])).toEqual([
      [['Global warming'], ['The New Zealand Herald']],
      [['Poisoning of Sergei and Yulia Skripal'], ['BBC', 'Voice of America']],
      [['Russia–United Kingdom relations', 'Poisoning of Sergei and Yulia Skripal'], ['Reuters']],
      [['Russia–United Kingdom relations', 'Poisoning of Sergei and Yulia Skripal'], []],
      [['Italian general election, 2018'], ['The Wall Street Journal']],
    ]);
    expect(day.events[1]!.text).toMatch(/^Former Secret Intelligence Service \(MI6\) spy Sergei Skripal .* United Kingdom\.$/);
    expect(day.missingNumbers).toBe(1);
  });

  it('parses the 2026 schema: summary, capitalised topics as threads, outlets, named entities', () => {
    const day = parseDay(read('current-events/2026/03/2026-03-06.yaml'), '2026-03-06');
    expect(day.schema).toBe('v2');
    expect(day.events).toHaveLength(2);
    expect(day.events[0]).toMatchObject({
      date: '2026-03-06',
      threads: ['China economy'],
      outlets: ['Xinhua News Agency'],
      named: { organisations: ["National People's Congress of China"], places: ['Beijing'] },
    });
    expect(day.events[1]!.text).toBe('A headline only');
  });

  it('loads a folder, reporting the invalid day file and keeping the rest', () => {
    const skips = new SkipLog();
    const r = loadCurrentEvents(join(FIX, 'current-events'), skips);
    expect([r.files, r.parsed]).toEqual([3, 2]);
    expect(r.brokenFiles.map((b) => b.file)).toEqual(['2026/03/2026-03-18.yaml']);
    expect(r.events.map((e) => e.id)).toContain('ce:2018-03-05:1');
    expect(r.events).toHaveLength(7);
    expect(r.v2Days).toEqual(['2026-03-06']);
    expect(r.lastDate).toBe('2026-03-06');
  });
});

describe('a party alias that is one adjective is dropped', () => {
  it.each([
    ['Democratic', true],
    ['Progressive', true],
    ['Socialist', true],
    ['Liberal', true],
    ['Likud', false],
    ['Fatah', false],
    ['Democratic Party', false],
    ['SPD', false],
  ])('%s -> %s', (alias, dropped) => expect(isAdjectiveAlone(alias)).toBe(dropped));
});
