// Wikipedia's Portal:Current events, one YAML file a day. Items under each category are either story headers
// (article titles, several per item joined by ", ") or event bullets ending in parenthesised outlet names.
// A bullet belongs to the headers standing right above it.
import { parse } from 'yaml';
import { cleanSpace } from '../text';

export interface RawEvent {
  date: string;
  /** Position within the day, for stable ids. */
  index: number;
  text: string;
  outlets: string[];
  threads: string[];
  category?: string;
  /** Names the 2026 schema lists explicitly, by kind. */
  named?: { people: string[]; organisations: string[]; places: string[] };
}

export interface DayResult {
  date: string;
  schema: 'portal' | 'v2' | 'empty';
  events: RawEvent[];
  headers: string[];
  /** Bullets with a visibly missing number ("a temperature of ,"). */
  missingNumbers: number;
}

const TRAILING_OUTLET = /\s*\(([^()]{1,80})\)\s*$/;

/** Splits "text (BBC) (Voice of America)" into the text and its outlets. */
export function splitOutlets(item: string): { text: string; outlets: string[] } {
  let text = item.trim();
  const outlets: string[] = [];
  for (let m = TRAILING_OUTLET.exec(text); m; m = TRAILING_OUTLET.exec(text)) {
    const inner = m[1]!.trim();
    // An outlet is a name, not a year, a number or a lower-case aside.
    if (!/^\p{Lu}|^\p{N}+\p{L}/u.test(inner) || /^\d{4}$/.test(inner)) break;
    outlets.unshift(...inner.split(/\s*;\s*/).filter(Boolean));
    text = text.slice(0, m.index).trimEnd();
  }
  return { text, outlets };
}

/** A header names an article: short, no sentence end, no outlet. */
export function isHeader(item: string): boolean {
  const t = item.trim();
  if (splitOutlets(t).outlets.length > 0) return false;
  if (/[.!?]["”')]?$/.test(t) && !/\b[A-Z]\.$|\bSt\.$|\bInc\.$|\bJr\.$|\bCo\.$/.test(t)) return false;
  // Two sentences are a bullet whose outlet lost its parentheses ("... download. PC World").
  if (/[a-z]{3,}\. [A-Z]/.test(t)) return false;
  return t.split(/\s+/).length <= 14;
}

/** "Russia–United Kingdom relations, Poisoning of X" -> two titles; "Italian general election, 2018" stays one. */
export function splitHeaderTitles(item: string): string[] {
  const parts = item.split(/, /);
  const out: string[] = [];
  for (const p of parts) {
    const prev = out.length - 1;
    // A part that cannot start a title continues the previous one (years, "D.C.", lower-case words).
    if (prev >= 0 && (/^\d{1,4}(\b|$)/.test(p) || /^[a-z]/.test(p) || /^[A-Z]\.[A-Z]\.?$/.test(p) || /^(Jr|Sr|Inc)\.?$/.test(p))) {
      out[prev] = `${out[prev]}, ${p}`;
    } else out.push(p);
  }
  return out.map((t) => cleanSpace(t)).filter(Boolean);
}

const MISSING_NUMBER = /\b(of|at|to|by|about|from|than|reaches|reached|with)\s+[,.;)]|\(\s*\)|\s,\s*(?:and|or)\s/;

/** Parses one day file. Throws on invalid YAML; the caller reports and skips it. */
export function parseDay(text: string, fileDate: string): DayResult {
  const doc = parse(text, { uniqueKeys: false, maxAliasCount: 100 }) as unknown;
  if (typeof doc !== 'object' || doc === null) return { date: fileDate, schema: 'empty', events: [], headers: [], missingNumbers: 0 };
  const d = doc as Record<string, unknown>;
  const date = typeof d.Date === 'string' ? d.Date : typeof d.date === 'string' ? d.date : fileDate;
  if (Array.isArray(d.events)) return parseV2(d.events, date);
  const payload = d.Intelligence_Payload;
  const result: DayResult = { date, schema: 'portal', events: [], headers: [], missingNumbers: 0 };
  if (typeof payload !== 'object' || payload === null) return { ...result, schema: 'empty' };
  let index = 0;
  for (const [category, items] of Object.entries(payload as Record<string, unknown>)) {
    if (!Array.isArray(items)) continue;
    let threads: string[] = [];
    let lastWasHeader = false;
    for (const raw of items) {
      if (typeof raw !== 'string' || !raw.trim()) continue;
      const item = cleanSpace(raw);
      if (isHeader(item)) {
        const titles = splitHeaderTitles(item);
        threads = lastWasHeader ? [...threads, ...titles] : titles;
        result.headers.push(...titles);
        lastWasHeader = true;
        continue;
      }
      lastWasHeader = false;
      const { text: body, outlets } = splitOutlets(item);
      if (MISSING_NUMBER.test(body)) result.missingNumbers++;
      result.events.push({ date, index: index++, text: body, outlets, threads: [...new Set(threads)], category });
    }
  }
  return result;
}

function strings(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && x.trim() !== '').map(cleanSpace) : [];
}

function field(o: unknown, key: string): unknown {
  return typeof o === 'object' && o !== null ? (o as Record<string, unknown>)[key] : undefined;
}

/** The longer 2026 schema: one record per event with headline, summary, topics, entities and sources. */
function parseV2(events: unknown[], date: string): DayResult {
  const result: DayResult = { date, schema: 'v2', events: [], headers: [], missingNumbers: 0 };
  events.forEach((ev, index) => {
    const headline = field(ev, 'headline');
    const summary = field(ev, 'summary');
    const text = cleanSpace(typeof summary === 'string' && summary.trim() ? summary : typeof headline === 'string' ? headline : '');
    if (!text) return;
    const evDate = field(field(ev, 'time'), 'date');
    const outlets = [
      ...new Set(
        (Array.isArray(field(ev, 'sources')) ? (field(ev, 'sources') as unknown[]) : [])
          .map((s) => field(s, 'outlet'))
          .filter((o): o is string => typeof o === 'string' && o.trim() !== ''),
      ),
    ];
    const ents = field(ev, 'entities');
    const geo = field(ev, 'geography');
    result.events.push({
      date: typeof evDate === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(evDate) ? evDate : date,
      index,
      text,
      outlets,
      // Topics are free tags ("oil"), not article titles: only capitalised ones read as story threads.
      threads: strings(field(ev, 'topics')).filter((t) => /^\p{Lu}/u.test(t)),
      category: typeof field(ev, 'category') === 'string' ? (field(ev, 'category') as string) : undefined,
      named: {
        people: strings(field(ents, 'people')),
        organisations: strings(field(ents, 'organizations')),
        places: [...strings(field(geo, 'places'))],
      },
    });
  });
  return result;
}
