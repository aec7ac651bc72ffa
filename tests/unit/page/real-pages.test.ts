// @vitest-environment happy-dom
// The 22 real pages from Readability's test suite, read from ../shared (never copied into the project).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readArticle, type ArticleRead } from '../../../lib/page/article';
import { blockRange } from '../../../lib/page/text-blocks';
import { normalizeTitle } from '../../../lib/page/title';
import { parseHtml, squash } from './load-html';

const candidates = [resolve(process.cwd(), '..', 'shared', 'pages', 'real')];
const realDir = candidates.find((d) => existsSync(d));

interface Expected { title: string; excerpt: string | null; publishedTime: string | null }

// The first paragraph of each article's body, read by hand from the page source (used where the expected
// excerpt is a meta description that the page does not show as text).
const FIRST_PARAGRAPH: Record<string, string> = {
  'ars-1': 'A flaw in the wildly popular online game Minecraft makes it easy',
  'bbc-1': 'President Barack Obama has admitted that his failure to pass',
  breitbart: 'Snopes fact checker and staff writer David Emery posted to Twitter',
  'buzzfeed-1': 'The mother of a woman who took suspected diet pills bought online',
  cnn: 'The U.S. has long been heralded as a land of opportunity',
  engadget: 'The Xbox One X is the ultimate video game system.',
  folha: 'Após rechaçar um encontro da seleção brasileira com o presidente eleito Jair Bolsonaro',
  'guardian-1': 'Whale whisperer Hori Parata was just seven years old',
  heise: 'AgileBits hat Version 5.3 seines bekannten Passwortmanagers 1Password',
  'herald-sun-1': 'A HIGH-powered federal government team has been doing the rounds',
  'lemonde-1': 'Les députés ont, sans surprise, adopté à une large majorité',
  'liberation-1': 'Un troisième Français a été tué dans le tremblement de terre samedi au Népal',
  msn: 'Nintendo and Apple shocked the world earlier this year',
  'nytimes-1': 'LONDON — After nearly 20 years of hostile relations',
  'nytimes-2': 'Yahoo’s $4.8 billion sale to Verizon is a complicated beast',
  'salon-1': 'Horror stories about the increasingly unpopular taxi service Uber',
  'seattletimes-1': 'From the deck of his 106-year-old halibut schooner',
  telegraph: 'Zimbabwe President Robert Mugabe, his wife Grace and two key figures',
  theverge: 'I still remember using the iPhone 4 for the first time in 2010.',
  'wapo-1': 'CAIRO — Gunmen opened fire on visitors at Tunisia’s most renowned museum',
  'yahoo-1': 'Virtual reality has officially reached the consoles.',
  'yahoo-2': 'MOSCOW (AP) — An unmanned Russian cargo spaceship',
};

// Text that belongs to a site's chrome, never to an article.
const CHROME_TEXT = /all rights reserved|privacy policy|terms of (?:use|service)|cookie (?:policy|settings)/i;

function titleMatches(found: string, expected: string): boolean {
  const a = normalizeTitle(found);
  const b = normalizeTitle(expected);
  return a === b || (a.length >= 10 && b.includes(a)) || (b.length >= 10 && a.includes(b));
}

/** Texts of the links in the page's navigation and footer landmarks. */
function chromeLinkTexts(doc: Document): Set<string> {
  const out = new Set<string>();
  for (const a of Array.from(doc.querySelectorAll('nav a, footer a, [role="navigation"] a, [role="contentinfo"] a'))) {
    const t = squash(a.textContent ?? '');
    if (t.length >= 4 && /\p{L}/u.test(t)) out.add(t);
  }
  return out;
}

const names = realDir ? readdirSync(realDir).filter((n) => existsSync(join(realDir, n, 'source.html'))).sort() : [];
const report: string[] = [];

describe.skipIf(!realDir)(realDir ? 'real pages' : 'real pages (skipped: ../shared/pages/real not found)', () => {
  it.each(names)('%s', (name) => {
    const dir = join(realDir ?? '', name);
    const expected = JSON.parse(readFileSync(join(dir, 'expected-metadata.json'), 'utf8')) as Expected;
    const doc = parseHtml(readFileSync(join(dir, 'source.html'), 'utf8'));
    const t0 = performance.now();
    const read: ArticleRead = readArticle(doc);
    const ms = performance.now() - t0;

    const expDate = expected.publishedTime ? expected.publishedTime.slice(0, 10) : null;
    const text = squash(read.blocks.map((b) => b.text).join('\n'));
    const excerpt = squash((expected.excerpt ?? '').replace(/&nbsp;/g, ' ')).slice(0, 60);
    const first = FIRST_PARAGRAPH[name] ?? '';
    const titleOk = titleMatches(read.title, expected.title);
    report.push(
      `${name.padEnd(15)} article=${read.isArticle} date=${read.published?.date ?? 'null'}` +
        `(${read.published?.source ?? '-'}) expected=${expDate ?? 'null'} title=${titleOk ? 'ok' : `MISMATCH "${read.title}"`}` +
        ` blocks=${read.blocks.length} excerpt=${excerpt !== '' && text.includes(excerpt)} first=${first !== '' && text.includes(first)}` +
        ` read=${ms.toFixed(0)}ms`,
    );

    expect(read.isArticle, read.reason).toBe(true);
    if (expDate !== null) expect(read.published?.date).toBe(expDate);
    expect(titleOk, `title "${read.title}" vs "${expected.title}"`).toBe(true);
    expect(text.includes(excerpt) || (first !== '' && text.includes(first)), 'excerpt or first paragraph').toBe(true);

    // Nothing from the navigation, footer or other landmarks of the page's chrome.
    const chrome = chromeLinkTexts(doc);
    for (const block of read.blocks) {
      expect(block.element.closest('nav, footer, aside, [role="navigation"], [role="contentinfo"]'), block.text).toBeNull();
      expect(chrome.has(squash(block.text)), `navigation link read: "${block.text}"`).toBe(false);
      expect(CHROME_TEXT.test(block.text), block.text).toBe(false);
    }

    // Ranges are exact on real markup too (sampled: a few offsets per block).
    for (const block of read.blocks) {
      const len = block.text.length;
      for (const [s, e] of [[0, Math.min(len, 12)], [Math.floor(len / 3), Math.floor(len / 2)], [Math.max(0, len - 9), len]]) {
        if (s === undefined || e === undefined || e <= s) continue;
        const slice = block.text.slice(s, e);
        if (/\n/.test(slice)) continue; // a gap: covered by the fixture tests
        expect(blockRange(block, s, e)?.toString()).toBe(slice);
      }
    }
  });

  it('report', () => {
    console.log(`\nReal pages (date found vs expected, title, body found, time to read):\n${report.join('\n')}\n`);
  });
});
