// Later mentions: surnames and given names after the full name, family members, defined acronyms.
import { describe, expect, it } from 'vitest';
import { linkBlocks, links } from './fixture';

describe('links later mentions to the full name named earlier', () => {
  it.each([
    [
      'The former double agent Sergei Skripal and his daughter Yulia were poisoned. Skripal survived.',
      ['Sergei Skripal=person:sergei-skripal', 'Yulia=person:yulia-skripal', 'Skripal=person:sergei-skripal'],
    ],
    ['Emmanuel Macron spoke on Monday. Later Macron left.', ['Emmanuel Macron=person:emmanuel-macron', 'Macron=person:emmanuel-macron']],
    ['Xi Jinping arrived. Xi said little.', ['Xi Jinping=person:xi-jinping', 'Xi=person:xi-jinping']],
    ['Angela Merkel met Macron. Merkel said it went well.', ['Angela Merkel=person:angela-merkel', 'Macron=person:emmanuel-macron', 'Merkel=person:angela-merkel']],
    [
      'The World Economic Forum (WEF) met in January. The WEF said growth would slow.',
      ['World Economic Forum=org:wef', 'WEF=org:wef', 'WEF=org:wef'],
    ],
  ])('%j', (text, expected) => {
    expect(links(text)).toEqual(expected);
  });

  it.each([
    // no Yulia is related to anyone named, and given names alone never link
    ['Yulia arrived late.', []],
    ['The talks with Yulia went well.', []],
    // a surname shared by two people in the pack, none named in full: no link
    ['Smith resigned on Monday.', []],
    // an acronym nobody defined
    ['The WEFF met in January.', []],
    // a dateline and its agency: letters that do not start as the name does define nothing
    ['BRUSSELS (AP) - NATO foreign ministers met on Monday. AP reporters were there.', ['BRUSSELS=place:brussels', 'NATO=org:nato']],
  ])('%j', (text, expected) => {
    expect(links(text)).toEqual(expected);
  });

  it('resolves a surname in the headline from the full name in the body', () => {
    const got = linkBlocks([
      { text: 'Merkel warns of crisis', role: 'headline' },
      { text: 'Chancellor Angela Merkel warned on Monday.', role: 'lead' },
    ]);
    expect(got).toEqual(['Merkel=person:angela-merkel', 'Angela Merkel=person:angela-merkel']);
  });

  it('links the surname to the right one of two relatives', () => {
    expect(links('Bill Clinton and Hillary Clinton arrived. Hillary Clinton spoke first.')).toEqual([
      'Bill Clinton=person:bill-clinton',
      'Hillary Clinton=person:hillary-clinton',
      'Hillary Clinton=person:hillary-clinton',
    ]);
  });
});
