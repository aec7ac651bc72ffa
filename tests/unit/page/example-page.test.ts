// @vitest-environment happy-dom
// The example article rendered as a news page by ../shared/tools/render_page.py (into a temp dir, at test time).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readArticle } from '../../../lib/page/article';
import { allText, expectExactRanges, parseHtml, squash } from './load-html';

const shared = [resolve(process.cwd(), '..', 'shared')].find((d) => existsSync(join(d, 'tools', 'render_page.py')));
const tmp = mkdtempSync(join(tmpdir(), 'backstory-page-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function renderSeed(): string {
  const out = join(tmp, 'seed.html');
  execFileSync('python3', [join(shared ?? '', 'tools', 'render_page.py'), 'seed', out]);
  return readFileSync(out, 'utf8');
}

describe.skipIf(!shared)(shared ? 'example page' : 'example page (skipped: ../shared/tools/render_page.py not found)', () => {
  const html = shared ? renderSeed() : '';
  const doc = parseHtml(html);
  const read = readArticle(doc);
  const text = allText(read.blocks);

  it('is an article of 2021-10-06 with its title', () => {
    expect(read.isArticle).toBe(true);
    expect(read.published?.date).toBe('2021-10-06');
    expect(read.published?.source).toBe('json-ld');
    const h1 = squash(doc.querySelector('h1')?.textContent ?? '');
    expect(read.title).toBe(h1);
    expect(read.blocks[0]?.role).toBe('headline');
  });

  it('reads every article paragraph, exactly as the page shows it', () => {
    const paragraphs = Array.from(doc.querySelectorAll('article > p:not(.dateline)')).map((p) => p.textContent ?? '');
    expect(paragraphs.length).toBeGreaterThan(5);
    const blockTexts = new Set(read.blocks.map((b) => b.text));
    for (const p of paragraphs) expect(blockTexts.has(p.trim()), p).toBe(true);
  });

  it('does not read the sidebar, the jobs box, the navigation or the footer', () => {
    for (const bad of ['Most read', 'Volkswagen', "Brazil's Lula visits Beijing", 'Elon Musk', 'Top jobs of the day',
      'Deutsche Bank', 'Be notified by email', 'The Daily Ledger', 'Politics', 'Business']) {
      expect(text, bad).not.toContain(bad);
    }
    for (const block of read.blocks) expect(block.element.closest('aside, header, footer, nav')).toBeNull();
  });

  it('maps offsets exactly in every block', () => {
    for (const block of read.blocks) expectExactRanges(block, [1, 7, 30]);
  });
});
