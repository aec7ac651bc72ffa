// Coverage of a pack against annotated news: how many distinct gold entities the pack knows, by QID or by the
// gold label among an entity's names and aliases.
//   npx tsx scripts/dataset/coverage.ts [--pack .cache/full-pack.json.gz] [FILE.jsonl ...]
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { resolve, basename } from 'node:path';
import type { Pack } from '../../lib/core/pack';
import { nameKey } from './text';

interface GoldLabel {
  span: [number, number];
  entity_id: string;
  name: string;
}
interface GoldDoc {
  evaluation_span?: [number, number];
  labels: GoldLabel[];
}

export interface Coverage {
  gold: number;
  byQid: number;
  byLabel: number;
  known: number;
  missing: string[];
}

export function coverageOf(pack: Pack, docs: readonly GoldDoc[]): Coverage {
  const qids = new Set(pack.entities.map((e) => e.wikidata).filter(Boolean));
  const names = new Set(pack.entities.flatMap((e) => [e.name, ...e.aliases].map(nameKey)));
  const gold = new Map<string, string>();
  for (const d of docs) {
    for (const l of d.labels) {
      if (!/^Q\d+$/.test(l.entity_id)) continue;
      if (d.evaluation_span && (l.span[0] < d.evaluation_span[0] || l.span[1] > d.evaluation_span[1])) continue;
      if (!gold.has(l.entity_id)) gold.set(l.entity_id, l.name);
    }
  }
  let byQid = 0;
  let byLabel = 0;
  const missing: string[] = [];
  for (const [qid, name] of gold) {
    if (qids.has(qid)) byQid++;
    else if (names.has(nameKey(name))) byLabel++;
    else missing.push(`${name} (${qid})`);
  }
  return { gold: gold.size, byQid, byLabel, known: byQid + byLabel, missing };
}

function main(): void {
  const argv = process.argv.slice(2);
  let packFile = '.cache/full-pack.json.gz';
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--pack') packFile = argv[++i] ?? packFile;
    else files.push(argv[i]!);
  }
  if (files.length === 0) {
    files.push('../shared/eval/msnbc-updated.benchmark.jsonl', '../shared/eval/reuters-128.benchmark.jsonl');
  }
  const pack = JSON.parse(gunzipSync(readFileSync(resolve(packFile))).toString('utf8')) as Pack;
  console.log(`pack ${pack.id} ${pack.version}: ${pack.entities.length} entities`);
  for (const f of files) {
    const docs = readFileSync(resolve(f), 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as GoldDoc);
    const c = coverageOf(pack, docs);
    const pct = c.gold ? ((100 * c.known) / c.gold).toFixed(1) : 'n/a';
    console.log(`${basename(f)}: ${c.known}/${c.gold} distinct gold entities known = ${pct}% (by QID ${c.byQid}, by label ${c.byLabel})`);
    console.log(`  missing (first 80): ${c.missing.slice(0, 80).join('; ')}`);
  }
}

if (process.argv[1] && /coverage\.ts$/.test(process.argv[1])) main();
