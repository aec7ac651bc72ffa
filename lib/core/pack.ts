// The pack format, version 1: the one contract between the dataset builder, the store and the linker.
// A pack is a JSON document (gzipped on disk). Validation lives in pack-validate.ts.

export const PACK_FORMAT = 'backstory-pack/1' as const;

export const ENTITY_TYPES = ['person', 'organisation', 'place', 'country', 'event', 'treaty', 'thing'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** Where the pack's data came from; every source is named with its licence on the options page. */
export interface PackSource {
  /** Short stable key used by facts, events and entities (e.g. "world-countries"). */
  id: string;
  name: string;
  licence: string;
  attribution: string;
  url: string;
}

/** A typed key fact. `date` (ISO, YYYY or YYYY-MM or YYYY-MM-DD) says when it held or began. */
export interface Fact {
  label: string;
  value: string;
  date?: string;
  /** Source id (PackSource.id). */
  source?: string;
}

export interface Link {
  label: string;
  url: string;
}

/** Fields whose source an entity merged from several sources records (facts carry their own `source`). */
export const PROVENANCE_FIELDS = ['description', 'wikidata', 'country'] as const;
export type ProvenanceField = (typeof PROVENANCE_FIELDS)[number];

export interface PackEntity {
  /** Stable id, unique within the pack (e.g. "Q37" style ids are not required; use "country:FRA", "q:Q7184"). */
  id: string;
  type: EntityType;
  name: string;
  /** Other names readers meet: spellings, other languages, short forms, acronyms. The name itself need not repeat. */
  aliases: string[];
  /** A one-line description from a source that gives one. Never invented. */
  description?: string;
  /** How the news describes it ("former Russian spy"), mined from event text, when no description exists. */
  descriptor?: string;
  facts: Fact[];
  /** Wikidata QID ("Q458") where a source gives one. */
  wikidata?: string;
  links: Link[];
  /** Popularity prior in [0, 1]: how likely a bare mention of one of its names means this entity. */
  prior: number;
  /** ISO 3166-1 alpha-2 code of the country it belongs to, where known (for context disambiguation). */
  country?: string;
  /** Source ids this entity was built from. */
  sources: string[];
  /** Which source gave each field, for entities built from more than one source (one source says it all). */
  provenance?: Partial<Record<ProvenanceField, string>>;
}

export interface PackEvent {
  id: string;
  /** ISO date YYYY-MM-DD. */
  date: string;
  text: string;
  /** Entity ids the event involves. */
  entities: string[];
  /** Story titles (threads) the event belongs to. */
  threads: string[];
  /** Source id (PackSource.id). */
  source: string;
  /** News outlets the event cites, e.g. ["Reuters"]. */
  outlets?: string[];
}

export interface Pack {
  format: typeof PACK_FORMAT;
  id: string;
  version: string;
  /** ISO timestamp; the builder derives it from its inputs so builds are reproducible. */
  builtAt: string;
  sources: PackSource[];
  entities: PackEntity[];
  events: PackEvent[];
}
