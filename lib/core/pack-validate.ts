// Validation of a pack before it is installed: the store trusts nothing it did not check here.
// Pure and defensive: it inspects only the fields the format defines (so deep nesting elsewhere is never
// walked), checks lengths before running any pattern, and stops after a bounded number of errors.

import { ENTITY_TYPES, PACK_FORMAT, PROVENANCE_FIELDS, type Pack } from './pack';

export interface PackError {
  /** Where the problem is, e.g. "entities[12].aliases[3]". */
  path: string;
  message: string;
}

export interface PackLimits {
  maxEntities: number;
  maxEvents: number;
  maxSources: number;
  maxAliases: number;
  maxFacts: number;
  maxLinks: number;
  maxEventEntities: number;
  maxThreads: number;
  /** Names, aliases, ids, labels, fact values. */
  maxShortString: number;
  /** Descriptions and event text. */
  maxLongString: number;
  maxErrors: number;
}

// Generous enough for the full pack (about 100k entities, 110k events) with room to grow.
export const DEFAULT_PACK_LIMITS: PackLimits = {
  maxEntities: 1_000_000,
  maxEvents: 1_000_000,
  maxSources: 200,
  maxAliases: 500,
  maxFacts: 200,
  maxLinks: 50,
  maxEventEntities: 500,
  maxThreads: 50,
  maxShortString: 1_000,
  maxLongString: 20_000,
  maxErrors: 20,
};

export type PackValidation = { ok: true; pack: Pack } | { ok: false; errors: PackError[] };

const ENTITY_TYPE_SET: ReadonlySet<string> = new Set(ENTITY_TYPES);
const PROVENANCE_SET: ReadonlySet<string> = new Set(PROVENANCE_FIELDS);
const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const PARTIAL_DATE_RE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const TIMESTAMP_RE = /^(\d{4})-(\d{2})-(\d{2})T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:Z|[+-]\d{2}:\d{2})$/;
const QID_RE = /^Q[1-9]\d*$/;
const COUNTRY_RE = /^[A-Z]{2}$/;

/** Thrown internally to unwind as soon as enough errors were collected. */
class TooManyErrors extends Error {}

class Checker {
  readonly errors: PackError[] = [];
  constructor(readonly limits: PackLimits) {}

  fail(path: string, message: string): void {
    this.errors.push({ path, message });
    if (this.errors.length >= this.limits.maxErrors) throw new TooManyErrors();
  }

  record(value: unknown, path: string): Record<string, unknown> | undefined {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      this.fail(path, `must be an object, got ${kindOf(value)}`);
      return undefined;
    }
    return value as Record<string, unknown>;
  }

  array(value: unknown, path: string, max: number): unknown[] | undefined {
    if (!Array.isArray(value)) {
      this.fail(path, `must be an array, got ${kindOf(value)}`);
      return undefined;
    }
    if (value.length > max) {
      this.fail(path, `has ${value.length} items, more than the limit of ${max}`);
      return undefined;
    }
    return value;
  }

  string(value: unknown, path: string, max: number, opts: { allowEmpty?: boolean } = {}): string | undefined {
    if (typeof value !== 'string') {
      this.fail(path, `must be a string, got ${kindOf(value)}`);
      return undefined;
    }
    if (value.length > max) {
      this.fail(path, `is ${value.length} characters long, more than the limit of ${max}`);
      return undefined;
    }
    if (!opts.allowEmpty && value.trim() === '') {
      this.fail(path, 'must not be empty');
      return undefined;
    }
    const bad = loneSurrogateAt(value);
    if (bad >= 0) {
      this.fail(path, `holds a lone surrogate (invalid UTF-16) at character ${bad}`);
      return undefined;
    }
    return value;
  }

  optionalString(obj: Record<string, unknown>, key: string, path: string, max: number): string | undefined {
    if (obj[key] === undefined) return undefined;
    return this.string(obj[key], `${path}.${key}`, max);
  }
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/** Index of the first unpaired UTF-16 surrogate, or -1. */
function loneSurrogateAt(s: string): number {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = s.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
      else return i;
    } else if (c >= 0xdc00 && c <= 0xdfff) return i;
  }
  return -1;
}

function validMonthDay(year: number, month: number | undefined, day: number | undefined): boolean {
  if (month === undefined) return true;
  if (month < 1 || month > 12) return false;
  if (day === undefined) return true;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day >= 1 && day <= days;
}

function isDay(s: string): boolean {
  const m = DAY_RE.exec(s);
  return !!m && validMonthDay(Number(m[1]), Number(m[2]), Number(m[3]));
}

function isPartialDate(s: string): boolean {
  const m = PARTIAL_DATE_RE.exec(s);
  if (!m) return false;
  return validMonthDay(Number(m[1]), m[2] === undefined ? undefined : Number(m[2]), m[3] === undefined ? undefined : Number(m[3]));
}

function isTimestamp(s: string): boolean {
  const m = TIMESTAMP_RE.exec(s);
  return !!m && validMonthDay(Number(m[1]), Number(m[2]), Number(m[3]));
}

export function validatePack(input: unknown, limits: Partial<PackLimits> = {}): PackValidation {
  const c = new Checker({ ...DEFAULT_PACK_LIMITS, ...limits });
  try {
    checkPack(c, input);
  } catch (e) {
    if (!(e instanceof TooManyErrors)) {
      // Hostile input (a throwing getter, a proxy) must not escape as an exception.
      c.errors.push({ path: '', message: `could not be read: ${e instanceof Error ? e.message.slice(0, 200) : 'unknown error'}` });
    }
  }
  if (c.errors.length > 0) return { ok: false, errors: c.errors };
  return { ok: true, pack: input as Pack };
}

function checkPack(c: Checker, input: unknown): void {
  const pack = c.record(input, '(pack)');
  if (!pack) return;
  const L = c.limits;

  if (pack.format !== PACK_FORMAT) {
    const got = typeof pack.format === 'string' ? `"${pack.format.slice(0, 80)}"` : kindOf(pack.format);
    // An unknown version is fatal: nothing else in the document can be trusted to mean what v1 means.
    c.fail('format', `unknown pack format ${got}; this version of Backstory reads "${PACK_FORMAT}"`);
    return;
  }
  c.string(pack.id, 'id', L.maxShortString);
  c.string(pack.version, 'version', L.maxShortString);
  const builtAt = c.string(pack.builtAt, 'builtAt', L.maxShortString);
  if (builtAt !== undefined && !isTimestamp(builtAt)) c.fail('builtAt', `must be an ISO timestamp, got "${builtAt.slice(0, 40)}"`);

  const sourceIds = new Set<string>();
  const sources = c.array(pack.sources, 'sources', L.maxSources);
  sources?.forEach((raw, i) => {
    const path = `sources[${i}]`;
    const s = c.record(raw, path);
    if (!s) return;
    const id = c.string(s.id, `${path}.id`, L.maxShortString);
    for (const key of ['name', 'licence', 'attribution', 'url'] as const) c.string(s[key], `${path}.${key}`, L.maxLongString);
    if (id === undefined) return;
    if (sourceIds.has(id)) c.fail(`${path}.id`, `duplicate source id "${id}"`);
    sourceIds.add(id);
  });

  const entityIds = new Set<string>();
  const entities = c.array(pack.entities, 'entities', L.maxEntities);
  if (entities) {
    for (let i = 0; i < entities.length; i++) {
      const id = checkEntity(c, entities[i], `entities[${i}]`, sourceIds);
      if (id === undefined) continue;
      if (entityIds.has(id)) c.fail(`entities[${i}].id`, `duplicate entity id "${id.slice(0, 80)}"`);
      entityIds.add(id);
    }
  }

  const eventIds = new Set<string>();
  const events = c.array(pack.events, 'events', L.maxEvents);
  if (events) {
    for (let i = 0; i < events.length; i++) {
      const id = checkEvent(c, events[i], `events[${i}]`, sourceIds, entities ? entityIds : undefined);
      if (id === undefined) continue;
      if (eventIds.has(id)) c.fail(`events[${i}].id`, `duplicate event id "${id.slice(0, 80)}"`);
      eventIds.add(id);
    }
  }
}

function checkEntity(c: Checker, raw: unknown, path: string, sourceIds: ReadonlySet<string>): string | undefined {
  const L = c.limits;
  const e = c.record(raw, path);
  if (!e) return undefined;
  const id = c.string(e.id, `${path}.id`, L.maxShortString);
  if (typeof e.type !== 'string' || !ENTITY_TYPE_SET.has(e.type)) {
    const got = typeof e.type === 'string' ? `"${e.type.slice(0, 40)}"` : kindOf(e.type);
    c.fail(`${path}.type`, `must be one of ${ENTITY_TYPES.join(', ')}; got ${got}`);
  }
  c.string(e.name, `${path}.name`, L.maxShortString);
  c.array(e.aliases, `${path}.aliases`, L.maxAliases)?.forEach((a, j) => c.string(a, `${path}.aliases[${j}]`, L.maxShortString));
  c.optionalString(e, 'description', path, L.maxLongString);
  c.optionalString(e, 'descriptor', path, L.maxShortString);
  c.array(e.facts, `${path}.facts`, L.maxFacts)?.forEach((raw, j) => {
    const fp = `${path}.facts[${j}]`;
    const f = c.record(raw, fp);
    if (!f) return;
    c.string(f.label, `${fp}.label`, L.maxShortString);
    c.string(f.value, `${fp}.value`, L.maxLongString);
    const date = c.optionalString(f, 'date', fp, L.maxShortString);
    if (date !== undefined && !isPartialDate(date)) c.fail(`${fp}.date`, `must be an ISO date (YYYY, YYYY-MM or YYYY-MM-DD), got "${date.slice(0, 40)}"`);
    const src = c.optionalString(f, 'source', fp, L.maxShortString);
    if (src !== undefined && !sourceIds.has(src)) c.fail(`${fp}.source`, `names unknown source "${src.slice(0, 80)}"`);
  });
  const qid = c.optionalString(e, 'wikidata', path, L.maxShortString);
  if (qid !== undefined && !QID_RE.test(qid)) c.fail(`${path}.wikidata`, `must be a Wikidata QID like "Q458", got "${qid.slice(0, 40)}"`);
  c.array(e.links, `${path}.links`, L.maxLinks)?.forEach((raw, j) => {
    const lp = `${path}.links[${j}]`;
    const l = c.record(raw, lp);
    if (!l) return;
    c.string(l.label, `${lp}.label`, L.maxShortString);
    const url = c.string(l.url, `${lp}.url`, L.maxShortString);
    // Only web links: a javascript: or data: URL must never reach an href.
    if (url !== undefined && !/^https?:\/\//i.test(url)) c.fail(`${lp}.url`, 'must be an http(s) URL');
  });
  if (typeof e.prior !== 'number' || !Number.isFinite(e.prior) || e.prior < 0 || e.prior > 1) {
    c.fail(`${path}.prior`, `must be a number in [0, 1], got ${typeof e.prior === 'number' ? String(e.prior) : kindOf(e.prior)}`);
  }
  const country = c.optionalString(e, 'country', path, L.maxShortString);
  if (country !== undefined && !COUNTRY_RE.test(country)) c.fail(`${path}.country`, `must be an ISO 3166-1 alpha-2 code, got "${country.slice(0, 20)}"`);
  c.array(e.sources, `${path}.sources`, L.maxSources)?.forEach((s, j) => {
    const v = c.string(s, `${path}.sources[${j}]`, L.maxShortString);
    if (v !== undefined && !sourceIds.has(v)) c.fail(`${path}.sources[${j}]`, `names unknown source "${v.slice(0, 80)}"`);
  });
  if (e.provenance !== undefined) {
    const prov = c.record(e.provenance, `${path}.provenance`);
    for (const [field, src] of Object.entries(prov ?? {})) {
      const fp = `${path}.provenance.${field.slice(0, 40)}`;
      if (!PROVENANCE_SET.has(field)) c.fail(fp, `must be one of ${PROVENANCE_FIELDS.join(', ')}`);
      const v = c.string(src, fp, L.maxShortString);
      if (v !== undefined && !sourceIds.has(v)) c.fail(fp, `names unknown source "${v.slice(0, 80)}"`);
    }
  }
  return id;
}

function checkEvent(
  c: Checker,
  raw: unknown,
  path: string,
  sourceIds: ReadonlySet<string>,
  entityIds: ReadonlySet<string> | undefined,
): string | undefined {
  const L = c.limits;
  const e = c.record(raw, path);
  if (!e) return undefined;
  const id = c.string(e.id, `${path}.id`, L.maxShortString);
  const date = c.string(e.date, `${path}.date`, L.maxShortString);
  if (date !== undefined && !isDay(date)) c.fail(`${path}.date`, `must be an ISO day YYYY-MM-DD, got "${date.slice(0, 40)}"`);
  c.string(e.text, `${path}.text`, L.maxLongString);
  c.array(e.entities, `${path}.entities`, L.maxEventEntities)?.forEach((r, j) => {
    const v = c.string(r, `${path}.entities[${j}]`, L.maxShortString);
    if (v !== undefined && entityIds && !entityIds.has(v)) c.fail(`${path}.entities[${j}]`, `names unknown entity "${v.slice(0, 80)}"`);
  });
  c.array(e.threads, `${path}.threads`, L.maxThreads)?.forEach((t, j) => c.string(t, `${path}.threads[${j}]`, L.maxShortString));
  const src = c.string(e.source, `${path}.source`, L.maxShortString);
  if (src !== undefined && !sourceIds.has(src)) c.fail(`${path}.source`, `names unknown source "${src.slice(0, 80)}"`);
  if (e.outlets !== undefined) {
    c.array(e.outlets, `${path}.outlets`, L.maxThreads)?.forEach((o, j) => c.string(o, `${path}.outlets[${j}]`, L.maxShortString));
  }
  return id;
}

/** One paragraph for the reader: what is wrong with the pack, naming the first few places. */
export function describePackErrors(errors: readonly PackError[]): string {
  if (errors.length === 0) return 'The pack is valid.';
  const shown = errors.slice(0, 3).map((e) => (e.path ? `${e.path} ${e.message}` : e.message));
  const more = errors.length > shown.length ? ` (and ${errors.length - shown.length} more problem${errors.length - shown.length === 1 ? '' : 's'})` : '';
  return `This dataset cannot be installed because it is not a valid Backstory pack: ${shown.join('; ')}${more}. Your current dataset is kept.`;
}
