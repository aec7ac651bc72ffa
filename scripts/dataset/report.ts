// The printed build report: counts by type and source, background coverage, skips, the mined-name sample.
import type { Pack } from '../../lib/core/pack';
import type { BuildReport } from './pipeline';
import { seededRandom, shuffled } from '../lib/random';

/** `n` of `xs`, the same ones on every run. */
export function sample<T>(xs: readonly T[], n: number, seed: number): T[] {
  return shuffled(xs, seededRandom(seed)).slice(0, n);
}

const tally = (xs: Iterable<string>): string =>
  [...[...xs].reduce((m, x) => m.set(x, (m.get(x) ?? 0) + 1), new Map<string, number>())]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');

export function formatReport(pack: Pack, r: BuildReport, extra: { bytes: number; seconds: number; file: string }): string {
  const lines: string[] = [];
  const e = pack.entities;
  const eventsPer = new Map<string, number>();
  for (const ev of pack.events) for (const id of ev.entities) eventsPer.set(id, (eventsPer.get(id) ?? 0) + 1);
  const counts = e.map((x) => eventsPer.get(x.id) ?? 0).sort((a, b) => a - b);
  const inTen = e.filter((x) => (eventsPer.get(x.id) ?? 0) >= 10);
  const described = (xs: typeof e) => xs.filter((x) => x.description || x.descriptor).length;
  const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}%` : 'n/a');
  lines.push(`pack ${pack.id} ${pack.version} built at ${pack.builtAt} -> ${extra.file}`);
  lines.push(`size: ${(extra.bytes / 1024 / 1024).toFixed(2)} MB gzipped (${extra.bytes} bytes); build time ${extra.seconds.toFixed(1)} s`);
  lines.push(`entities: ${e.length} (${tally(e.map((x) => x.type))})`);
  lines.push(`entities by source: ${tally(e.flatMap((x) => x.sources))}`);
  lines.push(`drafts read by source: ${[...r.draftsBySource].sort().map(([k, n]) => `${k} ${n}`).join(', ')}`);
  lines.push(`with QID: ${e.filter((x) => x.wikidata).length}; countries with QID: ${e.filter((x) => x.type === 'country' && x.wikidata).length}/${e.filter((x) => x.type === 'country').length}`);
  lines.push(`with description: ${e.filter((x) => x.description).length}; with news descriptor: ${e.filter((x) => x.descriptor).length}`);
  lines.push(`events: ${pack.events.length}; with ≥1 entity: ${pack.events.filter((x) => x.entities.length).length}; dates ${pack.events[0]?.date ?? '-'} .. ${pack.events[pack.events.length - 1]?.date ?? '-'}`);
  if (pack.events.length) {
    const withEvents = counts.filter((n) => n > 0);
    lines.push(
      `events per entity: ${withEvents.length} entities in ≥1 event, ${inTen.length} in ≥10; median (of those in ≥1) ${withEvents[Math.floor(withEvents.length / 2)] ?? 0}, max ${counts[counts.length - 1] ?? 0}`,
    );
    lines.push(`entities in ≥10 events with a description or descriptor: ${described(inTen)}/${inTen.length} = ${pct(described(inTen), inTen.length)}`);
  }
  lines.push(`matcher: ${r.matcher}; wikilinker QIDs given: ${r.wikilinkerQids}`);
  if (r.currentEvents) {
    const c = r.currentEvents;
    lines.push(`current events: ${c.parsed}/${c.files} day files parsed; ${c.v2Days.length} days in the 2026 schema (parsed): ${c.v2Days.join(' ')}`);
    lines.push(`  broken files (skipped): ${c.brokenFiles.map((b) => `${b.file} (${b.error})`).join('; ') || 'none'}`);
    lines.push(`  days without events: ${c.emptyDays.length}; bullets with a visibly missing number (kept as is): ${c.missingNumbers}; distinct headers ${c.headers}`);
  }
  if (r.outlets !== undefined) lines.push(`news outlets cited ≥3 times made entities: ${r.outlets}`);
  if (r.headers) lines.push(`story headers: ${r.headers.entities} new topic/event entities, ${r.headers.existing} named an entity already known`);
  if (r.actors) lines.push(`actors: ${r.actors.enriched} enriched known entities, ${r.actors.unmatched} matched nothing (not created)`);
  if (r.mined) {
    lines.push(`mined from the news: ${r.mined.kept.length} names (of ${r.mined.considered} capitalised candidates; ${r.mined.untyped} untyped dropped; ${r.mined.acronymAliases} acronym aliases joined known entities)`);
    lines.push(`  mined by type: ${tally(r.mined.kept.map((m) => m.type))}`);
    lines.push('  random sample of 50 mined names (seed 20211006): name | type | events | why');
    for (const m of sample(r.mined.kept, 50, 20211006)) lines.push(`    ${m.name} | ${m.type} | ${m.events} | ${m.why}${m.wikidata ? ` | ${m.wikidata}` : ''}`);
    if (r.mined.fragments?.length) {
      lines.push(`  dropped as pieces of longer names: ${r.mined.fragments.length}; random sample of 40 (seed 20211006):`);
      lines.push(`    ${sample(r.mined.fragments, 40, 20211006).join(' | ')}`);
    }
  }
  lines.push('skipped:');
  for (const [k, n] of [...r.skips.counts].sort()) {
    const ex = r.skips.examples.get(k);
    lines.push(`  ${k}: ${n}${ex?.length ? ` (e.g. ${ex.join('; ')})` : ''}`);
  }
  return lines.join('\n');
}
