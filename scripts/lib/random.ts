// Seeded randomness for the scripts: the dataset report's sample, the fuzz tests and the page bench's shuffled
// rounds and bootstrap all repeat exactly on a rerun.

/** A small deterministic generator (mulberry32, 32-bit integer operations), in [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A shuffled copy of `xs` (Fisher-Yates), drawing from `rnd`. */
export function shuffled<T>(xs: readonly T[], rnd: () => number): T[] {
  const copy = [...xs];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}
