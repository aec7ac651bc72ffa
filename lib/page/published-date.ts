// Finds when the article was published, as the article states its calendar date (no time-zone shifting:
// "2015-07-24T05:36:09+01:00" is 2015-07-24 wherever the reader is).

import { jsonLdArticles, jsonLdObjects, stringProp } from './json-ld';

export interface PublishedDate {
  date: string; // YYYY-MM-DD
  iso?: string;
  source: 'json-ld' | 'meta' | 'time' | 'dateline';
}

// Meta names/properties/itemprops that carry the publication date, best first.
const META_KEYS = [
  'article:published_time', 'og:article:published_time', 'og:published_time', 'datepublished',
  'article.published', 'published_time', 'publish-date', 'publish_date', 'publishdate', 'pubdate',
  'parsely-pub-date', 'sailthru.date', 'dc.date.issued', 'dcterms.issued', 'dc.date.created', 'dcterms.created',
  'dc.date', 'dcterms.date', 'date', 'citation_publication_date', 'citation_date', 'originalpublicationdate',
  'displaydate', 'bt:pubdate', 'cxenseparse:recs:publishtime', 'article:published', 'og:pubdate', 'pdate',
  'release_date', 'datecreated', 'article:created_time',
];

const MONTHS: Record<string, number> = {};
function addMonths(names: string[]): void {
  names.forEach((name, i) => {
    for (const n of name.split('|')) MONTHS[n] = i + 1;
  });
}
// English, French, German, Spanish, Portuguese, Italian, Dutch (full names and the usual abbreviations).
addMonths(['january|jan', 'february|feb', 'march|mar', 'april|apr', 'may', 'june|jun', 'july|jul',
  'august|aug', 'september|sep|sept', 'october|oct', 'november|nov', 'december|dec']);
addMonths(['janvier|janv', 'février|fevrier|févr|fevr', 'mars', 'avril|avr', 'mai', 'juin', 'juillet|juil',
  'août|aout', 'septembre', 'octobre', 'novembre', 'décembre|decembre|déc']);
addMonths(['januar|jänner', 'februar', 'märz|maerz|mrz', 'april', 'mai', 'juni', 'juli', 'august', 'september',
  'oktober|okt', 'november', 'dezember|dez']);
addMonths(['enero|ene', 'febrero', 'marzo', 'abril|abr', 'mayo', 'junio', 'julio', 'agosto|ago',
  'septiembre|setiembre', 'octubre', 'noviembre', 'diciembre|dic']);
addMonths(['janeiro', 'fevereiro|fev', 'março|marco', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro|set',
  'outubro|out', 'novembro', 'dezembro|dez']);
addMonths(['gennaio|gen', 'febbraio', 'marzo', 'aprile', 'maggio|mag', 'giugno|giu', 'luglio|lug', 'agosto',
  'settembre', 'ottobre|ott', 'novembre', 'dicembre']);
addMonths(['januari', 'februari', 'maart|mrt', 'april', 'mei', 'juni', 'juli', 'augustus', 'september',
  'oktober', 'november', 'december']);

const MONTH_WORD = '([a-zà-ÿ]{3,10})\\.?';

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function validDate(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > days) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/**
 * The calendar date a machine-readable date string states: ISO 8601 (with or without time and zone),
 * "YYYY-MM-DD hh:mm", "YYYY/MM/DD", compact "YYYYMMDD", epoch seconds or milliseconds (taken in UTC),
 * or an RFC 2822 / written date ("Fri, 24 Jul 2015 ...", "July 24, 2015").
 */
export function calendarDateOf(value: string, lang = ''): string | null {
  const s = value.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?![\d])/.exec(s);
  if (m) return validDate(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{4})\/(\d{1,2})\/(\d{1,2})(?!\d)/.exec(s);
  if (m) return validDate(Number(m[1]), Number(m[2]), Number(m[3]));
  if (/^\d{10}(?:\.\d+)?$|^\d{13}$/.test(s)) {
    const ms = s.length === 13 ? Number(s) : Number(s) * 1000;
    const d = new Date(ms);
    return validDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
  }
  m = /^(\d{4})(\d{2})(\d{2})(?:T|\d{4,6}|$)/.exec(s);
  if (m) return validDate(Number(m[1]), Number(m[2]), Number(m[3]));
  return writtenDateIn(s, lang);
}

/** The first written date in a piece of text ("April 28, 2019", "28 avril 2015", "27.04.2015", "21/12/2018"). */
export function writtenDateIn(text: string, lang = ''): string | null {
  const t = text.toLowerCase();
  type Found = { index: number; date: string };
  const found: Found[] = [];
  const consider = (index: number, date: string | null): void => {
    if (date) found.push({ index, date });
  };
  // Month D, YYYY / Month D YYYY
  for (const m of t.matchAll(new RegExp(`(?<![a-zà-ÿ])${MONTH_WORD}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)`, 'g'))) {
    const month = MONTHS[m[1] ?? ''];
    if (month) consider(m.index, validDate(Number(m[3]), month, Number(m[2])));
  }
  // D Month YYYY / D. Month YYYY / D de month de YYYY / 1er mai 2015
  for (const m of t.matchAll(new RegExp(`(?<!\\d)(\\d{1,2})(?:st|nd|rd|th|er|º|°)?\\.?\\s+(?:de\\s+)?${MONTH_WORD},?\\s+(?:de\\s+)?(\\d{4})(?!\\d)`, 'g'))) {
    const month = MONTHS[m[2] ?? ''];
    if (month) consider(m.index, validDate(Number(m[3]), month, Number(m[1])));
  }
  // ISO inside text
  for (const m of t.matchAll(/(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/g)) {
    consider(m.index, validDate(Number(m[1]), Number(m[2]), Number(m[3])));
  }
  // Numeric D.M.YYYY, D/M/YYYY or M/D/YYYY (US English pages write month first).
  const monthFirst = /^en-us/i.test(lang);
  for (const m of t.matchAll(/(?<![\d./])(\d{1,2})([./-])(\d{1,2})\2(\d{4})(?!\d)/g)) {
    const a = Number(m[1]);
    const b = Number(m[3]);
    const y = Number(m[4]);
    const usOrder = m[2] === '/' && (monthFirst || a <= 12) && (b > 12 || monthFirst);
    consider(m.index, usOrder ? validDate(y, a, b) : validDate(y, b, a));
  }
  if (found.length === 0) return null;
  found.sort((x, y) => x.index - y.index);
  return found[0]?.date ?? null;
}

function fromString(value: string | null, source: PublishedDate['source'], lang: string): PublishedDate | null {
  if (!value) return null;
  const date = calendarDateOf(value, lang);
  if (!date) return null;
  // Keep the stated time when there is one ("2019-04-28 06:01:07" becomes ISO's "2019-04-28T06:01:07").
  const trimmed = value.trim();
  const iso = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/.test(trimmed) ? trimmed.replace(' ', 'T') : undefined;
  return iso ? { date, iso, source } : { date, source };
}

function fromJsonLd(doc: Document, lang: string): PublishedDate | null {
  // The article's own object first; any object with a datePublished after that (some pages type it WebPage).
  for (const obj of [...jsonLdArticles(doc), ...jsonLdObjects(doc)]) {
    const found = fromString(stringProp(obj, 'datePublished') ?? stringProp(obj, 'dateCreated'), 'json-ld', lang);
    if (found) return found;
  }
  return null;
}

function fromMeta(doc: Document, lang: string): PublishedDate | null {
  const byKey = new Map<string, string>();
  for (const meta of Array.from(doc.querySelectorAll('meta[content]'))) {
    const content = meta.getAttribute('content');
    if (!content) continue;
    for (const attr of ['property', 'name', 'itemprop', 'http-equiv']) {
      const key = meta.getAttribute(attr)?.toLowerCase();
      if (key && !byKey.has(key)) byKey.set(key, content);
    }
  }
  for (const key of META_KEYS) {
    const found = fromString(byKey.get(key) ?? null, 'meta', lang);
    if (found) return found;
  }
  // Parse.ly's page description: a JSON blob with "pub_date".
  const parsely = byKey.get('parsely-page');
  if (parsely) {
    const m = /"pub_date"\s*:\s*"([^"]+)"/.exec(parsely);
    const found = fromString(m?.[1] ?? null, 'meta', lang);
    if (found) return found;
  }
  return null;
}

function fromTime(scope: Element, lang: string): PublishedDate | null {
  // Marked as the publication date first, then the first dated <time> in the article.
  const marked = scope.querySelector('[itemprop="datePublished" i][datetime], [itemprop="datePublished" i][content], time[pubdate]');
  const candidates = marked ? [marked] : [];
  candidates.push(...Array.from(scope.querySelectorAll('time[datetime]')));
  for (const el of candidates) {
    const value = el.getAttribute('datetime') ?? el.getAttribute('content');
    const found = fromString(value, 'time', lang);
    if (found) return found;
  }
  return null;
}

const DATELINE_NAME = /date|time|byline|published|posted/i;

/**
 * A date written near the top of the article: in a <time> or an element named like a date line, byline or
 * timestamp. Only the first few thousand elements are looked at: a dateline sits at the top, and the cost stays
 * bounded on very long pages.
 */
function fromDateline(scope: Element, lang: string): PublishedDate | null {
  const doc = scope.ownerDocument;
  const walker = doc.createTreeWalker(scope, 1 /* SHOW_ELEMENT */);
  let tested = 0;
  for (let n = walker.nextNode(), seen = 0; n !== null && seen < 3000 && tested < 200; n = walker.nextNode(), seen++) {
    const el = n as Element;
    const named = el.tagName.toUpperCase() === 'TIME' ||
      DATELINE_NAME.test(`${el.getAttribute('class') ?? ''} ${el.id}`);
    if (!named) continue;
    tested++;
    const text = el.textContent ?? '';
    if (text.length > 200) continue;
    const date = writtenDateIn(text, lang);
    if (date) return { date, source: 'dateline' };
  }
  return null;
}

/**
 * The article's publication date: JSON-LD datePublished, then the usual meta tags, then a <time> in the article
 * (scope: the article region when known), then a written dateline. Null when the page states none.
 */
export function readPublishedDate(doc: Document, scope?: Element | null): PublishedDate | null {
  const lang = doc.documentElement?.getAttribute('lang') ?? '';
  const region = scope ?? doc.querySelector('article') ?? doc.querySelector('main') ?? doc.body;
  return (
    fromJsonLd(doc, lang) ??
    fromMeta(doc, lang) ??
    (region ? fromTime(region, lang) ?? fromDateline(region, lang) : null)
  );
}
