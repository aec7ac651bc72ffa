// Merges drafts from all sources into entities: same QID, else same stable id hint, else same normalised name
// and type with compatible country and QID. Drafts come in source-priority order, so the first source to name a
// field wins it, and every fact keeps the source that gave it.
import { ENTITY_TYPES, type EntityType, type Fact, type Link, type PackEntity } from '../../lib/core/pack';
import type { Draft } from './draft';
import { nameKey, slug } from './text';
import { isRegionDraft } from './adapters/factbook-divisions';

export interface Cluster {
  drafts: Draft[];
  type: EntityType;
  qid?: string;
  country?: string;
}

export class Merger {
  readonly clusters: Cluster[] = [];
  private byQid = new Map<string, Cluster>();
  private byHint = new Map<string, Cluster>();
  private byName = new Map<string, Cluster[]>();
  /** type|alias -> clusters that carry it as an alias (not as their name) */
  private byAlias = new Map<string, Cluster[]>();
  /** Country names and aliases: a "place" named like a country is that country. */
  private countryByName = new Map<string, Cluster>();

  add(d: Draft): Cluster {
    const c = this.find(d);
    if (c) {
      this.attach(c, d);
      return c;
    }
    return this.startCluster(d);
  }

  addAll(ds: Iterable<Draft>): void {
    for (const d of ds) this.add(d);
  }

  /** The cluster a draft would join, without joining it. */
  find(d: Draft): Cluster | undefined {
    if (d.wikidata) {
      const c = this.byQid.get(d.wikidata);
      if (c) return c;
    }
    if (d.idHint) {
      const c = this.byHint.get(d.idHint);
      if (c && (!d.wikidata || !c.qid || c.qid === d.wikidata)) return c;
    }
    const key = nameKey(d.name);
    if (!key) return undefined;
    if (d.type === 'place' || d.type === 'country') {
      const c = this.countryByName.get(key);
      if (c && (!d.wikidata || !c.qid || c.qid === d.wikidata) && (!d.country || !c.country || d.country === c.country)) return c;
    }
    for (const c of this.byName.get(`${d.type}|${key}`) ?? []) {
      if (d.wikidata && c.qid && c.qid !== d.wikidata) continue;
      // A person is not bound to one country the way a place is: the Factbook names Emmanuel Macron as head of
      // France and of six French territories, and those are one man
      if (d.country && c.country && d.country !== c.country && d.type !== 'person') continue;
      return c;
    }
    // An organisation spelt out in one source ("North Atlantic Treaty Organization", alias NATO) is the one
    // another source names by its acronym ("NATO"), when exactly one such organisation exists.
    if (d.type === 'organisation' && !d.wikidata) {
      const found = new Set<Cluster>();
      for (const alias of d.aliases) {
        if (!/^[A-Z][A-Z0-9&]{2,9}$/.test(alias)) continue;
        for (const c of this.byName.get(`organisation|${nameKey(alias)}`) ?? []) found.add(c);
      }
      if (found.size === 1) return [...found][0];
    }
    // A name one source gives as its own is another's alias ("Federal Reserve" mined from the news, WordNet's
    // "Federal Reserve System"; "NASA" cited as an outlet, WordNet's spelled-out agency): one thing, when
    // exactly one entity of that type carries the alias.
    if (!d.wikidata && d.type !== 'person') {
      const hits = (this.byAlias.get(`${d.type}|${key}`) ?? []).filter((c) => !d.country || !c.country || d.country === c.country);
      if (hits.length === 1) return hits[0];
    }
    return undefined;
  }

  /**
   * An institution one source names with its country and a QID ("United States Department of Labor") and
   * others without either ("Department of Labor", alias "Labor Department"): one thing. A QID-less
   * organisation joins the QID'd one named by a name of its country followed by exactly its own name, when
   * only one QID-less organisation has that name. Returns how many joined.
   */
  joinNationalNames(): number {
    const qidless = new Map<string, Cluster[]>();
    for (const c of this.clusters) {
      if (c.type !== 'organisation' || c.qid) continue;
      const k = nameKey(c.drafts[0]!.name);
      qidless.set(k, [...(qidless.get(k) ?? []), c]);
    }
    const gone = new Set<Cluster>();
    for (const c of this.clusters) {
      if (c.type !== 'organisation' || !c.qid || gone.has(c)) continue;
      const words = c.drafts[0]!.name.split(/\s+/);
      for (let n = 1; n <= 3 && n < words.length; n++) {
        const country = this.countryByName.get(nameKey(words.slice(0, n).join(' ')));
        if (!country?.country || (c.country && c.country !== country.country)) continue;
        const rest = nameKey(words.slice(n).join(' '));
        const hits = (qidless.get(rest) ?? []).filter((x) => !gone.has(x) && (!x.country || x.country === country.country));
        if (hits.length !== 1) continue;
        this.absorb(c, hits[0]!, gone);
        break;
      }
    }
    return this.drop(gone);
  }

  /**
   * A place the news names with its city in front ("London Heathrow Airport", mined, no QID) is the place of
   * the rest of the name ("Heathrow Airport") when the front is the name of a known place and exactly one
   * QID'd place has the rest as its name, or, with none, exactly one other QID-less place. Returns how many
   * joined.
   */
  joinCityPrefixed(): number {
    const places = new Set<string>();
    const byPlaceName = new Map<string, Cluster[]>();
    for (const c of this.clusters) {
      if (c.type !== 'place' && c.type !== 'country') continue;
      for (const d of c.drafts) places.add(nameKey(d.name));
      if (c.type === 'place') {
        const k = nameKey(c.drafts[0]!.name);
        byPlaceName.set(k, [...(byPlaceName.get(k) ?? []), c]);
      }
    }
    const gone = new Set<Cluster>();
    for (const c of this.clusters) {
      if (c.type !== 'place' || c.qid || gone.has(c)) continue;
      const words = c.drafts[0]!.name.split(/\s+/);
      for (let n = 1; n <= 2 && n + 2 <= words.length; n++) {
        if (!places.has(nameKey(words.slice(0, n).join(' ')))) continue;
        const same = (byPlaceName.get(nameKey(words.slice(n).join(' '))) ?? []).filter((x) => x !== c && !gone.has(x) && (!c.country || !x.country || x.country === c.country));
        const withQid = same.filter((x) => x.qid);
        const hits = withQid.length > 0 ? withQid : same;
        if (hits.length !== 1) continue;
        this.absorb(hits[0]!, c, gone);
        break;
      }
    }
    return this.drop(gone);
  }

  /**
   * An organisation the news spells out ("British Broadcasting Corporation", mined, no QID) is the one named
   * by its initials ("BBC") when exactly one organisation has those initials as its name, no other QID-less
   * organisation spells them out ("General Medical Council" and "Greek Ministry of Culture" both make GMC),
   * the countries agree, and the name without its last word names no organisation ("General Motors
   * Company"). Initials of three or more capitals, skipping "of", "and", "the", "for". Returns how many joined.
   */
  joinSpelledAcronyms(): number {
    // acronym cluster -> the spelled-out clusters that would join it; a join needs one on each side
    const pairs = new Map<Cluster, Cluster[]>();
    for (const c of this.clusters) {
      if (c.type !== 'organisation' || c.qid) continue;
      const name = c.drafts[0]!.name;
      // Two news outlets the bullets cite, "AP" and "The Associated Press": two words are initials enough when
      // both sides are outlets
      const outlet = isOutlet(c);
      const initials = acronymOf(name, outlet ? 2 : 3);
      // "General Motors Company" is the long form of a known "General Motors", not of GMC
      if (!initials || this.byName.has(`organisation|${nameKey(name.replace(/\s+\S+$/, ''))}`)) continue;
      // an organisation that already has a spelled-out name with these initials ("National Aeronautics and Space
      // Administration" for NASA) is not also "National Assembly of South Africa"
      const hits = (this.byName.get(`organisation|${nameKey(initials)}`) ?? []).filter(
        (x) =>
          x !== c &&
          x.drafts.some((d) => d.name === initials) &&
          (initials.length >= 3 || isOutlet(x)) &&
          // an outlet the bullets cite by its letters ("CBS") is known by them: only a name that reads like an
          // outlet's ("British Broadcasting Corporation" for BBC) spells them out; a bank or a statistics office
          // ("Central Bank of Syria", "Central Bureau of Statistics") shares the letters by chance
          (outlet || !isOutlet(x) || MEDIA_WORD.test(name)) &&
          (!c.country || !x.country || x.country === c.country) &&
          !x.drafts.some((d) => [d.name, ...d.aliases].some((n) => acronymOf(n) === initials)),
      );
      if (hits.length !== 1) continue;
      pairs.set(hits[0]!, [...(pairs.get(hits[0]!) ?? []), c]);
    }
    const gone = new Set<Cluster>();
    for (const [target, spelled] of pairs) {
      const one = spelled.length === 1 ? spelled[0] : dominantOutlet(spelled);
      if (one) this.absorb(target, one, gone);
    }
    return this.drop(gone);
  }

  /**
   * "Wall Street Journal" (QID-less) is the organisation that carries "The Wall Street Journal" as its name
   * or an alias, when exactly one does: newsrooms drop the article. Returns how many joined.
   */
  joinWithoutThe(): number {
    const gone = new Set<Cluster>();
    for (const c of this.clusters) {
      if (c.type !== 'organisation' || c.qid || gone.has(c)) continue;
      const name = c.drafts[0]!.name;
      if (/^the\s/i.test(name) || !/\s/.test(name)) continue;
      const k = `organisation|${nameKey(`The ${name}`)}`;
      const hits = this.bearers(k).filter((x) => x !== c && !gone.has(x));
      if (hits.length !== 1) continue;
      this.absorb(hits[0]!, c, gone);
    }
    return this.drop(gone);
  }

  /**
   * "Canadian government" (a story header, a mined name) is the organisation "Government of Canada": each
   * "Government of <country>" gets "<demonym> government" as an alias, and a QID-less entity of that name
   * joins it. Returns how many joined.
   */
  joinDemonymGovernments(demonyms: ReadonlyMap<string, string>, source: string): number {
    const byCountry = new Map<string, string[]>();
    for (const [dem, cc] of [...demonyms].sort()) byCountry.set(cc, [...(byCountry.get(cc) ?? []), dem]);
    const gone = new Set<Cluster>();
    for (const c of this.clusters) {
      if (c.type !== 'organisation' || gone.has(c)) continue;
      const m = /^Government of (?:the )?(.+)$/.exec(c.drafts[0]!.name);
      const country = m ? this.countryByName.get(nameKey(m[1]!)) : undefined;
      if (!country?.country) continue;
      const names = (byCountry.get(country.country) ?? []).map((d) => `${d} government`);
      if (names.length === 0) continue;
      this.addAliases(c, names, source);
      for (const n of names) {
        for (const t of ENTITY_TYPES) {
          for (const x of this.byName.get(`${t}|${nameKey(n)}`) ?? []) {
            if (x === c || x.qid || gone.has(x)) continue;
            this.absorb(c, x, gone);
          }
        }
      }
    }
    return this.drop(gone);
  }

  /** Adds aliases to a cluster, as a draft of the given source. */
  addAliases(c: Cluster, aliases: readonly string[], source: string): void {
    if (aliases.length) this.attach(c, { type: c.type, name: c.drafts[0]!.name, aliases: [...aliases], facts: [], links: [], sources: [source] });
  }

  /**
   * A region a list names (the Factbook's provinces) joins the region of that name or "Name Kind" in its
   * country, never a city of that name ("Cordoba" the province, not the city); with no such region it becomes
   * an entity of its own. A name that is a country's is skipped.
   */
  addRegion(d: Draft): 'joined' | 'added' | 'skipped' {
    const keys = [d.name, ...d.aliases].map(nameKey).filter(Boolean);
    // a region named like a country is that country's own listing (a territory as a region of the country
    // that holds it: "Guadeloupe, region of France"), unless it is a state of another country (Georgia, the
    // US state, is not Georgia the country)
    const stateElsewhere = (c: Cluster): boolean => !!d.country && !!c.country && c.country !== d.country && /^state of\b/i.test(d.description ?? '');
    if (keys.some((k) => {
      const c = this.countryByName.get(k);
      return c !== undefined && !stateElsewhere(c);
    })) return 'skipped';
    const hits: Cluster[] = [];
    for (const k of keys) {
      for (const c of this.bearers(`place|${k}`)) {
        if (hits.includes(c) || (c.country && d.country && c.country !== d.country)) continue;
        if (c.drafts.some(isRegionDraft)) hits.push(c);
      }
    }
    const best = hits.find((c) => c.country === d.country) ?? hits[0];
    if (best) {
      this.attach(best, d);
      return 'joined';
    }
    this.startCluster(d);
    return 'added';
  }

  /**
   * A former name the news gives ("Prayagraj (previously known as Allahabad)") joins the one entity of the
   * current name: as an alias, and with the QID-less entity of the old name and the same type, if there is
   * exactly one (GeoNames' "Allahābād"). Nothing happens when the current name is ambiguous or unknown.
   * Returns how many entities joined.
   */
  joinFormerNames(pairs: ReadonlyArray<readonly [string, string]>, source: string): number {
    const gone = new Set<Cluster>();
    const named = (name: string): Cluster[] => {
      const k = nameKey(name);
      const out: Cluster[] = [];
      for (const t of ENTITY_TYPES) for (const c of this.byName.get(`${t}|${k}`) ?? []) if (!gone.has(c) && !out.includes(c)) out.push(c);
      return out;
    };
    for (const [now, old] of pairs) {
      const current = named(now);
      if (current.length !== 1 || nameKey(now) === nameKey(old)) continue;
      const c = current[0]!;
      const olds = named(old).filter((x) => x !== c && x.type === c.type);
      if (olds.length > 1 || (olds.length === 1 && (olds[0]!.qid || (olds[0]!.country && c.country && olds[0]!.country !== c.country)))) continue;
      if (olds.length === 1) {
        this.absorb(c, olds[0]!, gone);
      } else {
        this.addAliases(c, [old], source);
      }
    }
    return this.drop(gone);
  }

  /** A new cluster of one draft. */
  private startCluster(d: Draft): Cluster {
    const fresh: Cluster = { drafts: [], type: d.type };
    this.clusters.push(fresh);
    this.attach(fresh, d);
    return fresh;
  }

  /** `from` joins `into`: its drafts move over, and `drop` removes it once the pass is done. */
  private absorb(into: Cluster, from: Cluster, gone: Set<Cluster>): void {
    for (const d of from.drafts) this.attach(into, d);
    gone.add(from);
  }

  /** The clusters that carry a "type|nameKey" as their name or an alias, each once. */
  private bearers(key: string): Cluster[] {
    return [...new Set([...(this.byName.get(key) ?? []), ...(this.byAlias.get(key) ?? [])])];
  }

  /** Takes clusters out of the pack (and out of the indexes); returns how many. */
  remove(clusters: ReadonlySet<Cluster>): number {
    return this.drop(clusters);
  }

  /** Removes clusters that joined others; returns how many. */
  private drop(gone: ReadonlySet<Cluster>): number {
    if (gone.size > 0) {
      const kept = this.clusters.filter((c) => !gone.has(c));
      this.clusters.length = 0;
      this.clusters.push(...kept);
      // The indexes forget a joined cluster too: its names now lead to the cluster it joined, and a later join
      // must not count it as a second bearer of a name ("The Wall Street Journal", joined into WSJ, would else
      // stop "Wall Street Journal" from finding WSJ).
      for (const index of [this.byName, this.byAlias]) {
        for (const [k, list] of index) {
          if (!list.some((c) => gone.has(c))) continue;
          const left = list.filter((c) => !gone.has(c));
          if (left.length) index.set(k, left);
          else index.delete(k);
        }
      }
      for (const index of [this.byQid, this.byHint, this.countryByName]) {
        for (const [k, c] of index) if (gone.has(c)) index.delete(k);
      }
    }
    return gone.size;
  }

  private attach(c: Cluster, d: Draft): void {
    c.drafts.push(d);
    if (!c.qid && d.wikidata) {
      c.qid = d.wikidata;
      // the source that knows the QID knows the country best (a territory's Factbook page came first)
      if (d.country && c.type === 'person') c.country = d.country;
      if (!this.byQid.has(d.wikidata)) this.byQid.set(d.wikidata, c);
    }
    if (!c.country && d.country) c.country = d.country;
    if (d.idHint && !this.byHint.has(d.idHint)) this.byHint.set(d.idHint, c);
    const key = `${c.type}|${nameKey(d.name)}`;
    const list = this.byName.get(key) ?? [];
    if (!list.includes(c)) list.push(c);
    this.byName.set(key, list);
    for (const a of d.aliases) {
      const k = `${c.type}|${nameKey(a)}`;
      const l = this.byAlias.get(k) ?? [];
      if (!l.includes(c)) l.push(c);
      this.byAlias.set(k, l);
    }
    if (c.type === 'country') {
      for (const n of [d.name, ...d.aliases]) {
        const k = nameKey(n);
        if (k && !this.countryByName.has(k)) this.countryByName.set(k, c);
      }
    }
  }
}

/** "British Broadcasting Corporation" -> "BBC"; undefined unless every other word is capitalised and 3+ letters result. */
export function acronymOf(name: string, minWords = 3): string | undefined {
  const words = name.split(/[\s-]+/).filter((w) => !/^(of|and|the|for|&)$/i.test(w));
  if (words.length < minWords || !words.every((w) => /^\p{Lu}\p{Ll}/u.test(w))) return undefined;
  return words.map((w) => w[0]).join('');
}

// words that make a name read like a news outlet's
const MEDIA_WORD = /\b(?:Broadcasting|Broadcast|Press|News|Newspapers?|Television|Radio|Network|Channel|Media|Times|Post|Herald|Journal|Gazette|Telegraph|Tribune)\b/;

/**
 * Of several outlets whose initials are the same letters ("Associated Press", cited 322 times, and "Angola
 * Press", 23), the one cited ten times as often as all the others together is the one the letters name.
 */
export function dominantOutlet(spelled: readonly Cluster[]): Cluster | undefined {
  if (!spelled.every(isOutlet)) return undefined;
  const cited = (c: Cluster): number => Math.max(0, ...c.drafts.map((d) => d.citations ?? 0));
  const sorted = [...spelled].sort((a, b) => cited(b) - cited(a));
  const rest = sorted.slice(1).reduce((n, c) => n + cited(c), 0);
  return cited(sorted[0]!) >= 10 * Math.max(1, rest) ? sorted[0] : undefined;
}

function isOutlet(c: Cluster): boolean {
  return c.drafts.some((d) => d.facts.some((f) => f.label.startsWith('News outlet')));
}

/** Which source's description wins when several give one: the most specific and most curated first. */
const DESCRIPTION_RANK: Record<string, number> = {
  'countries-wikidata': 0,
  'wikidata-politicians': 1,
  'name-suggestion-index': 2,
  factbook: 3,
  'international-orgs': 4,
  wordnet: 5,
};

const MAX_ALIASES = 80;

/** Turns a cluster into a pack entity (prior filled in later by the pipeline). */
export function entityFromCluster(c: Cluster): Omit<PackEntity, 'id'> & { idHints: string[] } {
  const first = c.drafts[0]!;
  const name = first.name;
  const seen = new Set([nameKey(name)]);
  const aliases: string[] = [];
  // "The Home Depot" is "Home Depot" in most sentences (not for one word: "The Times" is not "Times")
  const bare = /^The (\p{Lu}\S* \p{Lu}.*)$/u.exec(name);
  if (c.type === 'organisation' && bare) {
    seen.add(nameKey(bare[1]!));
    aliases.push(bare[1]!);
  }
  for (const d of c.drafts) {
    for (const a of [d.name, ...d.aliases]) {
      const k = nameKey(a);
      if (!k || seen.has(k) || aliases.length >= MAX_ALIASES) continue;
      seen.add(k);
      aliases.push(a);
    }
  }
  let description: string | undefined;
  let descriptionSource: string | undefined;
  let rank = Infinity;
  for (const d of c.drafts) {
    if (!d.description) continue;
    const r = DESCRIPTION_RANK[d.descriptionSource ?? ''] ?? 9;
    if (r < rank) {
      rank = r;
      description = d.description;
      descriptionSource = d.descriptionSource ?? d.sources[0];
    }
  }
  const facts: Fact[] = [];
  const factKeys = new Set<string>();
  for (const d of c.drafts) {
    for (const f of d.facts) {
      const k = `${f.label}\u0000${f.value}`;
      if (factKeys.has(k)) continue;
      factKeys.add(k);
      facts.push(f);
    }
  }
  const links: Link[] = [];
  const urls = new Set<string>();
  // No Wikidata link: the UI builds it from `wikidata`, and 46k copies of the URL cost the pack ~0.5 MB.
  for (const d of c.drafts) {
    for (const l of d.links) {
      if (urls.has(l.url)) continue;
      urls.add(l.url);
      links.push(l);
    }
  }
  const sources = [...new Set(c.drafts.flatMap((d) => d.sources))].sort();
  const entity: Omit<PackEntity, 'id'> & { idHints: string[] } = {
    type: c.type,
    name,
    aliases,
    facts,
    links,
    prior: 0,
    sources,
    idHints: c.drafts.map((d) => d.idHint).filter((h): h is string => !!h),
  };
  if (description) entity.description = description;
  if (c.qid) entity.wikidata = c.qid;
  if (c.country) entity.country = c.country;
  // Per-field provenance, where it is not implied: an entity from one source got everything from it.
  if (sources.length > 1) {
    const provenance: PackEntity['provenance'] = {};
    if (description && descriptionSource) provenance.description = descriptionSource;
    const qidFrom = c.qid ? c.drafts.find((d) => d.wikidata === c.qid)?.sources[0] : undefined;
    if (qidFrom) provenance.wikidata = qidFrom;
    const countryFrom = c.country ? c.drafts.find((d) => d.country === c.country)?.sources[0] : undefined;
    if (countryFrom) provenance.country = countryFrom;
    if (Object.keys(provenance).length > 0) entity.provenance = provenance;
  }
  return entity;
}

/** Stable ids: "country:RUS" for countries, "q:Q7184" with a QID, else type and name. */
export function assignIds(entities: ReadonlyArray<Omit<PackEntity, 'id'> & { idHints: string[] }>): string[] {
  const used = new Set<string>();
  return entities.map((e) => {
    const base =
      e.idHints.find((h) => h.startsWith('country:')) ?? (e.wikidata ? `q:${e.wikidata}` : `${e.type}:${slug(e.name)}`);
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}~${n}`;
    used.add(id);
    return id;
  });
}
