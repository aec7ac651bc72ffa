// Reads the page's JSON-LD (schema.org) objects: arrays, @graph and nested objects flattened into one list.

export type JsonObject = { [key: string]: unknown };

function isObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Parses a script's text, tolerating the HTML comment and CDATA wrappers some CMSs add. */
function parseLoosely(text: string): unknown {
  const cleaned = text
    .replace(/^\s*<!--/, '')
    .replace(/-->\s*$/, '')
    .replace(/^\s*(?:\/\/\s*)?<!\[CDATA\[/, '')
    .replace(/(?:\/\/\s*)?\]\]>\s*$/, '')
    .trim();
  if (!cleaned) return undefined;
  try {
    return JSON.parse(cleaned);
  } catch {
    return undefined;
  }
}

// A page load asks for the JSON-LD several times (title, article signals, date): each script is parsed once and
// parsed again only when its text changed (a single-page app rewriting it).
const parsedScripts = new WeakMap<Element, { text: string; objects: readonly JsonObject[] }>();

/** One script's objects: the top-level one first, then its @graph members and nested objects. */
function objectsOf(script: Element): readonly JsonObject[] {
  const text = script.textContent ?? '';
  const known = parsedScripts.get(script);
  if (known !== undefined && known.text === text) return known.objects;
  const out: JsonObject[] = [];
  // Breadth-first so that the page's own top-level object wins over objects nested in it.
  const queue: unknown[] = [parseLoosely(text)];
  for (let i = 0; i < queue.length && i < 5000; i++) {
    const v = queue[i];
    if (Array.isArray(v)) {
      queue.push(...v);
    } else if (isObject(v)) {
      out.push(v);
      for (const [key, child] of Object.entries(v)) {
        if (key === '@context') continue;
        if (typeof child === 'object' && child !== null) queue.push(child);
      }
    }
  }
  parsedScripts.set(script, { text, objects: out });
  return out;
}

/** Every JSON-LD object on the page, top-level ones first, then their @graph members and nested objects. */
export function jsonLdObjects(doc: Document): JsonObject[] {
  const out: JsonObject[] = [];
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json" i]'))) out.push(...objectsOf(script));
  return out;
}

function typeNames(obj: JsonObject): string[] {
  const t = obj['@type'];
  const list = Array.isArray(t) ? t : [t];
  // "http://schema.org/NewsArticle" and "schema:NewsArticle" name the same type.
  return list.filter((x): x is string => typeof x === 'string').map((x) => x.replace(/^.*[/:#]/, ''));
}

/** schema.org types that are articles: Article and every *Article subtype, blog posts, reports. */
export function isArticleTypeName(name: string): boolean {
  return /Article$/.test(name) || name === 'BlogPosting' || name === 'LiveBlogPosting' || name === 'Report' ||
    name === 'SocialMediaPosting';
}

export function isArticleObject(obj: JsonObject): boolean {
  return typeNames(obj).some(isArticleTypeName);
}

/** The page's article object(s): the JSON-LD objects whose @type is an article type. */
export function jsonLdArticles(doc: Document): JsonObject[] {
  return jsonLdObjects(doc).filter(isArticleObject);
}

export function stringProp(obj: JsonObject, key: string): string | null {
  const v = obj[key];
  if (typeof v === 'string') return v;
  if (Array.isArray(v) && typeof v[0] === 'string') return v[0];
  if (isObject(v) && typeof v['@value'] === 'string') return v['@value'];
  return null;
}
