// npm run dataset -- --out FILE [--sources DIR] [--starter] [--matcher auto|interim|linker]
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { loadEnglishWords } from '../linker/english-words';
import { buildPack, type MatcherChoice } from './pipeline';
import { writePack } from './write-pack';
import { formatReport } from './report';

function args(argv: readonly string[]): { out?: string; sources: string; starter: boolean; matcher: MatcherChoice } {
  const out: { out?: string; sources: string; starter: boolean; matcher: MatcherChoice } = {
    sources: resolve(process.cwd(), '../shared/data'),
    starter: false,
    matcher: 'auto',
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--out') out.out = argv[++i];
    else if (a === '--sources') out.sources = resolve(argv[++i] ?? '');
    else if (a === '--starter') out.starter = true;
    else if (a === '--matcher') out.matcher = (argv[++i] ?? 'auto') as MatcherChoice;
    else throw new Error(`unknown argument ${a}`);
  }
  return out;
}

async function main(): Promise<void> {
  const a = args(process.argv.slice(2));
  const file = resolve(a.out ?? (a.starter ? '.cache/starter-pack.json.gz' : '.cache/full-pack.json.gz'));
  const t0 = performance.now();
  const { pack, report } = await buildPack({ starter: a.starter, sourcesDir: a.sources, matcher: a.matcher, log: (l) => console.log(`· [${((performance.now() - t0) / 1000).toFixed(1)} s] ${l}`) });
  const bytes = writePack(pack, file);
  // the extension compiles its linker with the same everyday-word list as the builder and the eval
  const words = resolve('.cache/common-words.json');
  mkdirSync(dirname(words), { recursive: true });
  writeFileSync(words, JSON.stringify([...loadEnglishWords()].sort()) + '\n');
  const seconds = (performance.now() - t0) / 1000;
  console.log(formatReport(pack, report, { bytes, seconds, file }));
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.stack ?? e.message : e);
  process.exit(1);
});
