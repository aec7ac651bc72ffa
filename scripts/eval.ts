// npm run eval -- --pack FILE FILES.jsonl... [--json OUT.json] [--min-confidence N] [--errors N] [--context N]
// Precision, recall and F1 of the linker's mentions and entities against annotated articles, overall and
// for the entities the pack knows, by type, with the pack's coverage of the gold. Table + optional JSON.

import { writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import {
  type ArticleCounts,
  COARSE_TYPES,
  countArticle,
  foldName,
  isKnown,
  isLinkable as isLinkableLabel,
  type PackKnowledge,
  type Report,
  sameEntity,
  summarise,
} from '../lib/core/eval-metrics';
import { compileLinker } from '../lib/core/linker';
import { loadEnglishWords } from './linker/english-words';
import { parseArgs, readJsonl, readPack } from './linker/files';
import { linkArticle } from './linker/link-article';

const { options, positional } = parseArgs(process.argv.slice(2));
const packFile = options.get('pack');
if (!packFile || positional.length === 0) {
  console.error('usage: npm run eval -- --pack PACK.json[.gz] FILE.jsonl... [--json OUT.json] [--min-confidence N] [--errors N] [--context N]');
  process.exit(2);
}
const pack = readPack(packFile);
const t0 = performance.now();
const linker = compileLinker(pack.entities, { commonWords: loadEnglishWords() });
const compileMs = performance.now() - t0;
const byId = new Map(pack.entities.map((e) => [e.id, e]));
const knowledge: PackKnowledge = {
  qids: new Set(pack.entities.map((e) => e.wikidata).filter((q): q is string => typeof q === 'string')),
  namesWithoutQid: new Set(pack.entities.filter((e) => !e.wikidata).flatMap((e) => [e.name, ...e.aliases].map(foldName))),
};
const minConfidence = options.has('min-confidence') ? Number(options.get('min-confidence')) : undefined;
const showErrors = Number(options.get('errors') ?? 0);
/** --context N: N characters of text either side of each listed error */
const contextChars = Number(options.get('context') ?? 0);
const around = (text: string, span: readonly [number, number]): string =>
  contextChars > 0 ? `  |${text.slice(Math.max(0, span[0] - contextChars), span[1] + contextChars).replace(/\s+/g, ' ')}|` : '';

const pct = (x: number): string => (100 * x).toFixed(1).padStart(5);
const reports: Record<string, Report> = {};
const all: ArticleCounts[] = [];
for (const file of positional) {
  const counts: ArticleCounts[] = [];
  const errors: string[] = [];
  for (const article of readJsonl(file)) {
    const predicted = linkArticle(linker, byId, article.text, { minConfidence }).map((m) => {
      const e = byId.get(m.entity);
      return { ...m, names: e ? [e.name, ...e.aliases].map(foldName) : [] };
    });
    counts.push(countArticle(article, predicted, knowledge));
    if (showErrors > 0) {
      // false links and missed known mentions, for looking at, not for tuning names
      const w = article.evaluation_span;
      for (const p of predicted) {
        if (w && (p.span[0] < w[0] || p.span[1] > w[1])) continue;
        const g = article.labels.find((l) => l.span[0] < p.span[1] && p.span[0] < l.span[1]);
        if (!g || !sameEntity(p, g)) {
          // upper case: counted against the known-entity precision; lower case: over a gold entity the pack lacks
          const counted = !g || (isLinkableLabel(g, article.text) && isKnown(g, knowledge));
          errors.push(`${counted ? 'FP' : 'fp'} ${JSON.stringify(article.text.slice(...p.span))} -> ${p.name} (${p.wikidata}) gold=${g ? `${g.entity_id} ${g.name ?? ''}` : 'none'}${around(article.text, p.span)}`);
        }
      }
      for (const l of article.labels) {
        if (w && (l.span[0] < w[0] || l.span[1] > w[1])) continue;
        if (!isLinkableLabel(l, article.text) || !isKnown(l, knowledge)) continue;
        if (!predicted.some((p) => sameEntity(p, l) && p.span[0] < l.span[1] && l.span[0] < p.span[1])) {
          errors.push(`FN ${JSON.stringify(article.text.slice(...l.span))} gold=${l.entity_id} ${l.name ?? ''}${around(article.text, l.span)}`);
        }
      }
    }
  }
  reports[basename(file)] = summarise(counts);
  all.push(...counts);
  if (errors.length > 0) console.log(`--- ${basename(file)}: first ${showErrors} errors\n${errors.slice(0, showErrors).join('\n')}`);
}
if (positional.length > 1) reports['ALL'] = summarise(all);

console.log(`pack ${packFile}: ${pack.entities.length} entities, ${linker.size} aliases, compiled in ${compileMs.toFixed(0)} ms`);
console.log('');
console.log('file                         docs  gold  known cov% | known: P     R     F1  | all: P     R     F1  | entities known: P  R     F1');
for (const [name, r] of Object.entries(reports)) {
  const k = r.mentionsKnown;
  const a = r.mentions;
  const e = r.entitiesKnown;
  console.log(
    `${name.padEnd(28)} ${String(r.articles).padStart(4)} ${String(r.coverage.goldMentions).padStart(5)} ${String(r.coverage.goldMentionsKnown).padStart(5)} ${pct(r.coverage.mentionShare)} |` +
      `  ${pct(k.precision)} ${pct(k.recall)} ${pct(k.f1)} |  ${pct(a.precision)} ${pct(a.recall)} ${pct(a.f1)} |  ${pct(e.precision)} ${pct(e.recall)} ${pct(e.f1)}`,
  );
}
const total = reports['ALL'] ?? Object.values(reports)[0]!;
console.log('');
console.log('by type (known entities; recall by gold type, precision by predicted type)');
console.log('type          gold  pred |   P     R     F1');
for (const t of COARSE_TYPES) {
  const s = total.byType[t];
  console.log(`${t.padEnd(12)} ${String(s.gold).padStart(5)} ${String(s.predicted).padStart(5)} | ${pct(s.precision)} ${pct(s.recall)} ${pct(s.f1)}`);
}
console.log(
  `coverage: ${total.coverage.goldEntitiesKnown}/${total.coverage.goldEntities} gold entities (per article) and ` +
    `${total.coverage.goldMentionsKnown}/${total.coverage.goldMentions} gold mentions are known to the pack`,
);
const jsonOut = options.get('json');
if (jsonOut) {
  writeFileSync(jsonOut, JSON.stringify({ pack: packFile, entities: pack.entities.length, aliases: linker.size, reports }, null, 2) + '\n');
  console.log(`written ${jsonOut}`);
}
