// A brand named by an everyday word ("House", a Polish clothing chain; "Express"; "Global") is the word's
// main sense only if the news writes the word alone as a name. When the news writes it capitalised mostly
// inside longer names ("White House", "House of Representatives") or after "the" ("the House voted"), the
// capitalised word is how the news names other things, and a bare mention would link the brand wrongly.
import { isCapitalised, tokenize } from './tokens';

export interface WordUse {
  /** times written capitalised inside a sentence */
  seen: number;
  /** ... of which with no capitalised word on either side, no "the" before and no "of" after */
  alone: number;
}

const SENTENCE_END = /[.!?:;"“”(]/;

/** How the news writes each of `words` (exact case) when capitalised inside a sentence. */
export function wordUses(texts: readonly string[], words: ReadonlySet<string>): Map<string, WordUse> {
  const out = new Map<string, WordUse>();
  for (const text of texts) {
    const toks = tokenize(text);
    for (let i = 1; i < toks.length; i++) {
      const w = toks[i]!.text;
      if (!words.has(w)) continue;
      const prev = toks[i - 1]!;
      if (SENTENCE_END.test(text.slice(prev.end, toks[i]!.start)) || /\.$/.test(prev.text)) continue;
      const use = out.get(w) ?? { seen: 0, alone: 0 };
      out.set(w, use);
      use.seen++;
      const next = toks[i + 1];
      const nextJoined = next !== undefined && text.slice(toks[i]!.end, next.start) === ' ';
      if (/^the$/i.test(prev.text) || isCapitalised(prev.text)) continue;
      if (nextJoined && (isCapitalised(next.text) || next.text === 'of')) continue;
      use.alone++;
    }
  }
  return out;
}

/** At least 20 capitalised uses, fewer than one in ten alone: the word names other things in the news. */
export function headsOtherNames(use: WordUse | undefined): boolean {
  return use !== undefined && use.seen >= 20 && use.alone * 10 < use.seen;
}
