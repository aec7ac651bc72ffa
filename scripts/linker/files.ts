// File helpers shared by the link, eval and bench commands: packs (.json or .json.gz) and JSONL articles.

import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import type { Pack } from '../../lib/core/pack';
import type { GoldArticle } from '../../lib/core/eval-metrics';

export function readPack(file: string): Pack {
  const raw = readFileSync(file);
  const text = (file.endsWith('.gz') || (raw[0] === 0x1f && raw[1] === 0x8b) ? gunzipSync(raw) : raw).toString('utf8');
  const pack = JSON.parse(text) as Pack;
  if (!Array.isArray(pack.entities)) throw new Error(`${file}: not a pack (no entities array)`);
  return pack;
}

export function readJsonl(file: string): GoldArticle[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .map((line, i) => {
      try {
        return JSON.parse(line) as GoldArticle;
      } catch (e) {
        throw new Error(`${file}:${i + 1}: ${(e as Error).message}`);
      }
    });
}

/** --name value options and positional arguments. */
export function parseArgs(argv: readonly string[]): { options: Map<string, string>; positional: string[] } {
  const options = new Map<string, string>();
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      if (eq > 0) options.set(a.slice(2, eq), a.slice(eq + 1));
      else {
        const next = argv[i + 1];
        if (next !== undefined && !next.startsWith('--')) {
          options.set(a.slice(2), next);
          i++;
        } else options.set(a.slice(2), 'true');
      }
    } else positional.push(a);
  }
  return { options, positional };
}
