import { describe, expect, it } from 'vitest';
import { isFragment, mineNames, tailKeys, type MinerContext } from '../../../scripts/dataset/mine-names';
import { hasNationalForm, isGenericInstitutionName } from '../../../scripts/dataset/generic-names';
import type { WikilinkerEntry } from '../../../scripts/dataset/adapters/wikilinker';
import { draftsFromOutlets } from '../../../scripts/dataset/pipeline';
import { priorOf } from '../../../scripts/dataset/background';

const everyday = new Set(['typhoon', 'international', 'airport', 'stock', 'exchange', 'investors', 'service', 'health', 'administration', 'state',
  'university', 'national', 'cancer', 'institute', 'commission', 'environmental', 'protection', 'agency', 'department',
  'justice', 'drug', 'internal', 'revenue', 'security', 'food', 'safety', 'occupational', 'trade', 'council', 'the', 'choice', 'awards', 'army']);

describe('tailKeys: the ends of longer names', () => {
  const tails = tailKeys(
    [
      'Dubai International Airport', 'Baghdad International Airport', 'Denver International Airport', 'Chicago Midway International Airport',
      'New York Stock Exchange', 'Tokyo Stock Exchange', 'Luxembourg Stock Exchange',
      'the hague', 'the supreme court', 'Siege of Eastern Ghouta',
      'Barnsley, South Yorkshire', 'Sheffield, South Yorkshire', 'Doncaster, South Yorkshire',
      'U.S. Bureau of Land Management', 'United States Bureau of Land Management', 'British Foreign Office', 'Irish Foreign Office', 'Swiss Foreign Office',
      '2008 Republican National Convention', '2012 Republican National Convention', '2016 Republican National Convention',
    ],
    new Set(['u s', 'united states', 'british', 'irish', 'swiss']),
  );
  it.each([
    ['international airport', true],
    ['stock exchange', true],
    ['midway international airport', false], // the end of one longer name only
    ['york stock exchange', false],
    ['republican national convention', false], // after a year: an edition of it
    ['hague', false], // only "The" before it
    ['supreme court', false],
    ['airport', false], // one word is left to the single-word rules
    ['eastern ghouta', false], // after "of": a name of its own
    ['south yorkshire', false], // after a comma: a place and its county
    ['bureau of land management', false], // a country in front: the national form of its own name
    ['foreign office', false],
  ])('%s: %s', (k, want) => expect(tails.has(k)).toBe(want));
});

describe('isFragment: a piece cut from longer names', () => {
  const tails = tailKeys(['Dubai International Airport', 'Baghdad International Airport', 'Denver International Airport', 'New York Stock Exchange', 'Tokyo Stock Exchange', 'Luxembourg Stock Exchange', 'Ohio State University', 'Georgia State University', 'Iowa State University']);
  it.each([
    ['tail of a longer name, everyday first word', ['International', 'Airport'], { events: 40, cut: 0 }, true],
    ['tail of a longer name', ['Stock', 'Exchange'], { events: 9, cut: 0 }, true],
    ['tail of a longer name', ['State', 'University'], { events: 5, cut: 1 }, true],
    ['mostly written after a possessive', ['Investors', 'Service'], { events: 6, cut: 5 }, true],
    ['half of its mentions cut', ['Choice', 'Awards'], { events: 4, cut: 2 }, true],
  ] as const)('is one: %s (%s)', (_l, words, seen, want) => expect(isFragment(words, seen, everyday, tails)).toBe(want));
  it.each([
    ['a name of its own, seldom cut', ['National', 'Cancer', 'Institute'], { events: 6, cut: 1 }],
    ['first word is no everyday word', ['Mahdi', 'Army'], { events: 5, cut: 5 }],
    ['one word', ['Exchange'], { events: 5, cut: 5 }],
    ['the longer name itself', ['Ohio', 'State', 'University'], { events: 5, cut: 0 }],
    ['a kind word that opens a name', ['Typhoon', 'Yutu'], { events: 5, cut: 5 }],
    ['opens with a demonym', ['Ukrainian', 'Army'], { events: 5, cut: 5 }],
  ] as const)('is not one: %s (%s)', (_l, words, seen) => expect(isFragment(words, seen, new Set([...everyday, 'ukrainian']), tails, new Set(['ukrainian']))).toBe(false));
});

describe('generic institution names get no QID from wikilinker alone', () => {
  it.each([
    ['Securities and Exchange Commission', true], // "securities", a plural of an everyday word
    ['Internal Revenue Service', true],
    ['Environmental Protection Agency', true],
    ['Department of Justice', true],
    ['Food and Drug Administration', true],
    ['National Cancer Institute', true],
    ['Federal Bureau of Investigation', false], // "Federal", "Investigation" are not in this word list
    ['Mahdi Army', false],
    ['Bank of England', false],
    ['Justice', false],
    ['Trade Council', true],
    ['Democratic Party', false], // a party is no institution kind here
    ['Australian Competition and Consumer Commission', false], // a demonym says whose it is
    ['China National Petroleum Corporation', false], // so does a country's name that is also a word
  ])('%s: %s', (name, want) => expect(isGenericInstitutionName(name, new Set([...everyday, 'australian', 'competition', 'consumer', 'china', 'petroleum', 'corporation']), new Set(['Australian', 'China']))).toBe(want));
  it.each([
    ['U.S. Securities and Exchange Commission', true],
    ['American Securities and Exchange Commission', true],
    ['SEC', false],
    ['Securities and Exchange Commission of Pakistan', false],
    ['Acme Securities and Exchange Commission', false],
  ])('a national form: %s -> %s', (alias, want) => expect(hasNationalForm('Securities and Exchange Commission', [alias], new Set(['American']))).toBe(want));
});

describe('mining keeps whole names and drops their pieces', () => {
  const ctx: MinerContext = {
    knownNames: new Set(['russia', 'dubai international airport', 'iran']),
    commonWords: everyday,
    personNouns: new Set(['spokesman']),
    demonyms: new Map([['Russian', 'RU']]),
    givenNames: new Set(['Francisco', 'Sergei']),
    surnames: new Set(),
    knownPlaces: new Set(['san', 'russia', 'baghdad', 'iran', 'dubai']),
  };
  const wl = new Map<string, WikilinkerEntry[]>([['securities and exchange commission', [{ qid: 'Q7444918', type: 'organisation', label: 'Securities and Exchange Commission' }]]]);
  const events = [
    { text: "Credit agency Moody's Investors Service cuts the rating of Greece." },
    { text: "The rating of Portugal is cut by Moody's Investors Service." },
    { text: "Analysts at Moody's Investors Service warn about Italy." },
    { text: "Baghdad's International Airport reopens after the attack." },
    { text: "Flights resume at Baghdad's International Airport." },
    { text: 'Protesters gather at Dubai International Airport and Denver International Airport and Abha International Airport.' },
    { text: 'A man is denied entry at San Francisco International Airport.' },
    { text: 'Passengers are stranded at San Francisco International Airport after a fire.' },
    { text: 'Officials of the Occupational Safety and Health Administration inspect the mine.' },
    { text: 'The mine is fined by the Occupational Safety and Health Administration.' },
    { text: 'The U.S. Securities and Exchange Commission charges a hedge fund.' },
    { text: 'A bank settles with the U.S. Securities and Exchange Commission.' },
    { text: 'Researchers at the National Cancer Institute publish a study.' },
    { text: 'A report by the National Cancer Institute warns of rising cases.' },
    { text: 'Talks of the Russia and Iran Trade Council resume.' },
    { text: 'Officials of the Russia and Iran Trade Council meet.' },
  ];
  const { mined, fragments } = mineNames(events, { ...ctx, wikilinker: wl });
  const byName = new Map(mined.map((m) => [m.name, m]));
  it.each([['Investors Service'], ['International Airport']])('drops the piece %s', (name) => {
    expect(byName.has(name)).toBe(false);
    expect(fragments).toContain(name);
  });
  it.each([
    ['San Francisco International Airport', 'place'],
    ['Occupational Safety and Health Administration', 'organisation'],
    ['Securities and Exchange Commission', 'organisation'],
    ['National Cancer Institute', 'organisation'],
  ])('keeps the whole name %s (%s)', (name, type) => expect(byName.get(name)?.type).toBe(type));
  it.each([['Francisco International Airport'], ['Health Administration'], ['Exchange Commission'], ['Russia and Iran Trade Council']])(
    'does not mine %s',
    (name) => expect(byName.has(name)).toBe(false),
  );
  it('a name another source gives is no fragment, however many longer names end with it', () => {
    const again = mineNames(events, { ...ctx, wikilinker: wl, sourceNames: new Set(['international airport']) });
    expect(again.mined.map((m) => m.name)).toContain('International Airport');
    expect(again.fragments).not.toContain('International Airport');
  });
  it('a specific institution keeps the QID of its label', () => {
    const m = mineNames(
      [{ text: 'Trolls of the Internet Research Agency post ads.' }, { text: 'The Internet Research Agency is indicted.' }],
      { ...ctx, commonWords: new Set([...everyday, 'internet', 'research']), wikilinker: new Map([['internet research agency', [{ qid: 'Q1', type: 'organisation', label: 'Internet Research Agency' }]]]) },
    ).mined.find((x) => x.name === 'Internet Research Agency');
    expect(m?.wikidata).toBe('Q1');
  });
  it('a generic institution takes the national form the news gives as an alias, and no QID from its bare label', () => {
    const sec = byName.get('Securities and Exchange Commission')!;
    expect(sec.aliases).toEqual(['U.S. Securities and Exchange Commission']);
    expect(sec.wikidata).toBeUndefined();
  });
});

describe('outlets the bullets cite', () => {
  const cite = (outlets: string[], n: number) => Array.from({ length: n }, () => ({ outlets }));
  const ds = draftsFromOutlets([...cite(['AP via The Wall Street Journal'], 2), ...cite(['The Wall Street Journal'], 2), ...cite(['MSNBC'], 40), ...cite(['Dow Jones via Wall Street Journal'], 1)], new Set(), undefined);
  const byName = new Map(ds.map((d) => [d.name, d]));
  it('"X via Y" cites both outlets and is no outlet itself', () => {
    expect(byName.has('AP via The Wall Street Journal')).toBe(false);
    expect(byName.get('The Wall Street Journal')?.citations).toBe(4);
  });
  it('an outlet cited once or twice is no entity', () => expect(byName.has('Wall Street Journal')).toBe(false));
  it('an outlet counts its citations', () => expect(byName.get('MSNBC')?.citations).toBe(40));
  it('citations raise the prior as news events do', () => {
    const e = { type: 'organisation' as const, sources: ['wikipedia-current-events'] };
    expect(priorOf(e, 40, 0.02)).toBeGreaterThan(priorOf(e, 0, 0.02) + 0.15);
  });
});
