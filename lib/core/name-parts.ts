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
 * vowels. Only used together with an exactly matching given name.
 */
export function phoneticKey(folded: string): string {
  let s = folded.replace(/[^a-z]/g, '');
  if (s.length === 0) return '';
  s = s
    .replace(/tsch/g, 'c')
    .replace(/sch/g, 's')
    .replace(/sh/g, 's')
    .replace(/zh/g, 's')
    .replace(/kh/g, 'h')
    .replace(/ch/g, 'c')
    .replace(/(ts|tz|dz|z)/g, 's')
    .replace(/ck/g, 'k')
    .replace(/q/g, 'k')
    .replace(/x/g, 'ks')
    .replace(/w/g, 'v')
    .replace(/ph/g, 'f')
    .replace(/[jy]/g, 'i');
  const head = s[0]!;
  const rest = s.slice(1).replace(/[aeiouh]/g, '');
  return (head + rest).replace(/(.)\1+/g, '$1');
}
