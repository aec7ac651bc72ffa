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

/**
 * Reads a list of sites as a reader pastes it (the export format: one per line; commas, URLs and "#" comments
 * are accepted too); returns the sites and the lines that are not site names.
 */
export function parseSiteList(text: string): { sites: string[]; refused: string[] } {
  const sites: string[] = [];
  const refused: string[] = [];
  for (const raw of text.split(/[\r\n,]+/)) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    // A URL gives its host; anything else is read as a host name.
    const site = /^[a-z][a-z0-9+.-]*:\/\//i.test(line) ? siteOf(line) : normaliseSite(line);
    if (site) sites.push(site);
    else refused.push(line);
  }
  return { sites: [...new Set(sites)], refused };
}

/** The export format: one site per line, sorted. */
export function formatSiteList(sites: readonly string[]): string {
  return [...sites].sort().join('\n');
}
