// Small string helpers shared by the adapters.

/** Key for identity matching: case-, accent- and punctuation-insensitive. */
export function nameKey(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[‐-―−]/g, '-')
    .replace(/[’‘`´]/g, "'")
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function cleanSpace(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

export function slug(s: string): string {
  return nameKey(s).replace(/ /g, '-').slice(0, 32).replace(/-$/, '') || 'x';
}

/** "FRANK-WALTER STEINMEIER" -> "Frank-Walter Steinmeier"; keeps "bin", "de" lowercase; "MCDONALD" -> "Mcdonald". */
export function titleCaseName(s: string): string {
  const lower = new Set(['bin', 'de', 'da', 'van', 'von', 'der', 'al', 'el', 'la', 'le', 'du', 'dos', 'di', 'ibn']);
  return s
    .toLowerCase()
    .split(/(\s+|-|')/)
    .map((w, i) => (i > 0 && lower.has(w) ? w : w.charAt(0).toUpperCase() + w.slice(1)))
    .join('');
}

const MONTHS: Record<string, string> = {
  january: '01', february: '02', march: '03', april: '04', may: '05', june: '06', july: '07',
  august: '08', september: '09', october: '10', november: '11', december: '12',
};

/** "19 March 2017" / "March 2017" / "2017" -> ISO partial date. */
export function parseHumanDate(s: string): string | undefined {
  const t = s.trim();
  let m = /^(\d{1,2}) ([A-Za-z]+) (\d{4})$/.exec(t);
  if (m && MONTHS[m[2]!.toLowerCase()]) return `${m[3]}-${MONTHS[m[2]!.toLowerCase()]}-${m[1]!.padStart(2, '0')}`;
  m = /^([A-Za-z]+) (\d{1,2}),? (\d{4})$/.exec(t);
  if (m && MONTHS[m[1]!.toLowerCase()]) return `${m[3]}-${MONTHS[m[1]!.toLowerCase()]}-${m[2]!.padStart(2, '0')}`;
  m = /^([A-Za-z]+) (\d{4})$/.exec(t);
  if (m && MONTHS[m[1]!.toLowerCase()]) return `${m[2]}-${MONTHS[m[1]!.toLowerCase()]}`;
  m = /^(\d{4})$/.exec(t);
  if (m) return m[1];
  return undefined;
}

const ACCENTS: Record<string, string> = {
  acute: '\u0301', grave: '\u0300', circ: '\u0302', uml: '\u0308', tilde: '\u0303', cedil: '\u0327', ring: '\u030a', caron: '\u030c',
};

/** Strips HTML tags and entities that sources such as the Factbook embed. */
export function stripHtml(s: string): string {
  return cleanSpace(
    s
      .replace(/<br\s*\/?>/gi, ' ')
      .replace(/<[^>]*>/g, '')
      .replace(/&([A-Za-z])(acute|grave|circ|uml|tilde|cedil|ring|caron);/g, (_, l: string, k: string) => (l + ACCENTS[k]).normalize('NFC'))
      .replace(/&szlig;/g, 'ß')
      .replace(/&nbsp;/g, ' ')
      .replace(/&amp;/g, '&')
      .replace(/&quot;/g, '"')
      .replace(/&#39;|&apos;/g, "'")
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>'),
  );
}

/** The first `n` sentences of a paragraph (a sentence ends with ". " before a capital). */
export function firstSentences(s: string, n: number): string {
  const parts = s.split(/(?<=[.!?])\s+(?=[A-Z"“(])/);
  return parts.slice(0, n).join(' ');
}

export function uniq<T>(xs: Iterable<T>): T[] {
  return [...new Set(xs)];
}
