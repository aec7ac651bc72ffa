// A trie over hashed tokens, kept in flat typed arrays so it is compact, rebuilt quickly and loaded by
// copying buffers. Node 0 is the root; an edge is (parent node, token hash pair) -> child node, found in an
// open-addressing table of node ids (linear probing). Each node may carry a payload offset (0 = none).

export interface TrieArrays {
  nodeCount: number;
  parent: Int32Array;
  h1: Int32Array;
  h2: Int32Array;
  /** payload offset + 1 per node, 0 when the node ends no alias */
  payload: Int32Array;
  /** open-addressing table of child node ids (0 = empty slot; the root is never a child) */
  slots: Int32Array;
}

function slotOf(parent: number, h1: number, h2: number, mask: number): number {
  let x = Math.imul(parent ^ 0x5bd1e995, 0x9e3779b1) ^ h1 ^ Math.imul(h2, 0x85ebca6b);
  x ^= x >>> 16;
  x = Math.imul(x, 0x7feb352d);
  x ^= x >>> 15;
  return x & mask;
}

function bloomKey(parent: number, h1: number): number {
  let x = Math.imul(parent, 0x2c1b3c6d) ^ h1;
  x ^= x >>> 15;
  return Math.imul(x, 0x297a2d39);
}

export class TokenTrie {
  private a: TrieArrays;
  private mask: number;
  /**
   * Bloom filter of the edges, about 16 bits per edge and two probes: most words of an article are no
   * edge at all, and answering that from a small bit array spares a cache miss in the big table.
   */
  private bloom: Int32Array | null = null;
  private bloomMask = 0;

  /** `expectedNodes` sizes the arrays up front so a big build does not regrow and rehash them. */
  constructor(arrays?: TrieArrays, expectedNodes = 1024) {
    if (arrays) {
      this.a = arrays;
      this.buildBloom();
    } else {
      let cap = 1024;
      while (cap < expectedNodes) cap *= 2;
      this.a = {
        nodeCount: 1,
        parent: new Int32Array(cap),
        h1: new Int32Array(cap),
        h2: new Int32Array(cap),
        payload: new Int32Array(cap),
        slots: new Int32Array(cap * 2),
      };
      this.a.parent[0] = -1;
    }
    this.mask = this.a.slots.length - 1;
  }

  get nodeCount(): number {
    return this.a.nodeCount;
  }

  private buildBloom(): void {
    const a = this.a;
    let bits = 1024;
    while (bits < a.nodeCount * 16) bits *= 2;
    const bloom = new Int32Array(bits >>> 5);
    const mask = bits - 1;
    for (let id = 1; id < a.nodeCount; id++) {
      const k = bloomKey(a.parent[id]!, a.h1[id]!);
      const b1 = k & mask;
      const b2 = (k >>> 11) & mask;
      bloom[b1 >>> 5] = bloom[b1 >>> 5]! | (1 << (b1 & 31));
      bloom[b2 >>> 5] = bloom[b2 >>> 5]! | (1 << (b2 & 31));
    }
    this.bloom = bloom;
    this.bloomMask = mask;
  }

  /** The child of `node` along token (h1, h2), or -1. */
  child(node: number, h1: number, h2: number): number {
    const bloom = this.bloom;
    if (bloom !== null) {
      const k = bloomKey(node, h1);
      const b1 = k & this.bloomMask;
      if ((bloom[b1 >>> 5]! & (1 << (b1 & 31))) === 0) return -1;
      const b2 = (k >>> 11) & this.bloomMask;
      if ((bloom[b2 >>> 5]! & (1 << (b2 & 31))) === 0) return -1;
    }
    const a = this.a;
    const slots = a.slots;
    const mask = this.mask;
    let s = slotOf(node, h1, h2, mask);
    for (;;) {
      const c = slots[s]!;
      if (c === 0) return -1;
      if (a.h1[c] === h1 && a.parent[c] === node && a.h2[c] === h2) return c;
      s = (s + 1) & mask;
    }
  }

  payloadOf(node: number): number {
    return this.a.payload[node]! - 1;
  }

  setPayload(node: number, offset: number): void {
    this.a.payload[node] = offset + 1;
  }

  /** The child along the token, created if missing. */
  insert(node: number, h1: number, h2: number): number {
    const found = this.child(node, h1, h2);
    if (found >= 0) return found;
    const a = this.a;
    if (a.nodeCount === a.parent.length) this.growNodes();
    // keep the table at most half full so probes stay short
    if ((a.nodeCount + 1) * 2 > a.slots.length) this.rehash(a.slots.length * 2);
    const id = a.nodeCount++;
    a.parent[id] = node;
    a.h1[id] = h1;
    a.h2[id] = h2;
    this.place(id);
    return id;
  }

  private place(id: number): void {
    const a = this.a;
    let s = slotOf(a.parent[id]!, a.h1[id]!, a.h2[id]!, this.mask);
    while (a.slots[s] !== 0) s = (s + 1) & this.mask;
    a.slots[s] = id;
  }

  private growNodes(): void {
    const a = this.a;
    const cap = a.parent.length * 2;
    const grow = (x: Int32Array): Int32Array => {
      const y = new Int32Array(cap);
      y.set(x);
      return y;
    };
    a.parent = grow(a.parent);
    a.h1 = grow(a.h1);
    a.h2 = grow(a.h2);
    a.payload = grow(a.payload);
  }

  private rehash(size: number): void {
    this.a.slots = new Int32Array(size);
    this.mask = size - 1;
    for (let id = 1; id < this.a.nodeCount; id++) this.place(id);
  }

  /** Trim the arrays to their content (after building) and size the table for a load of about 0.5. */
  arrays(): TrieArrays {
    const a = this.a;
    const n = a.nodeCount;
    if (a.parent.length !== n) {
      a.parent = a.parent.slice(0, n);
      a.h1 = a.h1.slice(0, n);
      a.h2 = a.h2.slice(0, n);
      a.payload = a.payload.slice(0, n);
    }
    let size = 2;
    while (size < n * 2) size *= 2;
    if (size !== a.slots.length) this.rehash(size);
    this.buildBloom();
    return a;
  }
}
