// Per-site rules: which sites Backstory runs on. A site is a hostname without a leading "www.".

export type SiteMode = 'all-except' | 'only-listed';

/** The site key of a page URL, or null for pages Backstory never runs on (extension pages, files, data URLs). */
export function siteOf(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  return normaliseSite(parsed.hostname);
}

/** Lower-cases a host name and drops "www." so that example.com and www.example.com are one site. */
export function normaliseSite(host: string): string | null {
  const h = host.trim().toLowerCase().replace(/\.$/, '');
  if (!h || h.length > 253 || !/^[a-z0-9.\-[\]:]+$/.test(h)) return null;
  return h.startsWith('www.') ? h.slice(4) : h;
}

/** Sites match exactly: switching off news.example.com leaves example.com alone, which is what readers expect. */
export function isSiteEnabled(mode: SiteMode, sites: readonly string[], site: string): boolean {
  return mode === 'all-except' ? !sites.includes(site) : sites.includes(site);
}

/** The site list after the reader switches `site` on or off, in either mode. */
export function withSite(mode: SiteMode, sites: readonly string[], site: string, enabled: boolean): string[] {
  const others = sites.filter((s) => s !== site);
  const listed = mode === 'all-except' ? !enabled : enabled;
  return listed ? [...others, site].sort() : others;
}
