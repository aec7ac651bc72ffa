// An everyday-word brand ("House") the news writes only inside other names or after "the" is dropped.
import { describe, expect, it } from 'vitest';
import { headsOtherNames, wordUses } from '../../../scripts/dataset/brand-words';

describe('how the news writes a capitalised everyday word', () => {
  it('counts uses inside a sentence, and those alone', () => {
    const texts = [
      'The White House said the House will vote on the bill.',
      'A bill passed the House of Representatives on Monday.',
      'House Speaker Nancy Pelosi spoke.', // opens the sentence: not counted
      'Oil company Shell reported profits.',
      'Investors sold Shell shares. Shell fell.',
    ];
    const uses = wordUses(texts, new Set(['House', 'Shell']));
    expect(uses.get('House')).toEqual({ seen: 3, alone: 0 });
    expect(uses.get('Shell')).toEqual({ seen: 2, alone: 2 });
  });

  it.each([
    [{ seen: 1382, alone: 21 }, true],
    [{ seen: 43, alone: 17 }, false],
    // too few uses to say
    [{ seen: 12, alone: 0 }, false],
    [undefined, false],
  ])('%j heads other names: %s', (use, want) => {
    expect(headsOtherNames(use)).toBe(want);
  });
});
