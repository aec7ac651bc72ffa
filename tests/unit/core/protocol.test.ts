import { describe, expect, it } from 'vitest';
import { parseRequest, SCAN_LIMITS, withinScanLimits } from '../../../lib/core/protocol';

const scan = { type: 'scan', url: 'https://news.example/a', title: 'T', published: '2021-10-06', isArticle: true, siteEnabled: true, blocks: [{ text: 'NATO', role: 'body' }] };

describe('parseRequest', () => {
  it.each([
    ['scan', scan],
    ['scan without date', { ...scan, published: null }],
    ['entity', { type: 'entity', id: 'q:Q7184', asOf: '2021-10-06' }],
    ['entity with limit', { type: 'entity', id: 'x', asOf: '2021-10-06', limit: 50 }],
    ['tab-results', { type: 'tab-results', tabId: 12 }],
    ['dataset-status', { type: 'dataset-status' }],
  ])('accepts %s', (_name, msg) => {
    expect(parseRequest(msg).ok).toBe(true);
  });

  it.each([
    ['null', null, 'not a Backstory message'],
    ['a string', 'scan', 'not a Backstory message'],
    ['an unknown type', { type: 'eval', code: 'x' }, 'unknown message type'],
    ['scan with a bad date', { ...scan, published: '6 Oct 2021' }, 'published'],
    ['scan with blocks not an array', { ...scan, blocks: 'NATO' }, 'blocks must be an array'],
    ['scan with an unknown block role', { ...scan, blocks: [{ text: 'x', role: 'nav' }] }, 'known role'],
    ['scan with too many blocks', { ...scan, blocks: Array.from({ length: SCAN_LIMITS.maxBlocks + 1 }, () => ({ text: 'a', role: 'body' })) }, 'too many blocks'],
    ['scan with a giant page', { ...scan, blocks: [{ text: 'a'.repeat(SCAN_LIMITS.maxChars + 1), role: 'body' }] }, 'characters'],
    ['scan without siteEnabled', { ...scan, siteEnabled: undefined }, 'siteEnabled'],
    ['entity without asOf', { type: 'entity', id: 'x' }, 'asOf'],
    ['entity with a huge limit', { type: 'entity', id: 'x', asOf: '2021-10-06', limit: 1e9 }, 'limit'],
    ['tab-results with a negative id', { type: 'tab-results', tabId: -1 }, 'tabId'],
  ])('refuses %s', (_name, msg, error) => {
    const r = parseRequest(msg);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain(error);
  });
});

describe('withinScanLimits', () => {
  const block = (n: number) => ({ text: 'x'.repeat(n) });
  it.each([
    ['nothing', [], 0],
    ['a short page', [block(10), block(10)], 2],
    ['a page over the character limit: the blocks before it', [block(SCAN_LIMITS.maxChars * 0.7), block(SCAN_LIMITS.maxChars * 0.2), block(SCAN_LIMITS.maxChars * 0.2)], 2],
    ['one block over the limit', [block(SCAN_LIMITS.maxChars + 1)], 0],
    ['more blocks than allowed', Array.from({ length: SCAN_LIMITS.maxBlocks + 10 }, () => block(1)), SCAN_LIMITS.maxBlocks],
  ])('%s → %i', (_name, blocks, n) => {
    expect([...withinScanLimits(blocks)]).toHaveLength(n);
    // What fits is exactly what the background accepts.
    const scan = { type: 'scan', url: 'https://a.example/', title: '', published: null, isArticle: true, siteEnabled: true, blocks: blocks.slice(0, n).map((b) => ({ ...b, role: 'body' })) };
    expect(parseRequest(scan).ok).toBe(true);
  });
});
