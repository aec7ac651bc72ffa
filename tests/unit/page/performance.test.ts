// @vitest-environment happy-dom
// Timings for a long page, printed (never asserted: benchmarks are not tests). The work must stay linear, so the
// 40,000-word page should take about twice as long as the 20,000-word one.
import { describe, expect, it } from 'vitest';
import { findArticle, iterateArticleBlocks, readArticle } from '../../../lib/page/article';
import { readPublishedDate } from '../../../lib/page/published-date';
import { iterateBlocks } from '../../../lib/page/text-blocks';
import { parseHtml } from './load-html';

const WORDS = 'the alliance said on Wednesday that Sergei Skripal and Jens Stoltenberg met in Brussels with officials'.split(' ');

function longPage(words: number): string {
  const paragraphs: string[] = [];
  for (let n = 0, i = 0; n < words; i++) {
    const w: string[] = [];
    for (let k = 0; k < 60; k++, n++) w.push(WORDS[(i * 7 + k) % WORDS.length] ?? 'x');
    // inline markup and a line break now and then, as real paragraphs have
    paragraphs.push(`<p>${w.slice(0, 20).join(' ')} <a href="/t${i}">${w[20]}</a> <em>${w.slice(21, 40).join(' ')}</em><br>${w.slice(40).join(' ')}.</p>`);
  }
  return `<!doctype html><html><head><meta property="og:type" content="article"><title>Long read</title></head><body>
    <nav><a href="/">Home</a></nav><main><article><h1>Long read</h1><div class="body">${paragraphs.join('\n')}</div></article></main>
    <aside class="sidebar"><p>Sidebar text that must not be read, with a long enough sentence to look like prose.</p></aside></body></html>`;
}

describe('performance on long pages (timings printed)', () => {
  it.each([20000, 40000])('%i words', (words) => {
    const doc = parseHtml(longPage(words));
    readArticle(parseHtml(longPage(2000))); // warm the JIT so the two sizes compare
    const c0 = performance.now();
    readArticle(doc);
    const cold = performance.now() - c0;
    const t0 = performance.now();
    const read = readArticle(doc);
    const t1 = performance.now();
    // Sliced reading: pull blocks in slices of 50, as a content script would between idle callbacks.
    let slices = 0;
    let longest = 0;
    const it = iterateBlocks(read.root ?? doc.body ?? doc.documentElement);
    for (;;) {
      const s0 = performance.now();
      let n = 0;
      let done = false;
      while (n < 50) {
        const next = it.next();
        if (next.done) { done = true; break; }
        n++;
      }
      longest = Math.max(longest, performance.now() - s0);
      slices++;
      if (done) break;
    }
    // The same work in its phases: finding the article (one pass, not sliceable), its blocks, the date.
    const p0 = performance.now();
    const region = findArticle(doc);
    const p1 = performance.now();
    const blocks = Array.from(iterateArticleBlocks(region));
    const p2 = performance.now();
    readPublishedDate(doc, region.root);
    const p3 = performance.now();
    console.log(`${words} words: findArticle ${(p1 - p0).toFixed(1)} ms, blocks ${(p2 - p1).toFixed(1)} ms (${blocks.length}), ` +
      `date ${(p3 - p2).toFixed(1)} ms`);
    const paragraphs = Math.ceil(words / 60);
    console.log(`${words} words: readArticle ${cold.toFixed(1)} ms first, ${(t1 - t0).toFixed(1)} ms again (${read.blocks.length} blocks); ` +
      `sliced walk: ${slices} slices of 50 blocks, longest slice ${longest.toFixed(1)} ms`);
    expect(read.isArticle).toBe(true);
    expect(read.blocks.length).toBe(paragraphs + 1);
  });
});
