// Matching: every alias, longest first, at word boundaries, as readers write names.
import { describe, expect, it } from 'vitest';
import { links } from './fixture';

describe('links names written the way readers write them', () => {
  it.each([
    ['Talks at the NATO-Russia Council resumed.', ['NATO-Russia Council=org:nrc']],
    ['Talks at the NATO–Russia Council resumed.', ['NATO–Russia Council=org:nrc']],
    ['Talks at the NATO Russia Council resumed.', ['NATO Russia Council=org:nrc']],
    ['The meeting of Pedro Sanchez ended.', ['Pedro Sanchez=person:pedro-sanchez']],
    ['The meeting of Pedro Sánchez ended.', ['Pedro Sánchez=person:pedro-sanchez']],
    ['He criticised NATO’s plans.', ['NATO=org:nato']],
    ["He criticised NATO's plans.", ['NATO=org:nato']],
    ['the former agent Sergei\nSkripal was poisoned', ['Sergei\nSkripal=person:sergei-skripal']],
    ['a deal with the U.S. was signed', ['U.S.=country:US']],
    ['they moved to St. Louis last year', ['St. Louis=place:st-louis']],
    ['they moved to St Louis last year', ['St Louis=place:st-louis']],
    ['the end of the INF treaty came', ['INF treaty=treaty:inf']],
    ['she met George W. Bush there', ['George W. Bush=person:george-w-bush']],
    ['she met the Paris Hilton fans', ['Paris Hilton=person:paris-hilton']],
    ['the attacks by al-Qaeda in 2001', ['al-Qaeda=organisation:al-qaeda'.replace('organisation', 'org')]],
    ['Apple Inc. said on Monday', ['Apple Inc=org:apple']],
  ])('%j', (text, expected) => {
    expect(links(text)).toEqual(expected);
  });
});

describe('matches only whole words and the longest name', () => {
  it.each([
    ['The Parisian cafés were full.', []],
    ['He met UKIP leaders on Monday.', []],
    ['Talks at the NATO-Russia Council resumed.', ['NATO-Russia Council=org:nrc']],
    ['A NATOish policy was planned.', []],
  ])('%j', (text, expected) => {
    expect(links(text)).toEqual(expected);
  });

  it.each([['He flew from Paris. Hilton fans waited.'], ['He flew to Paris, Hilton said.'], ['He flew to Paris\n\nHilton fans waited.']])(
    'no name across punctuation or a blank line: %j',
    (text) => {
      expect(links(text)).toContain('Paris=place:paris');
      expect(links(text).filter((l) => l.includes('Paris') && l.includes('Hilton'))).toEqual([]);
    },
  );
});
