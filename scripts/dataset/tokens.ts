// Word tokens with offsets, shared by the name miner, the interim matcher and the descriptor miner.

export interface Token {
  text: string;
  start: number;
  end: number;
}

// Words keep inner apostrophes, hyphens and dots ("al-Assad", "O'Brien", "U.S.").
const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}]|['’.-](?=[\p{L}\p{N}])|\.(?=\s|$|[,;:)])(?<=\b\p{Lu}\.))*/gu;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) out.push({ text: m[0], start: m.index!, end: m.index! + m[0].length });
  return out;
}

export const isCapitalised = (w: string): boolean => /^[\p{Lu}]/u.test(w);
