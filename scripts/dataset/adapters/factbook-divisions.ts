// The Factbook's "Administrative divisions": a country's first-level regions (provinces, states, oblasts),
// which news names in weather, election and conflict reports ("83 mm in Cordoba, 41 in Santa Fe"). Only the
// plain form "N kinds (...); A, B, C" is read; profiles that list several kinds under headings are skipped.
import { SOURCES } from '../sources';
import { draft, type Draft } from '../draft';
import { isRegionDescription } from '../../../lib/core/entity-table';
import { stripHtml } from '../text';

export interface DivisionList {
  /** singular kind, lower case: "province" */
  kind: string;
  names: Array<{ name: string; alias?: string }>;
}

// kinds the linker reads as regions (see isRegionDescription); municipalities, districts and communes are
// often towns of the same name and are left out
const KINDS = new Set(['state', 'province', 'region', 'county', 'department', 'prefecture', 'oblast', 'krai', 'governorate', 'canton', 'territory', 'voivodeship', 'emirate']);
// kinds Wikipedia and the news also write after the name ("La Pampa Province", "Volta Region")
const SUFFIXED = new Set(['province', 'region', 'county', 'department', 'prefecture', 'oblast', 'governorate', 'voivodeship']);
// "Central", "Upper East", "Littoral", "Lakes": a region named by directions and landforms alone would link
// the words. (WordNet's everyday words are no guide here: "cordoba" is a currency there.)
const GENERIC = /^(north|south|east|west|northern|southern|eastern|western|central|centre|center|upper|lower|middle|north-east|north-west|south-east|south-west|northeast|northwest|southeast|southwest|greater|inner|outer|far|coast|coastal|littoral|plateau|plateaux|lake|lakes|island|islands|mountain|mountains|highlands|lowlands|savannah|savanna|river|rivers|valley|delta|border|frontier|capital|metropolitan|interior|sea|and|of|the)$/i;

function singular(word: string): string {
  if (/ies$/.test(word)) return word.slice(0, -3) + 'y';
  if (/(ss|sh|ch|x)es$/.test(word)) return word.slice(0, -2);
  return word.replace(/s$/, '');
}

/**
 * "23 provinces (provincias, singular - provincia) and 1 autonomous city*; Buenos Aires, ..., Entre Rios" ->
 * kind "province" and the names without a star (a star marks the other kind). Undefined for any other shape.
 */
export function parseDivisions(html: string): DivisionList | undefined {
  if (/<br|<strong/i.test(html)) return undefined;
  const text = stripHtml(html);
  const parts = text.split(';');
  if (parts.length !== 2) return undefined;
  const head = /^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+([a-z]+)\b/i.exec(parts[0]!.trim());
  if (!head) return undefined;
  const kind = singular(head[1]!.toLowerCase());
  if (!KINDS.has(kind)) return undefined;
  const names: DivisionList['names'] = [];
  for (const raw of parts[1]!.split(',')) {
    const item = raw.trim();
    if (!item || item.includes('*')) continue;
    const m = /^([^()]+?)(?:\s*\(([^()]+)\))?$/.exec(item);
    if (!m) continue;
    const name = m[1]!.trim();
    const alias = m[2]?.trim();
    if (!/^\p{Lu}/u.test(name) || name.split(/\s+/).length > 4 || / - /.test(name)) continue;
    names.push({ name, ...(alias && /^\p{Lu}/u.test(alias) && alias.split(/\s+/).length <= 4 ? { alias } : {}) });
  }
  return names.length ? { kind, names } : undefined;
}

/**
 * Drafts for one country's regions: named as the Factbook writes them, with the English name it gives in
 * brackets and "Name Kind" as aliases, described as "province of Argentina". Names made only of directions
 * and landform words are left out.
 */
export function divisionDrafts(list: DivisionList, country: { name: string; cca2: string }): Draft[] {
  const out: Draft[] = [];
  const Kind = list.kind.charAt(0).toUpperCase() + list.kind.slice(1);
  for (const { name, alias } of list.names) {
    const words = name.split(/\s+/);
    if (words.every((w) => GENERIC.test(w))) continue;
    if (name === country.name) continue;
    const aliases: string[] = [];
    if (alias && alias !== name && !alias.split(/\s+/).every((w) => GENERIC.test(w))) aliases.push(alias);
    if (SUFFIXED.has(list.kind) && !name.endsWith(` ${Kind}`)) aliases.push(`${name} ${Kind}`);
    const description = `${list.kind} of ${country.name}`;
    out.push(draft('place', name, SOURCES.factbook.id, { aliases, country: country.cca2, description, descriptionSource: SOURCES.factbook.id, weight: 0.3 }));
  }
  return out;
}

/** Whether a place draft reads as a region rather than a city: by its description or a kind word in its name. */
export function isRegionDraft(d: Draft): boolean {
  return isRegionDescription(d.description) || /\s(?:Province|State|Region|Oblast|Governorate|Prefecture|Department|Krai|Voivodeship|Canton|County|Emirate)$/.test(d.name);
}
