// Deciding which entity a matched span means, and how sure we are. The stages, in order:
// 1. spans that are certain on their own (a full name, a clear acronym, one plausible entity) make the
//    article's context: the entities it is surely about and the countries they belong to;
// 2. full-alias spans are scored with that context (prior x type cues x co-occurrence x country);
// 3. partial names (a surname, a given name) link to a person named in full in the article, to a family
//    member of one ("his daughter Yulia"), or, failing that, only when a single entity fits.
// Confidence = how reliable the span is as a name x the winner's share of the candidates' weight.

import { Cue, cueWeight, introducesPerson } from './context-cues';
import { type EntityTable, typeOf } from './entity-table';
import type { EntityType } from './pack';
import { AliasFlag, PARTIAL, type RawMatch } from './matcher';
import { GAP_SOFT, gapOf, H1_SEED, h1Of, h2Of, mixH1, TokenFlag, type Tokens, WordSet } from './normalize';

// imported const enums as module constants: files transpiled one by one do not inline them
const AF_ACRONYM: number = AliasFlag.Acronym;
const AF_ALLLOWER: number = AliasFlag.AllLower;
const AF_AMBIGUOUSCAPITAL: number = AliasFlag.AmbiguousCapital;
const AF_CANONICAL: number = AliasFlag.Canonical;
const AF_COMMON: number = AliasFlag.Common;
const AF_GIVEN: number = AliasFlag.Given;
const AF_PHONETIC: number = AliasFlag.Phonetic;
const AF_SURNAME: number = AliasFlag.Surname;
const AF_ORGHEAD: number = AliasFlag.OrgHead;
const TF_ALLCAPS: number = TokenFlag.AllCaps;
const TF_CAPITALISED: number = TokenFlag.Capitalised;
const TF_DIGITSTART: number = TokenFlag.DigitStart;
const TF_DOTTEDACRONYM: number = TokenFlag.DottedAcronym;
const TF_SENTENCESTART: number = TokenFlag.SentenceStart;
const TF_HASUPPER: number = TokenFlag.HasUpper;
const CUE_AGENT: number = Cue.Agent;
const CUE_PERSON: number = Cue.Person;
const CUE_COMPANY: number = Cue.Company;
const CUE_PLACE: number = Cue.Place;
const CUE_NAMEGOESON: number = Cue.NameGoesOn;
const CUE_INSTRUMENT: number = Cue.Instrument;
const CUE_NUMBERED: number = Cue.Numbered;

/** confidence from which a span sets the article's context */
const CERTAIN = 0.8;
/** prior above which a bare surname may stand for a person nobody introduced ("Macron") */
const WELL_KNOWN = 0.45;
/** places below this prior (a city only one source knows; capitals and big cities score higher) are doubted far from the article's countries */
const SMALL_PLACE = 0.3;
/** prior from which an acronym alone may stand for its entity */
const WELL_KNOWN_ACRONYM = 0.35;

export interface Span {
  block: number;
  tokens: Tokens;
  raw: RawMatch;
  /** position of the span in reading order across blocks */
  order: number;
  sentenceStart: boolean;
  cues: number;
  /** < 1 when capitalised words around make the span look like part of a longer, unknown name */
  embedded: number;
  /** how often the article writes this same one-word acronym ("NATO" five times) */
  repeats?: number;
  /** one of a list of names ("Cordoba, La Pampa and Buenos Aires") of which one can only be a region */
  regionList?: boolean;
  /** the one word of a person's name the article introduced in full, unknown to the pack ("Jody Sharp, 60") */
  introducedPerson?: boolean;
  /** one of a list the words before call regions: "the states of Sao Paulo, Parana and Rio Grande do Sul" */
  regionSaid?: boolean;
  /** "Birmingham, Ala.", "Paris, Texas": the country of the region or country named right after a comma */
  addressCountry?: string;
  entity: number;
  confidence: number;
}

export interface ArticleContext {
  /** entity -> reading order of its first certain mention */
  certain: Map<number, number>;
  countryCounts: Map<string, number>;
  countryTotal: number;
  articleCountry: string;
  /** entities linked by a full alias -> reading order of the first such mention */
  fullLinked: Map<number, number>;
  /** surname keys of the people linked so far */
  linkedSurnames: Set<number>;
  /** the words of a full name linked so far (surfaceKey) -> the entity it was read as */
  readAs: Map<number, number>;
}

export function newContext(articleCountry: string | undefined): ArticleContext {
  return {
    certain: new Map(),
    countryCounts: new Map(),
    countryTotal: 0,
    articleCountry: (articleCountry ?? '').toUpperCase(),
    fullLinked: new Map(),
    linkedSurnames: new Set(),
    readAs: new Map(),
  };
}

export function hasPartial(span: Span): boolean {
  const e = span.raw.entries;
  for (let k = 1; k < e.length; k += 2) if (e[k]! & PARTIAL) return true;
  return false;
}

/** How likely the span is a name at all when read as this alias (before choosing between entities). */
function fullReliability(span: Span, flags: number, supported: boolean, prior: number): number {
  const length = span.raw.tokenEnd - span.raw.tokenStart;
  const tokFlags = span.tokens.flags[span.raw.tokenStart]!;
  const start = span.sentenceStart;
  let r: number;
  if (flags & AF_PHONETIC) r = 0.75;
  else if (length >= 2 && flags & AF_ALLLOWER) r = start ? 0.15 : 0.5;
  else if (length >= 2) {
    // "The union", "House committee": a several-word alias whose only capital is the first word's is a
    // phrase, not a name, when that capital only opens a sentence
    const caps = capitalisedTokens(span.tokens, span.raw.tokenStart, span.raw.tokenEnd);
    r = caps > 1 ? 0.95 : start ? 0.3 : 0.8;
  }
  else if (flags & AF_ACRONYM && tokFlags & (TF_ALLCAPS | TF_DOTTEDACRONYM)) {
    // letters stand for many things: only well-known ones are meant without the article spelling them out
    r = prior < WELL_KNOWN_ACRONYM ? 0.45 : flags & AF_COMMON ? 0.8 : 0.9;
    // an article that keeps writing the same letters (three or more) means one thing by them: if the pack
    // knows exactly one thing called by those letters (its own name, not an alias), that is it, however
    // little known the pack thinks it is
    if (r < 0.8 && flags & AF_CANONICAL && (span.repeats ?? 1) >= 2 && span.raw.entries.length === 2 && span.tokens.end[span.raw.tokenStart]! - span.tokens.start[span.raw.tokenStart]! >= 3) r = 0.8;
  }
  else if (flags & AF_AMBIGUOUSCAPITAL) r = start ? 0.1 : 0.35;
  // a word opening a sentence ("Turkey", "Apple") is the name only for a well-known thing
  else if (flags & AF_COMMON) r = start ? (prior >= 0.75 ? 0.6 : 0.2) : 0.8;
  else r = start ? 0.8 : 0.9;
  // capitals all through ("BRUSSELS") say nothing about being a name, unless the words around say a place
  // ("in BRUSSELS", a dateline "BRUSSELS - ")
  if (length === 1 && !(flags & AF_ACRONYM) && tokFlags & TF_ALLCAPS && !(span.cues & CUE_PLACE)) r *= 0.8;
  // a one-word alias the pack writes in lower case ("alliance") names a kind of thing, not one thing
  if (length === 1 && flags & AF_ALLLOWER) r *= 0.6;
  if (supported && r < 0.85) r = 0.85;
  return r;
}

const GAP_COMMA = mixH1(H1_SEED, 0x2c) | 1;

/**
 * Two reasons to doubt a place (not a country) more than its name alone says:
 * - a two-letter code ("IL", "OK", "NV") is a US state or a province only in an address, after a comma
 *   ("Peoria, IL"); elsewhere it is a ticker, a word in capitals or a company suffix;
 * - a little-known place in another country than the ones the article is surely about (Salisbury, Maryland in
 *   a story about Britain and Russia): the reader's story is rarely there.
 */
function placeDoubt(span: Span, flags: number, table: EntityTable, ctx: ArticleContext, e: number): number {
  let f = 1;
  const t = span.tokens;
  const first = span.raw.tokenStart;
  if (flags & AF_ACRONYM && span.raw.tokenEnd - first === 1 && t.end[first]! - t.start[first]! <= 2) {
    if (first === 0 || gapOf(t, first) !== GAP_COMMA) f *= 0.4;
  }
  const c = table.countries[e]!;
  if (c !== '' && ctx.countryTotal >= 2 && !aboutCountry(ctx, c) && table.priors[e]! < SMALL_PLACE) f *= 0.5;
  // '"It's the government's decision," Caldwell said': a small town does not speak; a capital may stand for
  // its government ("Moscow said") and keeps its reading
  if (span.cues & CUE_AGENT && span.raw.tokenEnd - first === 1 && table.priors[e]! < SMALL_PLACE) f *= 0.5;
  return f;
}

// words that say a name is meant as the region: "Buenos Aires province", "New York state"
const REGION_AFTER = new WordSet('state province region county department prefecture oblast governorate canton territory'.split(' '));

/** "Buenos Aires province", "Salzburg state": the word after the name says the region is meant. */
function regionWordAfter(span: Span): boolean {
  const t = span.tokens;
  const end = span.raw.tokenEnd;
  return end < t.count && gapOf(t, end) === GAP_SOFT && REGION_AFTER.has(h1Of(t, end), h2Of(t, end));
}

// the same words before "of", singular or plural: "the state of Sao Paulo", "the provinces of Cordoba and Chaco"
const REGION_OF = new WordSet('state states province provinces region regions prefecture prefectures oblast canton cantons territory territories'.split(' '));
const OF = new WordSet(['of']);

/** "the states of Sao Paulo, Parana and Rio Grande do Sul": the words before the name say a region. */
function regionWordBefore(span: Span): boolean {
  const t = span.tokens;
  const first = span.raw.tokenStart;
  if (first < 2 || gapOf(t, first) !== GAP_SOFT || gapOf(t, first - 1) !== GAP_SOFT) return false;
  // lower case only: "State of Emergency", "Secretary of State" are other things
  if (t.flags[first - 2]! & TF_CAPITALISED && !(t.flags[first - 2]! & TF_SENTENCESTART)) return false;
  return OF.has(h1Of(t, first - 1), h2Of(t, first - 1)) && REGION_OF.has(h1Of(t, first - 2), h2Of(t, first - 2));
}

/**
 * A region that shares its name with a better-known city of the same country (New York, Buenos Aires): a
 * bare mention means the city, as readers and writers take it. An earlier sure mention of the region
 * ("Schumer, D-N.Y.") does not carry over to the bare name.
 */
function cityNamesake(span: Span, table: EntityTable, region: number): boolean {
  const c = table.countries[region]!;
  const e = span.raw.entries;
  for (let k = 0; k < e.length; k += 2) {
    const x = e[k]!;
    if (x === region || table.regions[x] === 1 || typeOf(table, x) !== 'place' || e[k + 1]! & PARTIAL) continue;
    // the better-known of the two (Quebec the province outranks Quebec City): only a city the sources
    // rank above the region takes the bare name
    if (table.countries[x] === c && table.priors[x]! > table.priors[region]!) return true;
  }
  return false;
}

const LIST_JOIN = new WordSet(['and', 'or']);
// what sits between the items of a list of figures by place: "83 mm in Cordoba, 41 in Santa Fe, eight in Chaco"
const FIGURE_IN = new WordSet(['in', 'at']);
const NUMBER_WORDS = new WordSet('one two three four five six seven eight nine ten eleven twelve'.split(' '));

/**
 * Whether tokens [from, to) are a figure before the next item of a list: a number, at most one word
 * after it, then "in"/"at" ("41 in", "83 mm in", "eight in").
 */
function figureBetween(t: Tokens, from: number, to: number): boolean {
  const n = to - from;
  if (n < 2 || n > 3) return false;
  for (let i = from + 1; i < to; i++) if (gapOf(t, i) !== GAP_SOFT || t.flags[i]! & TF_CAPITALISED) return false;
  const numeric = (t.flags[from]! & TF_DIGITSTART) !== 0 || NUMBER_WORDS.has(h1Of(t, from), h2Of(t, from));
  return numeric && FIGURE_IN.has(h1Of(t, to - 1), h2Of(t, to - 1));
}

/**
 * Whether span b follows span a in a list: "A, B" (comma only) or "A and B", "A, and B"; also a list of
 * figures by place, "83 mm in A, 41 in B and 35 in C", whose items are as parallel as a plain list's.
 */
function listLink(a: Span, b: Span): 'comma' | 'and' | null {
  if (a.tokens !== b.tokens) return null;
  const t = a.tokens;
  const end = a.raw.tokenEnd;
  const next = b.raw.tokenStart;
  if (next === end) return gapOf(t, next) === GAP_COMMA ? 'comma' : null;
  if (next < end) return null;
  const g = gapOf(t, end);
  if (next === end + 1 && gapOf(t, next) === GAP_SOFT) {
    return (g === GAP_SOFT || g === GAP_COMMA) && LIST_JOIN.has(h1Of(t, end), h2Of(t, end)) ? 'and' : null;
  }
  // ", 41 in B", " and 35 in B"
  if (g === GAP_COMMA && figureBetween(t, end, next)) return 'and';
  if ((g === GAP_SOFT || g === GAP_COMMA) && LIST_JOIN.has(h1Of(t, end), h2Of(t, end)) && gapOf(t, end + 1) === GAP_SOFT && figureBetween(t, end + 1, next)) return 'and';
  return null;
}

/** "Tokyo and London Stock Exchanges": A, a bare "and", then B carried on by a capitalised word. */
function sharesHead(a: Span, b: Span): boolean {
  if (!(b.cues & CUE_NAMEGOESON) || a.sentenceStart || b.sentenceStart) return false;
  const t = a.tokens;
  const end = a.raw.tokenEnd;
  return b.raw.tokenStart === end + 1 && gapOf(t, end) === GAP_SOFT && LIST_JOIN.has(h1Of(t, end), h2Of(t, end));
}

/** Every full reading of the span is a region (a state, a province): "La Pampa", "New Jersey". */
function onlyRegions(span: Span, table: EntityTable): boolean {
  const e = span.raw.entries;
  let any = false;
  for (let k = 0; k < e.length; k += 2) {
    if (e[k + 1]! & PARTIAL) continue;
    if (table.regions[e[k]!] !== 1) return false;
    any = true;
  }
  return any;
}

/**
 * Names listed together are the same kind of thing: in "Cordoba, La Pampa and Buenos Aires" La Pampa can only
 * be a province, so Cordoba and Buenos Aires are the provinces too, not their capitals. A list is joined by
 * "and"/"or" or has three names or more ("Paris, Texas" is an address, not a list). `spans` are in reading
 * order (block, then token), as the linker collects them from its left-to-right scan.
 */
export function markRegionLists(spans: readonly Span[], table: EntityTable): void {
  let from = 0;
  while (from < spans.length) {
    let to = from + 1;
    let joined = false;
    while (to < spans.length) {
      const link = listLink(spans[to - 1]!, spans[to]!);
      if (link === null) break;
      if (link === 'and') joined = true;
      to++;
    }
    if (to - from >= 2 && (joined || to - from >= 3)) {
      const list = spans.slice(from, to);
      const said = regionWordBefore(list[0]!);
      if (said || list.some((s) => onlyRegions(s, table))) for (const s of list) s.regionList = true;
      if (said) for (const s of list) s.regionSaid = true;
      // "the Tokyo and London Stock Exchanges": two names joined by a bare "and" share the second one's
      // capitalised head (not after a comma, "Hackensack, N.J., and Meyer Detective Agency", nor in a headline,
      // where every word is capitalised)
      if (list.length === 2 && sharesHead(list[0]!, list[1]!)) list[0]!.cues |= CUE_NAMEGOESON;
    }
    from = to;
  }
}

/**
 * After "Jody Sharp, 60," or "Roxanne Hercules, a spokeswoman", the article's "Sharp" and "Hercules" are
 * that person, whom the pack does not know: not Sharp Corporation nor the hero. `spans` in reading order.
 */
export function markIntroducedPeople(spans: readonly Span[]): void {
  const introduced = new Map<number, number>();
  for (const s of spans) {
    const t = s.tokens;
    const i = s.raw.tokenStart;
    if (introduced.has(h1Of(t, i)) || !introducesPerson(t, i, s.raw.tokenEnd)) continue;
    // the first name may be a name the pack knows as part of someone else's: not a full name of its own
    if (spans.some((p) => p.tokens === t && p.raw.tokenEnd === i && !hasPartial(p))) continue;
    introduced.set(h1Of(t, i), s.order);
  }
  if (introduced.size === 0) return;
  for (const s of spans) {
    if (s.raw.tokenEnd - s.raw.tokenStart !== 1) continue;
    const from = introduced.get(h1Of(s.tokens, s.raw.tokenStart));
    if (from !== undefined && s.order >= from) s.introducedPerson = true;
  }
}

/** The one country of a span whose every full reading is a region or a country ("Ala.", "Texas", "Argentina"). */
function regionCountry(span: Span, table: EntityTable): string | undefined {
  const e = span.raw.entries;
  let country: string | undefined;
  for (let k = 0; k < e.length; k += 2) {
    if (e[k + 1]! & PARTIAL) continue;
    const x = e[k]!;
    const c = table.countries[x]!;
    if (c === '' || (table.regions[x] !== 1 && typeOf(table, x) !== 'country')) return undefined;
    if (country !== undefined && country !== c) return undefined;
    country = c;
  }
  return country;
}

/**
 * A place followed by a comma and a state, province or country ("BIRMINGHAM, Ala.", "Salisbury, Maryland") is
 * an address: the place is the one in that country. `spans` are in reading order, as for markRegionLists.
 */
export function markAddresses(spans: readonly Span[], table: EntityTable): void {
  for (let i = 0; i + 1 < spans.length; i++) {
    const a = spans[i]!;
    const b = spans[i + 1]!;
    if (listLink(a, b) !== 'comma') continue;
    const c = regionCountry(b, table);
    if (c !== undefined) a.addressCountry = c;
  }
}

/** A several-word span whose first word is capitalised and whose last word is written in lower case. */
function lowerTail(span: Span): boolean {
  const t = span.tokens;
  const first = span.raw.tokenStart;
  const last = span.raw.tokenEnd - 1;
  if (last === first || !(t.flags[first]! & TF_CAPITALISED)) return false;
  return (t.flags[last]! & (TF_CAPITALISED | TF_DIGITSTART | TF_HASUPPER)) === 0 && !STYLE_LOWER.has(h1Of(t, last), h2Of(t, last));
}

// institutions whose kind many newsrooms write in lower case after the proper part: "the Indian army",
// "the Labour party", "the Syrian government"
const STYLE_LOWER = new WordSet('army navy party police parliament government ministry military forces guard corps'.split(' '));

function capitalisedTokens(t: Tokens, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (t.flags[i]! & (TF_CAPITALISED | TF_DIGITSTART)) n++;
  return n;
}

function countryBoost(ctx: ArticleContext, table: EntityTable, e: number): number {
  const c = table.countries[e]!;
  if (c === '') return 1;
  let w = ctx.articleCountry === c ? 2 : 1;
  if (ctx.countryTotal > 0) w *= 1 + (2 * (ctx.countryCounts.get(c) ?? 0)) / ctx.countryTotal;
  return w;
}

interface Choice {
  entity: number;
  confidence: number;
}

/** Whether the span is also the full name of a place, a country or a person. */
function namesOther(span: Span, table: EntityTable, except: number): boolean {
  const e = span.raw.entries;
  for (let k = 0; k < e.length; k += 2) {
    if (e[k] === except || e[k + 1]! & PARTIAL) continue;
    const type = typeOf(table, e[k]!);
    if (type === 'place' || type === 'country' || type === 'person') return true;
  }
  return false;
}

/**
 * Whether a full reading of the span is a region of a country the article is about ("Georgia" in a story
 * about Alabama and Miami): the article's own country, or one of two or more of its sure mentions.
 */
function regionOfArticle(span: Span, table: EntityTable, ctx: ArticleContext): boolean {
  const e = span.raw.entries;
  for (let k = 0; k < e.length; k += 2) {
    if (e[k + 1]! & PARTIAL || table.regions[e[k]!] !== 1) continue;
    const c = table.countries[e[k]!]!;
    if (c !== '' && (c === ctx.articleCountry || (ctx.countryCounts.get(c) ?? 0) >= 2)) return true;
  }
  return false;
}

/** Whether the article is about country `c`: its own country, or one it mentions surely. */
function aboutCountry(ctx: ArticleContext, c: string): boolean {
  return c !== '' && (c === ctx.articleCountry || (ctx.countryCounts.get(c) ?? 0) > 0);
}

/**
 * Whether a full reading of the span is an organisation of a country the article is about: of forty
 * "Democratic Party" records, the one of the country the story is set in.
 */
function homeOrganisation(span: Span, table: EntityTable, ctx: ArticleContext): boolean {
  const e = span.raw.entries;
  for (let k = 0; k < e.length; k += 2) {
    if (e[k + 1]! & PARTIAL || typeOf(table, e[k]!) !== 'organisation') continue;
    if (aboutCountry(ctx, table.countries[e[k]!]!)) return true;
  }
  return false;
}

/** Weigh every candidate of a span; partial names only count when `partials` is true. */
export function choose(span: Span, table: EntityTable, ctx: ArticleContext, partials: boolean): Choice | null {
  const entries = span.raw.entries;
  const cues = span.cues;
  const readAs = ctx.readAs.get(surfaceKey(span));
  const homeRegion = regionOfArticle(span, table, ctx);
  const homeOrg = homeOrganisation(span, table, ctx);
  const scored: { entity: number; score: number; rel: number }[] = [];
  let total = 0;
  for (let k = 0; k < entries.length; k += 2) {
    const e = entries[k]!;
    const flags = entries[k + 1]!;
    // (the cheap tests first: a given name may list hundreds of people, and each entity's fields are a
    // memory read of their own)
    if (flags & PARTIAL && !partials) continue;
    // someone the article introduced in full: only a person it named in full may be meant
    if (span.introducedPerson === true && !(flags & PARTIAL && ctx.fullLinked.has(e))) continue;
    let rel: number;
    let boost = 1;
    let type: EntityType | undefined;
    if (flags & PARTIAL) {
      const common = (flags & (AF_COMMON | AF_AMBIGUOUSCAPITAL)) !== 0;
      const full = ctx.fullLinked.get(e);
      if (flags & AF_ORGHEAD) {
        // "Rolls" after "Rolls-Royce": only once the full name came first, never an everyday word, and
        // never over a place or a person of that name ("Moscow" after "Moscow Times" is still the city)
        rel = full !== undefined && full < span.order && !common && !namesOther(span, table, e) ? 0.9 : 0;
        boost = 10;
      } else if (full !== undefined) {
        // a later mention of someone named in full: "Macron" after "Emmanuel Macron"
        // "May" opening a sentence is the month unless the words around make it someone ("May said")
        if (common && span.sentenceStart) rel = cues & (CUE_AGENT | CUE_PERSON) ? 0.8 : 0;
        else rel = full < span.order ? 0.92 : 0.85;
        boost = 10;
      } else if (flags & AF_GIVEN && ctx.linkedSurnames.size > 0 && table.surnames[e] !== 0 && ctx.linkedSurnames.has(table.surnames[e]!)) {
        // a relative of someone named: "Sergei Skripal and his daughter Yulia"
        rel = common && span.sentenceStart ? 0 : 0.85;
        boost = 5;
      } else if (flags & AF_SURNAME && !common && table.priors[e]! >= WELL_KNOWN) {
        // a surname nobody introduced: only a well-known person, and only if one clearly fits (the share decides)
        rel = span.sentenceStart ? 0.7 : 0.75;
      } else rel = 0;
    } else {
      type = typeOf(table, e);
      // letters after the article has named their entity in full ("Volkswagen AG ... VW") stand for it
      const named = ctx.certain.has(e) || ((flags & AF_ACRONYM) !== 0 && (ctx.fullLinked.get(e) ?? Infinity) < span.order);
      rel = fullReliability(span, flags, named, table.priors[e]!);
      if (cues & CUE_PERSON && type === 'person' && flags & (AF_COMMON | AF_AMBIGUOUSCAPITAL)) rel = Math.max(rel, 0.7);
      if (type === 'place' && !ctx.certain.has(e)) rel *= placeDoubt(span, flags, table, ctx, e);
      if (type === 'place' || type === 'country') {
        // "the Los Angeles Clippers", "United States Steel Corp.": a place whose name the text carries on with
        // a capitalised word is the opening of a longer name (a team, a firm, a hospital), not the place
        if (cues & CUE_NAMEGOESON) rel *= 0.5;
        // "Miss USA", "Miss America": a title makes it a person's or a contest's name
        if (cues & CUE_PERSON) rel *= 0.4;
        // "Iran continued its Karbala-8 operation": a place with a number glued on is a code name
        if (cues & CUE_NUMBERED) rel *= 0.3;
      }
      // "Treasury bills", "U.S. Government securities": the words name a security, a term of the market, not
      // the body that issues it ("Carter bonds" are not the company Carter's either); a person the bonds are
      // named after ("Reagan bonds") is still someone the reader may look up
      if (type === 'organisation' && cues & CUE_INSTRUMENT) rel *= 0.3;
      // "a House committee", "Home office": an organisation's name whose last word the article writes in
      // lower case is a phrase of ordinary words
      if (type === 'organisation' && lowerTail(span)) rel *= 0.45;
      // "Pacific Sunwear of California Inc.": a name right before a legal form is a company's or part of one;
      // "Target Corp." is the company, whatever else the word means
      if (cues & CUE_COMPANY) rel = type === 'organisation' ? Math.max(rel, 0.85) : rel * 0.3;
    }
    if (rel <= 0) continue;
    type ??= typeOf(table, e);
    // priors from sources are compressed towards the middle: squaring lets a clear favourite dominate
    const prior = 0.05 + table.priors[e]!;
    let w = prior * prior * cueWeight(cues, type) * countryBoost(ctx, table, e) * boost;
    const region = table.regions[e] === 1 && !(flags & PARTIAL);
    // one name, one reading per article: "Santa Fe" read as the province in a list of provinces is the
    // province when the article comes back to it ("near completion in Cordoba and Santa Fe")
    const readBefore = readAs === e && !(flags & PARTIAL);
    // "Buenos Aires province", "the states of Sao Paulo and Parana": the words say a region, so a city
    // of that name is out, however much better known
    const said = !(flags & PARTIAL) && type === 'place' && (span.regionSaid === true || regionWordAfter(span) || regionWordBefore(span));
    if (said && !region) w *= 0.1;
    if (region && (said || span.regionList === true)) w *= 4;
    else if (region && !readBefore && cityNamesake(span, table, e)) w *= 0.5;
    else if (ctx.certain.has(e)) w *= 5;
    if (readBefore && !ctx.certain.has(e)) w *= 4;
    if (flags & AF_CANONICAL) w *= 1.2;
    // Georgia the US state or the country: in a story about the US, a country of that name the article says
    // nothing else about is the less likely reading
    if (homeRegion && type === 'country' && !ctx.certain.has(e) && (ctx.countryCounts.get(table.countries[e]!) ?? 0) === 0) w *= 0.05;
    // "the Democratic Party" in a story set in the US: a namesake party or ministry of a country the article
    // never mentions is the less likely reading
    if (homeOrg && type === 'organisation' && table.countries[e] !== '' && !aboutCountry(ctx, table.countries[e]!)) w *= 0.1;
    // "Birmingham, Ala.": the state after the comma says which country's Birmingham
    if (span.addressCountry !== undefined && type === 'place') w *= table.countries[e] === span.addressCountry ? 4 : 0.25;
    const score = rel * w;
    total += score;
    scored.push({ entity: e, score, rel });
  }
  if (total <= 0) return null;
  if (scored.length === 1) {
    // one candidate is one group of its own (most spans): no grouping to do
    // (as the loop below would: a group counts only with a score above -1, which NaN is not)
    const only = scored[0]!;
    return only.score > -1 ? { entity: only.entity, confidence: only.rel * (only.score / total) * span.embedded } : null;
  }
  const groups = groupCandidates(scored, table);
  let best: { entity: number; score: number; rel: number } | null = null;
  let bestGroupScore = -1;
  for (const g of groups.values()) {
    if (g.score > bestGroupScore) {
      bestGroupScore = g.score;
      best = g.best;
    }
  }
  return best && { entity: best.entity, confidence: best.rel * (bestGroupScore / total) * span.embedded };
}

interface Group {
  score: number;
  best: { entity: number; score: number; rel: number };
}

/**
 * Packs merged from several sources list one thing several times (a QID'd record and QID-less copies with
 * the same type and name). Such candidates pool their weight; namesakes with different QIDs do not.
 */
function groupCandidates(scored: readonly { entity: number; score: number; rel: number }[], table: EntityTable): Map<string | number, Group> {
  // a region and a city of one name are two places, not one place listed twice ("Santa Fe" the province and
  // the city); a place without a description may be a copy of either and stays with the region
  const nameKey = (e: number): number => table.groups[e]! * 2 + (table.regions[e] === 2 ? 1 : 0);
  // name key -> the one QID of the candidates with that name, or null when they have several
  const qidByName = new Map<number, string | null>();
  for (const c of scored) {
    const q = table.wikidata[c.entity]!;
    if (q === '') continue;
    const g = nameKey(c.entity);
    const had = qidByName.get(g);
    if (had === undefined) qidByName.set(g, q);
    else if (had !== null && had !== q) qidByName.set(g, null);
  }
  // a group's key: its QID (a string), or the name key (a number) of QID-less copies without one QID'd namesake
  const groups = new Map<string | number, Group>();
  for (const c of scored) {
    const q = table.wikidata[c.entity]!;
    let key: string | number = q;
    if (q === '') {
      const g = nameKey(c.entity);
      key = qidByName.get(g) ?? g;
    }
    const g = groups.get(key);
    if (!g) groups.set(key, { score: c.score, best: c });
    else {
      g.score += c.score;
      const better = c.score > g.best.score || (c.score === g.best.score && q !== '' && table.wikidata[g.best.entity] === '');
      if (better) g.best = c;
    }
  }
  return groups;
}

/** The span's words, case and accents aside: "Santa Fe" and "SANTA FE" share a key. */
function surfaceKey(span: Span): number {
  let h = H1_SEED;
  for (let i = span.raw.tokenStart; i < span.raw.tokenEnd; i++) h = mixH1(h, h1Of(span.tokens, i));
  return h;
}

/** Stage 1: what the article is surely about. */
export function collectCertain(spans: readonly Span[], table: EntityTable, ctx: ArticleContext): void {
  const counted = new Set<number>();
  const countCountry = (e: number) => {
    const country = table.countries[e]!;
    if (country === '' || counted.has(e)) return;
    counted.add(e);
    ctx.countryCounts.set(country, (ctx.countryCounts.get(country) ?? 0) + 1);
    ctx.countryTotal++;
  };
  for (const span of spans) {
    const partial = hasPartial(span);
    const c = choose(span, table, ctx, false);
    if (!c || c.confidence < CERTAIN) continue;
    if (partial) {
      // A name that is also part of some person's name ("Germany", "Jordan") is not certain before the
      // people are resolved, but a country read in full still tells which countries the article is about.
      if (typeOf(table, c.entity) === 'country') countCountry(c.entity);
      continue;
    }
    if (!ctx.certain.has(c.entity)) ctx.certain.set(c.entity, span.order);
    countCountry(c.entity);
  }
}

function record(span: Span, c: Choice | null, table: EntityTable, ctx: ArticleContext, full: boolean): void {
  if (!c) return;
  span.entity = c.entity;
  span.confidence = c.confidence;
  if (full && !ctx.fullLinked.has(c.entity)) ctx.fullLinked.set(c.entity, span.order);
  if (full) {
    const key = surfaceKey(span);
    if (!ctx.readAs.has(key)) ctx.readAs.set(key, c.entity);
  }
  const s = table.surnames[c.entity]!;
  if (s !== 0 && full) ctx.linkedSurnames.add(s);
}

/** Stages 2 and 3. Spans get `entity` and `confidence` (entity -1 when nothing fits). */
export function resolveSpans(spans: readonly Span[], table: EntityTable, ctx: ArticleContext, minConfidence: number): void {
  for (const span of spans) {
    if (hasPartial(span)) continue;
    const c = choose(span, table, ctx, false);
    record(span, c, table, ctx, c !== null && c.confidence >= minConfidence);
  }
  for (const span of spans) {
    if (!hasPartial(span)) continue;
    const c = choose(span, table, ctx, true);
    if (!c) continue;
    const viaFull = isFullAlias(span, c.entity);
    record(span, c, table, ctx, viaFull && c.confidence >= minConfidence);
  }
}

function isFullAlias(span: Span, entity: number): boolean {
  const e = span.raw.entries;
  for (let k = 0; k < e.length; k += 2) if (e[k] === entity) return (e[k + 1]! & PARTIAL) === 0;
  return false;
}
