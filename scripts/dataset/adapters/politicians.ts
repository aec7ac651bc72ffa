// Politicians from a 2017 Wikidata extract. There is no English label column: the native-language name is
// often the full legal name (or mojibake for non-Latin scripts) and the picture's file name often holds the
// common name, so the name is derived from both.
import { SOURCES } from '../sources';
import { draft, type Draft, type SkipLog } from '../draft';
import { cleanSpace, nameKey } from '../text';

const SRC = SOURCES.politicians.id;

export interface PoliticianRow {
  politician: string;
  politicianDescription?: string;
  image?: string;
  name_in_native_language?: string;
  date_of_birth?: string;
  country?: string;
}

const NOISE = /^(official|portrait|cropped|crop|photo|foto|headshot|jpg|jpeg|png|tif|svg|img|dsc|mg|rep|sen|senator|state|mp|mep|the|in|at|and|de|of|visit|congressman|congresswoman|representative|governor|mayor|president|minister|prime|speaker)$/i;
const LATIN_NAME = /^[\p{Script=Latin}][\p{Script=Latin}\s.'’-]*$/u;

/** "Francois%20Hollande%202015.jpeg" -> "Francois Hollande". */
export function nameFromImage(url: string | undefined): string | undefined {
  if (!url) return undefined;
  let file: string;
  try {
    file = decodeURIComponent(url.slice(url.lastIndexOf('/') + 1));
  } catch {
    return undefined;
  }
  const base = file.replace(/\.[A-Za-z]{3,4}$/, '').replace(/\([^)]*\)/g, ' ').replace(/[_,]/g, ' ');
  const tokens = base.split(/\s+/).filter(Boolean);
  const out: string[] = [];
  for (const t of tokens) {
    if (/\d/.test(t) || NOISE.test(t)) {
      if (out.length >= 2) break;
      if (out.length > 0) out.length = 0;
      continue;
    }
    if (!LATIN_NAME.test(t) || !/^\p{Lu}/u.test(t)) {
      if (out.length >= 2) break;
      out.length = 0;
      continue;
    }
    out.push(t.replace(/-$/, ''));
    if (out.length === 4) break;
  }
  // "Foreign_Affairs_Minister_Adel_al-Jubeir.jpg": a caption's office words are not the person's name
  if (out.some((t) => OFFICE_IN_CAPTION.test(t))) return undefined;
  return out.length >= 2 ? out.join(' ') : undefined;
}

const OFFICE_IN_CAPTION = /^(Foreign|Affairs|Minister|Ministry|Secretary|President|Prime|Deputy|Senator|Governor|Mayor|Office|Embassy|Meeting|Visit|Conference|Summit|Parliament|Government)$/;

const fold = (s: string): string => nameKey(s);

/** Picks the common name and the other names worth keeping as aliases. */
export function politicianNames(native: string | undefined, image: string | undefined): { name?: string; aliases: string[] } {
  const fromImage = nameFromImage(image);
  const n = native ? cleanSpace(native) : '';
  const nativeOk = n !== '' && LATIN_NAME.test(n) && n.split(' ').length >= 2;
  if (nativeOk) {
    const nt = n.split(' ');
    if (fromImage) {
      const it = new Set(fromImage.split(' ').map(fold));
      const kept = nt.filter((t) => it.has(fold(t)));
      // The picture's name picks the common name out of the legal one ("François ... Hollande").
      if (kept.length >= 2 && kept.length < nt.length) return { name: kept.join(' '), aliases: [n] };
    }
    if (nt.length <= 3) return { name: n, aliases: fromImage && fold(fromImage) !== fold(n) && sameEnds(fromImage, n) ? [fromImage] : [] };
    return { name: `${nt[0]} ${nt[nt.length - 1]}`, aliases: [n] };
  }
  // Non-Latin or mojibake native names: trust the picture's name only.
  if (fromImage) return { name: fromImage, aliases: [] };
  return { aliases: [] };
}

function sameEnds(a: string, b: string): boolean {
  const ta = a.split(' ').map(fold);
  const tb = b.split(' ').map(fold);
  return ta[ta.length - 1] === tb[tb.length - 1];
}

export function draftsFromPoliticians(rows: readonly PoliticianRow[], skips: SkipLog): Draft[] {
  const out: Draft[] = [];
  for (const r of rows) {
    const qid = /\/(Q\d+)$/.exec(r.politician ?? '')?.[1];
    if (!qid) {
      skips.add(SRC, 'row without a QID', r.politician);
      continue;
    }
    const { name, aliases } = politicianNames(r.name_in_native_language, r.image);
    if (!name) {
      skips.add(SRC, 'no usable name (non-Latin native name and no name in the picture file)', qid);
      continue;
    }
    const country = r.country && /^[A-Z]{2}$/.test(r.country) ? r.country : undefined;
    const d = draft('person', name, SRC, { wikidata: qid, aliases, country, weight: 0.4 });
    const desc = r.politicianDescription?.trim();
    if (desc && desc.length > 3) {
      d.description = desc;
      d.descriptionSource = SRC;
    }
    const born = /^(\d{4}-\d{2}-\d{2})T/.exec(r.date_of_birth ?? '')?.[1];
    if (born && born >= '1945-01-01' && born <= '2005-12-31') d.facts.push({ label: 'Born', value: born, date: born, source: SRC });
    else if (r.date_of_birth) skips.add(SRC, 'birth date unusable (shifted row or out of range), date dropped', `${qid}: ${r.date_of_birth.slice(0, 30)}`);
    out.push(d);
  }
  return out;
}
