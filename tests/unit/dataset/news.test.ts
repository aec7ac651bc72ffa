import { describe, expect, it } from 'vitest';
import { mineNames, type MinerContext } from '../../../scripts/dataset/mine-names';
import { descriptorBefore, firstSentence, priorOf } from '../../../scripts/dataset/background';
import { headerType, victimsFromHeader } from '../../../scripts/dataset/headers';
import { initials } from '../../../scripts/dataset/acronyms';
import { compileInterimMatcher } from '../../../scripts/dataset/interim-matcher';
import { sample } from '../../../scripts/dataset/report';
import type { PackEntity } from '../../../lib/core/pack';

const ctx: MinerContext = {
  knownNames: new Set(['russia', 'united kingdom', 'nato']),
  commonWords: new Set(['security', 'police', 'agent', 'council', 'the']),
  personNouns: new Set(['spy', 'politician', 'delegate', 'journalist', 'cleric']),
  demonyms: new Map([['Russian', 'RU'], ['British', 'GB']]),
  givenNames: new Set(['Sergei', 'Leonid', 'Theresa', 'Yulia', 'Muqtada', 'Néstor']),
  surnames: new Set(['May']),
  knownPlaces: new Set(['moscow', 'united kingdom', 'argentina']),
};

const events = [
  { text: 'Former Russian spy Sergei Skripal is poisoned in Salisbury, United Kingdom.' },
  { text: 'Police say Sergei Skripal was exposed to a Novichok agent in Salisbury.' },
  { text: 'British Prime Minister Theresa May says the Novichok agent was made in Russia.' },
  { text: 'Russian delegate Leonid Slutsky says talks progress. Security forces patrol Salisbury.' },
  { text: 'Inspectors find Novichok nerve agent traces. The Salisbury District Hospital discharges Yulia Skripal.' },
  { text: 'The USS Carl Vinson visits Da Nang.' },
  { text: 'The USS Carl Vinson leaves.' },
  { text: 'Moscow Leonid Slutsky attends. Security is tight.' },
  { text: 'The Mahdi Army, loyal to Shiite cleric Muqtada al-Sadr, clashes with police.' },
  { text: 'Fighters of the Mahdi Army withdraw.' },
  { text: 'Voters back President of Argentina Néstor Kirchner.' },
];

describe('mining names from the news', () => {
  const { mined } = mineNames(events, ctx);
  const byName = new Map(mined.map((m) => [m.name, m]));
  it.each([
    ['Sergei Skripal', 'person'],
    ['Leonid Slutsky', 'person'],
    ['Salisbury', 'place'],
    ['Novichok', 'thing'],
    ['USS Carl Vinson', 'thing'],
    ['Mahdi Army', 'organisation'],
    ['Muqtada al-Sadr', 'person'],
    ['Néstor Kirchner', 'person'],
  ])('%s is mined as a %s', (name, type) => expect(byName.get(name)?.type).toBe(type));
  it.each([
    ['a known name', 'Russia'],
    ['a sentence-initial common word', 'Security'],
    ['a title', 'Prime Minister Theresa May'],
    ['a place glued before a person', 'Moscow Leonid Slutsky'],
    ['a country after "President of"', 'Argentina Néstor Kirchner'],
    ['a bare known surname', 'May'],
    ['a demonym', 'Russian'],
  ])('does not mine %s (%s)', (_l, name) => expect(byName.has(name)).toBe(false));
  it('takes the country from a demonym before the title', () => expect(byName.get('Leonid Slutsky')?.country).toBe('RU'));
});

describe('news descriptors', () => {
  const lex = { heads: new Set(['spy', 'politician', 'delegate', 'city', 'group']), modifiers: new Set(['former', 'exiled', 'poisoned', 'militant']), capitalised: new Set(['Russian', 'Syrian']) };
  const at = (text: string, name: string) => descriptorBefore(text, text.indexOf(name), lex);
  it.each([
    ['A friend of poisoned exiled Russian spy Sergei Skripal says', 'Sergei Skripal', 'poisoned exiled Russian spy'],
    ['Talks with Russian politician Leonid Slutsky end', 'Leonid Slutsky', 'Russian politician'],
    ['Fighting in the Syrian city of Aleppo continues', 'Aleppo', 'Syrian city'],
    ['The militant group Al-Shabaab attacks', 'Al-Shabaab', 'militant group'],
    ['President Emmanuel Macron says', 'Emmanuel Macron', undefined],
    ['Voters meet Sergei Skripal', 'Sergei Skripal', undefined],
    ['Former spy, Sergei Skripal', 'Sergei Skripal', undefined],
  ])('%s', (text, name, want) => expect(at(text, name)).toBe(want));
  it('cuts a long first sentence at a word', () => {
    expect(firstSentence('One. Two.')).toBe('One.');
    expect(firstSentence('word '.repeat(60), 20)).toBe('word word word word…');
  });
});

describe('story headers', () => {
  it.each([
    ['Poisoning of Sergei and Yulia Skripal', ['Sergei Skripal', 'Yulia Skripal']],
    ['Assassination of Boris Nemtsov', ['Boris Nemtsov']],
    ['Poisoning of the water supply', []],
    ['2021 China floods', []],
  ])('victims of %s', (t, want) => expect(victimsFromHeader(t)).toEqual(want));
  it.each([
    ['Intermediate-Range Nuclear Forces Treaty', 'treaty'],
    ['Russia–NATO relations', 'thing'],
    ['NATO–Russia Council', 'organisation'],
    ['Poisoning of Sergei and Yulia Skripal', 'event'],
  ])('%s is a %s', (t, type) => expect(headerType(t)).toBe(type));
  it('spells initials with one letter per (hyphenated) word', () => expect(initials('Intermediate-Range Nuclear Forces')).toBe('INF'));
});

describe("the builder's interim matcher", () => {
  const e = (id: string, name: string, aliases: string[] = [], type: PackEntity['type'] = 'organisation'): PackEntity => ({ id, type, name, aliases, facts: [], links: [], prior: 0.5, sources: [] });
  const m = compileInterimMatcher(
    [e('q:Q7184', 'NATO'), e('c', 'NATO–Russia Council'), e('p', 'Sergei Skripal', [], 'person'), e('x', 'Prime'), e('country:GBR', 'United Kingdom', ['U.K.'], 'country')],
    new Set(['prime']),
  );
  it('matches longest first, across the dash, without common words, with offsets', () => {
    const text = "The NATO–Russia Council meets; Prime Minister May says Sergei Skripal's case and the U.K. matter to NATO.";
    const r = m.link([{ text }]);
    expect(r.mentions.map((x) => [text.slice(x.start, x.end), x.entity])).toEqual([
      ['NATO–Russia Council', 'c'],
      ['Sergei Skripal', 'p'],
      ['U.K.', 'country:GBR'],
      ['NATO', 'q:Q7184'],
    ]);
  });
});

describe('priors and samples', () => {
  it('ranks by events, sources and being a country, within [0, 1]', () => {
    const country = priorOf({ type: 'country', sources: ['a', 'b'], wikidata: 'Q1' }, 3000, 1);
    const rare = priorOf({ type: 'person', sources: ['a'] }, 1, 0);
    const known = priorOf({ type: 'person', sources: ['a', 'b', 'c'], wikidata: 'Q2' }, 200, 0.4);
    expect(country).toBeLessThanOrEqual(1);
    expect(rare).toBeGreaterThanOrEqual(0);
    expect(country).toBeGreaterThan(known);
    expect(known).toBeGreaterThan(rare);
  });
  it('samples deterministically', () => {
    const xs = Array.from({ length: 100 }, (_, i) => i);
    expect(sample(xs, 5, 1)).toEqual(sample(xs, 5, 1));
    expect(sample(xs, 5, 1)).not.toEqual(sample(xs, 5, 2));
  });
});

describe('a name Wikidata knows only as a company is not a person', () => {
  const wl = new Map([
    ['lehman brothers', [{ qid: 'Q212900', type: 'organisation' as const, label: 'Lehman Brothers' }]],
    ['sergei skripal', [{ qid: 'Q1', type: 'person' as const, label: 'Sergei Skripal' }]],
    ['john walker', [{ qid: 'Q2', type: 'person' as const, label: 'John Walker' }, { qid: 'Q3', type: 'organisation' as const, label: 'John Walker' }]],
  ]);
  const ev = [
    // "X says" twice is a person cue: it fits a company as well
    { text: 'Bank chief Sergei Skripal says Lehman Brothers is sound. Lehman Brothers says it would sell.' },
    { text: 'Analyst Sergei Skripal says Lehman Brothers says it cut jobs. The politician John Walker says nothing.' },
    { text: 'The veteran politician John Walker says the vote is close.' },
  ];
  const { mined } = mineNames(ev, { ...ctx, givenNames: new Set([...ctx.givenNames, 'John']), wikilinker: wl });
  const byName = new Map(mined.map((m) => [m.name, m]));
  it.each([
    ['Lehman Brothers', 'organisation'],
    ['Sergei Skripal', 'person'],
    // Wikidata has the label both as a person and as a company: the news cues decide
    ['John Walker', 'person'],
  ])('%s is mined as a %s', (name, type) => expect(byName.get(name)?.type).toBe(type));
  it('takes the QID of the company', () => expect(byName.get('Lehman Brothers')?.wikidata).toBe('Q212900'));
});

describe('a name that opens with a place or a company, not a first name, is no person', () => {
  const ev = [1, 2, 3, 4].map((i) => ({ text: `On day ${i}, the champion Miami Heat says it won, the analyst Merrill Lynch says shares fell and the delegate Leonid Moscow says hello.` }));
  const { mined } = mineNames(ev, {
    ...ctx,
    commonWords: new Set([...ctx.commonWords, 'heat']),
    knownPlaces: new Set([...ctx.knownPlaces, 'miami']),
    knownOrganisations: new Set(['merrill']),
  });
  const byName = new Map(mined.map((m) => [m.name, m]));
  it.each([
    ['Miami Heat', 'organisation'],
    ['Merrill Lynch', 'organisation'],
    // a known first name before a place keeps the person ("Leonid Moscow")
    ['Leonid Moscow', 'person'],
  ])('%s is mined as a %s', (name, type) => expect(byName.get(name)?.type).toBe(type));
});
