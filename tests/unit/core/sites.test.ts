import { describe, expect, it } from 'vitest';
import { formatSiteList, isSiteEnabled, parseSiteList, siteOf, withSite } from '../../../lib/core/sites';

describe('siteOf', () => {
  it.each([
    ['https://www.example.com/news/1', 'example.com'],
    ['http://News.Example.com:8080/x', 'news.example.com'],
    ['http://127.0.0.1:5173/article.html', '127.0.0.1'],
    ['chrome-extension://abc/popup.html', null],
    ['file:///tmp/a.html', null],
    ['not a url', null],
  ])('%s → %s', (url, site) => expect(siteOf(url)).toBe(site));
});

describe('site switch', () => {
  it.each([
    ['all-except', [], 'a.com', true],
    ['all-except', ['a.com'], 'a.com', false],
    ['all-except', ['a.com'], 'news.a.com', true],
    ['only-listed', [], 'a.com', false],
    ['only-listed', ['a.com'], 'a.com', true],
  ] as const)('mode %s, sites %j: %s enabled=%s', (mode, sites, site, enabled) => {
    expect(isSiteEnabled(mode, sites, site)).toBe(enabled);
  });

  it.each([
    ['all-except', [], 'a.com', false, ['a.com']],
    ['all-except', ['a.com', 'b.com'], 'a.com', true, ['b.com']],
    ['only-listed', ['b.com'], 'a.com', true, ['a.com', 'b.com']],
    ['only-listed', ['a.com'], 'a.com', false, []],
    ['all-except', ['a.com'], 'a.com', false, ['a.com']],
  ] as const)('mode %s, sites %j: switch %s to %s → %j', (mode, sites, site, on, expected) => {
    const next = withSite(mode, sites, site, on);
    expect(next).toEqual(expected);
    expect(isSiteEnabled(mode, next, site)).toBe(on);
  });
});

describe('parseSiteList / formatSiteList', () => {
  it.each([
    ['one per line', 'a.com\nb.org', ['a.com', 'b.org'], []],
    ['Windows line ends and commas', 'a.com\r\nb.org, c.net', ['a.com', 'b.org', 'c.net'], []],
    ['URLs give their host, without www.', 'https://www.News.Example.com/x?y=1', ['news.example.com'], []],
    ['comments and blank lines are skipped', '# my list\n\n  a.com  \n', ['a.com'], []],
    ['duplicates once', 'a.com\nwww.a.com\nA.COM', ['a.com'], []],
    ['non-sites are refused, the rest kept', 'a.com\nnot a site!\nb.org', ['a.com', 'b.org'], ['not a site!']],
    ['a URL Backstory never runs on is refused', 'file:///tmp/a.html', [], ['file:///tmp/a.html']],
    ['nothing', '', [], []],
  ])('%s', (_n, text, sites, refused) => {
    expect(parseSiteList(text)).toEqual({ sites, refused });
  });

  it('export then import gives the same list', () => {
    const list = ['b.org', 'a.com', '127.0.0.1'];
    expect(parseSiteList(formatSiteList(list)).sites).toEqual([...list].sort());
  });
});
