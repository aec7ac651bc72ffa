// Renamed things: the news gives the old name beside the new one ("Prayagraj (previously known as
// Allahabad)", "Odisha (formerly Orissa)"), and readers meet both, in old and new articles.

const NAME = String.raw`\p{Lu}[\p{L}\p{M}'’.-]*`;
const FORMER = new RegExp(
  String.raw`(${NAME}(?:\s+(?:${NAME}|of|de|del|la))*)\s+\((?:formerly|previously)(?:\s+(?:known as|called|named))?\s+(?:the\s+)?(${NAME}(?:\s+${NAME}){0,3})\)`,
  'gu',
);

/** Each "New (formerly Old)" pair in the texts, once, in first-seen order. */
export function formerNames(texts: Iterable<string>): Array<[string, string]> {
  const seen = new Set<string>();
  const out: Array<[string, string]> = [];
  for (const t of texts) {
    for (const m of t.matchAll(FORMER)) {
      const now = m[1]!;
      const old = m[2]!;
      const k = `${now}\u0000${old}`;
      if (seen.has(k) || now.length < 2 || old.length < 2) continue;
      seen.add(k);
      out.push([now, old]);
    }
  }
  return out;
}
