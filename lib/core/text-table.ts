// A table from texts to two integers, keyed by a 64-bit hash of the text's UTF-16 code units and kept in
// typed arrays. The alias index build looks up every alias, given name and surname of a million-alias pack
// here: a Map keyed by strings costs several cache misses per lookup (and the keys stay alive), one slot of
// this table costs one. Two different texts with the same 64-bit hash would share a slot, the same bet the
// token trie makes.

const STRIDE = 5; // h1, h2, used, a, b

export class TextTable {
  private slots: Int32Array;
  private size: number;
  private used = 0;

  constructor(expected = 1024) {
    let size = 1024;
    while (size < expected * 2) size *= 2;
    this.size = size;
    this.slots = new Int32Array(size * STRIDE);
  }

  get count(): number {
    return this.used;
  }

  /**
   * The slot of a text, created (with a = b = 0) when missing. With `lowerAscii`, ASCII capitals count as
   * lower case (callers fold other text themselves). A slot stays valid until the next creation.
   */
  slot(text: string, lowerAscii = false): number {
    const s = this.probe(text, lowerAscii);
    if (this.slots[s * STRIDE + 2] !== 0) return s;
    if ((this.used + 1) * 2 > this.size) {
      this.grow();
      return this.slot(text, lowerAscii);
    }
    const o = s * STRIDE;
    this.slots[o] = this.h1;
    this.slots[o + 1] = this.h2;
    this.slots[o + 2] = 1;
    this.used++;
    return s;
  }

  /** The slot of a text, or -1 when it has none (nothing is created). */
  find(text: string, lowerAscii = false): number {
    const s = this.probe(text, lowerAscii);
    return this.slots[s * STRIDE + 2] !== 0 ? s : -1;
  }

  // the hashes of the last probed text
  private h1 = 0;
  private h2 = 0;

  /** The text's slot, or the empty slot where it would go. */
  private probe(text: string, lowerAscii: boolean): number {
    let h1 = 0x811c9dc5 | 0;
    let h2 = 0x2545f491 | 0;
    for (let i = 0; i < text.length; i++) {
      let c = text.charCodeAt(i);
      if (lowerAscii && c >= 65 && c <= 90) c |= 32;
      h1 = Math.imul(h1 ^ c, 16777619);
      h2 = Math.imul(h2 ^ c, 0x9e3779b1);
      h2 ^= h2 >>> 15;
    }
    h2 ^= text.length;
    this.h1 = h1;
    this.h2 = h2;
    const mask = this.size - 1;
    let s = (Math.imul(h1 ^ (h2 >>> 7), 0x27d4eb2d) >>> 0) & mask;
    const slots = this.slots;
    for (;;) {
      const o = s * STRIDE;
      if (slots[o + 2] === 0) return s;
      if (slots[o] === h1 && slots[o + 1] === h2) return s;
      s = (s + 1) & mask;
    }
  }

  a(slot: number): number {
    return this.slots[slot * STRIDE + 3]!;
  }

  b(slot: number): number {
    return this.slots[slot * STRIDE + 4]!;
  }

  setA(slot: number, v: number): void {
    this.slots[slot * STRIDE + 3] = v;
  }

  setB(slot: number, v: number): void {
    this.slots[slot * STRIDE + 4] = v;
  }

  private grow(): void {
    const old = this.slots;
    const size = this.size * 2;
    const slots = new Int32Array(size * STRIDE);
    for (let o = 0; o < old.length; o += STRIDE) {
      if (old[o + 2] === 0) continue;
      let s = (Math.imul(old[o]! ^ (old[o + 1]! >>> 7), 0x27d4eb2d) >>> 0) & (size - 1);
      while (slots[s * STRIDE + 2] !== 0) s = (s + 1) & (size - 1);
      for (let k = 0; k < STRIDE; k++) slots[s * STRIDE + k] = old[o + k]!; // (a subarray view per entry is garbage)
    }
    this.slots = slots;
    this.size = size;
  }
}
