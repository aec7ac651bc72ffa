// Words that name a member of a people or a faith ("Muslim", "Hindu", "Chinese", "Zulu") describe a person in
// a sentence ("Muslim passengers", "anti-Muslim", "a Chinese firm"); they are no organisation's name. Sources
// still give them as one: Party Facts' "Muslim / National Unity Alliance" splits into a party called "Muslim",
// the Current events cite "(Hindu)" for The Hindu, WordNet files peoples ("Zulu") as groups.
import type { Synset } from './adapters/wordnet';

const NOUN_PERSON = 18;

/**
 * Capitalised one-word lemmas that WordNet gives both as a kind of person (noun.person, not one named person)
 * and as an adjective: the words of peoples, nations and faiths. A person's name ("Stuart") is no adjective
 * and a brand ("Amazon") no kind of person, so neither is in the set.
 */
export function peopleWords(nouns: readonly Synset[], adjectives: readonly Synset[]): Set<string> {
  const proper = (w: string): boolean => /^\p{Lu}\p{Ll}+$/u.test(w);
  const adj = new Set(adjectives.flatMap((s) => s.words.filter(proper)));
  const out = new Set<string>();
  for (const s of nouns) {
    if (s.lexFile !== NOUN_PERSON || s.instance) continue;
    for (const w of s.words) if (proper(w) && adj.has(w)) out.add(w);
  }
  return out;
}

export interface Named {
  type: string;
  name: string;
  aliases: string[];
}

/**
 * Takes the people words out of an organisation's names. When its name is one, the first remaining name of
 * several words becomes the name ("Muslim" -> "National Unity Alliance"); with none left the entity has no
 * name of its own and the result is false (drop it). Other types are left as they are: true.
 */
export function withoutPeopleWords(e: Named, people: ReadonlySet<string>): boolean {
  if (e.type !== 'organisation') return true;
  e.aliases = e.aliases.filter((a) => !people.has(a));
  if (!people.has(e.name)) return true;
  const i = e.aliases.findIndex((a) => /\s/.test(a));
  if (i < 0) return false;
  e.name = e.aliases[i]!;
  e.aliases.splice(i, 1);
  return true;
}

/**
 * "Argentine grain producers": a country's one-word alias that is a demonym ("Argentine", kept by a source as
 * the old "the Argentine") is read as the adjective in the news. Its other aliases stay.
 */
export function withoutDemonymAliases(e: Named, demonyms: ReadonlyMap<string, string>): void {
  if (e.type !== 'country') return;
  // "Vatican" for Vatican City is the name's own first word, a name in "the Vatican said"
  const first = e.name.split(' ')[0];
  e.aliases = e.aliases.filter((a) => /\s/.test(a) || a === first || !demonyms.has(a));
}
