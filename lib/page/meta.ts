// The page's <meta> tags, read by property (Open Graph) or by name.

/** The trimmed content of the meta tag with this property or name, or null when there is none or it is empty. */
export function metaContent(doc: Document, key: string): string | null {
  const v = doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content');
  return v && v.trim() ? v.trim() : null;
}
