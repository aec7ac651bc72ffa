// Political parties from Party Facts, joined with their Wikidata QIDs on partyfacts_id.
import { SOURCES } from '../sources';
import { draft, type Draft, type SkipLog } from '../draft';
import type { CountryResolver } from './country-resolver';
import { cleanSpace } from '../text';

const SRC = SOURCES.parties.id;

export interface PartyRow {
  country: string;
  partyfacts_id: string;
  name_short?: string;
  name?: string;
  name_english?: string;
  name_other?: string;
  year_first?: string;
  year_last?: string;
  wikipedia?: string;
}

export interface PartyQidRow {
  partyfacts_id: string;
  wikidata_id?: string;
}

const PLACEHOLDER = /^(unknown|other|others|other part(y|ies)|independents?|none|n\/a|no party|no answer)$/i;

function names(s: string | undefined): string[] {
  // "Pashto: افغان ... / Afghan Millat" -> each name without its language label.
  return (s ?? '')
    .split(/\s+\/\s+|;\s*/)
    .map((x) => cleanSpace(x.replace(/^[A-Z][a-z]+:\s*/, '').replace(/\u200e/g, '')))
    .filter((x) => x.length >= 2);
}

/**
 * A one-word English adjective ("Democratic", "Progressive", "Liberal", "Socialist") is how a sentence
 * describes, not how it names, a party: as an alias it would link "the Democratic-controlled committee" to a
 * Japanese party of that old English name.
 */
export function isAdjectiveAlone(s: string): boolean {
  return /^\p{Lu}\p{Ll}+(?:ic|ive|al|ist)$/u.test(s);
}

/** Are the acronym's letters, in order, the initials of the name's words (or of their parts)? */
export function initialsAllow(acronym: string, name: string): boolean {
  const letters = acronym.toUpperCase().replace(/[^A-Z]/g, '');
  const words = name.split(/[\s-]+/).filter(Boolean);
  // Each word can give its first letter, and a compound word ("Sozialdemokratische") may give inner capitals.
  let i = 0;
  for (const w of words) {
    if (i < letters.length && w.charAt(0).toUpperCase() === letters[i]) i++;
  }
  return letters.length > 0 && i === letters.length && words[0]!.charAt(0).toUpperCase() === letters[0];
}

export function draftsFromParties(rows: readonly PartyRow[], qids: readonly PartyQidRow[], resolver: CountryResolver, skips: SkipLog): Draft[] {
  const qidById = new Map<string, string>();
  for (const q of qids) if (q.wikidata_id && /^Q\d+$/.test(q.wikidata_id)) qidById.set(q.partyfacts_id, q.wikidata_id);
  const out: Draft[] = [];
  for (const r of rows) {
    const english = names(r.name_english);
    const native = names(r.name);
    const name = english[0] ?? native[0];
    // Party Facts lists a placeholder per country ("unknown", "other parties"): not a party anyone can name
    if (!name || PLACEHOLDER.test(name)) {
      skips.add(SRC, 'party without a name', r.partyfacts_id);
      continue;
    }
    const ref = resolver.byCca3.get(r.country);
    const d = draft('organisation', name, SRC, {
      wikidata: qidById.get(r.partyfacts_id),
      country: ref?.cca2,
      idHint: `partyfacts:${r.partyfacts_id}`,
      weight: 0.3,
    });
    const short = cleanSpace(r.name_short ?? '');
    // Short names of two letters collide with too much; three or more are how the news writes parties (SPD, ANC).
    // ...and only when its letters follow the initials of one of the party's names ("SPD" for "Sozialdemokratische
    // Partei Deutschlands"), so an unrelated "GDP" does not become a party.
    if (short.length >= 3 && /\p{Lu}/u.test(short) && [...english, ...native].some((n) => initialsAllow(short, n))) d.aliases.push(short);
    d.aliases.push(...english.slice(1), ...native, ...names(r.name_other).filter((n) => /\p{Script=Latin}/u.test(n)));
    d.aliases = d.aliases.filter((a) => a !== name && !isAdjectiveAlone(a));
    d.description = ref ? `political party in ${ref.name}` : 'political party';
    d.descriptionSource = SRC;
    if (r.year_first && /^\d{4}$/.test(r.year_first)) d.facts.push({ label: 'Founded', value: r.year_first, date: r.year_first, source: SRC });
    if (r.year_last && /^\d{4}$/.test(r.year_last)) d.facts.push({ label: 'Dissolved', value: r.year_last, date: r.year_last, source: SRC });
    if (r.wikipedia && /^https:\/\/[a-z]+\.wikipedia\.org\//.test(r.wikipedia)) d.links.push({ label: 'Wikipedia', url: r.wikipedia });
    out.push(d);
  }
  return out;
}
