// International organisations: QIDs, abbreviations, headquarters, founding year and names in several
// languages (other-language names are aliases: the German press writes them its own way).
import { SOURCES } from '../sources';
import { draft, type Draft, type SkipLog } from '../draft';
import { cleanSpace } from '../text';

const SRC = SOURCES.intlOrgs.id;
const NAME_KEYS = ['Name_other_en', 'Name_other_2_en', 'Name_fr', 'Name_es', 'Name_de', 'Name_pt', 'Name_it', 'Name_ru', 'Name_uk', 'Name_zh', 'Name_ar'];

function str(v: unknown): string | undefined {
  if (typeof v === 'string' && v.trim()) return cleanSpace(v);
  if (typeof v === 'number') return String(v);
  return undefined;
}

export function draftsFromIntlOrgs(doc: unknown, skips: SkipLog): Draft[] {
  const out: Draft[] = [];
  if (typeof doc !== 'object' || doc === null) return out;
  for (const [key, raw] of Object.entries(doc as Record<string, unknown>)) {
    if (typeof raw !== 'object' || raw === null) {
      skips.add(SRC, 'record is not a mapping', key);
      continue;
    }
    const r = raw as Record<string, unknown>;
    const name = str(r.Name_en) ?? cleanSpace(key);
    const qid = str(r.Wikidata_code);
    const d = draft('organisation', name, SRC, {
      wikidata: qid && /^Q\d+$/.test(qid) ? qid : undefined,
      weight: 0.5,
    });
    const abbr = str(r.Abbreviation_en);
    if (abbr && abbr.length >= 2) d.aliases.push(abbr);
    for (const k of NAME_KEYS) {
      const v = str(r[k]);
      if (v && v !== name) d.aliases.push(v);
    }
    if (cleanSpace(key) !== name) d.aliases.push(cleanSpace(key));
    const kind = str(r.Entity_type);
    const family = str(r.Org_family);
    if (kind) {
      d.description = family && family !== kind ? `${kind} (${family})` : kind;
      d.descriptionSource = SRC;
    }
    const year = str(r.Year_established);
    if (year && /^\d{4}$/.test(year)) d.facts.push({ label: 'Established', value: year, date: year, source: SRC });
    const hq = str(r.Headquarters);
    if (hq) d.facts.push({ label: 'Headquarters', value: hq, source: SRC });
    const type = str(r.Type);
    if (type) d.facts.push({ label: 'Kind', value: type, source: SRC });
    const site = str(r.Website);
    if (site && /^https?:\/\//.test(site)) d.links.push({ label: 'Website', url: site });
    out.push(d);
  }
  return out;
}
