// The parts of a person's name that later mentions use, read without regular expressions: titles and
// suffixes left out, particles kept with the surname, asides in parentheses and commas ignored.
import { describe, expect, it } from 'vitest';
import { isSpaceCode, nameParts, withCompanyShortNames } from '../../../lib/core/name-parts';

describe('nameParts', () => {
  it.each([
    ['Sergei Skripal', { given: 'Sergei', surname: 'Skripal' }],
    ['Vincent van Gogh', { given: 'Vincent', surname: 'Gogh', surnameWithParticle: 'van Gogh' }],
    ['Vincent  van,\tGogh', { given: 'Vincent', surname: 'Gogh', surnameWithParticle: 'van Gogh' }],
    ['Mr. John Smith Jr.', { given: 'John', surname: 'Smith' }],
    ['President Emmanuel Macron', { given: 'Emmanuel', surname: 'Macron' }],
    ['DR. Jane Doe PhD', { given: 'Jane', surname: 'Doe' }],
    ['Lula (politician) da Silva', { given: 'Lula', surname: 'Silva', surnameWithParticle: 'da Silva' }],
    ['Smith(Jr) Jones', { given: 'Smith', surname: 'Jones' }],
    ['Ana (a (b) Maria', { given: 'Ana', surname: 'Maria' }],
    ['Ana (unclosed Maria', { given: 'Ana', surname: 'Maria' }],
    ['Kim, Jong-un', { given: 'Kim', surname: 'Jong-un' }],
    ['Angela\u00a0Merkel', { given: 'Angela', surname: 'Merkel' }],
    ['de Gaulle Charles', { surname: 'Charles' }], // a particle is no given name
    ['J. Smith', { surname: 'Smith' }], // an initial is no given name
    ['Sean O’Neil', { given: 'Sean', surname: 'O’Neil' }],
    ['José Sánchez', { given: 'José', surname: 'Sánchez' }],
    ['İbrahim Ö', { given: 'İbrahim' }], // a one-letter surname is none
  ] as const)('%j -> %j', (name, parts) => {
    expect(nameParts(name)).toEqual(parts);
  });

  it.each([['Madonna'], ['Mr. Bean'], ['Prince Charles (King Charles III)'], ['Smith Jr.'], [''], ['   '], ['(Anonymous) (Person)']])('%j has none', (name) => {
    expect(nameParts(name)).toEqual({});
  });
});

describe('isSpaceCode', () => {
  it('agrees with the \\s of regular expressions on every UTF-16 code unit', () => {
    const disagree: number[] = [];
    for (let c = 0; c < 0x10000; c++) if (isSpaceCode(c) !== /\s/.test(String.fromCharCode(c))) disagree.push(c);
    expect(disagree).toEqual([]);
  });
});

describe('withCompanyShortNames', () => {
  it.each([
    ['Ford Motor Company', ['Ford'], ['Ford', 'Ford Motor']],
    ['Apple Inc.', ['Apple Computer Inc.'], ['Apple Computer Inc.', 'Apple', 'Apple Computer']],
    ['Apple Inc.', ['Apple'], ['Apple']], // already an alias
    ['Bank of England', ['BoE'], ['BoE']],
  ] as const)('%j with %j -> %j', (name, aliases, expected) => {
    expect(withCompanyShortNames(name, aliases)).toEqual(expected);
  });

  it('returns the very aliases array when nothing is added', () => {
    const aliases = ['BoE'];
    expect(withCompanyShortNames('Bank of England', aliases)).toBe(aliases);
  });
});
