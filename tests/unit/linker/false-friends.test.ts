// Common words that are also names, sentence-initial capitals, acronyms that must match case.
import { describe, expect, it } from 'vitest';
import { compileLinker } from '../../../lib/core/linker';
import { fixturePack, links } from './fixture';

describe('refuses false friends', () => {
  it.each([
    ['The talks may resume in May next year.', []],
    ['The election was held in May.', []],
    ['May we ask a question?', []],
    ['Will the talks resume next week?', []],
    ['The bill was passed by the Senate.', []],
    ['They ate turkey for dinner.', []],
    ['Let us go there together.', []],
    ['Us and them is a song.', []],
    ['Who knows what comes next.', []],
    ['Alliance members met on Monday.', []],
    ['The Alliance justified the move on Wednesday.', []],
    ['Top jobs of the day', []],
    ['Top officials resigned.', []],
    ['we met at the top of the hill', []],
    ['a kind of chad was left in the ballot', []],
  ])('%j links nothing', (text, expected) => {
    expect(links(text)).toEqual(expected);
  });

  it.each([
    ['Troops were sent to Turkey on Monday.', ['Turkey=country:TR']],
    ['Refugees fled from Chad to Sudan.', ['Chad=country:TD']],
    ['He spoke for the US at the talks.', ['US=country:US']],
    ['Talks between the US and Russia resumed.', ['US=country:US', 'Russia=country:RU']],
    ['The WHO said the outbreak was over.', ['WHO=org:who']],
    ['Prime Minister Theresa May resigned. May said she was sorry.', ['Theresa May=person:theresa-may', 'May=person:theresa-may']],
    ['The actor Will Smith arrived. Later Will said hello.', ['Will Smith=person:will-smith', 'Will=person:will-smith']],
    ['Later, Bill Clinton spoke.', ['Bill Clinton=person:bill-clinton']],
  ])('%j', (text, expected) => {
    expect(links(text)).toEqual(expected);
  });
});

describe('names inside longer names and other non-names', () => {
  it.each([
    // a known one-word name inside a longer capitalised name the pack does not know
    ['Shares of Burlington Industries rose.', []],
    ['The plant in Burlington closed.', ['Burlington=place:burlington']],
    // a contraction is never a name
    ["I'm sure it will work.", []],
    // an alias the pack writes in lower case names a kind of thing
    ['The Alliance won the vote in Vienna.', []],
  ])('%j', (text, expected) => {
    expect(links(text)).toEqual(expected);
  });

  it.each([
    ['Service resumed on Monday.', []],
    ['He praised Service for the results.', ['Service=org:service-co']],
  ])('everyday words passed as commonWords only open a sentence as names: %j', (text, expected) => {
    const linker = compileLinker(fixturePack.entities, { commonWords: new Set(['service']) });
    expect(links(text, undefined, linker)).toEqual(expected);
  });
});
