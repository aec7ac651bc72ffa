// The quick way to an article: when the page's metadata says it is one (JSON-LD Article, og:type=article) and
// its markup names exactly one body (itemprop=articleBody, else a single <article>) that holds nearly all of the
// page's paragraph prose, that element is the body root, found with a few native queries. Anything less certain
// (no metadata, several candidates, prose elsewhere on the page) returns null and the reader scores the whole
// page instead (content-score.ts). Worth it because the full walk's cost on a short article is mostly the
// first run of its code in a new isolated world, not its work per node.

import { isFurniture } from './element-filters';
import { jsonLdArticles } from './json-ld';
import { metaContent } from './meta';
import { isLinkListBy, type LinkMeasure } from './content-score';
import { isInsideUnreadable } from './text-blocks';

/** A paragraph this long reads like article prose (as in the full walk's prose measure). */
const PROSE_PARAGRAPH = 80;
/** The body must hold at least this much paragraph prose, and this share of the whole page's. */
const MIN_PROSE = 500;
const MIN_SHARE = 0.85;

export interface QuickArticle {
  root: Element;
  /** Which metadata and which body markup decided it. */
  reason: string;
}

function metaSaysArticle(doc: Document): string | null {
  if (jsonLdArticles(doc).length > 0) return 'json-ld article';
  return metaContent(doc, 'og:type')?.toLowerCase() === 'article' ? 'og:type=article' : null;
}

/** The one element the markup names as the article's body, or null when there is none or more than one. */
function markedBody(doc: Document): { el: Element; how: string } | null {
  const bodies = doc.querySelectorAll('[itemprop="articleBody"]');
  if (bodies.length === 1) return { el: bodies[0] as Element, how: 'itemprop=articleBody' };
  if (bodies.length > 1) return null;
  const articles = doc.getElementsByTagName('article');
  return articles.length === 1 ? { el: articles[0] as Element, how: '<article>' } : null;
}

/** Length of the prose-like paragraphs (<p> of 80+ characters) under el. */
function paragraphProse(el: Element): number {
  let sum = 0;
  const ps = el.getElementsByTagName('p');
  for (let i = 0; i < ps.length; i++) {
    const n = (ps[i]?.textContent ?? '').trim().length;
    if (n >= PROSE_PARAGRAPH) sum += n;
  }
  return sum;
}

export function quickArticle(doc: Document, body: Element, isOwnUi?: (el: Element) => boolean): QuickArticle | null {
  const meta = metaSaysArticle(doc);
  if (meta === null) return null;
  const marked = markedBody(doc);
  if (marked === null) return null;
  const root = marked.el;
  if (!body.contains(root) || isFurniture(root) || isInsideUnreadable(root, isOwnUi)) return null;
  // Story cards inside the body mean a list of stories, or an article with a box of others: let the walk decide.
  if (root.getElementsByTagName('article').length > 0) return null;
  const prose = paragraphProse(root);
  if (prose < MIN_PROSE) return null;
  // The markup and the prose must agree: nearly all paragraph prose on the page lies inside the marked body.
  if (prose < MIN_SHARE * paragraphProse(body)) return null;
  return { root: narrowed(root, prose), reason: `article: ${meta}, ${marked.how} holding the page's prose` };
}

/**
 * The marked element often wraps more than the body (header, byline, share bar, a "most popular" box): go down
 * while one child holds nearly all of its paragraph prose, the rule by which the full walk stops climbing (a
 * parent that adds less than max(200, 10%) of prose adds nothing).
 */
function narrowed(root: Element, prose: number): Element {
  let at = root;
  let atProse = prose;
  for (let depth = 0; depth < 20; depth++) {
    let best: Element | null = null;
    let bestProse = 0;
    for (let c = at.firstElementChild; c !== null; c = c.nextElementSibling) {
      if (c.localName === 'p') continue;
      const n = paragraphProse(c);
      if (n > bestProse) {
        best = c;
        bestProse = n;
      }
    }
    if (best === null || atProse - bestProse >= Math.max(200, bestProse * 0.1)) break;
    at = best;
    atProse = bestProse;
  }
  return at;
}

/** The link-list rule's measure of el, by native queries: text, the part inside links, links, linked subheadings. */
function measureLinks(el: Element): LinkMeasure {
  const text = (el.textContent ?? '').trim().length;
  let link = 0;
  const anchors = el.getElementsByTagName('a');
  for (let i = 0; i < anchors.length; i++) {
    const a = anchors[i] as Element;
    // Nested links would count twice; the outer one holds the inner one's text already.
    if (a.parentElement?.closest('a') && el.contains(a.parentElement.closest('a'))) continue;
    link += (a.textContent ?? '').trim().length;
  }
  let headings = 0;
  for (const h of Array.from(el.querySelectorAll('h2, h3, h4, h5, h6'))) {
    const t = (h.textContent ?? '').trim().length;
    let l = 0;
    for (const a of Array.from(h.getElementsByTagName('a'))) l += (a.textContent ?? '').trim().length;
    if (t > 0 && l >= t * 0.5) headings++;
  }
  return { text, link, links: anchors.length, headings };
}

/** The full walk's link-list rule for elements inside a quickly found body, measured on demand (once per element). */
export function linkListRule(root: Element): (el: Element) => boolean {
  const measured = new Map<Element, LinkMeasure>();
  const measure = (el: Element): LinkMeasure => {
    let m = measured.get(el);
    if (m === undefined) {
      m = measureLinks(el);
      measured.set(el, m);
    }
    return m;
  };
  return (el) => el !== root && isLinkListBy(el, measure);
}
