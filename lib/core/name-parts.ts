// The parts of a person's name that later mentions use: the surname ("Skripal", "van Gogh") and the given
// name ("Yulia"), plus a transliteration-tolerant key for names written differently in other languages
// ("Sluzki" = "Slutsky").

// (lists, not sets: a word is checked against them by its key's letter codes, without making a string of it)
const SUFFIXES = ['jr', 'sr', 'ii', 'iii', 'iv', 'v', 'phd', 'md', 'esq', 'obe', 'mbe', 'kbe', 'qc', 'kc'];
const PARTICLES = ['van', 'von', 'de', 'da', 'di', 'del', 'della', 'der', 'den', 'le', 'la', 'bin', 'ibn', 'al', 'el', 'dos', 'das', 'du', 'ter', 'ten', 'zu', 'af'];
const TITLES = ['mr', 'mrs', 'ms', 'dr', 'sir', 'dame', 'lord', 'lady', 'prof', 'president', 'king', 'queen', 'prince', 'princess', 'pope', 'saint', 'st', 'general', 'gen', 'sheikh', 'emir'];

export interface NameParts {
  given?: string;
  surname?: string;
  /** "van Gogh" when the surname carries a particle; the bare "Gogh" stays in `surname`. */
  surnameWithParticle?: string;
}

/** A word's key: lower case, without dots and apostrophes ("O’Neil" -> "oneil"). */
function key(word: string): string {
  return word.toLowerCase().replace(/[.'’]/g, '');
}

/** Whether a UTF-16 code unit is white space as regular expressions' `\s` reads it. */
export function isSpaceCode(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

// The words of the name last split, as offsets, and the key of the word last read: nameParts runs for
// every person and alias of a pack (twice for a person's name), and an array and strings per call were
// most of a million-alias build's garbage.
let wordStart = new Int32Array(16);
let wordEnd = new Int32Array(16);
const keyCodes = new Uint16Array(16);
let keyLength = 0;

/**
 * Split a name into words at white space and commas, leaving out parenthesised asides ("Lula (politician)")
 * and returning the number of words (offsets in wordStart/wordEnd).
 */
function splitWords(name: string): number {
  let count = 0;
  let start = -1;
  const n = name.length;
  for (let i = 0; i <= n; i++) {
    let c = i < n ? name.charCodeAt(i) : 32;
    let skipTo = -1;
    if (c === 40) {
      // "(" up to the next ")" is left out, and separates like a space; without a ")" it is a letter
      const close = name.indexOf(')', i + 1);
      if (close >= 0) {
        skipTo = close;
        c = 32;
      }
    }
    if (c === 44 || isSpaceCode(c)) {
      if (start >= 0) {
        if (count === wordStart.length) {
          const grownStart = new Int32Array(count * 2);
          const grownEnd = new Int32Array(count * 2);
          grownStart.set(wordStart);
          grownEnd.set(wordEnd);
          wordStart = grownStart;
          wordEnd = grownEnd;
        }
        wordStart[count] = start;
        wordEnd[count] = i;
        count++;
        start = -1;
      }
      if (skipTo >= 0) i = skipTo;
    } else if (start < 0) start = i;
  }
  return count;
}

/** The key of name[start, end) into keyCodes/keyLength (the length is exact; codes past the buffer are left out). */
function readKey(name: string, start: number, end: number): void {
  let n = 0;
  for (let i = start; i < end; i++) {
    const c = name.charCodeAt(i);
    if (c === 46 || c === 39 || c === 0x2019) continue;
    if (c >= 128) {
      // lower-casing beyond ASCII can change the length ("İ"): the string functions decide
      const k = key(name.slice(start, end));
      for (let j = 0; j < k.length && j < keyCodes.length; j++) keyCodes[j] = k.charCodeAt(j);
      keyLength = k.length;
      return;
    }
    if (n < keyCodes.length) keyCodes[n] = c >= 65 && c <= 90 ? c | 32 : c;
    n++;
  }
  keyLength = n;
}

/** Whether the key last read is one of the words. */
function keyIn(words: readonly string[]): boolean {
  for (const w of words) {
    if (w.length !== keyLength) continue;
    let j = 0;
    while (j < keyLength && keyCodes[j] === w.charCodeAt(j)) j++;
    if (j === keyLength) return true;
  }
  return false;
}

/** Split a full personal name into the parts later mentions use. Single-word names have none. */
export function nameParts(name: string): NameParts {
  let hi = splitWords(name);
  let lo = 0;
  while (lo < hi) {
    readKey(name, wordStart[lo]!, wordEnd[lo]!);
    if (!keyIn(TITLES)) break;
    lo++;
  }
  while (lo < hi) {
    readKey(name, wordStart[hi - 1]!, wordEnd[hi - 1]!);
    if (!keyIn(SUFFIXES)) break;
    hi--;
  }
  if (hi - lo < 2) return {};
  const parts: NameParts = {};
  readKey(name, wordStart[lo]!, wordEnd[lo]!);
  if (keyLength > 1 && !keyIn(PARTICLES)) parts.given = name.slice(wordStart[lo], wordEnd[lo]);
  const last = hi - 1;
  readKey(name, wordStart[last]!, wordEnd[last]!);
  if (keyLength > 1) parts.surname = name.slice(wordStart[last], wordEnd[last]);
  if (hi - lo > 2) {
    readKey(name, wordStart[last - 1]!, wordEnd[last - 1]!);
    if (keyIn(PARTICLES)) parts.surnameWithParticle = `${name.slice(wordStart[last - 1], wordEnd[last - 1])} ${name.slice(wordStart[last], wordEnd[last])}`;
  }
  return parts;
}

/**
 * A key that survives the usual transliteration differences of names between languages (Russian names
 * in German and English press above all): y/j/i, w/v, ts/tz/z/c, sch/sh, ch/kh/h, doubled letters and
 * vowels. Only used together with an exactly matching given name. Works on char codes without regular
 * expressions: the matcher computes it in its scan.
 */
export function phoneticKey(folded: string): string {
  const codes: number[] = [];
  for (let i = 0; i < folded.length; i++) codes.push(folded.charCodeAt(i));
  return String.fromCharCode(...phoneticCodes(codes, codes.length));
}

const A = 97;
const isVowel = (c: number): boolean => c === A || c === 101 || c === 105 || c === 111 || c === 117;

/** The phonetic key of lower-case folded letters codes[0..n) (other characters are ignored). */
export function phoneticCodes(codes: ArrayLike<number>, n: number): number[] {
  const key: number[] = [];
  phoneticCodesInto(codes, n, key);
  return key;
}

// scratch shared by every call (the matcher keys words in its scan): the letters of the word being keyed,
// and how many letters the rewrite rules wrote so far
const letters: number[] = [];
let written = 0;

/** Step 2 for one letter the rules write: keep the first, drop later vowels and h, collapse repeats. */
function emit(key: number[], c: number): void {
  if (!(written > 0 && (isVowel(c) || c === 104)) && !(key.length > 0 && key[key.length - 1] === c)) key.push(c);
  written++;
}

/** `phoneticCodes` into `key` (emptied first), without arrays of its own. */
export function phoneticCodesInto(codes: ArrayLike<number>, n: number, key: number[]): void {
  // 1. letters only, then rewrite left to right (longest rule first); 2. of what the rules write, keep the
  // first letter, drop later vowels and h, collapse repeats
  key.length = 0;
  letters.length = 0;
  for (let i = 0; i < n; i++) {
    const c = codes[i]!;
    if (c >= A && c <= 122) letters.push(c);
  }
  const l = letters;
  written = 0;
  for (let i = 0; i < l.length; ) {
    const c = l[i]!;
    // no closure here: this runs for every capitalised pair the phonetic index is asked about
    const c1 = l[i + 1] ?? 0;
    const c2 = l[i + 2] ?? 0;
    const c3 = l[i + 3] ?? 0;
    // t s c h -> c ; s c h -> s ; s h, z h -> s ; k h -> h ; c h -> c ; t s, t z, d z, z -> s
    if (c === 116 && c1 === 115 && c2 === 99 && c3 === 104) { emit(key, 99); i += 4; continue; }
    if (c === 115 && c1 === 99 && c2 === 104) { emit(key, 115); i += 3; continue; }
    if ((c === 115 || c === 122) && c1 === 104) { emit(key, 115); i += 2; continue; }
    if (c === 107 && c1 === 104) { emit(key, 104); i += 2; continue; }
    if (c === 99 && c1 === 104) { emit(key, 99); i += 2; continue; }
    if ((c === 116 || c === 100) && (c1 === 115 || c1 === 122)) { emit(key, 115); i += 2; continue; }
    if (c === 112 && c1 === 104) { emit(key, 102); i += 2; continue; } // ph -> f
    if (c === 99 && c1 === 107) { emit(key, 107); i += 2; continue; } // ck -> k
    if (c === 122) emit(key, 115); // z -> s
    else if (c === 113) emit(key, 107); // q -> k
    else if (c === 120) { emit(key, 107); emit(key, 115); } // x -> ks
    else if (c === 119) emit(key, 118); // w -> v
    else if (c === 106 || c === 121) emit(key, 105); // j, y -> i
    else emit(key, c);
    i++;
  }
}

// legal forms that close a company's registered name; news drops or abbreviates them ("Ford Motor Co",
// "Apple" for Apple Inc.)
const LEGAL_FORMS = ['Inc', 'INC', 'Incorporated', 'Corp', 'CORP', 'Corporation', 'Co', 'CO', 'Company', 'Ltd', 'LTD', 'Limited', 'plc', 'Plc', 'PLC', 'LLC', 'LLP', 'AG', 'SA', 'S.A', 'NV', 'N.V', 'GmbH', 'SpA', 'S.p.A', 'Pty', 'SE', 'BV', 'B.V'];
const LEGAL_FORM = new RegExp(String.raw`(?:,?\s+(?:&|and)\s+Co\.?|,?\s+(?:${LEGAL_FORMS.map((f) => f.replace(/\./g, '\\.')).join('|')})\.?)$`);
const LEGAL_FORM_WORDS = new Set(LEGAL_FORMS);

/**
 * Whether the last word of a text (after its last space) is a legal form, with or without a final dot: what
 * LEGAL_FORM needs to match, found without running it (most names of a pack have no legal form, and the
 * pattern tries every position of the text).
 */
function endsInLegalFormWord(text: string): boolean {
  let start = text.length;
  while (start > 0 && !isSpaceCode(text.charCodeAt(start - 1))) start--;
  if (start === 0) return false;
  const end = text.charCodeAt(text.length - 1) === 46 ? text.length - 1 : text.length;
  return end - start <= 12 && LEGAL_FORM_WORDS.has(text.slice(start, end));
}

/**
 * The shorter names the news gives a company whose name ends in a legal form: "Ford Motor Company" ->
 * "Ford Motor", "The Boeing Company" -> "Boeing", "Japan Air Lines Co Ltd" -> "Japan Air Lines". Empty when the
 * name has no legal form, or when what is left is too short to name anything (a lone word under three letters).
 */
export function companyShortNames(name: string): string[] {
  let stem = name.trim();
  if (!endsInLegalFormWord(stem)) return [];
  let stripped = false;
  for (let m = LEGAL_FORM.exec(stem); m !== null; m = LEGAL_FORM.exec(stem)) {
    stem = stem.slice(0, m.index).replace(/[\s,]+$/, '');
    stripped = true;
  }
  if (!stripped) return [];
  const out: string[] = [];
  const words = stem.split(/\s+/).filter((w) => w.length > 0);
  const keep = (ws: readonly string[]): void => {
    // a lone word must look like a name: capitalised, three letters or more
    if (ws.length === 0 || (ws.length === 1 && !/^\p{Lu}[\p{L}\p{N}&.'’-]{2,}$/u.test(ws[0]!))) return;
    out.push(ws.join(' '));
  };
  if (words.length > 1 && /^the$/i.test(words[0]!)) keep(words.slice(1));
  else keep(words);
  return out;
}

/** A company's aliases plus the names the news shortens them to ("Ford Motor Co" for Ford Motor Company). */
export function withCompanyShortNames(name: string, aliases: readonly string[]): readonly string[] {
  let out: string[] | null = null;
  // the name, then each alias (no array of them: this runs for every organisation of the pack)
  for (let k = -1; k < aliases.length; k++) {
    for (const s of companyShortNames(k < 0 ? name : aliases[k]!)) {
      if (s === name || aliases.includes(s) || out?.includes(s)) continue;
      (out ??= [...aliases]).push(s);
    }
  }
  return out ?? aliases;
}
