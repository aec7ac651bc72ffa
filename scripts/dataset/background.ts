// The long tail of background built from the news itself, never invented: first and last dates, number of
// events, threads, frequent companions, and the descriptor the news uses ("former Russian spy").
import type { Fact, PackEntity, PackEvent } from '../../lib/core/pack';
import { SOURCES } from './sources';
import { tokenize } from './tokens';
import { nameKey } from './text';

const SRC = SOURCES.currentEvents.id;

export interface NewsStats {
  events: number;
  first?: string;
  last?: string;
  threads: Map<string, number>;
  companions: Map<string, number>;
  descriptors: Map<string, number>;
}

export function newStats(): NewsStats {
  return { events: 0, threads: new Map(), companions: new Map(), descriptors: new Map() };
}

const inc = <K>(m: Map<K, number>, k: K, by = 1): void => {
  m.set(k, (m.get(k) ?? 0) + by);
};

export function addEventStats(stats: Map<string, NewsStats>, ev: PackEvent): void {
  for (const id of ev.entities) {
    let s = stats.get(id);
    if (!s) stats.set(id, (s = newStats()));
    s.events++;
    if (!s.first || ev.date < s.first) s.first = ev.date;
    if (!s.last || ev.date > s.last) s.last = ev.date;
    for (const t of ev.threads) inc(s.threads, t);
    for (const other of ev.entities) if (other !== id) inc(s.companions, other);
  }
}

export interface DescriptorLexicon {
  /** Lower-case heads: people nouns ("spy") and group nouns ("militia"). */
  heads: ReadonlySet<string>;
  /** Lower-case modifiers allowed before the head ("former", "exiled", "opposition"). */
  modifiers: ReadonlySet<string>;
  /** Demonyms ("Russian") and other capitalised modifiers allowed. */
  capitalised: ReadonlySet<string>;
}

const STOP = new Set(['the', 'a', 'an', 'and', 'or', 'of', 'by', 'with', 'to', 'in', 'on', 'at', 'for', 'from', 'as', 'that', 'his', 'her', 'their', 'its', 'is', 'was', 'are', 'were', 'be', 'says', 'said']);

/** The descriptor standing right before a mention: "former Russian spy" in "... former Russian spy Sergei Skripal". */
export function descriptorBefore(text: string, start: number, lex: DescriptorLexicon): string | undefined {
  const before = text.slice(Math.max(0, start - 80), start);
  if (!/ $/.test(before) || / {2}$/.test(before)) return undefined;
  let toks = tokenize(before);
  // "the Syrian city of Aleppo": step over the "of" after a place noun.
  if (toks.length >= 2 && toks[toks.length - 1]!.text === 'of' && PLACE_HEADS.has(toks[toks.length - 2]!.text)) {
    const cut = toks[toks.length - 2]!.end;
    if (before.slice(cut, toks[toks.length - 1]!.start) !== ' ') return undefined;
    toks = toks.slice(0, -1);
    return descriptorFromTokens(before.slice(0, cut) + ' ', toks, lex);
  }
  return descriptorFromTokens(before, toks, lex);
}

const PLACE_HEADS = new Set(['city', 'town', 'village', 'province', 'region', 'state', 'district', 'port', 'island', 'county', 'capital', 'governorate', 'suburb', 'neighbourhood', 'neighborhood', 'municipality', 'prefecture', 'oblast']);

function descriptorFromTokens(before: string, toks: ReturnType<typeof tokenize>, lex: DescriptorLexicon): string | undefined {
  const words: string[] = [];
  for (let i = toks.length - 1; i >= 0 && words.length < 5; i--) {
    const t = toks[i]!;
    const gap = before.slice(t.end, i === toks.length - 1 ? before.length : toks[i + 1]!.start);
    if (gap !== ' ') break;
    const w = t.text;
    const lw = w.toLowerCase();
    if (words.length === 0) {
      if ((!lex.heads.has(lw) && !PLACE_HEADS.has(lw)) || STOP.has(lw)) return undefined;
      words.unshift(w);
      continue;
    }
    if (STOP.has(lw)) break;
    if (lex.capitalised.has(w) || (/^\p{Ll}/u.test(w) && (lex.modifiers.has(w) || lex.heads.has(w)))) {
      words.unshift(w);
      continue;
    }
    break;
  }
  if (words.length === 0) return undefined;
  // A bare capitalised title ("President") says little; a lower-case role ("rapper") is worth keeping.
  if (words.length === 1 && /^\p{Lu}/u.test(words[0]!)) return undefined;
  return words.join(' ');
}

export function newsFacts(s: NewsStats, nameOf: (id: string) => string | undefined, selfName = ''): Fact[] {
  const facts: Fact[] = [];
  // A few events are their own timeline: the summary facts start at eight (and keep the full pack under 15 MB).
  if (s.events < 8) return facts;
  facts.push({ label: 'In the news', value: `${s.events} event${s.events === 1 ? '' : 's'} from ${s.first} to ${s.last}`, date: s.first, source: SRC });
  const top = <K>(m: Map<K, number>, n: number): K[] =>
    [...m].sort((a, b) => b[1] - a[1] || (String(a[0]) < String(b[0]) ? -1 : 1)).slice(0, n).map(([k]) => k);
  const self = nameKey(selfName);
  const threads = s.events >= 10 ? top(new Map([...s.threads].filter(([t]) => nameKey(t) !== self)), 3) : [];
  if (threads.length) facts.push({ label: 'Story threads', value: threads.join('; '), source: SRC });
  // Companions of an entity seen once or twice are just that event's other names: not background.
  const companions = s.events >= 10 ? top(s.companions, 5).map(nameOf).filter((n): n is string => !!n) : [];
  if (companions.length) facts.push({ label: 'Often in the news with', value: companions.join(', '), source: SRC });
  return facts;
}

/** The first sentence of a story's earliest event: how the news first described it. */
export function firstSentence(text: string, max = 160): string {
  const s = text.split(/(?<=[a-z0-9)”"]\.)\s+(?=[A-Z])/)[0]!;
  if (s.length <= max) return s;
  const cut = s.slice(0, max);
  return `${cut.slice(0, cut.lastIndexOf(' '))}…`;
}

export function bestDescriptor(s: NewsStats | undefined): string | undefined {
  if (!s || s.descriptors.size === 0) return undefined;
  return [...s.descriptors].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1))[0]![0];
}

/** Popularity prior in [0,1] from the data: events, agreeing sources, being a country, source weight. */
export function priorOf(e: Pick<PackEntity, 'type' | 'sources' | 'wikidata'>, events: number, weight: number): number {
  const byEvents = Math.log10(1 + events) / Math.log10(1 + 2000);
  const bySources = Math.min(0.3, 0.06 * e.sources.length);
  const p = 0.05 + 0.45 * Math.min(1, byEvents) + bySources + 0.2 * weight + (e.type === 'country' ? 0.3 : 0) + (e.wikidata ? 0.05 : 0);
  return Math.round(Math.min(1, Math.max(0, p)) * 1000) / 1000;
}
