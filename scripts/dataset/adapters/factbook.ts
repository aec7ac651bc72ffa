// CIA World Factbook profiles: background, capital, government type, and the chief of state and head of
// government as person entities carrying their office and "since" date.
import { SOURCES } from '../sources';
import { draft, type Draft, type SkipLog } from '../draft';
import type { CountryResolver } from './country-resolver';
import { divisionDrafts, parseDivisions } from './factbook-divisions';
import { cleanSpace, firstSentences, parseHumanDate, stripHtml, titleCaseName } from '../text';

const SRC = SOURCES.factbook.id;

type Node = { text?: string } & Record<string, unknown>;

function textAt(doc: unknown, ...path: string[]): string | undefined {
  let cur: unknown = doc;
  for (const p of path) {
    if (typeof cur !== 'object' || cur === null) return undefined;
    cur = (cur as Record<string, unknown>)[p];
  }
  const t = (cur as Node | undefined)?.text;
  return typeof t === 'string' && t.trim() ? stripHtml(t) : undefined;
}

export interface OfficeHolder {
  office: string;
  name: string;
  since?: string;
}

const OFFICE_WORDS = new Set(
  ('President Prime Minister King Queen Supreme Leader Chancellor Premier Emperor Sultan Amir Emir Governor General Chairman ' +
    'Chairwoman Chairperson Chief Executive Crown Prince Princess Grand Duke Duchess Pope Vice Deputy First Acting Interim Head of ' +
    'State Government Co-Prince Co-Princes Federal Council Presidential Transitional Military Sovereign Taoiseach Mayor Administrator ' +
    'Commissioner Captains Captain Regent Regents Lieutenant High Monarch Secretary Holy See Bishop Urgell the Chair Union Commission ' +
    'European Lord Senior Minister-President Premier-Elect Co-Chief Sole Director Defense Sovereign Representative Resident Ministers Gen. Col. Capt. Lt. Maj. Brig. Dame Sir Air Vice-Marshal Governor-General').split(' '),
);
const NAME_PARTICLES = new Set(['de', 'da', 'del', 'van', 'von', 'bin', 'ibn', 'al', 'el', 'la', 'le', 'du', 'dos', 'di']);

/** "Supreme Leader Ali Hoseini-KHAMENEI (since 4 June 1989)" -> office, name, since; several holders per text. */
export function parseOfficeHolders(text: string): OfficeHolder[] {
  const out: OfficeHolder[] = [];
  const re = /([^;()]*?)\(since ([^)]+)\)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const seg = cleanSpace(m[1]!).replace(/^[,;]?\s*(and\s+)?(represented by\s+)?/i, '');
    const holder = parseHolder(seg);
    if (!holder) continue;
    const since = parseHumanDate(m[2]!.trim());
    out.push(since ? { ...holder, since } : holder);
  }
  return out;
}

function parseHolder(seg: string): OfficeHolder | undefined {
  const tokens = seg.split(' ').filter(Boolean);
  // A Roman numeral after a name is a regnal number ("CHARLES III"); right after the office it is a surname ("XI Jinping").
  const roman = (i: number): boolean => /^[IVX]+$/.test(tokens[i]!) && i > 0 && !OFFICE_WORDS.has(tokens[i - 1]!);
  const caps = tokens.map((t, i) => /\p{Lu}{2,}/u.test(t.replace(/^(Mc|Mac|Al-|al-|O')/, '')) && !roman(i));
  const first = caps.indexOf(true);
  if (first < 0) return undefined;
  let start = first;
  while (start > 0 && !OFFICE_WORDS.has(tokens[start - 1]!) && (/^[\p{Lu}]/u.test(tokens[start - 1]!) || NAME_PARTICLES.has(tokens[start - 1]!))) start--;
  if (start > 0 && NAME_PARTICLES.has(tokens[start]!)) start++;
  const office = tokens.slice(0, start).join(' ');
  const comma = tokens.findIndex((t, i) => i >= first && t.endsWith(','));
  const nameTokens = tokens.slice(start, comma >= 0 ? comma + 1 : undefined);
  if (!office || nameTokens.length === 0 || nameTokens.length > 7) return undefined;
  const name = nameTokens.map((t, i) => (/\p{Lu}{2,}/u.test(t) && !(i > 0 && /^[IVX]+$/.test(t)) ? titleCaseName(t) : t)).join(' ');
  return { office, name: name.replace(/,$/, '') };
}

export interface FactbookProfile {
  code: string;
  region: string;
  doc: unknown;
}

export function draftsFromFactbook(profiles: readonly FactbookProfile[], resolver: CountryResolver, skips: SkipLog): Draft[] {
  const out: Draft[] = [];
  for (const p of profiles) {
    const short = textAt(p.doc, 'Government', 'Country name', 'conventional short form');
    const long = textAt(p.doc, 'Government', 'Country name', 'conventional long form');
    const ref = (short && short !== 'none' ? resolver.resolve(short) : undefined) ?? (long && long !== 'none' ? resolver.resolve(long) : undefined);
    if (!ref) {
      skips.add(SRC, 'profile names no world-countries country (oceans, world, territories)', `${p.region}/${p.code}`);
      continue;
    }
    const c = draft('country', ref.name, SRC, { idHint: `country:${ref.cca3}`, country: ref.cca2 });
    for (const n of [long, short, textAt(p.doc, 'Government', 'Country name', 'local short form')]) {
      if (n && n !== 'none' && n !== ref.name && n.length < 80) c.aliases.push(n);
    }
    const background = textAt(p.doc, 'Introduction', 'Background');
    if (background) c.facts.push({ label: 'Background', value: firstSentences(background, 2), source: SRC });
    const capital = textAt(p.doc, 'Government', 'Capital', 'name');
    if (capital) c.facts.push({ label: 'Capital', value: capital.replace(/;.*$/, ''), source: SRC });
    const gov = textAt(p.doc, 'Government', 'Government type');
    if (gov) c.facts.push({ label: 'Government type', value: gov, source: SRC });
    c.links.push({ label: 'World Factbook', url: `https://www.cia.gov/the-world-factbook/countries/${slugCountry(ref.name)}/` });
    out.push(c);
    for (const role of ['chief of state', 'head of government'] as const) {
      const text = textAt(p.doc, 'Government', 'Executive branch', role);
      if (!text) continue;
      for (const h of parseOfficeHolders(text)) {
        const person = draft('person', h.name, SRC, {
          country: ref.cca2,
          description: `${h.office} of ${ref.name}`,
          descriptionSource: SRC,
          weight: 0.8,
        });
        person.facts.push({ label: 'Office', value: `${h.office} of ${ref.name}`, ...(h.since ? { date: h.since } : {}), source: SRC });
        c.facts.push({ label: role === 'chief of state' ? 'Chief of state' : 'Head of government', value: `${h.office} ${h.name}`, ...(h.since ? { date: h.since } : {}), source: SRC });
        out.push(person);
      }
    }
  }
  return out;
}

function slugCountry(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

/** Each profile's first-level regions (see factbook-divisions.ts), as drafts with the profile's country. */
export function divisionsFromFactbook(profiles: readonly FactbookProfile[], resolver: CountryResolver, skips: SkipLog): Draft[] {
  const out: Draft[] = [];
  for (const p of profiles) {
    const short = textAt(p.doc, 'Government', 'Country name', 'conventional short form');
    const ref = short && short !== 'none' ? resolver.resolve(short) : undefined;
    const raw = (p.doc as { Government?: { 'Administrative divisions'?: Node } }).Government?.['Administrative divisions']?.text;
    if (!ref || typeof raw !== 'string') continue;
    const list = parseDivisions(raw);
    if (!list) {
      skips.add(SRC, 'administrative divisions not in the plain "N kinds; A, B" form of a region kind (not read)', `${p.region}/${p.code}`);
      continue;
    }
    out.push(...divisionDrafts(list, { name: ref.name, cca2: ref.cca2 }));
  }
  return out;
}
