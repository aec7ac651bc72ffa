// Checks a built pack against the project's seed article (NATO expels Russian diplomats, 2021-10-06): its
// entities are present, and the background events (Skripal poisoning, the expulsions, INF withdrawal) are
// linked to them.   npx tsx scripts/dataset/check-seed.ts [--pack .cache/full-pack.json.gz]
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import type { Pack, PackEntity } from '../../lib/core/pack';
import { nameKey } from './text';

const SEED_NAMES = [
  'NATO', 'Brussels', 'Russia', 'Leonid Slutsky|Leonid Sluzki', 'State Duma', 'Moscow', 'Salisbury', 'Sergei Skripal',
  'Yulia Skripal', 'Novichok', 'Soviet Union', 'NATO–Russia Council', 'INF Treaty', 'Ukraine', 'Emmanuel Macron', 'European Union',
];

const WINDOWS: Array<{ label: string; from: string; to: string; text: RegExp; expect: string[] }> = [
  { label: 'Skripal poisoning', from: '2018-03-04', to: '2018-03-05', text: /Skripal/, expect: ['Sergei Skripal', 'Poisoning of Sergei and Yulia Skripal'] },
  { label: 'expulsions', from: '2018-03-26', to: '2018-03-27', text: /expel|expulsion/i, expect: ['Reactions to the poisoning of Sergei and Yulia Skripal'] },
  { label: 'INF withdrawal', from: '2018-10-20', to: '2019-08-02', text: /INF|Intermediate-Range Nuclear Forces/, expect: ['INF Treaty'] },
];

function main(): void {
  const i = process.argv.indexOf('--pack');
  const file = i > 0 ? process.argv[i + 1]! : '.cache/full-pack.json.gz';
  const pack = JSON.parse(gunzipSync(readFileSync(file)).toString('utf8')) as Pack;
  const byKey = new Map<string, PackEntity[]>();
  for (const e of pack.entities) {
    for (const n of [e.name, ...e.aliases]) {
      const list = byKey.get(nameKey(n)) ?? [];
      list.push(e);
      byKey.set(nameKey(n), list);
    }
  }
  const find = (names: string): PackEntity | undefined => {
    for (const n of names.split('|')) {
      const hits = byKey.get(nameKey(n));
      if (hits?.length) return [...hits].sort((a, b) => b.prior - a.prior)[0];
    }
    return undefined;
  };
  let present = 0;
  for (const n of SEED_NAMES) {
    const e = find(n);
    if (e) present++;
    console.log(`${e ? 'ok  ' : 'MISS'} ${n} -> ${e ? `${e.id} [${e.type}] ${e.name}${e.wikidata ? ` ${e.wikidata}` : ''} — ${e.description ?? e.descriptor ?? '(no description)'}` : ''}`);
  }
  console.log(`seed entities present: ${present}/${SEED_NAMES.length}`);
  for (const w of WINDOWS) {
    const evs = pack.events.filter((ev) => ev.date >= w.from && ev.date <= w.to && w.text.test(ev.text));
    const want = w.expect.map((n) => find(n)?.id);
    const linked = evs.filter((ev) => want.every((id) => id && ev.entities.includes(id)));
    console.log(`${w.label} ${w.from}..${w.to}: ${evs.length} events mention it, ${linked.length} linked to ${w.expect.join(' + ')}`);
    for (const ev of evs.slice(0, 4)) {
      const names = ev.entities.map((id) => pack.entities.find((e) => e.id === id)?.name ?? id);
      console.log(`   ${ev.date} ${ev.text.slice(0, 100)}…\n      -> ${names.join(', ')}`);
    }
  }
}

main();
