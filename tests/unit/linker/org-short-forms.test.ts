// The first word of an organisation's name stands for it after the article has named it in full ("Rolls"
// after "Rolls-Royce", "Merrill" after "Merrill Lynch"), never before, never as an everyday word, and never
// over a place or a person of that name.
import { describe, expect, it } from 'vitest';
import { compileLinker, type LinkerEntity } from '../../../lib/core/linker';
import { links } from './fixture';

const ENTITIES: LinkerEntity[] = [
  { id: 'org:rr', type: 'organisation', name: 'Rolls-Royce', aliases: ['Rolls Royce'], prior: 0.33, wikidata: 'Q243278' },
  { id: 'org:rolls', type: 'organisation', name: 'Rolls', aliases: [], prior: 0.2 },
  { id: 'org:ml', type: 'organisation', name: 'Merrill Lynch', aliases: [], prior: 0.3 },
  { id: 'org:gm', type: 'organisation', name: 'General Motors', aliases: ['GM'], prior: 0.6 },
  { id: 'org:mt', type: 'organisation', name: 'Moscow Times', aliases: ['The Moscow Times'], prior: 0.3 },
  { id: 'place:moscow', type: 'place', name: 'Moscow', aliases: [], prior: 0.8, country: 'RU' },
  { id: 'org:rm', type: 'organisation', name: 'Russian Mission', aliases: [], prior: 0.2 },
  { id: 'org:rfm', type: 'organisation', name: 'Russian Foreign Ministry', aliases: [], prior: 0.3 },
  { id: 'org:rr2', type: 'organisation', name: 'Russian Railways', aliases: [], prior: 0.3 },
  { id: 'org:is', type: 'organisation', name: 'Investors Service', aliases: [], prior: 0.2 },
  { id: 'org:nato', type: 'organisation', name: 'NATO', aliases: [], prior: 0.9 },
  { id: 'org:nrc', type: 'organisation', name: 'NATO-Russia Council', aliases: [], prior: 0.3 },
];
const linker = compileLinker(ENTITIES);
const run = (text: string): string[] => links(text, undefined, linker);

describe('an organisation named in full, then by its first word', () => {
  it.each([
    ['Shares in Rolls Royce Plc rose. In 1986, Rolls reported a profit.', ['Rolls Royce=org:rr', 'Rolls=org:rr']],
    ['Merrill Lynch led the issue. Merrill said demand was strong.', ['Merrill Lynch=org:ml', 'Merrill=org:ml']],
    ['Moody\'s Investors Service rated the notes, and Investors said the outlook was stable.', ['Investors Service=org:is', 'Investors=org:is']],
  ])('%j', (text, expected) => {
    expect(run(text)).toEqual(expected);
  });
});

describe('the first word alone does not stand for the organisation', () => {
  it.each([
    // nothing named in full before
    ['Merrill said demand was strong. Merrill Lynch led the issue.', ['Merrill Lynch=org:ml']],
    ['In 1986, Rolls reported a profit.', ['Rolls=org:rolls']],
    // an everyday word
    ['General Motors cut jobs. The General said the war was over.', ['General Motors=org:gm']],
    // a place of that name
    ['The Moscow Times reported it. Moscow denied it.', ['The Moscow Times=org:mt', 'Moscow=place:moscow']],
    // a word that opens many organisations' names ("Russian") names none of them alone
    ['The Russian Mission to NATO closed. Russian officials left.', ['Russian Mission=org:rm', 'NATO=org:nato']],
    // letters in capitals are their own thing
    ['The NATO-Russia Council met. NATO said it would reply.', ['NATO-Russia Council=org:nrc', 'NATO=org:nato']],
  ])('%j', (text, expected) => {
    expect(run(text)).toEqual(expected);
  });
});
