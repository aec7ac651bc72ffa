// The reader's settings: their shape, defaults, validation and migration. Read through parseSettings so a
// damaged or older stored value never breaks the extension.
import { ENTITY_TYPES, type EntityType } from './pack';
import { normaliseSite, type SiteMode } from './sites';

export const SETTINGS_VERSION = 1;

export type HighlightStyle = 'underline' | 'background';

export interface Settings {
  version: typeof SETTINGS_VERSION;
  mode: SiteMode;
  /** Sites switched off (mode all-except) or on (mode only-listed). */
  sites: string[];
  /** Which entity types are marked on pages. */
  types: Record<EntityType, boolean>;
  /** Links below this confidence are not marked. */
  minConfidence: number;
  highlightStyle: HighlightStyle;
  hoverDelayMs: number;
  /** Mark the main text of pages that do not look like articles too. */
  anyPage: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  version: SETTINGS_VERSION,
  mode: 'all-except',
  sites: [],
  types: Object.fromEntries(ENTITY_TYPES.map((t) => [t, true])) as Record<EntityType, boolean>,
  minConfidence: 0.5,
  highlightStyle: 'underline',
  hoverDelayMs: 500,
  anyPage: false,
};

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function clamp(n: unknown, lo: number, hi: number, fallback: number): number {
  return typeof n === 'number' && Number.isFinite(n) ? Math.min(hi, Math.max(lo, n)) : fallback;
}

type Raw = Record<string, unknown>;

/**
 * One step per version: MIGRATIONS[n] turns a version-n value into a version-(n+1) value. Version 0 is any
 * stored object without a `version`, the early shape with `disabledSites` (sites switched off) and
 * `enabledTypes` (a list of the types to mark). A new version adds a row here and bumps SETTINGS_VERSION.
 */
const MIGRATIONS: Record<number, (raw: Raw) => Raw> = {
  0: ({ disabledSites, enabledTypes, ...rest }) => {
    const out: Raw = { ...rest, version: 1 };
    if (Array.isArray(disabledSites) && rest.sites === undefined) {
      out.mode = 'all-except';
      out.sites = disabledSites;
    }
    if (Array.isArray(enabledTypes) && rest.types === undefined) {
      out.types = Object.fromEntries(ENTITY_TYPES.map((t) => [t, enabledTypes.includes(t)]));
    }
    return out;
  },
};

/** The stored value's version: 0 when it has none, null when it is not a whole number (then it is not trusted). */
function versionOf(raw: Raw): number | null {
  if (raw.version === undefined) return 0;
  return typeof raw.version === 'number' && Number.isInteger(raw.version) && raw.version >= 0 ? raw.version : null;
}

/** Brings a stored value up to SETTINGS_VERSION, one step at a time. A value from a newer version is read as is. */
export function migrateSettings(raw: Raw): Raw {
  let value = raw;
  let version = versionOf(value);
  if (version === null) return { ...value, version: SETTINGS_VERSION };
  while (version < SETTINGS_VERSION) {
    const step = MIGRATIONS[version];
    if (!step) break;
    value = step(value);
    version += 1;
  }
  return value;
}

/** Migrates, then validates field by field: a bad field falls back to its default, the rest is kept. */
export function parseSettings(stored: unknown): Settings {
  if (!isRecord(stored)) return structuredClone(DEFAULT_SETTINGS);
  const raw = migrateSettings(stored);
  const d = DEFAULT_SETTINGS;
  const sites = Array.isArray(raw.sites)
    ? [...new Set(raw.sites.filter((s): s is string => typeof s === 'string').map(normaliseSite).filter((s): s is string => s !== null))].sort()
    : [];
  const types = { ...d.types };
  if (isRecord(raw.types)) for (const t of ENTITY_TYPES) if (typeof raw.types[t] === 'boolean') types[t] = raw.types[t];
  return {
    version: SETTINGS_VERSION,
    mode: raw.mode === 'only-listed' ? 'only-listed' : 'all-except',
    sites,
    types,
    minConfidence: clamp(raw.minConfidence, 0, 1, d.minConfidence),
    highlightStyle: raw.highlightStyle === 'background' ? 'background' : 'underline',
    hoverDelayMs: Math.round(clamp(raw.hoverDelayMs, 0, 3000, d.hoverDelayMs)),
    anyPage: typeof raw.anyPage === 'boolean' ? raw.anyPage : d.anyPage,
  };
}
