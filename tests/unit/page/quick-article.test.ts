// @vitest-environment happy-dom
// The quick way to the article (metadata + one marked body) must read what the full walk reads, wherever it is
// taken: on the project's fixture pages, the example article, and the real pages in ../shared when present.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readArticle } from '../../../lib/page/article';
import { quickArticle } from '../../../lib/page/quick-article';
import { examplePage } from '../../../scripts/lib/example-page';
import { fixturesDir, parseHtml } from './load-html';

const realDir = resolve(process.cwd(), '..', 'shared', 'pages', 'real');

function pages(): [string, string][] {
  const out: [string, string][] = [['example article', examplePage().html]];
  for (const f of readdirSync(fixturesDir).filter((n) => n.endsWith('.html'))) out.push([f, readFileSync(join(fixturesDir, f), 'utf8')]);
  if (existsSync(realDir)) {
    for (const d of readdirSync(realDir)) {
      const src = join(realDir, d, 'source.html');
      if (existsSync(src)) out.push([`real/${d}`, readFileSync(src, 'utf8')]);
    }
  }
  return out;
}

describe('quick article path', () => {
  it.each(pages())('%s: same blocks as the full walk when taken', (_name, html) => {
    const doc = parseHtml(html);
    const quick = readArticle(doc);
    const full = readArticle(doc, { thorough: true });
    const taken = doc.body !== null && quickArticle(doc, doc.body) !== null;
    if (!taken) {
      expect(quick.reason).toBe(full.reason);
      return;
    }
    expect(quick.isArticle).toBe(true);
    expect(full.isArticle).toBe(true);
    expect(quick.blocks.map((b) => `${b.role}: ${b.text}`)).toEqual(full.blocks.map((b) => `${b.role}: ${b.text}`));
    expect(quick.published?.date ?? null).toBe(full.published?.date ?? null);
  });

  it('is taken on the example article', () => {
    const doc = parseHtml(examplePage().html);
    expect(doc.body && quickArticle(doc, doc.body)).not.toBeNull();
  });

  it('is not taken without article metadata, or with prose outside the marked body', () => {
    const prose = 'A paragraph long enough to read like article prose, with a clause, another clause, and more words. ';
    const noMeta = parseHtml(`<html><body><article><p>${prose.repeat(3)}</p><p>${prose.repeat(3)}</p></article></body></html>`);
    expect(quickArticle(noMeta, noMeta.body)).toBeNull();
    const split = parseHtml(`<html><head><meta property="og:type" content="article"></head><body>
      <article><p>${prose.repeat(3)}</p><p>${prose.repeat(3)}</p></article><div><p>${prose.repeat(3)}</p><p>${prose.repeat(3)}</p></div></body></html>`);
    expect(quickArticle(split, split.body)).toBeNull();
    const one = parseHtml(`<html><head><meta property="og:type" content="article"></head><body>
      <article><p>${prose.repeat(3)}</p><p>${prose.repeat(3)}</p></article><div><p>short</p></div></body></html>`);
    expect(quickArticle(one, one.body)).not.toBeNull();
  });
});
