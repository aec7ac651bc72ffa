// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readArticle } from '../../../lib/page/article';
import { allText, expectExactRanges, loadFixture, parseHtml } from './load-html';

describe('classic article', () => {
  const read = readArticle(loadFixture('classic-article.html'));
  const text = allText(read.blocks);

  it('is an article, with title and date', () => {
    expect(read.isArticle).toBe(true);
    expect(read.reason).toContain('json-ld article');
    expect(read.title).toBe('Spy poisoning: Sergei Skripal leaves hospital');
    // The article's own calendar date, not the UTC one (23:30 at -04:00 is the next day in UTC).
    expect(read.published).toEqual({ date: '2018-05-18', iso: '2018-05-18T23:30:00-04:00', source: 'json-ld' });
  });

  it('reads headline, standfirst, caption and body in order', () => {
    const roles = read.blocks.map((b) => [b.role, b.text.slice(0, 24)]);
    expect(roles.slice(0, 4)).toEqual([
      ['headline', 'Spy poisoning: Sergei Sk'],
      ['lead', 'The former Russian doubl'],
      ['caption', 'Salisbury District Hospi'],
      ['body', 'The former spy Sergei Sk'],
    ]);
  });

  it.each([
    'The former spy Sergei Skripal has been discharged',
    'Christine Blanshard, the hospital\'s medical director, said:\n"This is a significant milestone."\nShe thanked',
    'Diplomatic fallout',
    'including the United States and most members of the EU, expelled',
    'The UK expelled 23 Russian diplomats',
    'Theresa May told MPs.',
    'The investigation by the Metropolitan Police',
    'where Yulia Skripal was treated',
  ])('reads "%s"', (want) => {
    expect(text).toContain(want);
  });

  it.each(['UK news', 'Sport', 'All rights reserved', 'The Example Times'])('does not read "%s"', (bad) => {
    expect(text).not.toContain(bad);
  });

  it('maps every block offset back exactly', () => {
    for (const block of read.blocks) expectExactRanges(block);
  });
});

describe('article among navigation, ads, promos, related links, comments and forms', () => {
  const read = readArticle(loadFixture('cluttered-article.html'));
  const text = allText(read.blocks);

  it('is an article with its date', () => {
    expect(read.isArticle).toBe(true);
    expect(read.published?.date).toBe('2021-10-06');
    expect(read.title).toBe('Nato expels Russian officials over spying');
  });

  it.each([
    'Nato expels Russian officials over spying',
    'Nato has expelled eight members of Russia\'s mission',
    'The alliance also halved the size of the Russian mission',
    'Jens Stoltenberg, the Nato secretary general',
    'Russia\'s foreign ministry said it would respond in kind',
  ])('reads "%s"', (want) => {
    expect(text).toContain(want);
  });

  it.each([
    'Home', 'Lufthansa', 'Top jobs of the day', 'Deutsche Bank', 'Vladimir Putin meets', 'Share on Facebook',
    'Angela Merkel', 'Boris Johnson', 'Xi Jinping', 'Olaf Scholz', 'Mario Draghi', 'Donald Trump', 'Kamala Harris',
    'Subscribe', 'Emmanuel Macron and Olaf Scholz', 'Elon Musk', 'Lula', 'Sign up for our newsletter', 'Perry White',
    'More from World', 'Viktor Orban', 'Hungarian prime minister', 'Pedro Sanchez', 'ADVERTISEMENT',
  ])('does not read "%s"', (bad) => {
    expect(text).not.toContain(bad);
  });
});

describe('pages that are not articles', () => {
  it('a home page of links is not an article, and yields no blocks', () => {
    const read = readArticle(loadFixture('no-article.html'));
    expect(read.isArticle).toBe(false);
    expect(read.root).toBeNull();
    expect(read.blocks).toEqual([]);
    expect(read.reason).toMatch(/not an article/);
  });

  it('anyPage reads the main text of any page', () => {
    const html = `<html><body><nav><a href="/">Home</a></nav><div class="wiki">
      <p>Ada Lovelace was an English mathematician and writer, chiefly known for her work on Charles Babbage's
      proposed mechanical general-purpose computer, the Analytical Engine.</p>
      <p>She was the first to recognise that the machine had applications beyond pure calculation.</p></div></body></html>`;
    expect(readArticle(parseHtml(html)).isArticle).toBe(false);
    const read = readArticle(parseHtml(html), { anyPage: true });
    expect(read.isArticle).toBe(false);
    expect(allText(read.blocks)).toContain('Ada Lovelace was an English mathematician');
    expect(allText(read.blocks)).toContain('She was the first to recognise');
    expect(allText(read.blocks)).not.toContain('Home');
  });

  it('an empty page', () => {
    const read = readArticle(parseHtml('<html><body></body></html>'), { anyPage: true });
    expect(read.isArticle).toBe(false);
    expect(read.published).toBeNull();
  });
});

describe('short news briefs', () => {
  const para = (n: number) => `<p>Paragraph ${n} of a short brief says one thing plainly, in a single sentence of news from the town hall.</p>`;
  const ld = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Brief"}</script>';
  it.each([
    ['JSON-LD NewsArticle with three short paragraphs is an article', `<html><head>${ld}</head><body><article><h1>Brief</h1>${para(1)}${para(2)}${para(3)}</article></body></html>`, true],
    ['JSON-LD NewsArticle with one short line is not', `<html><head>${ld}</head><body><article><h1>Brief</h1><p>Just one line here.</p></article></body></html>`, false],
    ['only <article> with three short paragraphs is not', `<html><body><article><h1>Brief</h1>${para(1)}${para(2)}${para(3)}</article></body></html>`, false],
    ['no markup, three short paragraphs is not', `<html><body><div>${para(1)}${para(2)}${para(3)}</div></body></html>`, false],
  ])('%s', (_name, html, expected) => {
    expect(readArticle(parseHtml(html)).isArticle).toBe(expected);
  });
});

describe('layouts that wrap everything', () => {
  const prose = Array.from({ length: 5 }, (_, i) =>
    `<p>Paragraph ${i + 1}: the committee in Geneva, which met on Tuesday, said the agreement would be signed by both governments within weeks, officials said.</p>`).join('');
  it('a page-wide ASP.NET <form> still yields the article, but a form inside it is skipped', () => {
    const read = readArticle(parseHtml(`<html><head><meta property="og:type" content="article"></head><body>
      <form id="aspnetForm" action="/page.aspx"><div class="story"><h1>Treaty signed in Geneva</h1>${prose}
      <form class="poll"><p>Vote now in our reader poll about the treaty and Geneva, it only takes a minute.</p></form></div></form></body></html>`));
    expect(read.isArticle).toBe(true);
    expect(allText(read.blocks)).toContain('Paragraph 1: the committee in Geneva');
    expect(allText(read.blocks)).not.toContain('reader poll');
  });
  it('a page wrapped in a furniture-named element ("ad-portal") is still read', () => {
    const read = readArticle(parseHtml(`<html><head><meta property="og:type" content="article"></head><body>
      <div id="ad-portal"><div class="nav-drawer"><article><h1>Treaty signed in Geneva</h1>${prose}</article></div></div></body></html>`));
    expect(read.isArticle).toBe(true);
    expect(read.blocks[0]?.role).toBe('headline');
    expect(allText(read.blocks)).toContain('Paragraph 5: the committee in Geneva');
  });
  it('an article split over sibling containers is read whole', () => {
    const more = prose.replace(/Paragraph/g, 'Part two');
    const read = readArticle(parseHtml(`<html><head><meta property="og:type" content="article"></head><body><article>
      <h1>Treaty signed in Geneva</h1><div class="story-body-1">${prose.slice(0, 400)}</div>
      <div class="ad"><p>Advertisement: buy a watch in Geneva this weekend, with big discounts in every shop.</p></div>
      <div class="story-body-2">${more}</div></article></body></html>`));
    expect(allText(read.blocks)).toContain('Paragraph 1: the committee');
    expect(allText(read.blocks)).toContain('Part two 5: the committee');
    expect(allText(read.blocks)).not.toContain('Advertisement');
  });
});

describe('the extension\'s own UI is never read', () => {
  it('skips elements isOwnUi says are ours', () => {
    const doc = loadFixture('classic-article.html');
    const host = doc.createElement('div');
    host.setAttribute('data-backstory', 'card');
    host.innerHTML = '<p>Card: Sergei Skripal, former GRU officer, born 1951 in Kaliningrad.</p>';
    doc.querySelector('.article-body')?.appendChild(host);
    const read = readArticle(doc, { isOwnUi: (el) => el.hasAttribute('data-backstory') });
    expect(allText(read.blocks)).not.toContain('former GRU officer');
    expect(allText(read.blocks)).toContain('The former spy Sergei Skripal');
  });
});
