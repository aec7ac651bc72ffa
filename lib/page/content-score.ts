// One linear pass over the page that measures prose: text and link lengths per element, and a Readability-style
// score for the containers that hold paragraphs. The article reader picks its body root from these numbers.

import { hasFurnitureName, isFurnitureElement, isNeverRead } from './element-filters';
import { isInlineElement } from './text-blocks';

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

// Class/id words that suggest the main content, and ones that suggest the rest (Readability's weights, trimmed).
const POSITIVE_NAME = /article|body|content|entry|hentry|main|page|post|story|text|blog/i;
const NEGATIVE_NAME = /-ad-|hidden|banner|combx|comment|com-|contact|foot|footer|footnote|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|widget|nav|menu|popup|subscribe/i;

const PARAGRAPH_MIN = 25;

interface Unit { el: Element; length: number; commas: number; linked: number }

export interface ContentScores {
  /** The element that holds the most prose, or null when the page has almost none. */
  bestRoot(): Element | null;
  /** isProbablyReaderable-style measure of the prose inside el (sum of sqrt(len-140) over long paragraphs). */
  readability(el: Element): number;
  /** Length of the article-like paragraphs (80+ characters, few links) inside el. */
  proseLength(el: Element): number;
  /** Readable text length inside el (after skipping what is never read and furniture). */
  textLength(el: Element): number;
  /** A list or box made mostly of links (related stories, tag lists), or of linked teaser headlines: not prose. */
  isLinkList(el: Element): boolean;
}

function nameWeight(el: Element): number {
  const names = `${el.getAttribute('class') ?? ''} ${el.id}`;
  if (!names.trim()) return 0;
  let w = 0;
  if (NEGATIVE_NAME.test(names)) w -= 25;
  if (POSITIVE_NAME.test(names)) w += 25;
  return w;
}

function tagWeight(el: Element): number {
  switch (el.tagName.toUpperCase()) {
    case 'ARTICLE': return 10;
    case 'MAIN': case 'DIV': case 'SECTION': return 5;
    case 'TD': case 'BLOCKQUOTE': return 3;
    case 'OL': case 'UL': case 'DL': case 'DD': case 'DT': case 'LI': case 'FORM': case 'ADDRESS': return -3;
    case 'H1': case 'H2': case 'H3': case 'H4': case 'H5': case 'H6': case 'TH': return -5;
    default: return 0;
  }
}

function countCommas(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 44 || c === 0xff0c || c === 0x3001 || c === 0x060c) n++;
  }
  return n;
}

function nonSpaceLength(s: string): number {
  // Length without leading/trailing whitespace; internal runs count as written (cheap, good enough here).
  return s.trim().length;
}

// Names that make a furniture-looking wrapper worth keeping (Readability's "maybe a candidate").
const MAYBE_CONTENT_NAME = /and|article|body|column|content|main|shadow/i;

export interface ScoreOptions {
  isOwnUi?: (el: Element) => boolean;
  /**
   * Leave out elements whose class/id names furniture (ads, nav, sidebar...) unless the name also suggests
   * content. Some sites wrap the whole page in such a name, so the reader retries without this rule.
   */
  skipNamedFurniture: boolean;
}

/** Runs steps to the end and returns their result. */
export function runSteps<T>(steps: Generator<void, T, void>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** The node still sits under the innermost open element, and each open element under the one before it. */
function stillInPlace(node: Node, open: readonly { el: Element }[]): boolean {
  if (node.parentNode !== open[open.length - 1]?.el) return false;
  for (let i = open.length - 1; i > 0; i--) if (open[i]?.el.parentNode !== open[i - 1]?.el) return false;
  return (open[0]?.el.isConnected ?? false);
}

/** What the walk measured for one element it entered (elements inside skipped subtrees have none). */
interface Stat {
  el: Element;
  text: number;
  link: number;
  links: number;
  /** Headings that are links (teaser headlines of other stories) inside the element. */
  headings: number;
  /** The element's own run of prose, when it is the nearest block of some text. */
  unit: Unit | null;
}

/** What the link-list rule reads of an element: text length, the part inside links, links, linked subheadings. */
export interface LinkMeasure {
  text: number;
  link: number;
  links: number;
  headings: number;
}

/**
 * A list or box made mostly of links (related stories, tag lists), or a group of two or more linked teaser
 * headlines: not prose. One rule for the full walk and for a body found quickly (quick-article.ts), each
 * with its own way of measuring; `measure` runs only for elements that could be one.
 */
export function isLinkListBy(el: Element, measure: (el: Element) => LinkMeasure | undefined): boolean {
  const tag = el.tagName.toUpperCase();
  if (tag === 'P' || tag === 'A' || /^H[1-6]$/.test(tag) || tag === 'BLOCKQUOTE' || tag === 'FIGCAPTION' || isInlineElement(el)) {
    return false;
  }
  const m = measure(el);
  if (m === undefined || m.text === 0) return false;
  if (m.link / m.text > 0.5 && (m.links >= 2 || m.text < 120)) return true;
  // A group of teasers: two or more headlines that link elsewhere, each with a line or two of summary.
  return m.headings >= 2 && !/^(?:ARTICLE|MAIN|BODY)$/.test(tag);
}

function isSubheading(tag: string): boolean {
  return tag.length === 2 && tag.charCodeAt(0) === 72 /* H */ && tag.charCodeAt(1) >= 50 && tag.charCodeAt(1) <= 54;
}

/** Elements and text nodes walked between two pauses of the sliced walk. */
const NODES_PER_STEP = 400;

/** The whole walk in one go (tests, readArticle, small subtrees). */
export function scoreContent(body: Element, options: ScoreOptions): ContentScores {
  return runSteps(scoreContentSteps(body, options, 0));
}

/**
 * The walk as steps: it pauses (yields) every NODES_PER_STEP nodes so that a caller can give the page a turn on a
 * large page. `every` 0 never pauses. If the page moved the part being walked meanwhile, the walk starts again
 * and finishes without pausing, so the numbers always describe one consistent tree.
 */
export function* scoreContentSteps(body: Element, options: ScoreOptions, every = NODES_PER_STEP): Generator<void, ContentScores, void> {
  const { isOwnUi, skipNamedFurniture } = options;
  // One record per element in one map: this walk touches every element of the page, so it keeps map work low.
  const stats = new Map<Element, Stat>();
  const units: Unit[] = [];

  const namedFurniture = (el: Element): boolean => {
    if (!skipNamedFurniture || !hasFurnitureName(el)) return false;
    return !MAYBE_CONTENT_NAME.test(`${el.getAttribute('class') ?? ''} ${el.id}`);
  };
  // Some sites wrap the whole page in a <form> (ASP.NET): the loose pass measures inside forms too.
  const neverRead = (el: Element, tag: string): boolean =>
    isNeverRead(el) && (skipNamedFurniture || tag !== 'FORM');
  const skipped = (el: Element, tag: string): boolean =>
    neverRead(el, tag) || isFurnitureElement(el) || namedFurniture(el) || (isOwnUi !== undefined && isOwnUi(el));

  const enter = (el: Element, links: number): Stat => {
    const st: Stat = { el, text: 0, link: 0, links, headings: 0, unit: null };
    stats.set(el, st);
    return st;
  };
  // Iterative walk with explicit stacks: the open elements, the nearest block element, and link nesting.
  const bodyStat = enter(body, 0);
  const open: Stat[] = [bodyStat];
  const blocks: Stat[] = [bodyStat];
  let linkDepth = 0;

  const close = (el: Element): void => {
    const st = open.pop() as Stat;
    const parent = open[open.length - 1];
    if (blocks[blocks.length - 1] === st) blocks.pop();
    const tag = el.tagName.toUpperCase();
    if (tag === 'A') linkDepth--;
    if (isSubheading(tag) && st.text > 0 && st.link >= st.text * 0.5) st.headings++;
    if (parent !== undefined) {
      parent.headings += st.headings;
      parent.text += st.text;
      parent.link += st.link;
      parent.links += st.links;
    }
  };

  let node: Node | null = body.firstChild;
  let walked = 0;
  while (node !== null) {
    if (every > 0 && ++walked % every === 0) {
      yield;
      // The page ran in between: the node and the open elements must still hang together as they did.
      if (!stillInPlace(node, open)) return runSteps(scoreContentSteps(body, options, 0));
    }
    let descend = false;
    if (node.nodeType === TEXT_NODE) {
      const data = (node as Text).data;
      const len = nonSpaceLength(data);
      if (len > 0) {
        const top = open[open.length - 1] as Stat;
        top.text += len;
        if (linkDepth > 0) top.link += len;
        const block = blocks[blocks.length - 1] as Stat;
        let unit = block.unit;
        if (unit === null) {
          unit = { el: block.el, length: 0, commas: 0, linked: 0 };
          block.unit = unit;
          units.push(unit);
        }
        unit.length += len;
        if (linkDepth > 0) unit.linked += len;
        unit.commas += countCommas(data);
      }
    } else if (node.nodeType === ELEMENT_NODE) {
      const el = node as Element;
      const tag = el.tagName.toUpperCase();
      if (!skipped(el, tag)) {
        const isLink = tag === 'A';
        const st = enter(el, isLink ? 1 : 0);
        open.push(st);
        if (isLink) linkDepth++;
        if (!isInlineElement(el)) blocks.push(st);
        if (el.firstChild !== null) descend = true;
        else close(el);
      }
    }
    if (descend) {
      node = node.firstChild;
      continue;
    }
    while (node !== null && node !== body && node.nextSibling === null) {
      node = node.parentNode;
      if (node === null || node === body) break;
      close(node as Element);
    }
    if (node === null || node === body) break;
    node = node.nextSibling;
  }

  const textLen = (el: Element): number => stats.get(el)?.text ?? 0;

  const density = (el: Element): number => {
    const st = stats.get(el);
    return st !== undefined && st.text > 0 ? st.link / st.text : 0;
  };

  // Readability-style candidate scores: each paragraph adds to its parent, half to its grandparent, less above.
  const score = new Map<Element, number>();
  const PARAGRAPH_TAGS = new Set(['P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'TD', 'BLOCKQUOTE', 'DD', 'SPAN']);
  // A 5 MB page has thousands of paragraphs: the sums over them pause too (they only read what the walk kept).
  let summed = 0;
  for (const u of units) {
    if (every > 0 && ++summed % every === 0) yield;
    if (u.length < PARAGRAPH_MIN || !PARAGRAPH_TAGS.has(u.el.tagName.toUpperCase())) continue;
    const points = 1 + u.commas + Math.min(Math.floor(u.length / 100), 3);
    let anc: Element | null = u.el.parentElement;
    for (let level = 0; anc !== null && level < 5; level++, anc = anc.parentElement) {
      if (!score.has(anc)) score.set(anc, tagWeight(anc) + nameWeight(anc));
      const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
      score.set(anc, (score.get(anc) ?? 0) + points / divider);
      if (anc === body) break;
    }
  }

  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, s] of score) {
    if (!stats.has(el)) continue; // inside a skipped subtree
    const final = s * (1 - density(el));
    if (final > bestScore) {
      bestScore = final;
      best = el;
    }
  }

  // Prose that reads like article paragraphs (long, few links), summed per ancestor, to decide how far up the
  // article reaches when it is split over sibling containers (a review in sections, a story in two parts).
  const prose = new Map<Element, number>();
  for (const u of units) {
    if (every > 0 && ++summed % every === 0) yield;
    if (u.length < 80 || u.linked / u.length > 0.3) continue;
    for (let a: Element | null = u.el; a !== null; a = a.parentElement) {
      prose.set(a, (prose.get(a) ?? 0) + u.length);
      if (a === body) break;
    }
  }
  if (best !== null) {
    // Look a few levels up; wrappers that add nothing are passed through, one that adds a good share of
    // prose becomes the root.
    let base = prose.get(best) ?? 0;
    let up: Element | null = best.parentElement;
    for (let step = 0; step < 5 && up !== null && up !== body && stats.has(up); step++, up = up.parentElement) {
      const more = prose.get(up) ?? 0;
      if (more - base >= Math.max(200, base * 0.1)) {
        best = up;
        base = more;
      } else if (more > base) {
        break;
      }
    }
  }

  const readability = (root: Element): number => {
    let sum = 0;
    for (const u of units) {
      if (u.length >= 140 && root.contains(u.el)) sum += Math.sqrt(u.length - 140);
    }
    return sum;
  };

  return {
    bestRoot: () => best,
    readability,
    proseLength: (el) => prose.get(el) ?? 0,
    textLength: textLen,
    isLinkList: (el) => isLinkListBy(el, (e) => stats.get(e)),
  };
}
