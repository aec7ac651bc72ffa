import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, migrateSettings, parseSettings } from '../../../lib/core/settings';

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

describe('migrateSettings / parseSettings across versions', () => {
  const allOff = Object.fromEntries(Object.keys(DEFAULT_SETTINGS.types).map((t) => [t, false]));
  it.each([
    ['unversioned with disabledSites', { disabledSites: ['www.a.com', 'b.org'] }, { mode: 'all-except', sites: ['a.com', 'b.org'] }],
    ['unversioned with enabledTypes', { enabledTypes: ['person', 'country'] }, { types: { ...allOff, person: true, country: true } }],
    ['unversioned keeps fields that already had their names', { hoverDelayMs: 800, highlightStyle: 'background' }, { hoverDelayMs: 800, highlightStyle: 'background' }],
    ['unversioned: a current-style sites list wins over disabledSites', { sites: ['c.net'], disabledSites: ['a.com'] }, { sites: ['c.net'] }],
    ['unversioned with a bad disabledSites is ignored', { disabledSites: 'a.com' }, {}],
    ['version 1 is read as it is (disabledSites means nothing there)', { version: 1, disabledSites: ['a.com'], minConfidence: 0.7 }, { minConfidence: 0.7 }],
    ['a newer version keeps the fields this version knows', { version: 9, mode: 'only-listed', sites: ['a.com'], futureField: true }, { mode: 'only-listed', sites: ['a.com'] }],
    ['a nonsense version is not migrated', { version: 'one', disabledSites: ['a.com'] }, {}],
  ])('%s', (_n, raw, expected) => {
    expect(parseSettings(raw)).toEqual({ ...DEFAULT_SETTINGS, ...expected });
  });

  it('migrates step by step and stamps the current version', () => {
    expect(migrateSettings({ disabledSites: ['a.com'] })).toEqual({ version: SETTINGS_VERSION, mode: 'all-except', sites: ['a.com'] });
    expect(migrateSettings({ version: SETTINGS_VERSION, sites: ['x.com'] })).toEqual({ version: SETTINGS_VERSION, sites: ['x.com'] });
  });
});
