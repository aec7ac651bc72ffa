// The hand-made fixture pack and small helpers for the linker's table tests.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compileLinker, type LinkOptions, type Linker, type TextBlock } from '../../../lib/core/linker';
import type { Pack } from '../../../lib/core/pack';

const packPath = fileURLToPath(new URL('../../fixtures/linker/pack.json', import.meta.url));
export const fixturePack = JSON.parse(readFileSync(packPath, 'utf8')) as Pack;

let cached: Linker | null = null;
export function fixtureLinker(): Linker {
  cached ??= compileLinker(fixturePack.entities);
  return cached;
}

/** "surface=entity" for every link in one text, in order. */
export function links(text: string, options?: LinkOptions, linker: Linker = fixtureLinker()): string[] {
  return linkBlocks([{ text }], options, linker);
}

export function linkBlocks(blocks: readonly TextBlock[], options?: LinkOptions, linker: Linker = fixtureLinker()): string[] {
  const r = linker.link(blocks, options);
  return r.mentions.map((m) => `${blocks[m.block]!.text.slice(m.start, m.end)}=${m.entity}`);
}
