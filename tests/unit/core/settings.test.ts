import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, parseSettings } from '../../../lib/core/settings';

describe('parseSettings', () => {
  it.each([
    ['nothing stored', undefined, DEFAULT_SETTINGS],
    ['garbage', 'yes please', DEFAULT_SETTINGS],
    ['an array', [1, 2], DEFAULT_SETTINGS],
  ])('%s gives the defaults', (_n, raw, expected) => expect(parseSettings(raw)).toEqual(expected));

  it.each([
    ['sites are normalised, deduplicated and sorted', { sites: ['WWW.B.com', 'a.com', 'a.com', 42, 'bad host!'] }, { sites: ['a.com', 'b.com'] }],
    ['confidence is clamped', { minConfidence: 7 }, { minConfidence: 1 }],
    ['a non-number confidence falls back', { minConfidence: 'high' }, { minConfidence: DEFAULT_SETTINGS.minConfidence }],
    ['hover delay is clamped and rounded', { hoverDelayMs: -3.4 }, { hoverDelayMs: 0 }],
    ['an unknown mode falls back', { mode: 'sometimes' }, { mode: 'all-except' }],
    ['types keep known booleans only', { types: { person: false, alien: true, place: 'no' } }, { types: { ...DEFAULT_SETTINGS.types, person: false } }],
  ])('%s', (_n, raw, expected) => {
    expect(parseSettings(raw)).toEqual({ ...DEFAULT_SETTINGS, ...expected });
  });

  it('keeps what is valid when one field is bad', () => {
    expect(parseSettings({ mode: 'only-listed', sites: ['a.com'], minConfidence: NaN })).toMatchObject({ mode: 'only-listed', sites: ['a.com'], minConfidence: 0.5 });
  });
});
