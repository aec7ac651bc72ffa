// npm run link -- --pack FILE --in IN.jsonl --out OUT.jsonl [--min-confidence 0.5] [--country XX]
// Links every article of a JSONL file (the eval format: id, text) and writes one line per article:
// {"id", "mentions": [{"span": [start, end], "entity", "wikidata", "name", "type", "confidence"}]}.

import { writeFileSync } from 'node:fs';
import { compileLinker } from '../lib/core/linker';
import { linkArticle } from './linker/link-article';
import { loadEnglishWords } from './linker/english-words';
import { parseArgs, readJsonl, readPack } from './linker/files';

const { options } = parseArgs(process.argv.slice(2));
const packFile = options.get('pack');
const inFile = options.get('in');
const outFile = options.get('out');
if (!packFile || !inFile || !outFile) {
  console.error('usage: npm run link -- --pack PACK.json[.gz] --in IN.jsonl --out OUT.jsonl [--min-confidence N] [--country XX]');
  process.exit(2);
}
const pack = readPack(packFile);
const linker = compileLinker(pack.entities, { commonWords: loadEnglishWords() });
const byId = new Map(pack.entities.map((e) => [e.id, e]));
const minConfidence = options.has('min-confidence') ? Number(options.get('min-confidence')) : undefined;
const country = options.get('country');
const articles = readJsonl(inFile);
const lines = articles.map((a) => {
  const mentions = linkArticle(linker, byId, a.text, { minConfidence, country });
  return JSON.stringify({ id: a.id, mentions });
});
writeFileSync(outFile, lines.join('\n') + (lines.length ? '\n' : ''));
const total = lines.reduce((n, l) => n + (JSON.parse(l) as { mentions: unknown[] }).mentions.length, 0);
console.log(`${articles.length} articles, ${total} mentions -> ${outFile}`);
