// Words around a name that tell what kind of thing it is: "President X" (a person), "X said" (someone who
// speaks: a person, an organisation, a country), "in X" (a place).

import type { EntityType } from './pack';
import { GAP_SOFT, gapOf, H1_SEED, h1Of, h2Of, mixH1, TokenFlag, type Tokens, WordSet } from './normalize';

// imported const enums as module constants: files transpiled one by one do not inline them
const TF_ALLCAPS: number = TokenFlag.AllCaps;
const TF_CAPITALISED: number = TokenFlag.Capitalised;
const TF_DOTTEDACRONYM: number = TokenFlag.DottedAcronym;
const TF_SENTENCESTART: number = TokenFlag.SentenceStart;

const PERSON_BEFORE = new WordSet(
  `mr mrs ms miss dr sir dame president presidents vice prime minister chancellor senator sen rep representative
  congressman congresswoman governor gov mayor king queen prince princess pope judge justice general gen
  admiral colonel col captain capt lieutenant sergeant secretary spokesman spokeswoman spokesperson ceo
  chairman chairwoman chair director ambassador premier leader actor actress singer rapper coach player
  striker author writer professor prof reverend rev bishop archbishop cardinal sheikh emir ayatollah
  commissioner deputy lawmaker candidate nominee economist analyst founder boss manager daughter son wife
  husband brother sister mother father widow uncle aunt agent journalist reporter dictator tsar czar mp`.split(/\s+/),
);

const AGENT_AFTER = new WordSet(
  `said says say told tells added adds asked asks wrote writes warned warns accused accuses announced
  announces argued argues insisted insists tweeted replied stated claimed claims believes thinks admitted
  admits denied denies urged urges noted explained declared condemned condemns criticised criticized
  criticises criticizes demanded demands vowed vows promised promises pledged hopes wants expects`.split(/\s+/),
);

const PLACE_BEFORE = new WordSet(
  `in at from near to across outside inside throughout into toward towards via around within visited
  visiting visit capital city town village region province state`.split(/\s+/),
);

// legal forms that end a company's name; capitals right after them are its stock symbol
export const COMPANY_SUFFIX = new WordSet('inc corp co ltd plc llc gmbh ag sa nv bv spa pty lp'.split(' '));
// the same, written out: a name followed by one of these is a company's
const LEGAL_FORM_AFTER = new WordSet('inc corp co ltd plc llc gmbh ag sa nv bv spa pty incorporated corporation company limited'.split(' '));

export const enum Cue {
  None = 0,
  Person = 1,
  Agent = 2,
  Place = 4,
  /** a legal form follows: "Ford Motor Co", "Target Corp." */
  Company = 8,
  /** a word for what a firm has follows: "Edward Jones analyst", "Ford shares" */
  Firm = 16,
  /**
   * a capitalised word that is no name of its own follows, inside the sentence: "Los Angeles Clippers",
   * "United States Steel", "New Jersey Hospital Association"
   */
  NameGoesOn = 32,
  /**
   * a word for a security follows: "Treasury bills", "the 10-year Treasury note", "Carter bonds" name the
   * security, not the body or the person it is named after
   */
  Instrument = 64,
  /** a number is glued on by a hyphen: "Karbala-8", "Minsk-2" are code names, not the place */
  Numbered = 128,
}

// securities named after their issuer or namesake, in the plural: "Treasury notes and bonds"
const INSTRUMENTS = new WordSet('notes bills bonds securities yields debentures gilts'.split(' '));
// the singular only after a maturity: "the 10-year Treasury note", "a three-month Treasury bill" ("a Senate
// bill" is the Senate's)
const INSTRUMENT = new WordSet('note bill bond yield'.split(' '));
const MATURITY = new WordSet('year month week day'.split(' '));

/** Whether the name [first, end) stands before a lower-case word for a security. */
function instrumentAfter(t: Tokens, first: number, end: number): boolean {
  if (end >= t.count || gapOf(t, end) !== GAP_SOFT || t.flags[end]! & (TF_CAPITALISED | TokenFlag.HasUpper) || possessiveBefore(t, end)) return false;
  const h1 = h1Of(t, end);
  const h2 = h2Of(t, end);
  if (INSTRUMENTS.has(h1, h2)) return true;
  return INSTRUMENT.has(h1, h2) && first > 0 && gapOf(t, first) === GAP_SOFT && MATURITY.has(h1Of(t, first - 1), h2Of(t, first - 1));
}

/** Whether a hyphen and a number follow the name without a space: "Karbala-8". */
function numberGluedAfter(t: Tokens, end: number): boolean {
  if (end >= t.count || !(t.flags[end]! & TokenFlag.DigitStart)) return false;
  const between = t.text.slice(t.end[end - 1]!, t.start[end]!);
  return between.length === 1 && /[-\u2010\u2011\u2013]/.test(between);
}

// a date after a name is not part of it: "in West Virginia Tuesday", "in the U.K. Last December"
const CALENDAR = new WordSet(
  `monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun
  january february march april may june july august september october november december jan feb mar apr
  jun jul aug sep sept oct nov dec last next this early late`.split(/\s+/),
);

// what firms have and people do not: "Edward Jones analyst Stephanie Hoff", "Texaco shareholders"
const FIRM_AFTER = new WordSet(
  `analyst analysts economist economists strategist strategists shareholders shareholder stockholders shares
  stock subsidiary subsidiaries employees`.split(/\s+/),
);

const GAP_COMMA = mixH1(H1_SEED, 0x2c) | 1;
const GAP_DOT = mixH1(H1_SEED, 0x2e) | 1;
// a dash with spaces around it (any dash character) and an opening parenthesis
const GAP_DASH = mixH1(H1_SEED, 0x2014) | 1;
const GAP_PAREN = mixH1(H1_SEED, 0x28) | 1;

/** Cues around the tokens [first, end) of a name. */
export function cuesAround(t: Tokens, first: number, end: number): number {
  let cues = Cue.None;
  if (first > 0 && (gapOf(t, first) === GAP_SOFT || gapOf(t, first) === GAP_DOT)) {
    const p = first - 1;
    const h1 = h1Of(t, p);
    const h2 = h2Of(t, p);
    if (gapOf(t, first) === GAP_SOFT && PLACE_BEFORE.has(h1, h2)) cues |= Cue.Place;
    if (PERSON_BEFORE.has(h1, h2)) cues |= Cue.Person;
  }
  if (end < t.count) {
    const g = gapOf(t, end);
    if (g === GAP_SOFT || g === GAP_COMMA) {
      if (AGENT_AFTER.has(h1Of(t, end), h2Of(t, end))) cues |= Cue.Agent;
    }
    if (g === GAP_SOFT && t.flags[end]! & TF_CAPITALISED && LEGAL_FORM_AFTER.has(h1Of(t, end), h2Of(t, end))) cues |= Cue.Company;
    if (g === GAP_SOFT && !(t.flags[end]! & TF_CAPITALISED) && FIRM_AFTER.has(h1Of(t, end), h2Of(t, end))) cues |= Cue.Firm;
    if (g === GAP_SOFT && nameGoesOn(t, end)) cues |= Cue.NameGoesOn;
    if (instrumentAfter(t, first, end)) cues |= Cue.Instrument;
    if (numberGluedAfter(t, end)) cues |= Cue.Numbered;
    // a dateline: "ATLANTA - Bob Nardelli said", "LONDON (Reuters) -"
    if ((g === GAP_DASH || g === GAP_PAREN) && t.flags[end - 1]! & TF_ALLCAPS && !(t.flags[first]! & TF_DOTTEDACRONYM) && t.end[end - 1]! - t.start[first]! > 3) cues |= Cue.Place;
  }
  return cues;
}

// words after a country's name that leave it a name, not a modifier: "the U.S. and Japan", "the U.S. said"
const NOT_A_NOUN = new WordSet(
  `and or nor but of in on at to for with by as from into than that which who is are was were has have had
  will would could should may might can must did does do be been being not also still now then too`.split(/\s+/),
);

/**
 * A country written as a code ("U.S.", "UK") right before a lower-case word is a modifier ("U.S. dollar",
 * "U.K. economy"): it says whose, not which country the reader should look up, so it is not marked. So is one
 * that shares its noun with a people's adjective: "Both U.S. and Japanese officials", "the U.S.-Japanese pact".
 */
export function isAttributive(t: Tokens, first: number, end: number): boolean {
  if (end - first !== 1 || !(t.flags[first]! & (TF_ALLCAPS | TF_DOTTEDACRONYM))) return false;
  if (end >= t.count || gapOf(t, end) !== GAP_SOFT) return false;
  if (isLowerNoun(t, end)) return true;
  let j = end;
  if (AND_OR.has(h1Of(t, j), h2Of(t, j))) j++;
  else if (t.text.slice(t.end[end - 1]!, t.start[end]!) !== '-') return false;
  return j + 1 < t.count && gapOf(t, j) === GAP_SOFT && PEOPLE_ADJECTIVE.test(t.text.slice(t.start[j]!, t.end[j]!)) && isLowerNoun(t, j + 1);
}

const AND_OR = new WordSet(['and', 'or']);
// the adjectives of peoples by their endings ("Japanese", "Canadian", "European", "British", "Israeli"); a
// country's own name seldom ends so ("Japan", "Britain", "Israel")
const PEOPLE_ADJECTIVE = /^\p{Lu}\p{Ll}+(?:ese|ian|ean|ish|i)$/u;

/** A lower-case word after a soft gap that is no joining word or verb of saying: a noun a name modifies. */
function isLowerNoun(t: Tokens, i: number): boolean {
  if (i >= t.count || gapOf(t, i) !== GAP_SOFT || t.flags[i]! & (TF_CAPITALISED | TokenFlag.DigitStart | TokenFlag.HasUpper)) return false;
  return !NOT_A_NOUN.has(h1Of(t, i), h2Of(t, i)) && !AGENT_AFTER.has(h1Of(t, i), h2Of(t, i));
}

/**
 * Financial wires write a company's stock symbol right after its name ("Northern Telecom Ltd NT",
 * "International Business Machines Corp IBM"): capitals directly after a legal form, or a repeat of the
 * capitals just written ("IBM IBM"), are a symbol, not a name to look up.
 */
export function isTicker(t: Tokens, first: number, end: number): boolean {
  if (end - first !== 1 || first === 0 || !(t.flags[first]! & TF_ALLCAPS)) return false;
  const g = gapOf(t, first);
  if (g !== GAP_SOFT && g !== GAP_DOT) return false;
  const p = first - 1;
  if (COMPANY_SUFFIX.has(h1Of(t, p), h2Of(t, p))) return true;
  return g === GAP_SOFT && t.flags[p]! & TF_ALLCAPS ? h1Of(t, p) === h1Of(t, first) && h2Of(t, p) === h2Of(t, first) : false;
}

/**
 * Whether token i, right after a name, carries that name on: capitalised inside a sentence, no acronym (a
 * name of its own: "New York NASDAQ"), no title ("U.S. President"), no date, no joining word, no legal
 * form, and not after a possessive or an abbreviation's closing dot ("Japan's Nikkei", "the U.S. The drug").
 */
function nameGoesOn(t: Tokens, i: number): boolean {
  const f = t.flags[i]!;
  if (!(f & TF_CAPITALISED) || f & (TF_SENTENCESTART | TF_ALLCAPS | TF_DOTTEDACRONYM)) return false;
  if (possessiveBefore(t, i) || closedByDot(t, i - 1)) return false;
  const h1 = h1Of(t, i);
  const h2 = h2Of(t, i);
  return !PERSON_BEFORE.has(h1, h2) && !CALENDAR.has(h1, h2) && !JOINER.has(h1, h2) && !LEGAL_FORM_AFTER.has(h1, h2);
}

const ARTICLE = new WordSet(['a', 'an', 'the']);
const WHO = new WordSet(['who']);

/**
 * Whether the one-word name at token `first` closes a person's full name that the article introduces: a
 * capitalised word before it and, after a comma, an age or a role ("Jody Sharp, 60,", "Roxanne Hercules, a
 * spokeswoman", "Ann Ford, who"). The word alone then stands for that person in the rest of the article.
 */
export function introducesPerson(t: Tokens, first: number, end: number): boolean {
  if (end - first !== 1 || first === 0 || end + 1 >= t.count) return false;
  if (gapOf(t, first) !== GAP_SOFT || !(t.flags[first - 1]! & TF_CAPITALISED) || t.flags[first - 1]! & (TF_ALLCAPS | TF_DOTTEDACRONYM)) return false;
  if (PERSON_BEFORE.has(h1Of(t, first - 1), h2Of(t, first - 1)) || possessiveBefore(t, end)) return false;
  if (gapOf(t, end) !== GAP_COMMA) return false;
  const n = end;
  if (t.flags[n]! & TokenFlag.DigitStart) return n + 1 >= t.count || gapOf(t, n + 1) === GAP_COMMA;
  if (WHO.has(h1Of(t, n), h2Of(t, n))) return true;
  return ARTICLE.has(h1Of(t, n), h2Of(t, n)) && gapOf(t, n + 1) === GAP_SOFT && PERSON_BEFORE.has(h1Of(t, n + 1), h2Of(t, n + 1));
}

/** How much a cue raises or lowers the odds of an entity type. */
export function cueWeight(cues: number, type: EntityType): number {
  let w = 1;
  if (cues & Cue.Person) w *= type === 'person' ? 4 : 0.3;
  if (cues & Cue.Agent) {
    w *= type === 'person' ? 2 : type === 'organisation' ? 1.5 : type === 'country' ? 1 : 0.6;
  }
  if (cues & Cue.Place) {
    w *= type === 'place' || type === 'country' ? 2 : type === 'person' ? 0.4 : type === 'event' ? 1 : 0.8;
  }
  if (cues & Cue.Company) w *= type === 'organisation' ? 4 : 0.1;
  // a person has no analysts or shareholders; a place may ("a Tokyo analyst")
  if (cues & Cue.Firm) w *= type === 'organisation' ? 2 : type === 'person' ? 0.15 : 1;
  return w;
}

/** Whether token i ends with its own dot ("W. Va.", "U.S."): the tokenizer keeps it inside abbreviations. */
function closedByDot(t: Tokens, i: number): boolean {
  return t.text.charCodeAt(t.end[i]! - 1) === 0x2e;
}

/** Whether the token before token i carries a possessive "'s" (the tokenizer leaves it out of both tokens). */
function possessiveBefore(t: Tokens, i: number): boolean {
  return i > 0 && t.gapStart[i]! > t.end[i - 1]!;
}

// words that join names, not make them, even when a wire capitalises them: "the U.S. And Japan"
// ("Of" is left out: "Bank Of Japan" is one name)
const JOINER = new WordSet('and or but nor as at in on to for with by from'.split(' '));

/**
 * A known name inside a longer capitalised name the pack does not know ("Burlington Industries",
 * "First Boston") is probably not the known thing: a factor < 1 says how doubtful. Neighbours that are
 * names themselves ("Brussels NATO"), titles ("NATO Secretary General") or sentence starts do not count.
 */
export function embeddedFactor(
  t: Tokens,
  first: number,
  end: number,
  spanStarts: ReadonlySet<number>,
  spanEnds: ReadonlySet<number>,
  cues: number,
): number {
  let f = 1;
  const single = end - first === 1;
  const acronym = single && (t.flags[first]! & (TF_ALLCAPS | TF_DOTTEDACRONYM)) !== 0;
  // a possessive ends a name: "Japan's Nikkei", "Britain's FTSE" are two names, not one longer one; so does
  // an abbreviation's closing dot, which may end the sentence too ("Buckhannon, W. Va. As it turned out")
  if (end < t.count && gapOf(t, end) === GAP_SOFT && !possessiveBefore(t, end) && !closedByDot(t, end - 1)) {
    const nf = t.flags[end]!;
    // a neighbour that is a name itself counts only if it is unmistakably one (an acronym: "Brussels NATO")
    const nextIsName = spanStarts.has(end) && (nf & TF_ALLCAPS) !== 0;
    const title = PERSON_BEFORE.has(h1Of(t, end), h2Of(t, end));
    // a legal form after the name ("Target Corp") closes that name: it is no sign of a longer one
    const joiner = JOINER.has(h1Of(t, end), h2Of(t, end));
    if (nf & TF_CAPITALISED && !(nf & TF_SENTENCESTART) && !nextIsName && !joiner && !(title && (acronym || !single)) && !(cues & Cue.Company)) {
      // a one-word match is the likelier fragment ("Prime Minister", "Burlington Industries"); an acronym
      // or a longer name less so ("State Duma Foreign Affairs Committee" still means the Duma)
      f *= single && !acronym ? 0.5 : 0.7;
    }
  }
  if (first > 0 && gapOf(t, first) === GAP_SOFT && !acronym && !(cues & Cue.Person) && !possessiveBefore(t, first)) {
    const pf = t.flags[first - 1]!;
    // ... as is an abbreviation, a name of its own ("the U.N.s Food and Agriculture Organisation")
    const prevIsName = (spanEnds.has(first) && (pf & TF_ALLCAPS) !== 0) || t.text.slice(t.start[first - 1]!, t.end[first - 1]!).includes('.');
    // a capitalised word before a name that cannot take it in is a name's opening the pack does not know:
    // "San Francisco International Airport", "Georgia State University", "Grace Episcopal Church" hold no
    // airport, university or church of their own; a legal form after it ("Shearson Lehman Brothers Inc")
    // leaves a firm's name that another firm took in, and is doubted less
    if (pf & TF_CAPITALISED && !(pf & TF_SENTENCESTART) && !prevIsName && !JOINER.has(h1Of(t, first - 1), h2Of(t, first - 1))) f *= single || !(cues & Cue.Company) ? 0.5 : 0.7;
  }
  return f;
}
