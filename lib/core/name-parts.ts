// The parts of a person's name that later mentions use: the surname ("Skripal", "van Gogh") and the given
// name ("Yulia"), plus a transliteration-tolerant key for names written differently in other languages
// ("Sluzki" = "Slutsky").

const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv', 'v', 'phd', 'md', 'esq', 'obe', 'mbe', 'kbe', 'qc', 'kc']);
const PARTICLES = new Set(['van', 'von', 'de', 'da', 'di', 'del', 'della', 'der', 'den', 'le', 'la', 'bin', 'ibn', 'al', 'el', 'dos', 'das', 'du', 'ter', 'ten', 'zu', 'af']);
const TITLES = new Set(['mr', 'mrs', 'ms', 'dr', 'sir', 'dame', 'lord', 'lady', 'prof', 'president', 'king', 'queen', 'prince', 'princess', 'pope', 'saint', 'st', 'general', 'gen', 'sheikh', 'emir']);

export interface NameParts {
  given?: string;
  surname?: string;
  /** "van Gogh" when the surname carries a particle; the bare "Gogh" stays in `surname`. */
  surnameWithParticle?: string;
}

function key(word: string): string {
  return word.toLowerCase().replace(/[.'’]/g, '');
}

/** Split a full personal name into the parts later mentions use. Single-word names have none. */
export function nameParts(name: string): NameParts {
  const words = name
    .replace(/\([^)]*\)/g, ' ')
    .split(/[\s,]+/)
    .filter((w) => w.length > 0);
  while (words.length > 0 && TITLES.has(key(words[0]!))) words.shift();
  while (words.length > 0 && SUFFIXES.has(key(words[words.length - 1]!))) words.pop();
  if (words.length < 2) return {};
  const parts: NameParts = {};
  const first = words[0]!;
  if (key(first).length > 1 && !PARTICLES.has(key(first))) parts.given = first;
  const last = words[words.length - 1]!;
  if (key(last).length > 1) parts.surname = last;
  const before = words[words.length - 2]!;
  if (words.length > 2 && PARTICLES.has(key(before))) parts.surnameWithParticle = `${before} ${last}`;
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
  // 1. letters only, then rewrite left to right (longest rule first)
  const l: number[] = [];
  for (let i = 0; i < n; i++) {
    const c = codes[i]!;
    if (c >= A && c <= 122) l.push(c);
  }
  const out: number[] = [];
  for (let i = 0; i < l.length; ) {
    const c = l[i]!;
    // no closure here: this runs for every capitalised pair the phonetic index is asked about
    const c1 = l[i + 1] ?? 0;
    const c2 = l[i + 2] ?? 0;
    const c3 = l[i + 3] ?? 0;
    // t s c h -> c ; s c h -> s ; s h, z h -> s ; k h -> h ; c h -> c ; t s, t z, d z, z -> s
    if (c === 116 && c1 === 115 && c2 === 99 && c3 === 104) { out.push(99); i += 4; continue; }
    if (c === 115 && c1 === 99 && c2 === 104) { out.push(115); i += 3; continue; }
    if ((c === 115 || c === 122) && c1 === 104) { out.push(115); i += 2; continue; }
    if (c === 107 && c1 === 104) { out.push(104); i += 2; continue; }
    if (c === 99 && c1 === 104) { out.push(99); i += 2; continue; }
    if ((c === 116 || c === 100) && (c1 === 115 || c1 === 122)) { out.push(115); i += 2; continue; }
    if (c === 112 && c1 === 104) { out.push(102); i += 2; continue; } // ph -> f
    if (c === 99 && c1 === 107) { out.push(107); i += 2; continue; } // ck -> k
    if (c === 122) out.push(115); // z -> s
    else if (c === 113) out.push(107); // q -> k
    else if (c === 120) out.push(107, 115); // x -> ks
    else if (c === 119) out.push(118); // w -> v
    else if (c === 106 || c === 121) out.push(105); // j, y -> i
    else out.push(c);
    i++;
  }
  // 2. keep the first letter, drop later vowels and h, collapse repeats
  const key: number[] = [];
  for (let i = 0; i < out.length; i++) {
    const c = out[i]!;
    if (i > 0 && (isVowel(c) || c === 104)) continue;
    if (key.length > 0 && key[key.length - 1] === c) continue;
    key.push(c);
  }
  return key;
}

// legal forms that close a company's registered name; news drops or abbreviates them ("Ford Motor Co",
// "Apple" for Apple Inc.)
const LEGAL_FORM =
  /(?:,?\s+(?:&|and)\s+Co\.?|,?\s+(?:Inc|INC|Incorporated|Corp|CORP|Corporation|Co|CO|Company|Ltd|LTD|Limited|plc|Plc|PLC|LLC|LLP|AG|SA|S\.A|NV|N\.V|GmbH|SpA|S\.p\.A|Pty|SE|BV|B\.V)\.?)$/;

/**
 * The shorter names the news gives a company whose name ends in a legal form: "Ford Motor Company" ->
 * "Ford Motor", "The Boeing Company" -> "Boeing", "Japan Air Lines Co Ltd" -> "Japan Air Lines". Empty when the
 * name has no legal form, or when what is left is too short to name anything (a lone word under three letters).
 */
export function companyShortNames(name: string): string[] {
  let stem = name.trim();
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
