// The article's title and the headline element that shows it.

import { isNeverRead } from './element-filters';
import { jsonLdArticles, stringProp } from './json-ld';
import { metaContent } from './meta';

export function normalizeTitle(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201a\u201b\u2032`´]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The title without a trailing " | Site" / " - Site" part when what is left is still a real title. */
function withoutSiteSuffix(title: string): string {
  const m = /^(.{15,}?)\s+[|\-–—:·»]\s+[^|\-–—:·»]{2,40}$/.exec(title);
  return m?.[1] ?? title;
}

/** The article's title: JSON-LD headline, og:title, twitter:title, the page's only h1, then <title>. */
export function readTitle(doc: Document): string {
  for (const obj of jsonLdArticles(doc)) {
    const h = stringProp(obj, 'headline') ?? stringProp(obj, 'name');
    if (h && h.trim()) return h.trim();
  }
  const og = metaContent(doc, 'og:title') ?? metaContent(doc, 'twitter:title');
  if (og) return og;
  const h1s = Array.from(doc.querySelectorAll('h1')).filter((h) => !isNeverRead(h) && h.textContent?.trim());
  if (h1s.length === 1) return (h1s[0]?.textContent ?? '').replace(/\s+/g, ' ').trim();
  return withoutSiteSuffix((doc.title ?? '').replace(/\s+/g, ' ').trim());
}

function isHiddenUpTo(el: Element): boolean {
  for (let e: Element | null = el; e !== null; e = e.parentElement) if (isNeverRead(e)) return true;
  return false;
}

function words(s: string): Set<string> {
  return new Set(s.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 1));
}

/** Share of the shorter text's words found in the other one. */
function wordOverlap(a: string, b: string): number {
  const wa = words(a);
  const wb = words(b);
  const [small, large] = wa.size <= wb.size ? [wa, wb] : [wb, wa];
  if (small.size === 0) return 0;
  let n = 0;
  for (const w of small) if (large.has(w)) n++;
  return n / small.size;
}

/**
 * The element that shows the headline: an h1 (else an itemprop=headline element) whose text matches the title,
 * preferring one inside or just before the body root; else the first h1 in the root.
 */
export function findHeadline(doc: Document, title: string, root: Element): Element | null {
  const want = normalizeTitle(title);
  const candidates = Array.from(doc.querySelectorAll('h1, [itemprop="headline" i], h2')).filter(
    (el) => !isHiddenUpTo(el) && (el.textContent ?? '').trim().length > 0,
  );
  let best: Element | null = null;
  let bestRank = -1;
  for (const el of candidates) {
    const text = normalizeTitle(el.textContent ?? '');
    let rank = 0;
    if (want && text === want) rank = 4;
    else if (want && text.length >= 10 && (want.includes(text) || text.includes(want))) rank = 3;
    else if (want && text.length >= 10 && wordOverlap(text, want) >= 0.6) rank = 2; // edited headline
    else continue;
    if (el.tagName.toUpperCase() === 'H1') rank += 0.5;
    if (root.contains(el)) rank += 0.25;
    else if (el.compareDocumentPosition(root) & 4 /* root follows */) rank += 0.2;
    if (rank > bestRank) {
      bestRank = rank;
      best = el;
    }
  }
  if (best !== null) return best;
  // No h1 says the title (a generic <title>): the first h1 above or in the body, the way a reader sees it.
  return (
    Array.from(doc.querySelectorAll('h1')).find(
      (h) => !isHiddenUpTo(h) && (root.contains(h) || (h.compareDocumentPosition(root) & 4) !== 0),
    ) ?? null
  );
}
