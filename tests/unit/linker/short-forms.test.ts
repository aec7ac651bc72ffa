// A company named in full, then by its first word alone: "Ford Motor Co ... Ford said". The words here open
// three organisations' names each, so the matcher does not index them as short forms: only the article's own
// full mention can make the short word the company.
import { describe, expect, it } from 'vitest';
import { compileLinker, type LinkerEntity } from '../../../lib/core/linker';
import { links } from './fixture';

const org = (id: string, name: string, aliases: string[] = [], prior = 0.5): LinkerEntity => ({ id, type: 'organisation', name, aliases, prior });

const linker = compileLinker([
  org('org:ford', 'Ford Motor Company', ['Ford Motor Co']),
  org('org:ford-foundation', 'Ford Foundation'),
  org('org:ford-credit', 'Ford Motor Credit Company'),
  org('org:dow', 'Dow Chemical Company', ['Dow Chemical']),
  org('org:dow-jones', 'Dow Jones & Company', ['Dow Jones']),
  org('org:dow-corning', 'Dow Corning'),
  org('org:korean-air', 'Korean Air'),
  org('org:kbs', 'Korean Broadcasting System'),
  org('org:kcna', 'Korean Central News Agency'),
  org('org:mfa', 'Russian Foreign Ministry'),
  org('org:russian-railways', 'Russian Railways'),
  org('org:russian-mission', 'Russian Mission'),
  org('org:gm', 'General Motors'),
  org('org:ge', 'General Electric'),
  org('org:general-mills', 'General Mills'),
  org('org:moscow-times', 'The Moscow Times'),
  org('org:moscow-metro', 'Moscow Metro'),
  org('org:moscow-zoo', 'Moscow Zoo'),
  { id: 'place:moscow', type: 'place', name: 'Moscow', aliases: [], prior: 0.8 },
  { id: 'thing:russians', type: 'thing', name: 'Russians', aliases: ['Russian'], prior: 0.1 },
  { id: 'person:gerald-ford', type: 'person', name: 'Gerald Ford', aliases: [], prior: 0.7 },
]);
const link = (text: string): string[] => links(text, undefined, linker);

describe('a company named in full, then by its first word', () => {
  it.each([
    ['Ford Motor Co raised prices. Ford, which sold more trucks, said demand was strong.', ['Ford Motor Co=org:ford', 'Ford=org:ford']],
    ['Ford Motor Co raised prices. Ford last week extended its incentives.', ['Ford Motor Co=org:ford', 'Ford=org:ford']],
    ['Ford Motor Co raised prices. Analysts said Ford would gain.', ['Ford Motor Co=org:ford', 'Ford=org:ford']],
    ["Ford Motor Co raised prices. Ford's trucks sold well.", ['Ford Motor Co=org:ford', 'Ford=org:ford']],
    ['Dow Chemical Co expects profits to rise. Dow posted a gain.', ['Dow Chemical=org:dow', 'Dow=org:dow']],
    // the legal form between the name and its letters: the letters are defined all the same
    ['The chairman of Dow Chemical Co (DOW) spoke. DOW shares rose.', ['Dow Chemical=org:dow', 'DOW=org:dow', 'DOW=org:dow']],
  ])('%j', (text, expected) => {
    expect(link(text)).toEqual(expected);
  });

  it.each([
    // the short word before the full name: nothing says which Ford yet
    ['Ford raised prices. Ford Motor Co said demand was strong.', ['Ford Motor Co=org:ford']],
    // part of another name, or of a person's name
    ['Ford Motor Co gave money to the Ford Foundation.', ['Ford Motor Co=org:ford', 'Ford Foundation=org:ford-foundation']],
    ['Ford Motor Co hosted Gerald Ford. Ford said he was pleased.', ['Ford Motor Co=org:ford', 'Gerald Ford=person:gerald-ford', 'Ford=person:gerald-ford']],
    // two companies named with the same first word: the word alone says neither
    ['Dow Chemical Co and Dow Jones both rose. Dow said nothing.', ['Dow Chemical=org:dow', 'Dow Jones=org:dow-jones']],
    // a modifier or a person of that kind, not the company
    ['Korean Air cut flights. Korean officials left.', ['Korean Air=org:korean-air']],
    ['Korean Air cut flights. A Korean-backed group and a Korean said so.', ['Korean Air=org:korean-air']],
    // the word names a people too
    ['The Russian Foreign Ministry protested. The Russian said so.', ['Russian Foreign Ministry=org:mfa', 'Russian=thing:russians']],
    // a generic word is never the company
    ['General Motors cut jobs. General terms were agreed.', ['General Motors=org:gm']],
    // the word is also a place's full name: the place keeps it
    ['The Moscow Times reported it. Moscow denied it.', ['The Moscow Times=org:moscow-times', 'Moscow=place:moscow']],
  ])('%j', (text, expected) => {
    expect(link(text)).toEqual(expected);
  });
});

describe('abbreviations written with a space and a closing dot', () => {
  const places = compileLinker([
    { id: 'place:wv', type: 'place', name: 'West Virginia', aliases: ['W.Va.'], prior: 0.5 },
    { id: 'place:buckhannon', type: 'place', name: 'Buckhannon', aliases: [], prior: 0.3 },
    { id: 'person:jp-morgan', type: 'person', name: 'J. P. Morgan', aliases: [], prior: 0.3 },
  ]);
  it.each([
    ['BUCKHANNON, W. Va. - The mine reopened.', ['BUCKHANNON=place:buckhannon', 'W. Va.=place:wv']],
    // the closing dot may end the sentence: the next capital does not make a longer unknown name
    ['The mine near Buckhannon, W. Va. As it turned out, few survived.', ['Buckhannon=place:buckhannon', 'W. Va.=place:wv']],
    ['J.P. Morgan lent the money.', ['J.P. Morgan=person:jp-morgan']],
  ])('%j', (text, expected) => {
    expect(links(text, undefined, places)).toEqual(expected);
  });

  it.each([
    // an initial before a name stays an initial: no "W. Va" is read into "W. Vance"
    ['George W. Vance said so.', []],
  ])('%j', (text, expected) => {
    expect(links(text, undefined, places)).toEqual(expected);
  });
});

describe('"the" and the last word of an organisation named in full', () => {
  const papers = compileLinker([
    { id: 'org:nyt', type: 'organisation', name: 'The New York Times', aliases: ['New York Times'], prior: 0.5 },
    { id: 'org:times', type: 'organisation', name: 'The Times', aliases: [], prior: 0.45 },
    { id: 'org:wapo', type: 'organisation', name: 'The Washington Post', aliases: [], prior: 0.5 },
    { id: 'org:nrc', type: 'organisation', name: 'NATO-Russia Council', aliases: [], prior: 0.3 },
    { id: 'org:osu', type: 'organisation', name: 'Ohio State University', aliases: [], prior: 0.4 },
    { id: 'place:times-square', type: 'place', name: 'Times Square', aliases: [], prior: 0.4 },
    { id: 'org:scotus', type: 'organisation', name: 'Supreme Court of the United States', aliases: [], prior: 0.6 },
  ]);
  const run = (text: string): string[] => links(text, undefined, papers);
  it.each([
    // the pack's own "The Times" (of London) yields to the article's antecedent
    ['The New York Times reported it on Wednesday. The Times said it could not reach him.', ['The New York Times=org:nyt', 'The Times=org:nyt']],
    ['Envoys met at the NATO-Russia Council in 2019. Since then the Council has not met.', ['NATO-Russia Council=org:nrc', 'Council=org:nrc']],
  ])('%j', (text, expected) => {
    expect(run(text)).toEqual(expected);
  });

  it.each([
    // no antecedent: the pack's reading stands
    ['The Times said it could not reach him.', ['The Times=org:times']],
    // the short form before the full name
    ['The Council has not met since the NATO-Russia Council of 2019.', ['NATO-Russia Council=org:nrc']],
    // another name goes on after the word
    ['The New York Times reported it. The Times Square crowd cheered.', ['The New York Times=org:nyt', 'Times Square=place:times-square']],
    ['Ohio State University won. The University of Missouri lost.', ['Ohio State University=org:osu']],
    // after "of" the last word is not the organisation's head
    ['The Supreme Court of the United States ruled. He moved to the States.', ['Supreme Court of the United States=org:scotus']],
  ])('%j', (text, expected) => {
    expect(run(text)).toEqual(expected);
  });
});
