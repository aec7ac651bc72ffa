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

/** Validates a stored value field by field: a bad field falls back to its default, the rest is kept. */
export function parseSettings(raw: unknown): Settings {
  if (!isRecord(raw)) return structuredClone(DEFAULT_SETTINGS);
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
