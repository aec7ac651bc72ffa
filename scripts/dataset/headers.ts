// Story headers of the Current Events Portal become topic and event entities ("Poisoning of Sergei and Yulia
// Skripal", "Intermediate-Range Nuclear Forces Treaty", "Russia–NATO relations"); headers that name a person
// victim ("Poisoning of Sergei and Yulia Skripal") also name those people.
import type { EntityType } from '../../lib/core/pack';
import { SOURCES } from './sources';
import { draft, type Draft } from './draft';

const SRC = SOURCES.currentEvents.id;

export function headerType(title: string): EntityType {
  if (/\b(Treaty|Agreement|Accords?|Convention|Protocol|Pact)\b/.test(title)) return 'treaty';
  if (/\b(relations|Politics of|Foreign relations|Economy of|Human rights|Elections in|Law of|Timeline of|List of|in the United States|policy|Government of|Climate change|Terrorism in|Crime in|Energy in|Health in|Religion in)\b/i.test(title)) return 'thing';
  if (/\b(Party|Council|Ministry|Agency|Commission|Committee|Organization|Organisation|Bank|Company|Corporation|Inc\.|Army|Forces|Union|Parliament|Assembly|Court|University|Front|Movement|Brigades?|Group)$/.test(title)) return 'organisation';
  return 'event';
}

/** "Poisoning of Sergei and Yulia Skripal" -> ["Sergei Skripal", "Yulia Skripal"]. */
export function victimsFromHeader(title: string): string[] {
  const m = /^(?:Poisoning|Assassination|Killing|Murder|Death|Arrest|Kidnapping|Abduction|Trial|Detention|Imprisonment|Execution|Disappearance|Shooting|Stabbing|Impeachment|Indictment|Prosecution) of ((?:\p{Lu}[\p{Ll}'’-]+ )+?(?:and (?:\p{Lu}[\p{Ll}'’-]+ )+)?\p{Lu}[\p{Ll}'’-]+)$/u.exec(title);
  if (!m) return [];
  const phrase = m[1]!;
  const parts = phrase.split(' and ');
  if (parts.length === 1) return phrase.split(' ').length >= 2 && phrase.split(' ').length <= 4 ? [phrase] : [];
  // "Sergei and Yulia Skripal": the last part carries the shared surname.
  const lastWords = parts[parts.length - 1]!.split(' ');
  if (lastWords.length < 2) return [];
  const surname = lastWords[lastWords.length - 1]!;
  return parts.map((p) => (p.split(' ').length === 1 ? `${p} ${surname}` : p));
}

export function draftsFromHeaders(headers: ReadonlyMap<string, number>): Draft[] {
  const out: Draft[] = [];
  for (const [title, days] of [...headers].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    if (title.length < 3 || title.length > 150) continue;
    // "October 2017", "2018": calendar headers are not stories.
    if (/^((January|February|March|April|May|June|July|August|September|October|November|December) )?\d{4}$/.test(title)) continue;
    out.push(draft(headerType(title), title, SRC, { weight: Math.min(0.6, days / 100) }));
    for (const v of victimsFromHeader(title)) out.push(draft('person', v, SRC, { weight: 0.2 }));
  }
  return out;
}
