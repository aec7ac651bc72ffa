// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { calendarDateOf, readPublishedDate, writtenDateIn } from '../../../lib/page/published-date';
import { parseHtml } from './load-html';

function page(head: string, body = '', lang = 'en'): Document {
  return parseHtml(`<!doctype html><html lang="${lang}"><head>${head}</head><body>${body}</body></html>`);
}
const ld = (obj: unknown): string => `<script type="application/ld+json">${JSON.stringify(obj)}</script>`;

describe('readPublishedDate', () => {
  const cases: { name: string; doc: () => Document; date: string | null; source?: string }[] = [
    { name: 'JSON-LD NewsArticle', doc: () => page(ld({ '@type': 'NewsArticle', datePublished: '2015-07-24T05:36:09+01:00' })), date: '2015-07-24', source: 'json-ld' },
    { name: 'JSON-LD keeps the article\'s calendar date', doc: () => page(ld({ '@type': 'Article', datePublished: '2021-10-06T23:59:00-07:00' })), date: '2021-10-06', source: 'json-ld' },
    { name: 'JSON-LD @graph', doc: () => page(ld({ '@context': 'https://schema.org', '@graph': [{ '@type': 'WebPage' }, { '@type': 'ReportageNewsArticle', datePublished: '2019-01-03' }] })), date: '2019-01-03', source: 'json-ld' },
    { name: 'JSON-LD array with a type array', doc: () => page(ld([{ '@type': 'Organization' }, { '@type': ['NewsArticle', 'Thing'], datePublished: '2017-11-03 03:01:00.000000' }])), date: '2017-11-03', source: 'json-ld' },
    { name: 'JSON-LD in an HTML comment', doc: () => page(`<script type="application/ld+json"><!--{"@type":"BlogPosting","datePublished":"2012-02-29T10:00:00Z"}--></script>`), date: '2012-02-29', source: 'json-ld' },
    { name: 'JSON-LD in a commented CDATA section', doc: () => page(`<script type="application/ld+json">\n//<![CDATA[\n{"@type":"NewsArticle","datePublished":"2013-05-17"}\n//]]>\n</script>`), date: '2013-05-17', source: 'json-ld' },
    { name: 'JSON-LD padded with whitespace', doc: () => page(`<script type="application/ld+json">\n\t [{"@type":"NewsArticle","datePublished":"2014-08-01"}]\n </script>`), date: '2014-08-01', source: 'json-ld' },
    { name: 'broken JSON-LD falls back to meta', doc: () => page('<script type="application/ld+json">{nope</script><meta property="article:published_time" content="2016-12-22T10:43:37-08:00">'), date: '2016-12-22', source: 'meta' },
    { name: 'article:published_time', doc: () => page('<meta property="article:published_time" content="2019-04-28 06:01:07">'), date: '2019-04-28', source: 'meta' },
    { name: 'meta date', doc: () => page('<meta name="date" content="2014-03-09">'), date: '2014-03-09', source: 'meta' },
    { name: 'meta pubdate compact', doc: () => page('<meta name="pubdate" content="20150724T053609Z">'), date: '2015-07-24', source: 'meta' },
    { name: 'DC.date.issued', doc: () => page('<meta name="DC.date.issued" content="2011-01-31">'), date: '2011-01-31', source: 'meta' },
    { name: 'sailthru.date RFC 2822', doc: () => page('<meta name="sailthru.date" content="Fri, 24 Jul 2015 05:36:09 +0100">'), date: '2015-07-24', source: 'meta' },
    { name: 'parsely-pub-date', doc: () => page('<meta name="parsely-pub-date" content="2023-06-07T20:54:26.829Z">'), date: '2023-06-07', source: 'meta' },
    { name: 'itemprop datePublished meta', doc: () => page('<meta itemprop="datePublished" content="2018-12-21">'), date: '2018-12-21', source: 'meta' },
    { name: '<time datetime> in the article', doc: () => page('', '<article><h1>T</h1><time datetime="2015-04-30T07:19:58">30 avril</time><p>x</p></article>'), date: '2015-04-30', source: 'time' },
    { name: '<time pubdate> wins over the first <time>', doc: () => page('', '<article><time datetime="2020-01-02">Updated</time><time pubdate datetime="2020-01-01">x</time></article>'), date: '2020-01-01', source: 'time' },
    { name: 'written dateline (English)', doc: () => page('', '<article><div class="byline">April 28, 2019 at 6:01 am Updated April 29, 2019</div><p>x</p></article>'), date: '2019-04-28', source: 'dateline' },
    { name: 'written dateline (French)', doc: () => page('', '<article><p class="date">Publié le 4 mai 2015 à 18h05</p></article>', 'fr'), date: '2015-05-04', source: 'dateline' },
    { name: 'written dateline (German numeric)', doc: () => page('', '<article><p class="meldung-date">08.04.2015 10:39 Uhr</p></article>', 'de'), date: '2015-04-08', source: 'dateline' },
    { name: 'no date at all', doc: () => page('<title>x</title>', '<article><p>No date here.</p></article>'), date: null },
  ];
  it.each(cases)('$name', ({ doc, date, source }) => {
    const found = readPublishedDate(doc());
    expect(found?.date ?? null).toBe(date);
    if (source) expect(found?.source).toBe(source);
  });
});

describe('calendarDateOf / writtenDateIn', () => {
  it.each([
    ['2015-07-24T05:36:09+01:00', '2015-07-24'],
    ['2015-7-4', '2015-07-04'],
    ['2015/07/24 10:00', '2015-07-24'],
    ['20150724', '2015-07-24'],
    ['1437712569', '2015-07-24'],
    ['1546498802000', '2019-01-03'],
    ['Fri, 24 Jul 2015 05:36:09 GMT', '2015-07-24'],
    ['July 24th, 2015', '2015-07-24'],
    ['2015-02-30', null],
    ['yesterday', null],
  ])('%s -> %s', (input, want) => {
    expect(calendarDateOf(input)).toBe(want);
  });
  it.each([
    ['Published 3 hours ago on 21 December 2018', '2018-12-21', ''],
    ['21 de dezembro de 2018', '2018-12-21', 'pt-BR'],
    ['12/21/2018', '2018-12-21', 'en-US'],
    ['21/12/2018', '2018-12-21', 'en-GB'],
    ['05/04/2015', '2015-04-05', 'en-GB'],
    ['05/04/2015', '2015-05-04', 'en-US'],
    ['1er mai 2015', '2015-05-01', 'fr'],
  ])('%s -> %s (%s)', (input, want, lang) => {
    expect(writtenDateIn(input, lang)).toBe(want);
  });
});
