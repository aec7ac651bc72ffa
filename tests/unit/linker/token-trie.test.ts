// The hashed token trie: what the builder inserts is found after the flat layout, nothing else is.
import { describe, expect, it } from 'vitest';
import { ROOT, TokenTrie, TokenTrieBuilder } from '../../../lib/core/token-trie';

// paths of (h1, h2) token keys; the payload of a path's last node is its index
const PATHS: [number, number][][] = [
  [[1, 2]],
  [[1, 2], [3, 4]],
  [[1, 2], [3, 4], [5, 6]],
  [[1, 3]], // same h1 as the first, other h2
  [[7, 8], [3, 4]], // same second token under another parent
  [[-5, 2 ** 31 - 1], [0, 0]],
];

// odd paths get the payload mark
function built(paths: [number, number][][], expected?: number): TokenTrie {
  const b = new TokenTrieBuilder(expected);
  paths.forEach((path, i) => {
    let node = 0;
    for (const [h1, h2] of path) node = b.insert(node, h1, h2);
    b.setPayload(node, i, i % 2 === 1);
  });
  return new TokenTrie(b.build());
}

function walk(trie: TokenTrie, path: [number, number][]): number {
  let node = ROOT;
  for (const [h1, h2] of path) {
    node = trie.child(node, h1, h2);
    if (node < 0) return -1;
  }
  return node;
}

describe('token trie', () => {
  const trie = built(PATHS);

  it.each(PATHS.map((p, i) => [i, p] as const))('finds path %i and its payload', (i, path) => {
    const node = walk(trie, path);
    expect(node).toBeGreaterThanOrEqual(0);
    expect(trie.payloadOf(node)).toBe(i);
    expect(trie.marked(node)).toBe(i % 2 === 1);
  });

  it.each([
    ['an unknown first token', [[9, 9]]],
    ['a known h1 with another h2', [[1, 9]]],
    ['a child under the wrong parent', [[1, 3], [3, 4]]],
    ['one step past a leaf', [[1, 2], [3, 4], [5, 6], [1, 2]]],
    ['a second token alone', [[3, 4]]],
  ] as [string, [number, number][]][])('does not find %s', (_label, path) => {
    expect(walk(trie, path)).toBe(-1);
  });

  it('leaves inner nodes without a payload or a mark', () => {
    expect(trie.payloadOf(walk(trie, [[7, 8]]))).toBe(-1);
    expect(trie.marked(walk(trie, [[7, 8]]))).toBe(false);
  });

  it('tells nodes with children from leaves', () => {
    expect(trie.hasChildren(walk(trie, [[1, 2]]))).toBe(true);
    expect(trie.hasChildren(walk(trie, [[1, 2], [3, 4], [5, 6]]))).toBe(false);
    expect(trie.hasChildren(walk(trie, [[1, 3]]))).toBe(false);
  });

  it('keeps every node findable when the builder grows and rehashes', () => {
    const many: [number, number][][] = [];
    for (let k = 1; k <= 5000; k++) many.push([[k % 97, k], [k * 31, -k]]);
    const big = built(many, 16);
    expect(big.nodeCount).toBe(1 + 2 * 5000);
    many.forEach((path, i) => {
      const node = walk(big, path);
      expect(big.payloadOf(node)).toBe(i);
      expect(big.marked(node)).toBe(i % 2 === 1);
    });
    expect(walk(big, [[1, 1], [31, -2]])).toBe(-1);
  });
});
