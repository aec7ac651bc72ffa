// The builder's working form of an entity: what one adapter knows about one thing, before merging.
import type { EntityType, Fact, Link } from '../../lib/core/pack';

export interface Draft {
  type: EntityType;
  name: string;
  aliases: string[];
  description?: string;
  /** Source id of the description (kept so merging can prefer better sources). */
  descriptionSource?: string;
  facts: Fact[];
  wikidata?: string;
  links: Link[];
  /** ISO 3166-1 alpha-2. */
  country?: string;
  sources: string[];
  /** A preferred stable id ("country:RUS"); otherwise one is derived from QID or name. */
  idHint?: string;
  /** Source-given popularity hint in [0,1] (population, being a country...), mixed into `prior`. */
  weight?: number;
  /** How many news items cite this outlet as their source: being cited is being in the news, for the prior. */
  citations?: number;
  /** Adapter-level confidence that this is a real, news-notable entity; weak drafts only enrich. */
  enrichOnly?: boolean;
}

/** Why a record was dropped, counted for the report. */
export class SkipLog {
  readonly counts = new Map<string, number>();
  readonly examples = new Map<string, string[]>();
  add(source: string, reason: string, example?: string): void {
    const key = `${source}: ${reason}`;
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
    if (example !== undefined) {
      const ex = this.examples.get(key) ?? [];
      if (ex.length < 3) ex.push(example);
      this.examples.set(key, ex);
    }
  }
}

export function draft(type: EntityType, name: string, source: string, extra: Partial<Draft> = {}): Draft {
  return { type, name, aliases: [], facts: [], links: [], sources: [source], ...extra };
}
