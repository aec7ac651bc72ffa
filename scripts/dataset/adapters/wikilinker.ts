// Wikidata labels with a coarse type (wikilinker). Noisy, one QID per label: it only confirms names that other
// sources or the news already give, when the type agrees.
import type { EntityType } from '../../../lib/core/pack';
import { nameKey } from '../text';

export interface WikilinkerEntry {
  qid: string;
  type: EntityType;
  label: string;
}

const TYPES: Record<string, EntityType> = { '1': 'person', '2': 'country', '3': 'place', '4': 'organisation', '5': 'organisation' };

export function parseWikilinker(text: string): Map<string, WikilinkerEntry[]> {
  const out = new Map<string, WikilinkerEntry[]>();
  for (const line of text.split('\n')) {
    const [qid, t, label] = line.split('\t');
    if (!qid || !label || !/^Q\d+$/.test(qid)) continue;
    const type = TYPES[t ?? ''];
    if (!type) continue;
    const k = nameKey(label);
    const list = out.get(k) ?? [];
    list.push({ qid, type, label: label.trim() });
    out.set(k, list);
  }
  return out;
}

/** The QID for a name of a given type, only when exactly one entry of that type carries the name. */
export function wikilinkerQid(index: ReadonlyMap<string, WikilinkerEntry[]>, name: string, type: EntityType): string | undefined {
  const hits = (index.get(nameKey(name)) ?? []).filter((e) => e.type === type || (type === 'place' && e.type === 'country'));
  return hits.length === 1 ? hits[0]!.qid : undefined;
}
