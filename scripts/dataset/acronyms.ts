// Acronyms the news uses for names other sources spell out: "Secret Intelligence Service (MI6)" in a bullet,
// or a mined "INF Treaty" whose initials spell a known "Intermediate-Range Nuclear Forces Treaty". They become
// aliases of the known entity instead of new entities.
import { SOURCES } from './sources';
import { draft, type Draft } from './draft';
import type { Cluster, Merger } from './merge';
import type { MinedName } from './mine-names';
import { nameKey } from './text';

const SMALL = new Set(['of', 'the', 'and', 'for', 'de', 'on', 'in', 'to', 'a', 'an']);

/** "Intermediate-Range Nuclear Forces" -> "INF" (a hyphenated word gives one letter). */
export function initials(name: string): string {
  return name
    .split(/[\s–]+/)
    .filter((w) => w && !SMALL.has(w))
    .map((w) => w.charAt(0).toUpperCase())
    .join('');
}

const ACRONYM = /^[A-Z][A-Z0-9&]{1,8}$/;
const PAIR = /((?:\p{Lu}[\p{L}'’-]*)(?: (?:of |the |and |for |de )?\p{Lu}[\p{L}'’-]*){1,8}) \(([A-Z][A-Z0-9&]{1,8})\)/gu;

export function acronymAliases(
  mined: readonly MinedName[],
  merger: Merger,
  texts: readonly string[],
  candidates: readonly string[] = [],
): { aliasDrafts: Draft[]; remaining: MinedName[] } {
  const byName = new Map<string, Cluster>();
  for (const c of merger.clusters) for (const d of c.drafts) for (const n of [d.name, ...d.aliases]) if (!byName.has(nameKey(n))) byName.set(nameKey(n), c);
  const aliasFor = (c: Cluster, alias: string): Draft => {
    const head = c.drafts[0]!;
    return draft(c.type, head.name, SOURCES.newsMined.id, { aliases: [alias], wikidata: c.qid, idHint: head.idHint, country: c.country });
  };

  // 1. "Full Name (ACR)" pairs in the text.
  const pairs = new Map<string, Map<string, number>>();
  for (const t of texts) {
    for (const m of t.matchAll(PAIR)) {
      const full = m[1]!;
      const acr = m[2]!;
      // The acronym must be made of the name's initials, in order (guards against "(BBC)" after a name).
      if (!isSubsequence(acr.replace(/[0-9&]/g, ''), initials(full))) continue;
      const inner = pairs.get(acr) ?? new Map<string, number>();
      inner.set(full, (inner.get(full) ?? 0) + 1);
      pairs.set(acr, inner);
    }
  }
  const aliasDrafts: Draft[] = [];
  const taken = new Set<string>();
  for (const [acr, fulls] of [...pairs].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const sorted = [...fulls].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    const [full, n] = sorted[0]!;
    const total = sorted.reduce((s, [, k]) => s + k, 0);
    if (n < total * 0.6) continue;
    // Take the longest known suffix of the phrase: "Former Secret Intelligence Service" -> "Secret Intelligence Service".
    const words = full.split(' ');
    for (let i = 0; i < words.length - 1 || i === 0; i++) {
      const c = byName.get(nameKey(words.slice(i).join(' ')));
      if (c && !byName.has(nameKey(acr))) {
        aliasDrafts.push(aliasFor(c, acr));
        taken.add(acr);
        break;
      }
      if (words.length === 1) break;
    }
  }

  // 2. Mined "ACR Treaty" / "ACR" names whose initials spell exactly one known name.
  const byInitials = new Map<string, Cluster[]>();
  for (const c of merger.clusters) {
    // only bodies and treaties go by their initials; a story header ("Inauguration of Bongbong Marcos") is not IBM
    if (c.type !== 'organisation' && c.type !== 'treaty') continue;
    const name = c.drafts[0]!.name;
    if (name.split(' ').length < 2) continue;
    const k = initialsKey(name);
    if (!k) continue;
    const list = byInitials.get(k) ?? [];
    if (!list.includes(c)) list.push(c);
    byInitials.set(k, list);
  }
  const remaining: MinedName[] = [];
  for (const m of mined) {
    const words = m.name.split(' ');
    const isAcr = ACRONYM.test(words[0]!) && words.length <= 2;
    const hits = isAcr ? byInitials.get(`${words[0]}|${words[1] ?? ''}`) : undefined;
    if (hits && hits.length === 1 && !taken.has(m.name)) {
      aliasDrafts.push(aliasFor(hits[0]!, m.name));
      continue;
    }
    remaining.push(m);
  }
  // Acronym names seen too rarely to be mined still become aliases when their initials fit one known name.
  const minedNames = new Set(mined.map((m) => m.name));
  for (const name of candidates) {
    if (minedNames.has(name) || taken.has(name) || byName.has(nameKey(name))) continue;
    const words = name.split(' ');
    // Only "ACR Treaty"-shaped names: a bare rare acronym fits too many initials by chance.
    const hits = words.length === 2 ? byInitials.get(`${words[0]}|${words[1]}`) : undefined;
    if (hits && hits.length === 1) {
      aliasDrafts.push(aliasFor(hits[0]!, name));
      taken.add(name);
    }
  }
  return { aliasDrafts, remaining };
}

/** "Intermediate-Range Nuclear Forces Treaty" -> "INF|Treaty"; "North Atlantic Treaty Organization" -> "NATO|". */
function initialsKey(name: string): string | undefined {
  const words = name.split(/[\s–]+/).filter((w) => w && !SMALL.has(w));
  if (words.length < 2 || !words.every((w) => /^\p{Lu}/u.test(w))) return undefined;
  const last = words[words.length - 1]!;
  if (/^(Treaty|Agreement|Accord|Council|Convention|Party|Army|Front|Movement|Forces)$/.test(last)) return `${initials(words.slice(0, -1).join(' '))}|${last}`;
  return `${initials(name)}|`;
}

function isSubsequence(needle: string, hay: string): boolean {
  if (!needle || needle[0] !== hay[0]) return false;
  let i = 0;
  for (const ch of hay) if (ch === needle[i]) i++;
  return i === needle.length;
}
