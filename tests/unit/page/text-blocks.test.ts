// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { isRenderedByLayout } from '../../../lib/page/element-filters';
import { blockRange, blocksOf, enclosingBlock, iterateBlocks } from '../../../lib/page/text-blocks';
import { allText, expectExactRanges, loadFixture, parseHtml } from './load-html';

function body(html: string): Element {
  const doc = parseHtml(`<!doctype html><html><body>${html}</body></html>`);
  if (!doc.body) throw new Error('no body');
  return doc.body;
}

describe('blocksOf: one block per paragraph-like element', () => {
  const cases: { name: string; html: string; texts: string[] }[] = [
    { name: 'paragraphs', html: '<p>One.</p><p>Two.</p>', texts: ['One.', 'Two.'] },
    { name: 'headings and list items', html: '<h1>Head</h1><h3>Sub</h3><ul><li>a</li><li>b</li></ul>', texts: ['Head', 'Sub', 'a', 'b'] },
    { name: 'split name across <a> and <em>', html: '<p>The spy <a href="#">Sergei</a> <em>Skripal</em> was found.</p>', texts: ['The spy Sergei Skripal was found.'] },
    { name: 'name split by spans without spaces', html: '<p><span>Sergei</span><span> Skripal</span></p>', texts: ['Sergei Skripal'] },
    { name: '<br> is a "\\n" inside the block', html: '<p>First line<br>second line<br><br>third</p>', texts: ['First line\nsecond line\n\nthird'] },
    { name: 'leading/trailing whitespace and <br> are trimmed', html: '<p>\n   <br> Text  \n <br></p>', texts: ['Text'] },
    { name: 'div with direct text around a nested block', html: '<div>Before <b>bold</b><p>Inner</p>after.</div>', texts: ['Before bold', 'Inner', 'after.'] },
    { name: 'figcaption and blockquote', html: '<figure><img src="x"><figcaption>Cap <i>tion</i></figcaption></figure><blockquote>Quote</blockquote>', texts: ['Cap tion', 'Quote'] },
    { name: 'whitespace-only text makes no block', html: '<div>\n  <p>A</p>\n  \n<p>B</p>\n</div>', texts: ['A', 'B'] },
    { name: 'ruby annotations are left out, the base text stays whole', html: '<p>Prime minister <ruby>岸<rp>(</rp><rt>きし</rt><rp>)</rp>田<rt>だ</rt></ruby> spoke.</p>', texts: ['Prime minister 岸田 spoke.'] },
    { name: 'table cells', html: '<table><tr><td>Cell one</td><td>Cell two</td></tr></table>', texts: ['Cell one', 'Cell two'] },
  ];
  it.each(cases)('$name', ({ html, texts }) => {
    expect(blocksOf(body(html)).map((b) => b.text)).toEqual(texts);
  });

  it('roles: headline, caption, lead, body', () => {
    const blocks = blocksOf(body('<h1>H</h1><p class="standfirst">S</p><p>B</p><figure><figcaption>C</figcaption></figure>'));
    expect(blocks.map((b) => [b.text, b.role])).toEqual([['H', 'headline'], ['S', 'lead'], ['B', 'body'], ['C', 'caption']]);
  });

  it('segments map block text to node data exactly', () => {
    for (const block of blocksOf(body('<p>  The <a>former</a> spy <em>Sergei <b>Skripal</b></em>, 66. </p><p>x<br>y</p>'))) {
      for (const s of block.segments) {
        expect(block.text.slice(s.blockStart, s.blockStart + s.length)).toBe(s.node.data.slice(s.nodeStart, s.nodeStart + s.length));
      }
    }
  });

  it('iterateBlocks yields lazily, so a caller can slice the work', () => {
    const it = iterateBlocks(body('<p>1</p><p>2</p><p>3</p>'));
    expect(it.next().value?.text).toBe('1');
    expect(it.next().value?.text).toBe('2');
  });
});

describe('blocksOf skips what must never be read', () => {
  const doc = loadFixture('skip-zones.html');
  const article = doc.querySelector('article');
  if (!article) throw new Error('fixture');
  const blocks = blocksOf(article, { isOwnUi: (el) => el.hasAttribute('data-backstory-ui') });
  const text = allText(blocks);
  it.each([
    'Readable paragraph one mentions Angela Merkel',
    'Readable paragraph two:',
    'Readable paragraph three sits in a non-editable region',
    'Readable paragraph four ends the article with Nato\nafter a line break.',
  ])('reads %s', (want) => {
    expect(text).toContain(want);
  });
  it.each([
    'Vladimir Putin', 'Xi Jinping', 'Joe Biden', 'Kamala Harris', 'Donald Trump', 'Emmanuel Macron', 'Boris Johnson',
    'Rishi Sunak', 'Liz Truss', 'Theresa May', 'Gordon Brown', 'Tony Blair', 'Jens Stoltenberg',
  ])('does not read %s', (name) => {
    expect(text).not.toContain(name);
  });
});

describe('visibility from layout, once per block', () => {
  it('isRenderedByLayout drops blocks hidden by a stylesheet', () => {
    const doc = parseHtml('<html><head><style>.mobile-only{display:none}</style></head><body><p>Seen</p><div class="mobile-only"><p>Copy for phones</p></div></body></html>');
    if (!doc.body) throw new Error('no body');
    expect(blocksOf(doc.body).map((b) => b.text)).toEqual(['Seen', 'Copy for phones']);
    expect(blocksOf(doc.body, { isVisible: isRenderedByLayout }).map((b) => b.text)).toEqual(['Seen']);
  });
});

describe('re-reading a changed subtree', () => {
  it('reads the enclosing block of a change, and nothing inside an editor or our own UI', () => {
    const root = body('<article><p>Old <b>text</b></p><div contenteditable><p>Draft by Joe Biden</p></div><div data-ours><p>Card</p></div></article>');
    const b = root.querySelector('b');
    if (!b?.firstChild) throw new Error('fixture');
    (b.firstChild as Text).data = 'words about Sergei Skripal';
    const block = enclosingBlock(b.firstChild);
    expect(block?.tagName).toBe('P');
    if (!block) throw new Error('no block');
    expect(blocksOf(block).map((x) => x.text)).toEqual(['Old words about Sergei Skripal']);
    const draft = root.querySelector('[contenteditable] p');
    if (!draft) throw new Error('fixture');
    expect(blocksOf(draft)).toEqual([]);
    const ours = root.querySelector('[data-ours] p');
    if (!ours) throw new Error('fixture');
    expect(blocksOf(ours, { isOwnUi: (el) => el.hasAttribute('data-ours') })).toEqual([]);
  });
});

describe('blockRange is exact', () => {
  const fixtures = ['classic-article.html', 'cluttered-article.html', 'skip-zones.html'];
  it.each(fixtures)('every offset of every block in %s', (name) => {
    const doc = loadFixture(name);
    if (!doc.body) throw new Error('no body');
    let checked = 0;
    for (const block of blocksOf(doc.body, { skipFurniture: false })) checked += expectExactRanges(block);
    expect(checked).toBeGreaterThan(500);
  });

  it('covers a name split across <a>Sergei</a> <em>Skripal</em>', () => {
    const [block] = blocksOf(body('<p>The spy <a href="#">Sergei</a> <em>Skripal</em> was found.</p>'));
    if (!block) throw new Error('no block');
    const start = block.text.indexOf('Sergei Skripal');
    const range = blockRange(block, start, start + 'Sergei Skripal'.length);
    expect(range?.toString()).toBe('Sergei Skripal');
    expect(range?.startContainer.parentElement?.tagName).toBe('A');
    expect(range?.endContainer.parentElement?.tagName).toBe('EM');
  });

  it('snaps offsets on a <br> "\\n" to the text beside it', () => {
    const [block] = blocksOf(body('<p>ab<br>cd</p>'));
    if (!block) throw new Error('no block');
    expect(block.text).toBe('ab\ncd');
    expect(blockRange(block, 2, 3)).toBeNull(); // only the break: nothing to paint
    expect(blockRange(block, 1, 4)?.toString()).toBe('bc');
    expect(blockRange(block, 2, 5)?.toString()).toBe('cd');
  });

  it('returns null for empty or out-of-range offsets, and when the nodes are gone', () => {
    const root = body('<p>Hello <b>world</b></p>');
    const [block] = blocksOf(root);
    if (!block) throw new Error('no block');
    expect(blockRange(block, 3, 3)).toBeNull();
    expect(blockRange(block, -1, 2)).toBeNull();
    expect(blockRange(block, 0, 99)).toBeNull();
    expect(blockRange(block, 6, 11)?.toString()).toBe('world');
    root.querySelector('b')?.remove();
    expect(blockRange(block, 6, 11)).toBeNull();
  });
});
