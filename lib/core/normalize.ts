// Text normalisation for the linker: one tokenizer for aliases and article text alike, so that both sides
// agree on what a "token" is. Tokens are hashed while they are scanned (case-folded, diacritics removed,
// apostrophes and acronym dots dropped) so the hot path allocates no strings; offsets stay those of the
// original text.

// ---- character classes ---------------------------------------------------------------------------------

export const enum CharClass {
  Unknown = 0,
  Space = 1,
  Newline = 2,
  Dash = 3,
  Apostrophe = 4,
  Period = 5,
  Upper = 6,
  Lower = 7,
  Uncased = 8,
  Digit = 9,
  Mark = 10,
  Punct = 11,
  SentenceEnd = 12,
  Quote = 13,
}

const classes = new Uint8Array(65536);
const foldCodes = new Uint16Array(65536); // 0 = not computed yet
const FOLD_DROP = 0xffff; // contributes nothing to the key (combining marks)
const FOLD_MULTI = 0xfffe; // folds to several characters, see foldExpansions
const foldExpansions = new Map<number, string>();

// Letters that Unicode decomposition leaves alone but readers treat as plain Latin.
const LATIN_EXTRA: Record<string, string> = {
  ß: 'ss', ẞ: 'ss', æ: 'ae', Æ: 'ae', œ: 'oe', Œ: 'oe', ø: 'o', Ø: 'o', ł: 'l', Ł: 'l', đ: 'd', Đ: 'd',
  ð: 'd', Ð: 'd', þ: 'th', Þ: 'th', ı: 'i', ħ: 'h', Ħ: 'h', ŋ: 'n', Ŋ: 'n',
};

const RE_UPPER = /\p{Lu}|\p{Lt}/u;
const RE_LETTER = /\p{L}/u;
const RE_MARK = /\p{M}/u;
const RE_DIGIT = /\p{Nd}/u;
const RE_SPACE = /\s/u;
const RE_DASH = /\p{Pd}/u;

function computeClass(c: number): CharClass {
  if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029 || c === 0x0b || c === 0x0c) return CharClass.Newline;
  if (c === 0x2d || c === 0x2010 || c === 0x2011 || c === 0x2012 || c === 0x2013 || c === 0x2014 || c === 0x2015 || c === 0x2212) {
    return CharClass.Dash;
  }
  if (c === 0xad) return CharClass.Mark; // soft hyphen: invisible inside a word
  if (c === 0x27 || c === 0x2019 || c === 0x2bc || c === 0x2032) return CharClass.Apostrophe;
  if (c === 0x2e) return CharClass.Period;
  if (c === 0x21 || c === 0x3f || c === 0x3a || c === 0x2022 || c === 0x2026) return CharClass.SentenceEnd; // ! ? : • …
  if (c === 0x22 || c === 0x201c || c === 0x201d || c === 0x201e || c === 0x2018 || c === 0x201a || c === 0xab || c === 0xbb) {
    return CharClass.Quote;
  }
  if (c >= 0xd800 && c <= 0xdfff) return CharClass.Punct; // astral characters (emoji, rare scripts) break names
  const ch = String.fromCharCode(c);
  if (RE_SPACE.test(ch)) return CharClass.Space;
  if (RE_DIGIT.test(ch)) return CharClass.Digit;
  if (RE_MARK.test(ch)) return CharClass.Mark;
  if (RE_LETTER.test(ch)) {
    if (RE_UPPER.test(ch)) return CharClass.Upper;
    return ch.toLowerCase() !== ch.toUpperCase() ? CharClass.Lower : CharClass.Uncased;
  }
  if (RE_DASH.test(ch)) return CharClass.Dash;
  return CharClass.Punct;
}

/** Class of a UTF-16 code unit, computed once per code and cached. */
export function charClass(c: number): CharClass {
  let k = classes[c]!;
  if (k === 0) {
    k = computeClass(c);
    classes[c] = k;
  }
  return k as CharClass;
}

function computeFold(c: number): number {
  const ch = String.fromCharCode(c);
  const extra = LATIN_EXTRA[ch];
  let folded: string;
  if (extra !== undefined) folded = extra;
  else folded = ch.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  if (folded.length === 0) return FOLD_DROP;
  if (folded.length === 1) {
    const f = folded.charCodeAt(0);
    return f === FOLD_DROP || f === FOLD_MULTI ? c : f;
  }
  foldExpansions.set(c, folded);
  return FOLD_MULTI;
}

function foldCode(c: number): number {
  if (c < 128) return c >= 65 && c <= 90 ? c | 32 : c;
  let f = foldCodes[c]!;
  if (f === 0) {
    f = computeFold(c);
    foldCodes[c] = f;
  }
  return f;
}

/**
 * Whether a text has a character beyond printable ASCII (tab and line breaks aside): the texts that need
 * folding, not just lower case. A loop: the build asks this of every name part, and a regular expression's
 * call costs more than the few characters it reads.
 */
export function beyondAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 126 || (c < 32 && c !== 9 && c !== 10 && c !== 13)) return true;
  }
  return false;
}

/** The folded key of a string as readers compare names: lower case, no diacritics, ligatures spelt out. */
export function foldText(text: string): string {
  // most names are plain ASCII: lower-casing is all the folding they need
  if (!beyondAscii(text)) return text.toLowerCase();
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const f = foldCode(c);
    if (f === FOLD_DROP) continue;
    out += f === FOLD_MULTI ? foldExpansions.get(c)! : String.fromCharCode(f);
  }
  return out;
}

// ---- hashing ---------------------------------------------------------------------------------------------

// Two independent 32-bit hashes per token: together they make a false match between different tokens
// vanishingly unlikely without keeping the token strings in memory.
export const H1_SEED = 0x811c9dc5 | 0;
export const H2_SEED = 0x2545f491 | 0;

export function mixH1(h: number, c: number): number {
  return Math.imul(h ^ c, 16777619);
}
export function mixH2(h: number, c: number): number {
  const x = Math.imul(h ^ c, 0x9e3779b1);
  return x ^ (x >>> 15);
}

/** Hash of a gap's punctuation (0 = a plain space, a hyphen or a single line break). */
export const GAP_SOFT = 0;
export const GAP_HARD = 0x7fffffff; // a blank line: nothing joins across it

// ---- tokens ----------------------------------------------------------------------------------------------

export const enum TokenFlag {
  Capitalised = 1, // first letter upper case (or an uncased script)
  AllCaps = 2, // two or more letters, all upper case
  HasUpper = 4,
  DigitStart = 8,
  SentenceStart = 16, // first token of the block, or after . ! ? : or a line break
  DottedAcronym = 32, // "U.S.", "D.C."
  SingleLetter = 64,
  Contraction = 128, // "I'm", "don't", "we'll": never a name
}

/**
 * Tokens of one text, as parallel typed arrays (no object per token). The first pass only finds words and
 * their case; the hashed keys of a token and of the punctuation before it are computed when first asked
 * for (`hashOf`, `gapOf`): most words in an article are lower case and never looked up.
 */
export interface Tokens {
  text: string;
  count: number;
  start: Int32Array;
  end: Int32Array;
  /** where the gap before the token begins (after the previous token and its possessive "'s") */
  gapStart: Int32Array;
  h1: Int32Array;
  h2: Int32Array;
  /** GAP_SOFT, GAP_HARD, GAP_PENDING (punctuation not hashed yet) or the punctuation's hash */
  gap: Int32Array;
  flags: Uint8Array;
  hashed: Uint8Array;
}

/** A gap holding punctuation whose hash is not computed yet. */
export const GAP_PENDING = 2; // even: computed hashes are odd

function allocTokens(capacity: number): Tokens {
  return {
    text: '',
    count: 0,
    start: new Int32Array(capacity),
    end: new Int32Array(capacity),
    gapStart: new Int32Array(capacity),
    h1: new Int32Array(capacity),
    h2: new Int32Array(capacity),
    gap: new Int32Array(capacity),
    flags: new Uint8Array(capacity),
    hashed: new Uint8Array(capacity),
  };
}

function growTokens(t: Tokens): Tokens {
  const n = allocTokens(t.start.length * 2);
  n.text = t.text;
  n.count = t.count;
  n.start.set(t.start);
  n.end.set(t.end);
  n.gapStart.set(t.gapStart);
  n.h1.set(t.h1);
  n.h2.set(t.h2);
  n.gap.set(t.gap);
  n.flags.set(t.flags);
  n.hashed.set(t.hashed);
  return n;
}

function isWordClass(k: CharClass): boolean {
  return k >= CharClass.Upper && k <= CharClass.Mark;
}

/** Punctuation as a reader sees it: curly and straight quotes alike. */
function gapCharCode(c: number, k: CharClass): number {
  if (k === CharClass.Quote) return 0x22;
  return c;
}

function isSpacedDash(text: string, i: number, n: number): boolean {
  const before = i > 0 ? charClass(text.charCodeAt(i - 1)) : CharClass.Space;
  const after = i + 1 < n ? charClass(text.charCodeAt(i + 1)) : CharClass.Space;
  return (before === CharClass.Space || before === CharClass.Newline) && (after === CharClass.Space || after === CharClass.Newline);
}

// classes of ASCII computed up front: the first pass reads them for every character
for (let c = 0; c < 128; c++) charClass(c);

/**
 * The text as one flat string. Engines keep substrings and concatenations as views (V8: sliced and cons
 * strings, from 13 characters on); once the tokenizer's compiled code has read one of those, it reads every
 * string through the generic path: after a pack build (name parts are substrings) the article tokenizer ran
 * about 3x slower. A copy costs far less than that. Shorter strings are always flat.
 */
function flatCopy(text: string): string {
  return text.length < 13 ? text : [text.slice(0, 1), text.slice(1)].join('');
}

/**
 * Split text into word tokens. Rules, each for how news is written:
 * - letters, digits and combining marks make words; an apostrophe between letters stays inside ("O'Brien")
 *   but adds nothing to the key, and a final possessive "'s" / "’s" is left out of the token ("NATO's");
 * - dots between single letters make one acronym token ("U.S." = "US");
 * - hyphens, dashes and single line breaks join like spaces ("NATO–Russia" = "NATO-Russia" = "NATO Russia");
 *   other punctuation is hashed into the gap so names only match across the same punctuation;
 *   a blank line is a hard break.
 */
export function tokenize(input: string, reuse?: Tokens): Tokens {
  const text = flatCopy(input);
  let t = reuse ?? allocTokens(Math.max(16, text.length >> 3));
  t.text = text;
  t.count = 0;
  // the arrays in locals (reloaded only when they grow): the loop below runs once per word of every article
  let cap = t.start.length;
  let startA = t.start;
  let endA = t.end;
  let gapStartA = t.gapStart;
  let gapA = t.gap;
  let flagsA = t.flags;
  let hashedA = t.hashed;
  let count = 0;
  const n = text.length;
  let i = 0;
  let gapPunct = false;
  let newlines = 0;
  let sentenceStart = true;
  let prevEndsAbbrev = false; // previous token was "Mr", "Dr", ...: its dot does not end a sentence
  let gapStart = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      // most characters between words are plain spaces
      i++;
      continue;
    }
    const k = classes[c] || charClass(c);
    if (k < CharClass.Upper || k > CharClass.Digit) {
      // inside a gap (a lone combining mark counts as nothing)
      if (k === CharClass.Space || k === CharClass.Mark) {
        // nothing
      } else if (k === CharClass.Newline) {
        if (c !== 13) newlines++;
        sentenceStart = true;
      } else if (k === CharClass.Dash) {
        // a dash standing between spaces is a parenthetical break, not a hyphen
        if (isSpacedDash(text, i, n)) gapPunct = true;
      } else {
        if (k === CharClass.SentenceEnd || (k === CharClass.Period && !prevEndsAbbrev)) sentenceStart = true;
        gapPunct = true;
      }
      i++;
      continue;
    }
    // a token starts here and is stored below, on the short way or the long one: room for it first
    if (count === cap) {
      t.count = count;
      t = growTokens(t);
      cap = t.start.length;
      startA = t.start;
      endA = t.end;
      gapStartA = t.gapStart;
      gapA = t.gap;
      flagsA = t.flags;
      hashedA = t.hashed;
    }
    if (c >= 97 && c <= 122) {
      // a word of ASCII lower case followed by a space, the commonest token of all, takes a short way: no
      // capitals, dots, apostrophes or abbreviations to look for (anything else goes the long way below)
      let j = i + 1;
      while (j < n) {
        const cj = text.charCodeAt(j);
        if (cj < 97 || cj > 122) break;
        j++;
      }
      if (j < n && text.charCodeAt(j) === 32) {
        const idx = count++;
        startA[idx] = i;
        endA[idx] = j;
        gapStartA[idx] = gapStart;
        gapA[idx] = newlines >= 2 ? GAP_HARD : gapPunct ? GAP_PENDING : GAP_SOFT;
        flagsA[idx] = (j - i === 1 ? TokenFlag.SingleLetter : 0) | (sentenceStart ? TokenFlag.SentenceStart : 0);
        hashedA[idx] = 0;
        prevEndsAbbrev = false; // a space follows, not a dot
        gapPunct = false;
        newlines = 0;
        sentenceStart = false;
        gapStart = j;
        i = j;
        continue;
      }
    }
    // a token starts here
    const ts = i;
    let letters = 0;
    let uppers = 0;
    let segLetters = 0; // letters since the last inner dot
    let dotted = true; // every dot-separated segment so far is one letter
    let innerDots = 0;
    let contraction = false;
    let possessiveAt = -1;
    let j = i;
    while (j < n) {
      let cj = text.charCodeAt(j);
      if (cj >= 97 && cj <= 122) {
        // a run of ASCII lower case, the bulk of any English text: no class lookup, no bookkeeping per letter
        const from = j;
        do {
          j++;
          if (j === n) break;
          cj = text.charCodeAt(j);
        } while (cj >= 97 && cj <= 122);
        letters += j - from;
        segLetters += j - from;
        if (j === n) break;
      }
      const kj = classes[cj] || charClass(cj);
      if (kj >= CharClass.Upper && kj <= CharClass.Mark) {
        if (kj <= CharClass.Uncased) {
          letters++;
          segLetters++;
          if (kj === CharClass.Upper) uppers++;
        }
        j++;
        continue;
      }
      if (kj === CharClass.Apostrophe && j + 1 < n && isWordClass(charClass(text.charCodeAt(j + 1)))) {
        const s = text.charCodeAt(j + 1);
        if ((s === 0x73 || s === 0x53) && (j + 2 >= n || !isWordClass(charClass(text.charCodeAt(j + 2))))) {
          // possessive: the token ends before the apostrophe, "'s" belongs to nobody
          possessiveAt = j;
          j += 2;
          break;
        }
        if (isContractionAt(text, j + 1, n)) contraction = true;
        j++;
        continue;
      }
      if (kj === CharClass.Period && j + 1 < n && isWordClass(charClass(text.charCodeAt(j + 1)))) {
        if (segLetters !== 1) dotted = false;
        segLetters = 0;
        innerDots++;
        j++;
        continue;
      }
      break;
    }
    // inner dots and apostrophes are consumed only before a word character, so the token ends where the
    // loop stopped, or before a possessive
    let end = possessiveAt >= 0 ? possessiveAt : j;
    let flags = 0;
    if (innerDots > 0 && dotted && segLetters === 1 && j < n && text.charCodeAt(j) === 0x2e) {
      // "U.S." keeps its final dot: it is part of the name, not the end of a sentence
      j++;
      end = j;
      flags |= TokenFlag.DottedAcronym;
    }
    if (end - ts === 1 && uppers === 1 && possessiveAt < 0) {
      // "W. Va.", "N. Y.", "J. P.": an abbreviation spaced after its initial is the same token as "W.Va."
      const to = spacedAbbreviationEnd(text, j, n);
      if (to > 0) {
        letters += to - j - 3;
        uppers++;
        j = to;
        end = to;
        if (letters === 2) flags |= TokenFlag.DottedAcronym;
      }
    }
    const firstClass = classes[text.charCodeAt(ts)]!;
    if (firstClass === CharClass.Upper || firstClass === CharClass.Uncased) flags |= TokenFlag.Capitalised;
    if (firstClass === CharClass.Digit) flags |= TokenFlag.DigitStart;
    if (uppers > 0) flags |= TokenFlag.HasUpper;
    if (letters >= 2 && uppers === letters) flags |= TokenFlag.AllCaps;
    if (letters === 1 && end - ts === 1) flags |= TokenFlag.SingleLetter;
    if (sentenceStart) flags |= TokenFlag.SentenceStart;
    if (contraction) flags |= TokenFlag.Contraction;
    const idx = count++;
    startA[idx] = ts;
    endA[idx] = end;
    gapStartA[idx] = gapStart;
    gapA[idx] = newlines >= 2 ? GAP_HARD : gapPunct ? GAP_PENDING : GAP_SOFT;
    flagsA[idx] = flags;
    hashedA[idx] = 0;
    // only a word followed by a dot can be "Mr." (checked here so the set is seldom consulted)
    // (the list is titles and company words, written with a capital, and "vs": only those are looked up)
    prevEndsAbbrev =
      j < n &&
      text.charCodeAt(j) === 0x2e &&
      (end - ts === 1 || (end - ts <= 5 && ((flags & TokenFlag.Capitalised) !== 0 || text.charCodeAt(ts) === 0x76) && isAbbreviationAt(text, ts, end)));
    gapPunct = false;
    newlines = 0;
    sentenceStart = false;
    gapStart = j;
    i = j;
  }
  t.count = count;
  return t;
}

const isUpperAscii = (c: number): boolean => c >= 65 && c <= 90;
const isLowerAscii = (c: number): boolean => c >= 97 && c <= 122;

/**
 * After a capital initial ending at `dot`: where ". Va." or ". Y." ends (past its final dot), or 0. The part
 * after the space is a capital and at most one more letter, closed by a dot and then by no letter, so a
 * name after an initial ("George W. Bush", "Robert E. Lee.") is left alone.
 */
function spacedAbbreviationEnd(text: string, dot: number, n: number): number {
  if (dot + 3 >= n || text.charCodeAt(dot) !== 0x2e || text.charCodeAt(dot + 1) !== 0x20 || !isUpperAscii(text.charCodeAt(dot + 2))) return 0;
  let k = dot + 3;
  if (isLowerAscii(text.charCodeAt(k))) k++;
  if (k >= n || text.charCodeAt(k) !== 0x2e) return 0;
  if (k + 1 < n && isWordClass(charClass(text.charCodeAt(k + 1)))) return 0;
  return k + 1;
}

// ASCII letters and digits as they enter a key (folded), 0 for what a key leaves out (dots, apostrophes)
const ASCII_KEY = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const k = charClass(c);
  if (k >= CharClass.Upper && k <= CharClass.Digit) ASCII_KEY[c] = foldCode(c);
}

/** Compute the key hashes of token i (case-folded, no diacritics, apostrophes and dots dropped). */
export function hashOf(t: Tokens, i: number): void {
  if (t.hashed[i] === 1) return;
  const text = t.text;
  let h1 = H1_SEED;
  let h2 = H2_SEED;
  const stop = t.end[i]!;
  for (let j = t.start[i]!; j < stop; j++) {
    const c = text.charCodeAt(j);
    if (c < 128) {
      const a = ASCII_KEY[c]!;
      if (a !== 0) {
        h1 = mixH1(h1, a);
        h2 = mixH2(h2, a);
      }
      continue;
    }
    const k = classes[c] || charClass(c);
    if (k < CharClass.Upper || k > CharClass.Digit) continue; // apostrophes, dots, marks
    const f = foldCode(c);
    if (f === FOLD_MULTI) {
      const ex = foldExpansions.get(c)!;
      for (let e = 0; e < ex.length; e++) {
        h1 = mixH1(h1, ex.charCodeAt(e));
        h2 = mixH2(h2, ex.charCodeAt(e));
      }
    } else if (f !== FOLD_DROP) {
      h1 = mixH1(h1, f);
      h2 = mixH2(h2, f);
    }
  }
  t.h1[i] = h1;
  t.h2[i] = h2;
  t.hashed[i] = 1;
}

export function h1Of(t: Tokens, i: number): number {
  if (t.hashed[i] !== 1) hashOf(t, i);
  return t.h1[i]!;
}

export function h2Of(t: Tokens, i: number): number {
  if (t.hashed[i] !== 1) hashOf(t, i);
  return t.h2[i]!;
}

/** The gap before token i: GAP_SOFT, GAP_HARD, or the hash of its punctuation. */
export function gapOf(t: Tokens, i: number): number {
  const g = t.gap[i]!;
  if (g !== GAP_PENDING) return g;
  const text = t.text;
  const n = text.length;
  let h = H1_SEED;
  for (let j = t.gapStart[i]!, stop = t.start[i]!; j < stop; j++) {
    const c = text.charCodeAt(j);
    const k = charClass(c);
    if (k === CharClass.Space || k === CharClass.Newline || k === CharClass.Mark) continue;
    if (k === CharClass.Dash) {
      if (isSpacedDash(text, j, n)) h = mixH1(h, 0x2014);
      continue;
    }
    h = mixH1(h, gapCharCode(c, k));
  }
  const v = h | 1;
  t.gap[i] = v;
  return v;
}

/** Folded letter codes of token i appended to `out` (for keys other than the hash, e.g. phonetic). */
export function foldedCodesOf(t: Tokens, i: number, out: number[]): void {
  const text = t.text;
  for (let j = t.start[i]!, stop = t.end[i]!; j < stop; j++) {
    const c = text.charCodeAt(j);
    const k = classes[c] || charClass(c);
    if (k < CharClass.Upper || k > CharClass.Digit) continue;
    const f = foldCode(c);
    if (f === FOLD_MULTI) {
      const ex = foldExpansions.get(c)!;
      for (let e = 0; e < ex.length; e++) out.push(ex.charCodeAt(e));
    } else if (f !== FOLD_DROP) out.push(f);
  }
}

/** Hash every token and gap (aliases: short texts whose every word counts). */
export function tokenizeHashed(text: string, reuse?: Tokens): Tokens {
  const t = tokenize(text, reuse);
  for (let i = 0; i < t.count; i++) {
    hashOf(t, i);
    gapOf(t, i);
  }
  return t;
}

const CONTRACTIONS = ['m', 're', 've', 'll', 'd', 't'];

/** Whether text at `at` (just after an apostrophe) is a contraction ending the word: I'm, we're, don't. */
function isContractionAt(text: string, at: number, n: number): boolean {
  for (const c of CONTRACTIONS) {
    const end = at + c.length;
    if (end > n || text.slice(at, end).toLowerCase() !== c) continue;
    if (end === n || !isWordClass(charClass(text.charCodeAt(end)))) return true;
  }
  return false;
}

/** Hashes of one word, as the tokenizer would compute them (for cue words and tests). */
export function hashWord(word: string): [number, number] {
  const t = tokenizeHashed(word);
  if (t.count !== 1) throw new Error(`not one token: ${JSON.stringify(word)}`);
  return [t.h1[0]!, t.h2[0]!];
}

/**
 * A set of words, by their token hashes: a word is in it when its h1 is one of the words' h1s and its h2
 * one of their h2s. Cue words are asked for around every name, so the hashes sit in two small
 * open-addressing tables of Int32 rather than Sets (a Set hashes each 32-bit number it is asked for, and
 * boxes those beyond the small-integer range).
 */
export class WordSet {
  private readonly keys: Int32Array;
  private readonly keys2: Int32Array;
  private readonly mask: number;
  private readonly shift: number;
  // 0 marks an empty slot, so a hash of 0 is kept apart
  private zero1 = false;
  private zero2 = false;
  constructor(words: Iterable<string>) {
    const h1s: number[] = [];
    const h2s: number[] = [];
    for (const w of words) {
      const t = tokenizeHashed(w);
      if (t.count !== 1) continue;
      h1s.push(t.h1[0]!);
      h2s.push(t.h2[0]!);
    }
    let size = 8;
    let bits = 3;
    while (size < h1s.length * 4) {
      size *= 2;
      bits++;
    }
    this.mask = size - 1;
    this.shift = 32 - bits;
    this.keys = new Int32Array(size);
    this.keys2 = new Int32Array(size);
    for (let k = 0; k < h1s.length; k++) {
      if (h1s[k] === 0) this.zero1 = true;
      else addTo(this.keys, this.mask, this.shift, h1s[k]!);
      if (h2s[k] === 0) this.zero2 = true;
      else addTo(this.keys2, this.mask, this.shift, h2s[k]!);
    }
  }
  has(h1: number, h2: number): boolean {
    return (h1 === 0 ? this.zero1 : inTable(this.keys, this.mask, this.shift, h1)) && (h2 === 0 ? this.zero2 : inTable(this.keys2, this.mask, this.shift, h2));
  }
}

/** Multiplicative hashing: the product's top bits pick the slot. */
function slotOf(h: number, shift: number): number {
  return Math.imul(h, 0x9e3779b1) >>> shift;
}

function addTo(table: Int32Array, mask: number, shift: number, h: number): void {
  let s = slotOf(h, shift);
  while (table[s] !== 0) {
    if (table[s] === h) return;
    s = (s + 1) & mask;
  }
  table[s] = h;
}

function inTable(table: Int32Array, mask: number, shift: number, h: number): boolean {
  for (let s = slotOf(h, shift); ; s = (s + 1) & mask) {
    const v = table[s]!;
    if (v === h) return true;
    if (v === 0) return false;
  }
}

// Titles written with a dot that does not end the sentence ("Mr. Smith").
const ABBREVIATIONS = new Set(
  'mr mrs ms dr st gen sen rep gov lt col sgt capt prof rev jr sr mt ft no gens adm maj cpl pres supt inc corp co ltd vs messrs'.split(' '),
);
function isAbbreviationAt(text: string, start: number, end: number): boolean {
  return ABBREVIATIONS.has(text.slice(start, end).toLowerCase());
}
