// Decides whether a page is a news article and reads it: the headline, standfirst, body paragraphs and captions,
// never the navigation, promos, related links or comments around them.
//
// In one call: readArticle(document, { isOwnUi, isVisible: isRenderedByLayout }). To keep every task on the page
// short, split it: findArticleSteps() (one linear pass over the page, pausing every few hundred nodes), then pull blocks from iterateArticleBlocks() a
// slice at a time, and readPublishedDate(document, dateScopeOf(region)) whenever convenient.

import { isFurniture, isNeverRead } from './element-filters';
import { jsonLdArticles } from './json-ld';
import { metaContent } from './meta';
import { readPublishedDate, type PublishedDate } from './published-date';
import { runSteps, scoreContentSteps } from './content-score';
import { linkListRule, quickArticle } from './quick-article';
import { iterateBlocks, defaultRoleOf, isInlineElement, isInsideUnreadable, type BlockRole, type BlocksOptions, type PageBlock } from './text-blocks';
import { readTitle, findHeadline, normalizeTitle } from './title';

export type { BlockRole, PageBlock, Segment } from './text-blocks';
export type { PublishedDate } from './published-date';

export interface ArticleRead {
  isArticle: boolean;
  reason: string;
  root: Element | null;
  title: string;
  published: PublishedDate | null;
  blocks: PageBlock[];
}

export interface ReadArticleOptions {
  /** Read the main text of any page, article or not. */
  anyPage?: boolean;
  /** The extension's own UI: never read. */
  isOwnUi?: (el: Element) => boolean;
  /** Per-block visibility check (e.g. Element.checkVisibility); see BlocksOptions. */
  isVisible?: (el: Element) => boolean;
  /** Always score the whole page, even when metadata and markup agree on the body (see quick-article.ts). */
  thorough?: boolean;
}

/** Where the article is, without reading its blocks yet (so a caller can read them in slices). */
export interface ArticleRegion {
  isArticle: boolean;
  reason: string;
  root: Element | null;
  headline: Element | null;
  /** Standfirst and captions between the headline and the body root, when the root does not contain them. */
  preface: Element[];
  title: string;
  blocksOptions: BlocksOptions;
}

function hasArticleMicrodata(doc: Document): boolean {
  for (const el of Array.from(doc.querySelectorAll('[itemtype]'))) {
    const t = (el.getAttribute('itemtype') ?? '').replace(/^.*[/:#]/, '');
    if (/Article$|BlogPosting$/.test(t)) return true;
  }
  return false;
}

/** The elements between the headline and the body root that belong to the article's top: standfirst, captions. */
function prefaceElements(
  headline: Element | null,
  root: Element,
  hasText: (el: Element) => boolean,
  summary: string,
  isOwnUi: ((el: Element) => boolean) | undefined,
): Element[] {
  if (headline === null || root.contains(headline) || headline.contains(root)) return [];
  // Only when the headline comes first; the gap between the two is the article's header area.
  if (!(headline.compareDocumentPosition(root) & 4 /* FOLLOWING */)) return [];
  const out: Element[] = [];
  const doc = headline.ownerDocument;
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, 1 /* SHOW_ELEMENT */);
  walker.currentNode = headline;
  let el = walker.nextNode() as Element | null;
  let seen = 0;
  while (el !== null && el !== root && !el.contains(root) && seen < 2000) {
    seen++;
    if (isNeverRead(el) || isFurniture(el)) {
      // skip this subtree
      let next: Node | null = null;
      let cur: Node | null = el;
      while (cur !== null && (next = cur.nextSibling) === null) cur = cur.parentNode;
      if (next === null) break;
      walker.currentNode = next;
      el = next.nodeType === 1 ? (next as Element) : (walker.nextNode() as Element | null);
      continue;
    }
    if (!headline.contains(el)) {
      const role = defaultRoleOf(el);
      const tag = el.tagName.toUpperCase();
      const isSummary = summary.length > 0 && !isInlineElement(el) && normalizeTitle(el.textContent ?? '') === summary;
      if ((role === 'lead' || tag === 'FIGCAPTION' || isSummary) && !out.some((o) => o.contains(el))) {
        if (hasText(el) && !isInsideUnreadable(el, isOwnUi)) out.push(el);
      }
    }
    el = walker.nextNode() as Element | null;
  }
  return out;
}

/** Finds the article on the page: its body root, headline, title, and whether it is an article at all. */
export function findArticle(doc: Document, options: ReadArticleOptions = {}): ArticleRegion {
  return runSteps(findArticleSteps(doc, options, 0));
}

/**
 * findArticle in steps: the walk over the page pauses every few hundred nodes (see scoreContentSteps), so that a
 * caller can yield to the page between steps (`every` 0: no pauses).
 */
export function* findArticleSteps(doc: Document, options: ReadArticleOptions = {}, every?: number): Generator<void, ArticleRegion, void> {
  const body = doc.body;
  const blocksOptions: BlocksOptions = { isOwnUi: options.isOwnUi, isVisible: options.isVisible };
  const title = readTitle(doc);
  if (body === null) {
    return { isArticle: false, reason: 'no body', root: null, headline: null, preface: [], title, blocksOptions };
  }
  // Metadata and markup that agree on one body: no walk over the whole page.
  const quick = options.thorough ? null : quickArticle(doc, body, options.isOwnUi);
  if (quick !== null) {
    blocksOptions.skip = linkListRule(quick.root);
    const hasText = (el: Element) => (el.textContent ?? '').trim().length > 0;
    return regionAround(doc, title, quick.root, true, quick.reason, blocksOptions, hasText, options);
  }
  // Strict first (furniture-named wrappers left out); when that finds little prose, the page may wrap
  // everything in such a name ("ad-portal", "nav-drawer"), so measure again without that rule.
  let scores = yield* scoreContentSteps(body, { isOwnUi: options.isOwnUi, skipNamedFurniture: true }, every);
  let root = scores.bestRoot();
  // Each step below reads the whole page once (a sum over its paragraphs, a selector over its elements): on a
  // page of 60,000 elements each takes milliseconds, so the caller gets a chance to yield between them.
  yield;
  let readable = root !== null ? scores.readability(root) : 0;
  yield;
  if (readable < 20) {
    const loose = yield* scoreContentSteps(body, { isOwnUi: options.isOwnUi, skipNamedFurniture: false }, every);
    const looseRoot = loose.bestRoot();
    const looseReadable = looseRoot !== null ? loose.readability(looseRoot) : 0;
    if (looseReadable > readable) {
      scores = loose;
      root = looseRoot;
      readable = looseReadable;
    }
  }
  const signals: string[] = [];
  if (jsonLdArticles(doc).length > 0) signals.push('json-ld article');
  if ((metaContent(doc, 'og:type') ?? '').toLowerCase() === 'article') signals.push('og:type=article');
  yield;
  if (hasArticleMicrodata(doc)) signals.push('microdata article');
  yield;
  if (doc.querySelector('article') !== null) signals.push('<article>');

  const strongSignal = signals.some((s) => s !== '<article>');
  // A page with article markup needs a modest amount of prose; a page without any needs a lot more. A news
  // brief written in short paragraphs scores little on long-paragraph readability, so with markup that says
  // "article", a few hundred characters of plain paragraphs are enough too.
  const prose = root !== null ? scores.proseLength(root) : 0;
  const enough = strongSignal
    ? readable >= 10 || prose >= 250
    : signals.length > 0
      ? readable >= 20 || prose >= 500
      : readable >= 40;
  // A region holding several <article> cards is a list of stories (a home or section page), unless the page
  // says in its metadata that it is one article.
  const cards = root !== null ? root.getElementsByTagName('article').length : 0;
  const listing = !strongSignal && cards >= 3;
  const isArticle = root !== null && enough && !listing;
  const reason = `${isArticle ? 'article' : 'not an article'}: ${signals.join(', ') || 'no article markup'}; ` +
    `prose score ${readable.toFixed(1)}${listing ? `; a list of ${cards} article cards` : ''}`;

  const linkDense = (el: Element): boolean => el !== root && scores.isLinkList(el);
  blocksOptions.skip = linkDense;
  if (!isArticle && !options.anyPage) {
    return { isArticle, reason, root: null, headline: null, preface: [], title, blocksOptions };
  }
  const readRoot = root ?? body;
  yield;
  return regionAround(doc, title, readRoot, isArticle, reason, blocksOptions, (el) => scores.textLength(el) > 0, options);
}

/** The region around a chosen body root: the headline, the standfirst and captions above it, block roles. */
function regionAround(
  doc: Document,
  title: string,
  readRoot: Element,
  isArticle: boolean,
  reason: string,
  blocksOptions: BlocksOptions,
  hasText: (el: Element) => boolean,
  options: ReadArticleOptions,
): ArticleRegion {
  const found = findHeadline(doc, title, readRoot);
  const headline = found !== null && !isInsideUnreadable(found, options.isOwnUi) ? found : null;
  blocksOptions.roleOf = (el: Element): BlockRole => {
    if (headline !== null && (el === headline || headline.contains(el))) return 'headline';
    const role = defaultRoleOf(el);
    return role === 'headline' ? 'body' : role; // other h1s inside the body are just headings
  };
  // The page's summary (meta description) shown between headline and body is the standfirst.
  const summary = normalizeTitle(metaContent(doc, 'og:description') ?? metaContent(doc, 'description') ?? '');
  const preface = prefaceElements(headline, readRoot, hasText, summary, options.isOwnUi);
  return { isArticle, reason, root: readRoot, headline, preface, title, blocksOptions };
}

/** Yields the article's blocks in reading order: headline, standfirst/captions above the body, then the body. */
export function* iterateArticleBlocks(region: ArticleRegion): Generator<PageBlock> {
  const { root, headline, preface, blocksOptions } = region;
  if (root === null) return;
  if (headline !== null && !root.contains(headline)) {
    yield* iterateBlocks(headline, { ...blocksOptions, skipFurniture: false });
  }
  // What sits between headline and body was picked as standfirst or caption: read it as such.
  const prefaceRole = (el: Element): BlockRole => (defaultRoleOf(el) === 'caption' ? 'caption' : 'lead');
  for (const el of preface) yield* iterateBlocks(el, { ...blocksOptions, skipFurniture: false, roleOf: prefaceRole });
  // Start from the root itself even when it is a furniture-looking element (it was chosen for its prose).
  yield* iterateBlocks(root, blocksOptions);
}

/** Where a <time> or dateline of this article can be: its header and body, not the rest of the page. */
export function dateScopeOf(region: ArticleRegion): Element | null {
  const { root, headline } = region;
  if (root === null) return null;
  if (headline === null || root.contains(headline)) return root;
  let common: Element | null = headline;
  while (common !== null && !common.contains(root)) common = common.parentElement;
  return common ?? root;
}

/** Reads the article on a page (or, with anyPage, the main text of any page). */
export function readArticle(doc: Document, options: ReadArticleOptions = {}): ArticleRead {
  const region = findArticle(doc, options);
  const published = readPublishedDate(doc, dateScopeOf(region));
  const blocks = region.root !== null ? Array.from(iterateArticleBlocks(region)) : [];
  return { isArticle: region.isArticle, reason: region.reason, root: region.root, title: region.title, published, blocks };
}

export { readPublishedDate } from './published-date';
export { blocksOf, blockRange, enclosingBlock, iterateBlocks } from './text-blocks';
export { isRenderedByLayout } from './element-filters';
