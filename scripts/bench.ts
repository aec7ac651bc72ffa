// npm run bench [-- --pack FILE] [--synthetic N] [--seconds S] [--skip-ac-synthetic] [--synthetic-only] [--compile-only]
// (--synthetic-only skips the run with the pack as it is; --compile-only stops each run after the linker's
// compile and load, for profiling the compile)
// Matching throughput (MB/s of UTF-8 text) over the texts of ../shared/eval/*.jsonl, compile time, load
// time of the compiled form and heap used, for the linker, a naive n-gram Map baseline and the npm package
// modern-ahocorasick, in one run; then the same with the pack topped up to N synthetic aliases (1,000,000).
// Numbers only: no assertions.

import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import AhoCorasick from 'modern-ahocorasick';
import { type CompiledLinker, compileLinker, countCandidates, type LinkerEntity, loadLinker } from '../lib/core/linker';
import { loadEnglishWords } from './linker/english-words';
import { parseArgs, readJsonl, readPack } from './linker/files';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const { options } = parseArgs(process.argv.slice(2));
const EVAL_DIR = '../shared/eval';
const packFile =
  options.get('pack') ?? ['.cache/full-pack.json.gz', '.cache/starter-pack.json.gz', 'tests/fixtures/linker/pack.json'].find((f) => existsSync(f))!;
const SYNTHETIC = Number(options.get('synthetic') ?? 1_000_000);
const SECONDS = Number(options.get('seconds') ?? 2);
const COMPILE_ONLY = options.has('compile-only');

const texts = readdirSync(EVAL_DIR)
  .filter((f) => f.endsWith('.jsonl'))
  .flatMap((f) => readJsonl(join(EVAL_DIR, f)).map((a) => a.text));
const textBytes = texts.reduce((n, t) => n + Buffer.byteLength(t, 'utf8'), 0);

function memory(): number {
  gc();
  gc();
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
}

function time<T>(f: () => T): [T, number] {
  const t0 = performance.now();
  const r = f();
  return [r, performance.now() - t0];
}

function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/**
 * MB/s of running `f` over every text, by the wall clock and by this process's CPU time, as the best of
 * ROUNDS rounds of about SECONDS / ROUNDS each: other work sharing the machine only ever slows a round down,
 * so the best round is the closest to the engine's own speed. Also the matches per pass.
 */
const ROUNDS = 5;
function throughput(f: (text: string) => number): { mbps: number; cpuMbps: number; matches: number } {
  let matches = 0;
  for (const t of texts) matches += f(t); // warm-up pass, counts matches
  let best = 0;
  let bestCpu = 0;
  for (let round = 0; round < ROUNDS; round++) {
    let bytes = 0;
    const t0 = performance.now();
    const c0 = cpuMs();
    let elapsed = 0;
    while (elapsed < (SECONDS * 1000) / ROUNDS) {
      for (const t of texts) f(t);
      bytes += textBytes;
      elapsed = performance.now() - t0;
    }
    const cpu = Math.max(1e-3, cpuMs() - c0);
    best = Math.max(best, bytes / 1e6 / (elapsed / 1000));
    bestCpu = Math.max(bestCpu, bytes / 1e6 / (cpu / 1000));
  }
  return { mbps: best, cpuMbps: bestCpu, matches };
}

// ---- the naive baseline: a Map of lowercased token n-grams up to 6 --------------------------------------

class NaiveNgramMatcher {
  private readonly map = new Map<string, number[]>();
  constructor(entities: readonly LinkerEntity[]) {
    entities.forEach((e, i) => {
      for (const name of [e.name, ...e.aliases]) {
        const key = (name.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');
        if (key.length === 0) continue;
        const list = this.map.get(key);
        if (list) list.push(i);
        else this.map.set(key, [i]);
      }
    });
  }
  scan(text: string): number {
    const tokens = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
    let found = 0;
    for (let i = 0; i < tokens.length; ) {
      let hit = 0;
      for (let n = Math.min(6, tokens.length - i); n >= 1; n--) {
        if (this.map.has(tokens.slice(i, i + n).join(' '))) {
          hit = n;
          break;
        }
      }
      if (hit > 0) {
        found++;
        i += hit;
      } else i++;
    }
    return found;
  }
}

// ---- synthetic aliases --------------------------------------------------------------------------------

function syntheticEntities(base: readonly LinkerEntity[], targetAliases: number): LinkerEntity[] {
  let seed = 12345;
  const rnd = (): number => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed / 2 ** 32;
  };
  const SYL = ['ka', 'lo', 'mi', 'ren', 'sto', 'vak', 'dru', 'pel', 'nor', 'tis', 'gar', 'bel', 'zon', 'fi', 'qua', 'hem', 'jor', 'wen', 'sa', 'ux'];
  const word = (): string => {
    const n = 2 + Math.floor(rnd() * 3);
    let w = '';
    for (let i = 0; i < n; i++) w += SYL[Math.floor(rnd() * SYL.length)];
    return w[0]!.toUpperCase() + w.slice(1);
  };
  const out = [...base];
  let aliases = base.reduce((n, e) => n + 1 + e.aliases.length, 0);
  let k = 0;
  while (aliases < targetAliases) {
    const tokens = 1 + Math.floor(rnd() * 3);
    const name = Array.from({ length: tokens }, word).join(' ');
    const alias = Array.from({ length: 1 + Math.floor(rnd() * 2) }, word).join(' ');
    out.push({ id: `syn:${k++}`, type: rnd() < 0.3 ? 'person' : 'organisation', name, aliases: [alias], prior: rnd() * 0.5 });
    aliases += 2;
  }
  return out;
}

// ---- one run --------------------------------------------------------------------------------------------

interface Row {
  engine: string;
  aliases: number;
  compileMs: number;
  loadMs: number | null;
  heapMB: number;
  mbps: number;
  cpuMbps: number;
  matches: number;
}

function benchAll(label: string, entities: readonly LinkerEntity[], runAc: boolean): Row[] {
  const rows: Row[] = [];
  const words = loadEnglishWords();
  const aliasCount = entities.reduce((n, e) => n + 1 + e.aliases.length, 0);
  console.log(`\n== ${label}: ${entities.length} entities, ${aliasCount} names+aliases`);

  // the linker
  let m0 = memory();
  const c0 = cpuMs();
  const [linker, compileMs] = time(() => compileLinker(entities, { commonWords: words }));
  // CPU time of every thread of the process (the collector's helpers too): the machine is shared, so the
  // wall clock alone says little
  const compileCpuMs = cpuMs() - c0;
  const heap = memory() - m0;
  const compiled = linker.toJSON();
  const [json, stringifyMs] = time(() => JSON.stringify(compiled));
  const [parsed, parseMs] = time(() => JSON.parse(json) as CompiledLinker);
  const [loaded, loadMs] = time(() => loadLinker(parsed));
  console.log(
    `linker: ${linker.size} aliases indexed; compiled form ${(json.length / 1e6).toFixed(1)} MB JSON ` +
      `(stringify ${stringifyMs.toFixed(0)} ms, JSON.parse ${parseMs.toFixed(0)} ms, loadLinker ${loadMs.toFixed(0)} ms); ` +
      `compile ${compileMs.toFixed(0)} ms wall, ${compileCpuMs.toFixed(0)} ms cpu; heap ${(heap / 1e6).toFixed(1)} MB`,
  );
  if (COMPILE_ONLY) return rows;
  const scan = throughput((t) => countCandidates(loaded, t));
  rows.push({ engine: 'linker: match (tokenize + trie scan)', aliases: linker.size, compileMs, loadMs, heapMB: heap / 1e6, ...scan });
  const full = throughput((t) => loaded.link([{ text: t }]).mentions.length);
  rows.push({ engine: 'linker: link (match + resolve + rank)', aliases: linker.size, compileMs, loadMs, heapMB: heap / 1e6, ...full });

  // naive baseline
  m0 = memory();
  const [naive, naiveMs] = time(() => new NaiveNgramMatcher(entities));
  const naiveHeap = memory() - m0;
  rows.push({ engine: 'naive n-gram Map (<= 6 tokens)', aliases: aliasCount, compileMs: naiveMs, loadMs: null, heapMB: naiveHeap / 1e6, ...throughput((t) => naive.scan(t)) });

  // modern-ahocorasick, exact patterns, whole words, leftmost-longest
  if (runAc) {
    m0 = memory();
    const patterns = [...new Set(entities.flatMap((e) => [e.name, ...e.aliases]).filter((p) => p.length > 0))];
    const [ac, acMs] = time(() => new AhoCorasick(patterns, { boundary: 'unicode' }));
    const acHeap = memory() - m0;
    rows.push({
      engine: 'modern-ahocorasick (exact, whole words)',
      aliases: patterns.length,
      compileMs: acMs,
      loadMs: null,
      heapMB: acHeap / 1e6,
      ...throughput((t) => ac.search(t, { strategy: 'leftmost-longest' }).length),
    });
  }

  console.log('engine                                    aliases  compile ms  load ms  heap MB  MB/s wall  MB/s cpu  matches/pass');
  for (const r of rows) {
    console.log(
      `${r.engine.padEnd(40)} ${String(r.aliases).padStart(8)} ${r.compileMs.toFixed(0).padStart(11)} ${(r.loadMs === null ? '-' : r.loadMs.toFixed(0)).padStart(8)} ` +
        `${r.heapMB.toFixed(1).padStart(8)} ${r.mbps.toFixed(1).padStart(10)} ${r.cpuMbps.toFixed(1).padStart(9)} ${String(r.matches).padStart(13)}`,
    );
  }
  const ours = rows[0]!;
  for (const r of rows.slice(2)) {
    console.log(`ratio linker match / ${r.engine}: ${(ours.mbps / r.mbps).toFixed(1)}x wall, ${(ours.cpuMbps / r.cpuMbps).toFixed(1)}x cpu`);
  }
  console.log(`ratio linker link / naive: ${(rows[1]!.mbps / rows[2]!.mbps).toFixed(1)}x wall, ${(rows[1]!.cpuMbps / rows[2]!.cpuMbps).toFixed(1)}x cpu`);
  return rows;
}

const pack = readPack(packFile);
console.log(`texts: ${texts.length} articles from ${EVAL_DIR}, ${(textBytes / 1e6).toFixed(3)} MB; pack ${packFile}; node ${process.version}`);
if (!options.has('synthetic-only')) benchAll(`pack ${packFile}`, pack.entities, true);
if (SYNTHETIC > 0) {
  const entities = syntheticEntities(pack.entities, SYNTHETIC);
  benchAll(`synthetic: pack topped up to ${SYNTHETIC} names+aliases`, entities, !options.has('skip-ac-synthetic'));
}
