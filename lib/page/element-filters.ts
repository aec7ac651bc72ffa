// Which elements the page reader must never read, decided from tag names and attributes only (no layout),
// so that the walk over a large page stays linear and cheap.

/** Never text a reader means as article prose, or text we must not touch (inputs, code, editors). */
const NEVER_READ = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'TITLE', 'META', 'LINK', 'BASE',
  'CODE', 'PRE', 'KBD', 'SAMP', 'VAR',
  'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'OPTGROUP', 'BUTTON', 'FORM', 'DATALIST', 'OUTPUT',
  'IFRAME', 'FRAME', 'FRAMESET', 'OBJECT', 'EMBED', 'SVG', 'MATH', 'CANVAS', 'VIDEO', 'AUDIO', 'MAP',
  'NAV', 'DIALOG', 'MENU', 'SLOT',
]);

/** Page furniture: skipped when reading an article, and when reading "any page" too. */
const FURNITURE_TAGS = new Set(['ASIDE', 'FOOTER']);

const FURNITURE_ROLES = new Set([
  'navigation', 'banner', 'contentinfo', 'complementary', 'search', 'menu', 'menubar', 'dialog',
  'alertdialog', 'toolbar', 'tablist', 'tooltip', 'form', 'textbox', 'searchbox', 'combobox', 'code',
]);

// Class/id words that mark boilerplate. Whole tokens (split on - _ space) for short or ambiguous words;
// "commentary" or "header" must not match "comment" or "ad".
const FURNITURE_TOKENS = new Set([
  'ad', 'ads', 'adv', 'advert', 'adverts', 'advertisement', 'advertising', 'adslot', 'adunit', 'dfp',
  'comment', 'comments', 'disqus', 'related', 'promo', 'promos', 'promotion', 'sponsor', 'sponsored',
  'share', 'sharing', 'social', 'newsletter', 'subscribe', 'subscription', 'signup', 'sidebar', 'widget',
  'jobs', 'recommended', 'recommendations', 'outbrain', 'taboola', 'breadcrumb', 'breadcrumbs', 'footer',
  'nav', 'navbar', 'navigation', 'menu', 'popup', 'modal', 'cookie', 'cookies', 'consent', 'paywall',
  'mostread', 'trending', 'tags', 'masthead', 'toolbar', 'sr', 'visually', 'visuallyhidden', 'offscreen',
  'banner', 'teaser', 'teasers', 'readmore', 'byline', 'author',
  'credit', 'credits', 'copyright', 'rating', 'pagination', 'pager',
]);
// Words that are boilerplate even glued to others in camelCase or run-together names ("relatedLinks").
const FURNITURE_PREFIX = /(?:^|[-_\s])(?:related|outbrain|taboola|newsletter|sharebar|sharing|socialshare|breadcrumb|recommend|advert|sponsor|promo|paywall|cookie|comments?(?:list|section|area|form|count)|most-?(?:read|popular|viewed)|top-?stories|read-?more|also-?read|more-?stories|jobs)/;

// Distinctive pieces of names that mark embedded players and third-party boxes wherever they occur.
const FURNITURE_INFIX = /player|countdown|smartasset|outbrain|taboola|teads|adsense|doubleclick|newsletter|optin|signup|subscribe/;

export function hasFurnitureName(el: Element): boolean {
  // The page's main region is never furniture, whatever its class says ("js-social-anchor-start").
  const tag = el.tagName.toUpperCase();
  if (tag === 'MAIN' || tag === 'BODY' || el.getAttribute('role') === 'main') return false;
  const cls = el.getAttribute('class');
  const id = el.id;
  if (!cls && !id) return false;
  const names = `${cls ?? ''} ${id}`.toLowerCase();
  if (FURNITURE_PREFIX.test(names) || FURNITURE_INFIX.test(names)) return true;
  for (const token of names.split(/[-_\s]+/)) {
    if (token && FURNITURE_TOKENS.has(token)) return true;
  }
  return false;
}

/** Hidden without asking for layout: the hidden attribute, aria-hidden, inert, or an inline display:none. */
export function isHiddenByAttributes(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.hasAttribute('inert')) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  if (style && /(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style)) return true;
  return false;
}

function isEditable(el: Element): boolean {
  const v = el.getAttribute('contenteditable');
  return v !== null && v.toLowerCase() !== 'false';
}

/** Elements never read in any mode: code, inputs, editors, scripts, hidden subtrees. */
export function isNeverRead(el: Element): boolean {
  return NEVER_READ.has(el.tagName.toUpperCase()) || isEditable(el) || isHiddenByAttributes(el);
}

/** Furniture by what the markup says it is: <aside>, <footer>, ARIA landmark roles of the page's chrome. */
export function isFurnitureElement(el: Element): boolean {
  if (FURNITURE_TAGS.has(el.tagName.toUpperCase())) return true;
  const role = el.getAttribute('role');
  return role !== null && FURNITURE_ROLES.has(role.toLowerCase());
}

/** Navigation, ads, promos, related links, comments, sidebars: skipped unless they are the chosen root. */
export function isFurniture(el: Element): boolean {
  return isFurnitureElement(el) || hasFurnitureName(el);
}

// Class/id words that mark a standfirst (lead) under a headline.
const LEAD_NAME = /(?:^|[-_\s])(?:standfirst|stand-first|dek|deck|lede|lead|leadin|summary|intro|introduction|sub-?headline|subhead|subtitle|strapline|chapo|chapeau|description|excerpt|teaser-text)(?:$|[-_\s])/;

/** A standfirst by its class/id or schema.org itemprop (description, alternativeHeadline). */
export function hasLeadName(el: Element): boolean {
  const itemprop = el.getAttribute('itemprop');
  if (itemprop && /^(?:description|alternativeheadline|abstract)$/i.test(itemprop)) return true;
  const names = `${el.getAttribute('class') ?? ''} ${el.id}`.toLowerCase();
  return LEAD_NAME.test(names);
}

/**
 * A per-block visibility check for the browser (pass as isVisible): asks layout once per block element, so
 * CSS-hidden copies (mobile-only duplicates, collapsed panels) are not read. Without layout it says visible.
 */
export function isRenderedByLayout(el: Element): boolean {
  return typeof el.checkVisibility === 'function' ? el.checkVisibility({ visibilityProperty: true }) : true;
}
