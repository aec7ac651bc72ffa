// The pack builder: adapters -> drafts -> merge -> mine the news -> link events -> background -> pack.
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { PACK_FORMAT, type Pack, type PackEntity, type PackEvent, type PackSource } from '../../lib/core/pack';
import { validatePack } from '../../lib/core/pack-validate';
import { SOURCES } from './sources';
import { SkipLog, type Draft } from './draft';
import { Merger, assignIds, entityFromCluster } from './merge';
import { nameKey } from './text';
import { countriesFromWorldCountries, demonymIndex } from './adapters/world-countries';
import { citiesFromGeoNames } from './adapters/cities';
import { entriesFromNsi } from './adapters/nsi';
import { commonWords, entitiesFromWordNet, roleNouns } from './adapters/wordnet';
import { CountryResolver } from './adapters/country-resolver';
import { countriesFromWikidata } from './adapters/countries-wikidata';
import { draftsFromFactbook } from './adapters/factbook';
import { draftsFromIntlOrgs } from './adapters/intl-orgs';
import { draftsFromPoliticians } from './adapters/politicians';
import { draftsFromParties } from './adapters/parties';
import { draftsFromActors, parseActors } from './adapters/actors';
import { parseWikilinker, wikilinkerQid } from './adapters/wikilinker';
import { loadCities, loadNsi, loadWordNetNouns, loadWordNetAdjectives, loadWorldCountries } from './load-npm';
import { loadCountriesWikidata, loadFactbook, loadIntlOrgs, loadParties, loadPoliticians } from './load-sources';
import { loadCurrentEvents, type CurrentEventsLoad } from './load-current-events';
import { draftsFromHeaders } from './headers';
import { mineNames, minedDrafts, type MinedName } from './mine-names';
import { acronymAliases } from './acronyms';
import { addEventStats, bestDescriptor, descriptorBefore, newsFacts, priorOf, type NewsStats } from './background';
import { compileInterimMatcher, type BlockLinker } from './interim-matcher';

export type MatcherChoice = 'auto' | 'interim' | 'linker';

export interface BuildOptions {
  starter: boolean;
  sourcesDir: string;
  matcher: MatcherChoice;
  log: (line: string) => void;
}

export interface BuildReport {
  skips: SkipLog;
  currentEvents?: Omit<CurrentEventsLoad, 'events' | 'headers'> & { headers: number };
  mined?: { considered: number; untyped: number; kept: MinedName[]; acronymAliases: number };
  matcher: string;
  actors?: { enriched: number; unmatched: number };
  headers?: { entities: number; existing: number };
  wikilinkerQids: number;
  draftsBySource: Map<string, number>;
}

type Linkable = PackEntity;

async function projectLinker(): Promise<((entities: readonly Linkable[]) => BlockLinker) | undefined> {
  // A variable specifier keeps the type checker from requiring the module while the linker is being written.
  const spec = '../../lib/core/linker';
  try {
    const mod = (await import(spec)) as { compileLinker?: (entities: readonly Linkable[]) => BlockLinker };
    return typeof mod.compileLinker === 'function' ? mod.compileLinker : undefined;
  } catch {
    return undefined;
  }
}

export async function buildPack(opts: BuildOptions): Promise<{ pack: Pack; report: BuildReport }> {
  const { log } = opts;
  const skips = new SkipLog();
  const report: BuildReport = { skips, matcher: 'none', wikilinkerQids: 0, draftsBySource: new Map() };
  const count = (ds: readonly Draft[]): Draft[] => {
    for (const d of ds) for (const s of d.sources) report.draftsBySource.set(s, (report.draftsBySource.get(s) ?? 0) + 1);
    return [...ds];
  };
  const usedSources = new Set<string>();

  // --- npm sources (the starter pack) ---
  const wc = loadWorldCountries();
  const resolver = new CountryResolver(wc);
  const nsi = loadNsi();
  const synsets = loadWordNetNouns();
  const adjectives = loadWordNetAdjectives();
  const { drafts: nsiDrafts, countryQids: nsiCountryQids } = entriesFromNsi(nsi.wikidata);
  const countryDrafts = countriesFromWorldCountries(wc);
  for (const d of countryDrafts) {
    // "U.S.", "U.K.": the dotted forms of the short codes are how the news writes them.
    for (const a of [...d.aliases]) if (/^[A-Z]{2,3}$/.test(a)) d.aliases.push(a.split('').join('.') + '.');
  }
  const countryNameByCca2 = new Map(wc.map((c) => [c.cca2, c.name.common]));
  const cca3ToCca2 = new Map(wc.map((c) => [c.cca3, c.cca2]));

  // Country QIDs: countries-wikidata when building the full pack, else the Name Suggestion Index.
  let cwDrafts: Draft[] = [];
  if (!opts.starter) {
    cwDrafts = countriesFromWikidata(loadCountriesWikidata(join(opts.sourcesDir, 'countries-wikidata', 'countries.json')), resolver, skips);
  }
  const cwQid = new Map(cwDrafts.map((d) => [d.idHint!, d.wikidata!]));
  const nsiQid = new Map<string, string>();
  for (const [label, v] of [...nsiCountryQids].sort()) {
    const ref = resolver.resolve(label);
    if (ref && !nsiQid.has(ref.cca3)) nsiQid.set(ref.cca3, v.qid);
  }
  for (const d of countryDrafts) {
    const qid = cwQid.get(d.idHint!) ?? nsiQid.get(d.idHint!.slice(8));
    if (qid) {
      d.wikidata = qid;
      if (!cwQid.has(d.idHint!)) d.sources.push(SOURCES.nsi.id);
    }
  }

  const merger = new Merger();
  merger.addAll(count(countryDrafts));
  merger.addAll(count(cwDrafts));
  usedSources.add(SOURCES.worldCountries.id);
  if (cwDrafts.length) usedSources.add(SOURCES.countriesWikidata.id);

  let factbookPeople: Draft[] = [];
  if (!opts.starter) {
    const fb = draftsFromFactbook(loadFactbook(join(opts.sourcesDir, 'factbook')), resolver, skips);
    merger.addAll(count(fb.filter((d) => d.type === 'country')));
    factbookPeople = fb.filter((d) => d.type !== 'country');
    merger.addAll(count(draftsFromIntlOrgs(loadIntlOrgs(join(opts.sourcesDir, 'international-orgs', 'general_list.yaml')), skips)));
    merger.addAll(count(draftsFromPoliticians(loadPoliticians(join(opts.sourcesDir, 'people')), skips)));
    merger.addAll(count(factbookPeople));
    const parties = loadParties(join(opts.sourcesDir, 'parties'));
    merger.addAll(count(draftsFromParties(parties.rows, parties.qids, resolver, skips)));
    for (const s of [SOURCES.factbook, SOURCES.intlOrgs, SOURCES.politicians, SOURCES.parties]) usedSources.add(s.id);
  }
  merger.addAll(count(nsiDrafts));
  merger.addAll(count(citiesFromGeoNames(loadCities(), countryNameByCca2)));
  merger.addAll(count(entitiesFromWordNet(synsets)));
  for (const s of [SOURCES.nsi, SOURCES.cities, SOURCES.wordnet]) usedSources.add(s.id);
  log(`drafts merged: ${merger.clusters.length} entities from npm${opts.starter ? '' : ' and source'} data`);

  let ce: CurrentEventsLoad | undefined;
  let wikilinker: ReturnType<typeof parseWikilinker> | undefined;
  if (!opts.starter) {
    // Actors only enrich: their names join entities other sources already know.
    let enriched = 0;
    let unmatched = 0;
    const actorFiles: Array<[string, 'person' | 'organisation']> = [
      ['Phoenix.Countries.actors.txt', 'person'],
      ['Phoenix.International.actors.txt', 'person'],
      ['Phoenix.MilNonState.actors.txt', 'organisation'],
    ];
    for (const [file, type] of actorFiles) {
      const drafts = draftsFromActors(parseActors(readFileSync(join(opts.sourcesDir, 'actors', file), 'utf8')), type, cca3ToCca2);
      for (const d of drafts) {
        if (merger.find(d)) {
          merger.add(d);
          enriched++;
        } else unmatched++;
      }
    }
    report.actors = { enriched, unmatched };
    if (unmatched) skips.add(SOURCES.actors.id, 'actor names no entity other sources know (not created alone)', undefined);
    skips.counts.set(`${SOURCES.actors.id}: actor names no entity other sources know (not created alone)`, unmatched);
    if (enriched) usedSources.add(SOURCES.actors.id);

    wikilinker = parseWikilinker(readFileSync(join(opts.sourcesDir, 'wikilinker', 'entities.tsv'), 'utf8'));
    ce = loadCurrentEvents(join(opts.sourcesDir, 'current-events'), skips);
    usedSources.add(SOURCES.currentEvents.id);
    log(`current events: ${ce.parsed}/${ce.files} day files parsed, ${ce.events.length} events, ${ce.headers.size} distinct headers`);

    // Story headers: a header naming something known enriches it; the rest become topic/event entities.
    const known = knownNameKeys(merger);
    let existing = 0;
    const headerDrafts = draftsFromHeaders(ce.headers).filter((d) => {
      if (known.has(nameKey(d.name))) {
        existing++;
        return false;
      }
      return true;
    });
    merger.addAll(count(headerDrafts));
    report.headers = { entities: headerDrafts.length, existing };

    // Mine the bullets for the names the news uses.
    const personNames = merger.clusters.filter((c) => c.type === 'person').flatMap((c) => c.drafts.map((d) => d.name));
    const givenNames = new Set<string>();
    const surnames = new Set<string>();
    for (const n of personNames) {
      const w = n.split(' ');
      if (w.length < 2 || w.some((x) => /^\p{Ll}/u.test(x))) continue;
      if (w[0]!.length >= 3) givenNames.add(w[0]!);
      surnames.add(w[w.length - 1]!);
    }
    const personNouns = roleNouns(synsets);
    const { mined, considered, untyped } = mineNames(ce.events, {
      knownNames: knownNameKeys(merger),
      commonWords: commonWords(synsets),
      personNouns,
      demonyms: demonymIndex(wc),
      givenNames,
      surnames,
      wikilinker,
    });
    const { aliasDrafts, remaining } = acronymAliases(mined, merger, ce.events.map((e) => e.text));
    merger.addAll(aliasDrafts);
    const md = minedDrafts(remaining);
    for (const d of md) if (d.wikidata) d.sources.push(SOURCES.wikilinker.id);
    merger.addAll(count(md));
    report.mined = { considered, untyped, kept: remaining, acronymAliases: aliasDrafts.length };
    usedSources.add(SOURCES.newsMined.id);
    log(`mined ${remaining.length} names from ${considered} capitalised candidates (${untyped} untyped dropped, ${aliasDrafts.length} acronyms joined known entities)`);
  }

  // --- entities ---
  const draftEntities = merger.clusters.map(entityFromCluster);
  if (wikilinker) {
    // Wikilinker confirms names others gave: a unique label of the same type, and a QID nobody else holds.
    const usedQids = new Set(draftEntities.map((e) => e.wikidata).filter(Boolean));
    for (const e of draftEntities) {
      if (e.wikidata || e.type === 'event' || e.type === 'thing' || e.type === 'treaty') continue;
      if (e.type === 'person' && e.name.split(' ').length < 2) continue;
      const qid = wikilinkerQid(wikilinker, e.name, e.type);
      if (!qid || usedQids.has(qid)) continue;
      usedQids.add(qid);
      e.wikidata = qid;
      e.sources = [...new Set([...e.sources, SOURCES.wikilinker.id])].sort();
      e.links.unshift({ label: 'Wikidata', url: `https://www.wikidata.org/wiki/${qid}` });
      report.wikilinkerQids++;
    }
    if (report.wikilinkerQids) usedSources.add(SOURCES.wikilinker.id);
  }
  const ids = assignIds(draftEntities);
  const weights = merger.clusters.map((c) => Math.max(0, ...c.drafts.map((d) => d.weight ?? 0)));
  const entities: PackEntity[] = draftEntities.map(({ idHints: _h, ...e }, i) => ({ id: ids[i]!, ...e, prior: priorOf(e, 0, weights[i]!) }));
  const byId = new Map(entities.map((e, i) => [e.id, i]));

  // --- events ---
  const events: PackEvent[] = [];
  const stats = new Map<string, NewsStats>();
  if (ce) {
    const factory = opts.matcher === 'interim' ? undefined : await projectLinker();
    if (opts.matcher === 'linker' && !factory) throw new Error('--matcher linker: lib/core/linker is not usable yet');
    const linker = factory ? factory(entities) : compileInterimMatcher(entities, commonWords(synsets));
    report.matcher = factory ? 'project linker (lib/core/linker)' : "builder's interim matcher (scripts/dataset/interim-matcher.ts)";
    log(`linking ${ce.events.length} events with the ${report.matcher}`);
    const threadEntity = new Map<string, string>();
    for (const e of entities) {
      const k = nameKey(e.name);
      if (!threadEntity.has(k) || e.sources.includes(SOURCES.currentEvents.id)) threadEntity.set(k, e.id);
    }
    const lexicon = {
      heads: new Set([...roleNouns(synsets), ...GROUP_HEADS]),
      modifiers: new Set([...adjectives, ...roleNouns(synsets), ...MODIFIERS]),
      capitalised: new Set([...demonymIndex(wc).keys(), ...CAPITALISED_MODIFIERS]),
    };
    for (const ev of ce.events) {
      const res = linker.link([{ text: ev.text }]);
      const ents = new Set<string>();
      for (const m of res.mentions) {
        if (!byId.has(m.entity)) continue;
        ents.add(m.entity);
        const desc = descriptorBefore(ev.text, m.start, lexicon);
        if (desc) {
          let s = stats.get(m.entity);
          if (!s) stats.set(m.entity, (s = { events: 0, threads: new Map(), companions: new Map(), descriptors: new Map() }));
          s.descriptors.set(desc, (s.descriptors.get(desc) ?? 0) + 1);
        }
      }
      for (const t of ev.threads) {
        const id = threadEntity.get(nameKey(t));
        if (id) ents.add(id);
      }
      const pe: PackEvent = {
        id: ev.id,
        date: ev.date,
        text: ev.text,
        entities: [...ents].sort(),
        threads: ev.threads,
        source: SOURCES.currentEvents.id,
      };
      if (ev.outlets.length) pe.outlets = ev.outlets;
      events.push(pe);
      addEventStats(stats, pe);
    }
  }

  // --- background and prior ---
  const nameOf = (id: string): string | undefined => {
    const i = byId.get(id);
    return i === undefined ? undefined : entities[i]!.name;
  };
  entities.forEach((e, i) => {
    const s = stats.get(e.id);
    if (s && s.events > 0) e.facts.push(...newsFacts(s, nameOf));
    const d = bestDescriptor(s);
    if (d && !e.description) e.descriptor = d;
    e.prior = priorOf(e, s?.events ?? 0, weights[i]!);
  });

  // Drop weak header topics that no event ever tied to anything (keeps the pack lean).
  entities.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  events.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  const sources: PackSource[] = Object.values(SOURCES)
    .filter((s) => usedSources.has(s.id))
    .map((s) => ({ ...s }))
    .sort((a, b) => (a.id < b.id ? -1 : 1));
  const builtAt = ce?.lastDate ? `${ce.lastDate}T00:00:00Z` : `${(nsi.generated ?? '2000-01-01T00:00:00Z').slice(0, 19)}Z`;
  const pack: Pack = {
    format: PACK_FORMAT,
    id: opts.starter ? 'backstory-starter' : 'backstory-full',
    version: builtAt.slice(0, 10).replace(/-/g, '.'),
    builtAt,
    sources,
    entities,
    events,
  };
  const v = validatePack(pack);
  if (!v.ok) throw new Error(`the built pack does not validate: ${JSON.stringify(v.errors.slice(0, 5))}`);
  if (ce) {
    const { events: _e, headers, ...rest } = ce;
    report.currentEvents = { ...rest, headers: headers.size };
  }
  return { pack, report };
}

function knownNameKeys(merger: Merger): Set<string> {
  const out = new Set<string>();
  for (const c of merger.clusters) for (const d of c.drafts) for (const n of [d.name, ...d.aliases]) out.add(nameKey(n));
  return out;
}

const GROUP_HEADS = [
  'group', 'organization', 'organisation', 'party', 'militia', 'company', 'firm', 'agency', 'network', 'city', 'town', 'village',
  'region', 'province', 'port', 'ship', 'vessel', 'tanker', 'carrier', 'newspaper', 'broadcaster', 'airline', 'bank', 'movement',
  'alliance', 'coalition', 'faction', 'outfit', 'treaty', 'agreement', 'operation', 'storm', 'hurricane', 'typhoon', 'cyclone',
  'retailer', 'carmaker', 'automaker', 'manufacturer', 'startup', 'conglomerate', 'insurer', 'lender', 'exchange', 'club', 'team',
];
const MODIFIERS = ['former', 'ex', 'late', 'exiled', 'jailed', 'imprisoned', 'detained', 'poisoned', 'murdered', 'slain', 'ousted',
  'deposed', 'acting', 'interim', 'incumbent', 'outgoing', 'opposition', 'militant', 'rebel', 'separatist', 'jihadist', 'islamist',
  'state-owned', 'state-run', 'prime', 'foreign', 'defense', 'defence', 'deputy', 'vice', 'senior', 'top', 'chief', 'veteran',
  'prominent', 'leading', 'retired', 'double', 'convicted', 'accused', 'alleged', 'suspected', 'fugitive', 'dissident', 'pro-Russian',
  'pro-democracy', 'anti-corruption', 'human', 'rights', 'civil', 'tech', 'oil', 'mining', 'shipping', 'pharmaceutical', 'media'];
const CAPITALISED_MODIFIERS = ['U.S.', 'UK', 'U.K.', 'EU', 'UN', 'U.N.', 'Islamist', 'Democratic', 'Republican', 'Conservative', 'Labour',
  'Prime', 'Minister', 'Foreign', 'Secretary', 'President', 'Former', 'Kurdish', 'Palestinian', 'Sunni', 'Shia', 'Shiite', 'Catholic'];
