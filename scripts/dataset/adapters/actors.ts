// Phoenix/PETRARCH CAMEO actor dictionaries: UPPER_CASE_WITH_UNDERSCORES names, "+" lines alias the line above,
// bracketed role codes carry the country. Actors only enrich entities other sources name: alone they are too
// noisy (country entries list landmarks as aliases, many names are descriptive phrases).
import type { EntityType } from '../../../lib/core/pack';
import { SOURCES } from '../sources';
import { draft, type Draft } from '../draft';
import { titleCaseName } from '../text';

const SRC = SOURCES.actors.id;

export interface Actor {
  names: string[];
  codes: string[];
}

/** Parses an actors file into actors with their aliases and role codes. */
export function parseActors(text: string): Actor[] {
  const out: Actor[] = [];
  let cur: Actor | undefined;
  for (const rawLine of text.split('\n')) {
    const line = rawLine.replace(/#.*$/, '').trimEnd();
    if (!line.trim()) continue;
    const codes = [...line.matchAll(/\[([A-Z]{3,})(?:\s[^\]]*)?\]/g)].map((m) => m[1]!);
    const namePart = line.replace(/\[[^\]]*\]/g, '').trim();
    if (/^\s/.test(rawLine) || !namePart) {
      if (cur) cur.codes.push(...codes);
      continue;
    }
    if (namePart.startsWith('+')) {
      if (cur) for (const n of namePart.slice(1).split('+')) if (n.trim()) cur.names.push(n.trim());
      cur?.codes.push(...codes);
      continue;
    }
    cur = { names: [namePart], codes };
    out.push(cur);
  }
  return out;
}

const ORG_WORDS = /ORGANI[SZ]ATION|PARTY|ARMY|FRONT|BRIGADE|COUNCIL|MOVEMENT|GROUP|COMMITTEE|UNION|FORCES|MINISTRY|AGENCY/;
const TITLE = /^(PRESIDENT|PRIME_MINISTER|MINISTER|FOREIGN_MINISTER|KING|QUEEN|PRINCE|GENERAL|GEN\.|SECRETARY|CHANCELLOR|SENATOR|GOVERNOR|MR\.|MRS\.|DR\.|LEADER|CHAIRMAN|SPEAKER|FORMER|RUSSIAN|AMERICAN|BRITISH|US_|U\.S\._|UN_|U\.N\._)/;

/** "VLADIMIR_V._PUTIN_" -> "Vladimir V. Putin"; descriptive forms ("PRESIDENT_PUTIN") give nothing. */
export function actorName(raw: string): string | undefined {
  if (TITLE.test(raw) || /\(|\)|[a-z]/.test(raw)) return undefined;
  const words = raw.replace(/_+$/, '').split('_').filter(Boolean);
  if (words.length === 0 || words.length > 6) return undefined;
  return titleCaseName(words.join(' '));
}

/** Drafts meant only to enrich existing entities: `enrichOnly` is set on all of them. */
export function draftsFromActors(actors: readonly Actor[], type: EntityType, cca3ToCca2: ReadonlyMap<string, string>): Draft[] {
  const out: Draft[] = [];
  for (const a of actors) {
    const names = a.names.map(actorName).filter((n): n is string => !!n && n.length >= 4);
    if (names.length === 0) continue;
    const country = a.codes.map((c) => cca3ToCca2.get(c.slice(0, 3))).find(Boolean);
    // A person entry has a role code ("RUSGOV"); a country's entry has only the bare country code ("RUS").
    if (type === 'person' && (!a.codes.some((c) => c.length >= 6) || ORG_WORDS.test(a.names[0]!))) continue;
    out.push(draft(type, names[0]!, SRC, { aliases: names.slice(1), country, enrichOnly: true }));
  }
  return out;
}
