// @vitest-environment happy-dom
// The whole-page pass in steps: pausing between steps must find the same article as one pass, and a page that
// changes between two steps must not leave it with numbers for a tree that never existed.
import { describe, expect, it } from 'vitest';
import { findArticle, findArticleSteps } from '../../../lib/page/article';
import { runSteps, scoreContent, scoreContentSteps } from '../../../lib/page/content-score';
import { parseHtml } from './load-html';

function page(paragraphs: number): string {
  const ps: string[] = [];
  for (let i = 0; i < paragraphs; i++) {
    ps.push(`<p>Paragraph ${i} says that the talks in Brussels would go on, with officials from <a href="/x${i}">both sides</a>, all week long, while the delegations prepared further proposals on security and trade across the region.</p>`);
  }
  return `<!doctype html><html><head><title>Talks</title><meta property="og:type" content="article"></head><body><nav><a href="/">Home</a></nav>
    <div class="layout"><div id="story" class="story-body">${ps.join('')}</div>
    <aside class="rail"><ul>${'<li><a href="/o">Other story with a headline</a></li>'.repeat(30)}</ul></aside></div></body></html>`;
}

describe('findArticleSteps', () => {
  it('pauses on a large page and finds what one pass finds', () => {
    const doc = parseHtml(page(300));
    const steps = findArticleSteps(doc, {}, 50);
    let pauses = 0;
    let r = steps.next();
    while (!r.done) {
      pauses++;
      r = steps.next();
    }
    const whole = findArticle(doc);
    expect(pauses).toBeGreaterThan(10);
    expect(r.value.root).toBe(whole.root);
    expect(r.value.root?.id).toBe('story');
    expect(r.value.isArticle).toBe(whole.isArticle);
    expect(r.value.reason).toBe(whole.reason);
  });

  it('measures the tree as it is when the page moves the walked part between two steps', () => {
    const doc = parseHtml(page(200));
    const body = doc.body;
    const steps = scoreContentSteps(body, { skipNamedFurniture: true }, 40);
    // Walk into the story, then the page moves the story's paragraphs into a new container.
    for (let i = 0; i < 3; i++) expect(steps.next().done).toBe(false);
    const story = doc.getElementById('story') as Element;
    const moved = doc.createElement('section');
    moved.id = 'moved';
    while (story.firstChild) moved.appendChild(story.firstChild);
    story.parentElement?.insertBefore(moved, story);
    const scores = runSteps(steps);
    const fresh = scoreContent(body, { skipNamedFurniture: true });
    expect(scores.bestRoot()?.id).toBe('moved');
    expect(scores.textLength(moved)).toBe(fresh.textLength(moved));
    expect(scores.textLength(story)).toBe(0);
  });
});
