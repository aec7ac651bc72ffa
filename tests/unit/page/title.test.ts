import { describe, expect, it } from 'vitest';
import { normalizeTitle } from '../../../lib/page/title';

describe('normalizeTitle', () => {
  it.each([
    ['ASCII: case and runs of spaces', '  NATO  Expels\tRussian Officials ', 'nato expels russian officials'],
    ['compatibility forms folded (NFKC)', 'Ｎａｔｏ ﬁnance', 'nato finance'],
    ['curly quotes made straight', '‘Talks’ on “security”', "'talks' on \"security\""],
    ['accents kept', 'Élysée talks', 'élysée talks'],
    ['a decomposed accent composed', 'Ele\u0301ysee', 'el\u00e9ysee'],
  ])('%s', (_name, input, expected) => {
    expect(normalizeTitle(input)).toBe(expected);
  });
});
