// WordSet: a word is in the set when its h1 is one of the members' h1s and its h2 one of their h2s, as two
// plain Sets of the hashes would say, for sets of any size.
import { describe, expect, it } from 'vitest';
import { hashWord, WordSet } from '../../../lib/core/normalize';

function words(n: number, seed: number): string[] {
  let x = seed;
  const out: string[] = [];
  for (let k = 0; k < n; k++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    let w = '';
    for (let c = 0, len = 1 + (x % 9); c < len; c++) w += String.fromCharCode(97 + ((x >>> (c * 3)) % 26));
    out.push(w);
  }
  return out;
}

describe('WordSet', () => {
  it.each([0, 1, 5, 40, 3000])('agrees with two Sets of hashes for %i members', (n) => {
    const members = words(n, n + 1);
    const set = new WordSet(members);
    const h1s = new Set(members.map((w) => hashWord(w)[0]));
    const h2s = new Set(members.map((w) => hashWord(w)[1]));
    for (const w of [...members, ...words(5000, 99)]) {
      const [h1, h2] = hashWord(w);
      expect(set.has(h1, h2)).toBe(h1s.has(h1) && h2s.has(h2));
    }
    for (const w of members) expect(set.has(...hashWord(w))).toBe(true);
  });

  it('reads words as the tokenizer keys them (case, accents, apostrophes)', () => {
    const set = new WordSet(['said', 'Sánchez', "O'Brien"]);
    expect(set.has(...hashWord('SAID'))).toBe(true);
    expect(set.has(...hashWord('sanchez'))).toBe(true);
    expect(set.has(...hashWord('OBrien'))).toBe(true);
    expect(set.has(...hashWord('says'))).toBe(false);
  });

  it('answers hashes of 0 like any other', () => {
    const set = new WordSet(['a']);
    expect(set.has(0, 0)).toBe(false);
  });
});
