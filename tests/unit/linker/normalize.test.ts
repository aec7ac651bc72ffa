import { describe, expect, it } from 'vitest';
import { phoneticKey } from '../../../lib/core/name-parts';
import { foldText, GAP_HARD, GAP_SOFT, TokenFlag, tokenizeHashed } from '../../../lib/core/normalize';

function keys(text: string): string[] {
  const t = tokenizeHashed(text);
  return Array.from({ length: t.count }, (_, i) => `${t.h1[i]}:${t.h2[i]}`);
}
function surfaces(text: string): string[] {
  const t = tokenizeHashed(text);
  return Array.from({ length: t.count }, (_, i) => text.slice(t.start[i], t.end[i]));
}

describe('foldText', () => {
  it.each([
    ['Sánchez', 'sanchez'],
    ['Müller', 'muller'],
    ['Straße', 'strasse'],
    ['Łódź', 'lodz'],
    ['Øresund', 'oresund'],
    ['Œuvre', 'oeuvre'],
    ['NATO', 'nato'],
  ])('%s -> %s', (input, folded) => {
    expect(foldText(input)).toBe(folded);
  });
});

describe('tokens that readers see as the same', () => {
  it.each([
    ['Sánchez', 'Sanchez'],
    ['SÁNCHEZ', 'sanchez'],
    ['NATO–Russia Council', 'NATO-Russia Council'],
    ['NATO—Russia', 'NATO-Russia'],
    ['NATO’s', 'NATO'],
    ["NATO's", 'NATO'],
    ["Skripal's", 'Skripal'],
    ['O’Brien', "O'Brien"],
    ['U.S.', 'US'],
    ['Sergei\nSkripal', 'Sergei Skripal'],
    ['Sergei  Skripal', 'Sergei Skripal'],
  ])('%j = %j', (a, b) => {
    expect(keys(a)).toEqual(keys(b));
  });

  it.each([
    ['Paris', 'Parish'],
    ['US', 'USA'],
    ['Sergei Skripal', 'Sergei Skripa'],
  ])('%j != %j', (a, b) => {
    expect(keys(a)).not.toEqual(keys(b));
  });
});

describe('token spans stay in original offsets', () => {
  it.each([
    ["NATO's actions", ['NATO', 'actions']],
    ['NATO’s deterrent', ['NATO', 'deterrent']],
    ['the U.S. Senate', ['the', 'U.S.', 'Senate']],
    ['Mr. Smith', ['Mr', 'Smith']],
    ['O’Brien said', ['O’Brien', 'said']],
    ['Sánchez, Müller', ['Sánchez', 'Müller']],
    ['(Photo: imago)', ['Photo', 'imago']],
  ])('%j', (text, expected) => {
    expect(surfaces(text)).toEqual(expected);
  });
});

describe('gaps and flags', () => {
  it('joins across hyphens and single line breaks, not across blank lines or punctuation', () => {
    const t = tokenizeHashed('A-B\nC\n\nD. E, F');
    expect(t.gap[1]).toBe(GAP_SOFT);
    expect(t.gap[2]).toBe(GAP_SOFT);
    expect(t.gap[3]).toBe(GAP_HARD);
    expect(t.gap[4]).not.toBe(GAP_SOFT);
    expect(t.gap[5]).not.toBe(GAP_SOFT);
  });
  it.each([
    ['NATO said', 0, TokenFlag.AllCaps | TokenFlag.Capitalised | TokenFlag.SentenceStart, true],
    ['and NATO said', 1, TokenFlag.SentenceStart, false],
    ['It ended. May came', 2, TokenFlag.SentenceStart, true],
    ['It ended. Then May came', 3, TokenFlag.SentenceStart, false],
    ['Mr. May came', 1, TokenFlag.SentenceStart, false],
    ['the U.S. said', 1, TokenFlag.DottedAcronym, true],
    ['in Turkey', 1, TokenFlag.Capitalised, true],
    ['a turkey', 1, TokenFlag.Capitalised, false],
  ])('%j token %i', (text, index, flag, set) => {
    const t = tokenizeHashed(text);
    expect((t.flags[index]! & flag) === flag).toBe(set);
  });
});

describe('phonetic keys of transliterated names', () => {
  it.each([
    ['sluzki', 'slutsky'],
    ['gorbatschow', 'gorbachev'],
    ['jelzin', 'yeltsin'],
    ['tschaikowski', 'chaikovsky'],
  ])('%s = %s', (a, b) => {
    expect(phoneticKey(a)).toBe(phoneticKey(b));
  });
  it.each([
    ['slutsky', 'sikorsky'],
    ['putin', 'peskov'],
  ])('%s != %s', (a, b) => {
    expect(phoneticKey(a)).not.toBe(phoneticKey(b));
  });
});

describe('tokens do not depend on how the string was built', () => {
  // engines keep substrings and concatenations as views; the tokenizer reads a flat copy of them
  const article = 'Sergei Skripal and his daughter Yulia were poisoned in Salisbury, the U.S. said on Monday.';
  const fields = (text: string): string => {
    const t = tokenizeHashed(text);
    return JSON.stringify(Array.from({ length: t.count }, (_, i) => [t.start[i], t.end[i], t.flags[i], t.h1[i], t.h2[i], t.gap[i]]));
  };
  it.each([
    ['a substring', `xx${article}yy`.slice(2, -2)],
    ['a concatenation', article.slice(0, 40) + article.slice(40)],
    ['a short substring', 'Mr. Yulia Skripal'.slice(4)],
    ['a repeated string', article.repeat(3).slice(article.length, 2 * article.length)],
  ])('%s', (_label, built) => {
    expect(built.length).toBeGreaterThan(0);
    expect(fields(built)).toBe(fields(String(built).split('').join('')));
    expect(surfaces(built)).toEqual(surfaces(built.split('').join('')));
  });
  it('keeps the offsets of the text it was given', () => {
    const t = tokenizeHashed(`  ${article}`.slice(1));
    expect(` ${article}`.slice(t.start[0], t.end[0])).toBe('Sergei');
  });
});

describe('an abbreviation spaced after its initial is one token', () => {
  it.each([
    ['W. Va.', 'W.Va.'],
    ['Buckhannon, W. Va. - One', 'Buckhannon, W.Va. - One'],
    ['N. Y.', 'N.Y.'],
    ['J. P. Morgan', 'J.P. Morgan'],
    ['George H. W. Bush', 'George H.W. Bush'],
  ])('%j = %j', (a, b) => {
    expect(keys(a)).toEqual(keys(b));
  });

  it.each([
    // a name after an initial, or a word longer than an abbreviation's, stays a word of its own
    ['George W. Bush', ['George', 'W', 'Bush']],
    ['Robert E. Lee.', ['Robert', 'E', 'Lee']],
    ['Harry S. Truman', ['Harry', 'S', 'Truman']],
    ['Plan B. Then', ['Plan', 'B', 'Then']],
    ['W. Vab.', ['W', 'Vab']],
  ])('%j stays %j', (text, expected) => {
    expect(surfaces(text)).toEqual(expected);
  });
});
