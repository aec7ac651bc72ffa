// Brands, companies, operators and agencies with Wikidata QIDs from the Name Suggestion Index.
import { SOURCES } from '../sources';
import { draft, type Draft } from '../draft';

export interface NsiWikidataEntry {
  label?: string;
  description?: string;
  identities?: Record<string, string>;
  officialWebsites?: string[];
}

const SRC = SOURCES.nsi.id;
const COUNTRY_DESC = /^(sovereign state|country|island country|island nation|constitutional monarchy|federal republic|landlocked country|transcontinental country)\b/i;
// "most populous city in the United States", "capital city of ...": a place whatever words come before its kind
const PLACE_DESC = /^(?:[\p{L}-]+ ){0,3}(city|town|municipality|capital|county|state of|province|region|borough|village|district)\b(?! (court|council|attorney|hospital|school|bank|airport|line))/iu;

/** Countries in NSI are returned separately: they give world-countries its QIDs, not new entities. */
export function entriesFromNsi(data: Record<string, NsiWikidataEntry>): { drafts: Draft[]; countryQids: Map<string, { qid: string; description?: string }> } {
  const drafts: Draft[] = [];
  const countryQids = new Map<string, { qid: string; description?: string }>();
  for (const qid of Object.keys(data).sort()) {
    const e = data[qid]!;
    const label = e.label?.trim();
    if (!label || !/^Q\d+$/.test(qid)) continue;
    const desc = e.description?.trim() || undefined;
    if (desc && COUNTRY_DESC.test(desc)) {
      countryQids.set(label, { qid, description: desc });
      continue;
    }
    const d = draft(desc && PLACE_DESC.test(desc) ? 'place' : 'organisation', label, SRC, {
      wikidata: qid,
      description: desc,
      descriptionSource: desc ? SRC : undefined,
      weight: 0.2,
    });
    // No website links: 27k URLs cost the packs ~0.3 MB gzipped, and the QID leads to them.
    drafts.push(d);
  }
  return { drafts, countryQids };
}
