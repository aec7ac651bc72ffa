// A trie over hashed tokens, kept in flat typed arrays so it is compact, rebuilt quickly and loaded by
// copying buffers. An edge is (parent node, token hash pair) -> child node.
//
// The built trie is one open-addressing table (linear probing) with four Int32 per slot: h1, h2, the
// parent's key and the payload. A node's id is its slot, so one lookup reads one cache line: the scan's
// cost is memory misses, and four parallel arrays cost four of them.
// The builder keeps nodes in parallel growable arrays and lays the table out once at the end.
// A payload offset carries one mark bit its reader can test in the slot it has just read, without a miss in
// the payload (the matcher marks what a plain capitalised word may read).

/** Node id of the root: it has no slot. */
export const ROOT = -1;

/** Ints per slot: h1, h2, parent key, payload offset + 1. */
const STRIDE = 4;
const F_H1 = 0;
const F_H2 = 1;
const F_PARENT = 2; // parent id + 2 (the root is 1), 0 = empty slot; bit 30: the node has children
const F_PAYLOAD = 3; // payload offset + 1, 0 when the node ends no alias; bit 30: the payload's mark
const MARK = 1 << 30;
const OFFSET_MASK = MARK - 1;
const HAS_CHILDREN = 1 << 30;
const PARENT_MASK = HAS_CHILDREN - 1;

export interface TrieArrays {
  nodeCount: number;
  /** STRIDE Int32 per slot; a node's id is its slot index */
  table: Int32Array;
}

/** The builder's nodes in parallel arrays, in creation order (a parent always before its children). */
interface NodeArrays {
  nodeCount: number;
  parent: Int32Array;
  h1: Int32Array;
  h2: Int32Array;
  /** payload offset + 1 per node, 0 when the node ends no alias; MARK as given to setPayload */
  payload: Int32Array;
}

function mix(parentKey: number, h1: number, h2: number): number {
  let x = Math.imul(parentKey ^ 0x5bd1e995, 0x9e3779b1) ^ h1 ^ Math.imul(h2, 0x85ebca6b);
  x ^= x >>> 16;
  x = Math.imul(x, 0x7feb352d);
  x ^= x >>> 15;
  return x;
}

/** A slot in a table of any size (multiply-high: the table needs no power-of-two size). */
function slotIn(parentKey: number, h1: number, h2: number, size: number): number {
  return ((mix(parentKey, h1, h2) >>> 0) * size) / 4294967296 | 0;
}

function bloomKey(parentKey: number, h1: number): number {
  let x = Math.imul(parentKey, 0x2c1b3c6d) ^ h1;
  x ^= x >>> 15;
  return Math.imul(x, 0x297a2d39);
}

/** A bit of a filter of any size (multiply-high, as slotIn). */
function bitIn(k: number, bits: number): number {
  return ((k >>> 0) * bits) / 4294967296 | 0;
}

const BLOOM_BITS_PER_EDGE = 10;

/** Slots for n nodes: about 70% full, so probes stay short and the table small. */
function tableSlots(n: number): number {
  return Math.max(64, Math.ceil(n / 0.7));
}

/**
 * Lay out nodes given as parallel arrays (ids in creation order: a parent always before its children) into
 * the flat table, where a node's id is its slot.
 */
function layOut(a: NodeArrays): TrieArrays {
  const n = a.nodeCount;
  const size = tableSlots(n);
  const table = new Int32Array(size * STRIDE);
  const ids = new Int32Array(n);
  ids[0] = ROOT;
  for (let id = 1; id < n; id++) {
    const parent = ids[a.parent[id]!]!;
    const key = parent + 2;
    const h1 = a.h1[id]!;
    const h2 = a.h2[id]!;
    let s = slotIn(key, h1, h2, size);
    while (table[s * STRIDE + F_PARENT] !== 0) s = s + 1 === size ? 0 : s + 1;
    const o = s * STRIDE;
    table[o + F_H1] = h1;
    table[o + F_H2] = h2;
    table[o + F_PARENT] = key;
    table[o + F_PAYLOAD] = a.payload[id]!;
    ids[id] = s;
    if (parent !== ROOT) table[parent * STRIDE + F_PARENT] = table[parent * STRIDE + F_PARENT]! | HAS_CHILDREN;
  }
  return { nodeCount: n, table };
}

/** Read-only lookups in a built trie. */
export class TokenTrie {
  private readonly table: Int32Array;
  private readonly size: number;
  /**
   * Bloom filter of every edge, about 10 bits per edge and two probes, sized so the full pack's fits in a
   * core's L2 cache: a read that misses it costs as much as a read of the table itself, which it is there
   * to save. Most capitalised words start no alias in the phonetic trie, and most words after a name's
   * first word continue none; a small bit array answers those without a miss in the table.
   */
  private readonly bloom: Int32Array;
  private readonly bloomBits: number;
  readonly nodeCount: number;

  constructor(arrays: TrieArrays) {
    this.table = arrays.table;
    this.nodeCount = arrays.nodeCount;
    this.size = arrays.table.length / STRIDE;
    const table = this.table;
    const words = Math.max(32, Math.ceil((arrays.nodeCount * BLOOM_BITS_PER_EDGE) / 32));
    const bits = words * 32;
    const bloom = new Int32Array(words);
    for (let o = 0; o < table.length; o += STRIDE) {
      const key = table[o + F_PARENT]! & PARENT_MASK;
      if (key === 0) continue; // empty
      const k = bloomKey(key, table[o + F_H1]!);
      const b1 = bitIn(k, bits);
      const b2 = bitIn(Math.imul(k ^ (k >>> 13), 0x5bd1e995), bits);
      bloom[b1 >>> 5] = bloom[b1 >>> 5]! | (1 << (b1 & 31));
      bloom[b2 >>> 5] = bloom[b2 >>> 5]! | (1 << (b2 & 31));
    }
    this.bloom = bloom;
    this.bloomBits = bits;
  }

  /** The child of `node` along token (h1, h2), or -1. */
  child(node: number, h1: number, h2: number): number {
    const table = this.table;
    // a node without children, or an edge the filter has never seen, ends the walk without a probe
    if (node !== ROOT && (table[node * STRIDE + F_PARENT]! & HAS_CHILDREN) === 0) return -1;
    const key = node + 2;
    const bloom = this.bloom;
    const k = bloomKey(key, h1);
    const b1 = bitIn(k, this.bloomBits);
    if ((bloom[b1 >>> 5]! & (1 << (b1 & 31))) === 0) return -1;
    const b2 = bitIn(Math.imul(k ^ (k >>> 13), 0x5bd1e995), this.bloomBits);
    if ((bloom[b2 >>> 5]! & (1 << (b2 & 31))) === 0) return -1;
    const size = this.size;
    let s = slotIn(key, h1, h2, size);
    for (;;) {
      const o = s * STRIDE;
      const p = table[o + F_PARENT]!;
      if (p === 0) return -1;
      if (table[o + F_H1] === h1 && (p & PARENT_MASK) === key && table[o + F_H2] === h2) return s;
      s = s + 1 === size ? 0 : s + 1;
    }
  }

  /** Whether a node (not the root) continues into any child. */
  hasChildren(node: number): boolean {
    return (this.table[node * STRIDE + F_PARENT]! & HAS_CHILDREN) !== 0;
  }

  /** Payload offset of a node, or -1. */
  payloadOf(node: number): number {
    return (this.table[node * STRIDE + F_PAYLOAD]! & OFFSET_MASK) - 1;
  }

  /** The mark set with the node's payload (false when it has none). */
  marked(node: number): boolean {
    return (this.table[node * STRIDE + F_PAYLOAD]! & MARK) !== 0;
  }
}

/**
 * Builds a trie: nodes in parallel growable arrays (read once, in order, by the layout), edges in a table
 * that holds each edge's key with its child id, so an insert probes one cache line.
 */
export class TokenTrieBuilder {
  private a: NodeArrays;
  /** STRIDE Int32 per slot: h1, h2, parent, child id (0 = empty: the root is never a child) */
  private slots: Int32Array;
  private mask: number;

  /** `expectedNodes` sizes the arrays up front so a big build does not regrow and rehash them. */
  constructor(expectedNodes = 1024) {
    let cap = 1024;
    while (cap < expectedNodes) cap *= 2;
    this.a = {
      nodeCount: 1,
      parent: new Int32Array(cap),
      h1: new Int32Array(cap),
      h2: new Int32Array(cap),
      payload: new Int32Array(cap),
    };
    this.a.parent[0] = -1;
    // the node arrays are sized for the expected count, the edge table for half of it (it grows if needed)
    this.slots = new Int32Array(cap * STRIDE);
    this.mask = cap - 1;
  }

  get nodeCount(): number {
    return this.a.nodeCount;
  }

  /**
   * The node's payload offset, and one bit the reader may test without reading the payload (the matcher
   * marks a payload that a plain capitalised word may read: the payload lies elsewhere in memory).
   */
  setPayload(node: number, offset: number, mark = false): void {
    if (offset + 1 > OFFSET_MASK) throw new Error('trie payload offset out of range');
    this.a.payload[node] = (offset + 1) | (mark ? MARK : 0);
  }

  /** The child along the token, created if missing. Node 0 is the root. */
  insert(node: number, h1: number, h2: number): number {
    const slots = this.slots;
    const mask = this.mask;
    let s = mix(node, h1, h2) & mask;
    for (;;) {
      const o = s * STRIDE;
      const c = slots[o + 3]!;
      if (c === 0) break;
      if (slots[o] === h1 && slots[o + 2] === node && slots[o + 1] === h2) return c;
      s = (s + 1) & mask;
    }
    const a = this.a;
    if (a.nodeCount === a.parent.length) this.growNodes();
    const id = a.nodeCount++;
    a.parent[id] = node;
    a.h1[id] = h1;
    a.h2[id] = h2;
    // keep the table at most half full so probes stay short
    if (a.nodeCount * 2 > mask + 1) this.rehash((mask + 1) * 2);
    else {
      const o = s * STRIDE;
      slots[o] = h1;
      slots[o + 1] = h2;
      slots[o + 2] = node;
      slots[o + 3] = id;
    }
    return id;
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
    const slots = new Int32Array(size * STRIDE);
    const mask = size - 1;
    const a = this.a;
    for (let id = 1; id < a.nodeCount; id++) {
      let s = mix(a.parent[id]!, a.h1[id]!, a.h2[id]!) & mask;
      while (slots[s * STRIDE + 3] !== 0) s = (s + 1) & mask;
      const o = s * STRIDE;
      slots[o] = a.h1[id]!;
      slots[o + 1] = a.h2[id]!;
      slots[o + 2] = a.parent[id]!;
      slots[o + 3] = id;
    }
    this.slots = slots;
    this.mask = mask;
  }

  /** The flat table (call once, after the payloads are set). */
  build(): TrieArrays {
    return layOut(this.a);
  }
}
