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

export function scoreContent(body: Element, options: ScoreOptions): ContentScores {
  const { isOwnUi, skipNamedFurniture } = options;
  const textLen = new Map<Element, number>();
  const linkLen = new Map<Element, number>();
  const linkCount = new Map<Element, number>();
  // Headings that are links (teaser headlines of other stories), counted per element.
  const linkedHeadings = new Map<Element, number>();
  const unitOf = new Map<Element, Unit>();
  const units: Unit[] = [];

  const namedFurniture = (el: Element): boolean => {
    if (!skipNamedFurniture || !hasFurnitureName(el)) return false;
    return !MAYBE_CONTENT_NAME.test(`${el.getAttribute('class') ?? ''} ${el.id}`);
  };
  // Some sites wrap the whole page in a <form> (ASP.NET): the loose pass measures inside forms too.
  const neverRead = (el: Element): boolean =>
    isNeverRead(el) && (skipNamedFurniture || el.tagName.toUpperCase() !== 'FORM');
  const skipped = (el: Element): boolean =>
    neverRead(el) || isFurnitureElement(el) || namedFurniture(el) || (isOwnUi !== undefined && isOwnUi(el));

  // Iterative walk with explicit stacks: the open elements, the nearest block element, and link nesting.
  const open: Element[] = [body];
  const blocks: Element[] = [body];
  let linkDepth = 0;
  textLen.set(body, 0);
  linkLen.set(body, 0);
  linkCount.set(body, 0);

  const close = (el: Element): void => {
    const parent = open[open.length - 2];
    open.pop();
    if (blocks[blocks.length - 1] === el) blocks.pop();
    const tag = el.tagName.toUpperCase();
    if (tag === 'A') linkDepth--;
    if (/^H[2-6]$/.test(tag)) {
      const t = textLen.get(el) ?? 0;
      if (t > 0 && (linkLen.get(el) ?? 0) >= t * 0.5) linkedHeadings.set(el, (linkedHeadings.get(el) ?? 0) + 1);
    }
    if (parent !== undefined) {
      const lh = linkedHeadings.get(el);
      if (lh !== undefined) linkedHeadings.set(parent, (linkedHeadings.get(parent) ?? 0) + lh);
      textLen.set(parent, (textLen.get(parent) ?? 0) + (textLen.get(el) ?? 0));
      linkLen.set(parent, (linkLen.get(parent) ?? 0) + (linkLen.get(el) ?? 0));
      linkCount.set(parent, (linkCount.get(parent) ?? 0) + (linkCount.get(el) ?? 0));
    }
  };

  let node: Node | null = body.firstChild;
  while (node !== null) {
    let descend = false;
    if (node.nodeType === TEXT_NODE) {
      const data = (node as Text).data;
      const len = nonSpaceLength(data);
      if (len > 0) {
        const top = open[open.length - 1] as Element;
        textLen.set(top, (textLen.get(top) ?? 0) + len);
        if (linkDepth > 0) linkLen.set(top, (linkLen.get(top) ?? 0) + len);
        const block = blocks[blocks.length - 1] as Element;
        let unit = unitOf.get(block);
        if (unit === undefined) {
          unit = { el: block, length: 0, commas: 0, linked: 0 };
          unitOf.set(block, unit);
          units.push(unit);
        }
        unit.length += len;
        if (linkDepth > 0) unit.linked += len;
        unit.commas += countCommas(data);
      }
    } else if (node.nodeType === ELEMENT_NODE) {
      const el = node as Element;
      if (!skipped(el)) {
        open.push(el);
        textLen.set(el, 0);
        linkLen.set(el, 0);
        const isLink = el.tagName.toUpperCase() === 'A';
        linkCount.set(el, isLink ? 1 : 0);
        if (isLink) linkDepth++;
        if (!isInlineElement(el)) blocks.push(el);
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

  const density = (el: Element): number => {
    const t = textLen.get(el) ?? 0;
    return t > 0 ? (linkLen.get(el) ?? 0) / t : 0;
  };

  // Readability-style candidate scores: each paragraph adds to its parent, half to its grandparent, less above.
  const score = new Map<Element, number>();
  const PARAGRAPH_TAGS = new Set(['P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'TD', 'BLOCKQUOTE', 'DD', 'SPAN']);
  for (const u of units) {
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
    if (!textLen.has(el)) continue; // inside a skipped subtree
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
    for (let step = 0; step < 5 && up !== null && up !== body && textLen.has(up); step++, up = up.parentElement) {
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
    textLength: (el) => textLen.get(el) ?? 0,
    isLinkList: (el) => {
      const tag = el.tagName.toUpperCase();
      if (tag === 'P' || tag === 'A' || /^H[1-6]$/.test(tag) || tag === 'BLOCKQUOTE' || tag === 'FIGCAPTION' ||
        isInlineElement(el)) {
        return false;
      }
      const t = textLen.get(el) ?? 0;
      if (t === 0) return false;
      const links = linkCount.get(el) ?? 0;
      if (density(el) > 0.5 && (links >= 2 || t < 120)) return true;
      // A group of teasers: two or more headlines that link elsewhere, each with a line or two of summary.
      return (linkedHeadings.get(el) ?? 0) >= 2 && !/^(?:ARTICLE|MAIN|BODY)$/.test(tag);
    },
  };
}
