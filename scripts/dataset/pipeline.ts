// The pack builder: adapters -> drafts -> merge -> mine the news -> link events -> background -> pack.
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { PACK_FORMAT, type Pack, type PackEntity, type PackEvent, type PackSource } from '../../lib/core/pack';
import { validatePack } from '../../lib/core/pack-validate';
import { SOURCES } from './sources';
import { draft, SkipLog, type Draft } from './draft';
import { Merger, assignIds, entityFromCluster } from './merge';
import { headsOtherNames, wordUses } from './brand-words';
import { peopleWords, withoutDemonymAliases, withoutPeopleWords } from './people-words';
import { nameKey } from './text';
import { countriesFromWorldCountries, demonymIndex } from './adapters/world-countries';
import { citiesFromGeoNames } from './adapters/cities';
import { entriesFromNsi } from './adapters/nsi';
import { commonWords, entitiesFromWordNet, roleNouns } from './adapters/wordnet';
import { CountryResolver } from './adapters/country-resolver';
import { countriesFromWikidata } from './adapters/countries-wikidata';
import { divisionsFromFactbook, draftsFromFactbook } from './adapters/factbook';
import { draftsFromIntlOrgs } from './adapters/intl-orgs';
import { draftsFromPoliticians } from './adapters/politicians';
import { draftsFromParties } from './adapters/parties';
import { draftsFromActors, parseActors } from './adapters/actors';
import { parseWikilinker, wikilinkerQid } from './adapters/wikilinker';
import { loadCities, loadNsi, loadWordNetNouns, loadWordNetAdjectives, loadWordNetAdjectiveSynsets, loadWorldCountries } from './load-npm';
import { loadCountriesWikidata, loadFactbook, loadIntlOrgs, loadParties, loadPoliticians } from './load-sources';
import { loadCurrentEvents, type CurrentEventsLoad } from './load-current-events';
import { draftsFromHeaders } from './headers';
import { mineNames, minedDrafts, type MinedName } from './mine-names';
import { acronymAliases } from './acronyms';
import { addEventStats, bestDescriptor, firstSentence, descriptorBefore, newsFacts, priorOf, type NewsStats } from './background';
import { compileInterimMatcher, type BlockLinker } from './interim-matcher';
import { compileLinker } from '../../lib/core/linker';
import { airportShortName, newsShortForms, regionShortName, spellingVariants, usStateAbbreviations } from './news-abbreviations';
import { formerNames } from './former-names';
import { hasNationalForm, isGenericInstitutionName } from './generic-names';
import { loadEnglishWords } from '../linker/english-words';

/** 'auto' and 'linker' use the project linker (lib/core/linker); 'interim' the builder's exact-alias matcher. */
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
  mined?: { considered: number; untyped: number; kept: MinedName[]; acronymAliases: number; fragments?: string[] };
  matcher: string;
  actors?: { enriched: number; unmatched: number };
  headers?: { entities: number; existing: number };
  outlets?: number;
  wikilinkerQids: number;
  draftsBySource: Map<string, number>;
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
  let wikilinkerCache: ReturnType<typeof parseWikilinker> | undefined;

  // --- npm sources (the starter pack) ---
  const wc = loadWorldCountries();
  const resolver = new CountryResolver(wc);
  const nsi = loadNsi();
  const synsets = loadWordNetNouns();
  const adjectives = loadWordNetAdjectives();
  // Read once, used by several steps below (none of them changes them).
  const wordnetWords = commonWords(synsets);
  const everydayWords = new Set([...wordnetWords, ...adjectives]);
  const demonyms = demonymIndex(wc);
  const { drafts: nsiDrafts, countryQids: nsiCountryQids } = entriesFromNsi(nsi.wikidata);
  // A place's description names its country ("state of the United States of America", "city in Quebec,
  // Canada"): with it, a namesake elsewhere (Virginia, South Africa) no longer merges into it by name.
  for (const d of nsiDrafts) {
    if (d.type !== 'place' || d.country || !d.description) continue;
    const m = /\b(?:in|of)\s+(?:the\s+)?([\p{Lu}][\p{L} .'-]+?)\s*(?:[,;(]|$)(?!.*\b(?:in|of)\s+(?:the\s+)?\p{Lu})/u.exec(d.description);
    const tail = d.description.split(/,\s*/).pop()!.trim();
    const ref = resolver.resolve(tail) ?? (m ? resolver.resolve(m[1]!.trim()) : undefined);
    if (ref) d.country = ref.cca2;
  }
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

  let cwLeftovers: Array<{ label: string; qid: string; description?: string }> = [];
  if (!opts.starter) {
    // Territories countries-wikidata lacks: a unique wikilinker label of a country or place agrees with
    // world-countries on name and type.
    const wl = parseWikilinker(readFileSync(join(opts.sourcesDir, 'wikilinker', 'entities.tsv'), 'utf8'));
    const used = new Set(countryDrafts.map((d) => d.wikidata).filter(Boolean));
    for (const d of countryDrafts) {
      if (d.wikidata) continue;
      for (const n of [d.name, ...d.aliases]) {
        const qid = wikilinkerQid(wl, n, 'place');
        if (qid && !used.has(qid)) {
          d.wikidata = qid;
          used.add(qid);
          d.sources.push(SOURCES.wikilinker.id);
          break;
        }
      }
      if (!d.wikidata) skips.add('countries', 'no QID in countries-wikidata, NSI or wikilinker', d.name);
    }
    // countries-wikidata gives some countries as their realm ("Kingdom of the Netherlands", Q29999) while the
    // news and Wikipedia mean the country itself (Netherlands, Q55): when its label is not the country's
    // common name and wikilinker has exactly one country of that common name, that QID is the one readers mean
    for (const d of cwDrafts) {
      if (d.aliases.length === 0) continue;
      const qid = wikilinkerQid(wl, d.name, 'country');
      if (!qid || qid === d.wikidata || used.has(qid) || (wl.get(nameKey(d.name)) ?? []).some((e) => e.type === 'country' && e.qid === d.wikidata)) continue;
      const cd = countryDrafts.find((c) => c.idHint === d.idHint);
      log(`country ${d.name}: ${d.wikidata} (${d.aliases[0]}) -> ${qid}`);
      used.delete(d.wikidata);
      d.wikidata = qid;
      if (cd) cd.wikidata = qid;
      used.add(qid);
    }
    wikilinkerCache = wl;
    const cwRaw = loadCountriesWikidata(join(opts.sourcesDir, 'countries-wikidata', 'countries.json'));
    cwLeftovers = cwRaw.filter((c) => !resolver.resolve(c.label)).map((c) => ({ label: c.label, qid: c.wikidata, description: c.description }));
  }

  const merger = new Merger();
  merger.addAll(count(countryDrafts));
  merger.addAll(count(cwDrafts));
  usedSources.add(SOURCES.worldCountries.id);
  if (cwDrafts.length) usedSources.add(SOURCES.countriesWikidata.id);

  let factbookPeople: Draft[] = [];
  let factbookProfiles: ReturnType<typeof loadFactbook> = [];
  if (!opts.starter) {
    factbookProfiles = loadFactbook(join(opts.sourcesDir, 'factbook'));
    const fb = draftsFromFactbook(factbookProfiles, resolver, skips);
    merger.addAll(count(fb.filter((d) => d.type === 'country')));
    factbookPeople = fb.filter((d) => d.type !== 'country');
    merger.addAll(count(draftsFromIntlOrgs(loadIntlOrgs(join(opts.sourcesDir, 'international-orgs', 'general_list.yaml')), skips)));
    merger.addAll(count(draftsFromPoliticians(loadPoliticians(join(opts.sourcesDir, 'people')), skips)));
    merger.addAll(count(factbookPeople));
    const parties = loadParties(join(opts.sourcesDir, 'parties'));
    merger.addAll(count(draftsFromParties(parties.rows, parties.qids, resolver, skips)));
    for (const s of [SOURCES.factbook, SOURCES.intlOrgs, SOURCES.politicians, SOURCES.parties]) usedSources.add(s.id);
  }
  merger.addAll(count(filterNsi(nsiDrafts, wordnetWords, demonyms, merger, wikilinkerCache, skips)));
  merger.addAll(count(citiesFromGeoNames(loadCities(), countryNameByCca2)));
  merger.addAll(count(entitiesFromWordNet(synsets, (n) => resolver.resolve(n)?.cca2)));
  for (const s of [SOURCES.nsi, SOURCES.cities, SOURCES.wordnet]) usedSources.add(s.id);
  if (factbookProfiles.length) {
    // after NSI and the cities: a province joins the region of its name, never the city
    const tally = { joined: 0, added: 0, skipped: 0 };
    for (const d of count(divisionsFromFactbook(factbookProfiles, resolver, skips))) tally[merger.addRegion(d)]++;
    log(`Factbook regions: ${tally.joined} joined a known region, ${tally.added} new, ${tally.skipped} named like a country`);
  }
  log(`drafts merged: ${merger.clusters.length} entities from npm${opts.starter ? '' : ' and source'} data`);

  let ce: CurrentEventsLoad | undefined;
  const wikilinker: ReturnType<typeof parseWikilinker> | undefined = wikilinkerCache;
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

    ce = loadCurrentEvents(join(opts.sourcesDir, 'current-events'), skips);
    usedSources.add(SOURCES.currentEvents.id);
    log(`current events: ${ce.parsed}/${ce.files} day files parsed, ${ce.events.length} events, ${ce.headers.size} distinct headers`);

    // A brand named by an everyday word that the news writes capitalised only inside other names or after
    // "the" ("White House", "the House voted") is not what that word means in the news. Before mining, so the
    // miner may find the news's own entity of that name.
    {
      const brandOnly = (c: (typeof merger.clusters)[number]): boolean =>
        c.type === 'organisation' &&
        c.drafts.every((d) => d.sources.every((s) => s === SOURCES.nsi.id || s === SOURCES.wikilinker.id)) &&
        c.drafts.every((d) => !/\s/.test(d.name) && wordnetWords.has(d.name.toLowerCase()));
      const brands = merger.clusters.filter(brandOnly);
      const uses = wordUses(
        ce.events.map((e) => e.text),
        new Set(brands.map((c) => c.drafts[0]!.name)),
      );
      const gone = new Set(brands.filter((c) => headsOtherNames(uses.get(c.drafts[0]!.name))));
      log(`${merger.remove(gone)} everyday-word brands dropped: the news writes the word only inside other names (${[...gone].map((c) => c.drafts[0]!.name).sort().join(', ')})`);
    }

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

    // The outlets the bullets cite are news organisations the reader meets too (BBC, Reuters, Al Jazeera).
    const outletDrafts = draftsFromOutlets(
      ce.events,
      knownNameKeys(merger, new Set([SOURCES.nsi.id, SOURCES.wordnet.id])),
      wikilinkerCache,
      new Set([...wordnetWords, ...[...demonyms.keys()].map(nameKey)]),
    );
    merger.addAll(count(outletDrafts));
    report.outlets = outletDrafts.length;

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
    const { mined, considered, untyped, acronymCandidates, fragments } = mineNames(ce.events, {
      // Names known only to the Name Suggestion Index or WordNet do not stop the news from naming its own
      // entity ("Salisbury" the English city, not NSI's Salisbury, Maryland): it merges or stands apart by QID.
      knownNames: knownNameKeys(merger, new Set([SOURCES.nsi.id, SOURCES.wordnet.id])),
      // "West Bank", "Security Council": WordNet's own entities, whatever longer names end with them
      sourceNames: knownNameKeys(merger),
      countryNames: new Map(
        merger.clusters.filter((c) => c.type === 'country').flatMap((c) => c.drafts.flatMap((d) => [d.name, ...d.aliases].map((n) => [nameKey(n), c.country ?? ''] as const))),
      ),
      commonWords: everydayWords,
      personNouns,
      demonyms,
      givenNames,
      surnames,
      knownPlaces: new Set(
        merger.clusters.filter((c) => c.type === 'place' || c.type === 'country').flatMap((c) => c.drafts.flatMap((d) => [d.name, ...d.aliases].map(nameKey))),
      ),
      knownOrganisations: new Set(
        merger.clusters.filter((c) => c.type === 'organisation' && c.qid).flatMap((c) => c.drafts.map((d) => d.name).filter((n) => !/\s/.test(n)).map(nameKey)),
      ),
      wikilinker,
    });
    log(`${fragments.length} mined names dropped as pieces of longer names`);
    skips.counts.set(`${SOURCES.newsMined.id}: a piece of longer names, opening with an everyday word, no QID`, fragments.length);
    const texts = ce.events.map((e) => e.text);
    const { aliasDrafts, remaining } = acronymAliases(mined, merger, texts, acronymCandidates);
    merger.addAll(aliasDrafts);
    const md = minedDrafts(remaining);
    for (const d of md) if (d.wikidata) d.sources.push(SOURCES.wikilinker.id);
    merger.addAll(count(md));
    // US state abbreviations join the states the sources give (never a new entity)
    for (const d of [...usStateAbbreviations(), ...newsShortForms()]) if (merger.find(d)) merger.add(d);
    const allNames = knownNameKeys(merger);
    for (const c of merger.clusters) {
      if (c.type !== 'place') continue;
      const head = c.drafts[0]!;
      const short = airportShortName(head.name, allNames, nameKey) ?? c.drafts.map((d) => regionShortName(head.name, d.description, wordnetWords)).find((x) => x !== undefined);
      if (short) merger.add(draft('place', head.name, SOURCES.newsMined.id, { aliases: [short], wikidata: c.qid, idHint: head.idHint, country: c.country }));
    }
    for (const c of merger.clusters) {
      if (c.type === 'organisation') merger.addAliases(c, spellingVariants(c.drafts[0]!.name, allNames, nameKey), SOURCES.newsMined.id);
    }
    log(`${merger.joinFormerNames(formerNames(texts), SOURCES.currentEvents.id)} entities joined the one the news names as their new name ("X (formerly Y)")`);
    // "Associated Press" joins "The Associated Press" first: two spelled-out outlets of one acronym would
    // each be one too many for "AP"
    log(`${merger.joinWithoutThe()} organisations named without "The" joined the one named with it`);
    log(`${merger.joinSpelledAcronyms()} spelled-out organisations joined the one named by their initials`);
    log(`${merger.joinDemonymGovernments(demonyms, SOURCES.newsMined.id)} "<demonym> government" entities joined "Government of <country>"`);
    report.mined = { considered, untyped, kept: remaining, acronymAliases: aliasDrafts.length, fragments };
    usedSources.add(SOURCES.newsMined.id);
    log(`mined ${remaining.length} names from ${considered} capitalised candidates (${untyped} untyped dropped, ${aliasDrafts.length} acronyms joined known entities)`);
  }

  // --- entities ---
  const joinedNational = merger.joinNationalNames();
  log(`${joinedNational} organisations named without their country joined the QID'd one named with it`);
  log(`${merger.joinCityPrefixed()} places named with their city in front joined the QID'd place of the rest of the name`);
  // "Muslim", "Hindu", "Chinese": a people's or a faith's word is no organisation's name; an organisation named
  // by nothing else leaves the pack (its cluster too, so the clusters and entities stay one list in one order)
  const people = peopleWords(synsets, loadWordNetAdjectiveSynsets());
  const draftEntities: ReturnType<typeof entityFromCluster>[] = [];
  const namedByPeopleWord = new Set<(typeof merger.clusters)[number]>();
  for (const c of merger.clusters) {
    const e = entityFromCluster(c);
    if (!withoutPeopleWords(e, people)) namedByPeopleWord.add(c);
    else {
      withoutDemonymAliases(e, demonyms);
      draftEntities.push(e);
    }
  }
  log(`${merger.remove(namedByPeopleWord)} organisations named only by a people's or a faith's word dropped`);
  {
    // Wikidata's non-country entries in countries-wikidata (NATO, the European Union, the Soviet Union) give
    // their QID and description to the entity of that exact name.
    const usedQids = new Set(draftEntities.map((e) => e.wikidata).filter(Boolean));
    const byName = new Map<string, (typeof draftEntities)[number]>();
    for (const e of draftEntities) if (!byName.has(nameKey(e.name))) byName.set(nameKey(e.name), e);
    for (const c of cwLeftovers) {
      const e = byName.get(nameKey(c.label));
      if (!e || usedQids.has(c.qid) || (e.wikidata && e.wikidata !== c.qid)) continue;
      e.wikidata = c.qid;
      usedQids.add(c.qid);
      if (!e.description && c.description) e.description = c.description;
      e.sources = [...new Set([...e.sources, SOURCES.countriesWikidata.id])].sort();
    }
  }
  if (wikilinker) {
    // Wikilinker confirms names others gave: a unique label of the same type, and a QID nobody else holds.
    const usedQids = new Set(draftEntities.map((e) => e.wikidata).filter(Boolean));
    const demonymWords = new Set(demonyms.keys());
    // "China", "Jersey": a country's name says whose institution it is, even when it is also a word
    const national = new Set([...demonymWords, ...merger.clusters.filter((c) => c.type === 'country').flatMap((c) => c.drafts.flatMap((d) => [d.name, ...d.aliases]).filter((n) => !/\s/.test(n)))]);
    const generic: string[] = [];
    for (const e of draftEntities) {
      if (e.wikidata || e.type === 'event' || e.type === 'thing' || e.type === 'treaty') continue;
      if (e.type === 'person' && e.name.split(' ').length < 2) continue;
      if (e.type === 'organisation' && isGenericInstitutionName(e.name, everydayWords, national) && hasNationalForm(e.name, e.aliases, demonymWords)) {
        if (wikilinkerQid(wikilinker, e.name, e.type)) generic.push(e.name);
        continue;
      }
      const qid = wikilinkerQid(wikilinker, e.name, e.type);
      if (!qid || usedQids.has(qid)) continue;
      usedQids.add(qid);
      e.wikidata = qid;
      e.sources = [...new Set([...e.sources, SOURCES.wikilinker.id])].sort();
      report.wikilinkerQids++;
    }
    if (report.wikilinkerQids) usedSources.add(SOURCES.wikilinker.id);
    generic.sort();
    log(`${generic.length} generic institution names left without wikilinker's QID (${generic.slice(0, 40).join(', ')})`);
    skips.counts.set(`${SOURCES.wikilinker.id}: QID not given to a generic institution name`, generic.length);
  }
  const ids = assignIds(draftEntities);
  const weights = merger.clusters.map((c) => Math.max(0, ...c.drafts.map((d) => d.weight ?? 0)));
  const citations = merger.clusters.map((c) => Math.max(0, ...c.drafts.map((d) => d.citations ?? 0)));
  const entities: PackEntity[] = draftEntities.map(({ idHints: _h, ...e }, i) => ({ id: ids[i]!, ...e, prior: priorOf(e, 0, weights[i]!) }));
  const byId = new Map(entities.map((e, i) => [e.id, i]));

  // --- events ---
  const events: PackEvent[] = [];
  const stats = new Map<string, NewsStats>();
  if (ce) {
    const useProject = opts.matcher !== 'interim';
    const linker: BlockLinker = useProject ? compileLinker(entities, { commonWords: loadEnglishWords() }) : compileInterimMatcher(entities, wordnetWords);
    report.matcher = useProject ? 'project linker (lib/core/linker)' : "builder's interim matcher (scripts/dataset/interim-matcher.ts)";
    log(`linking ${ce.events.length} events with the ${report.matcher}`);
    const threadEntity = new Map<string, string>();
    for (const e of entities) {
      const k = nameKey(e.name);
      if (!threadEntity.has(k) || e.sources.includes(SOURCES.currentEvents.id)) threadEntity.set(k, e.id);
    }
    const lexicon = {
      heads: new Set([...roleNouns(synsets), ...GROUP_HEADS]),
      modifiers: new Set([...adjectives, ...roleNouns(synsets), ...MODIFIERS]),
      capitalised: new Set([...demonyms.keys(), ...CAPITALISED_MODIFIERS]),
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
  // A story thread is described by the first sentence of its earliest event.
  const threadFirst = new Map<string, string>();
  for (const ev of [...events].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1))) {
    for (const t of ev.threads) if (!threadFirst.has(nameKey(t))) threadFirst.set(nameKey(t), firstSentence(ev.text));
  }
  entities.forEach((e, i) => {
    const s = stats.get(e.id);
    if (s && s.events > 0) e.facts.push(...newsFacts(s, nameOf, e.name));
    // Only for stories the news followed a while: a one-day header gains little from repeating its event.
    const d = bestDescriptor(s) ?? (e.sources.includes(SOURCES.currentEvents.id) && (s?.events ?? 0) >= 10 ? threadFirst.get(nameKey(e.name)) : undefined);
    if (d && !e.description) e.descriptor = d;
    // An outlet's citations count as its news presence: "MSNBC" is cited far more often than named in a bullet.
    e.prior = priorOf(e, (s?.events ?? 0) + citations[i]!, weights[i]!);
  });

  // A header seen over a single bullet is only that bullet's thread title (kept on the event): no entity.
  const dropped = new Set(
    entities
      .filter((e) => e.sources.length === 1 && e.sources[0] === SOURCES.currentEvents.id && e.type !== 'person' && (stats.get(e.id)?.events ?? 0) < 2 && !e.facts.some((f) => f.label.startsWith('News outlet')))
      .map((e) => e.id),
  );
  if (dropped.size) {
    const kept = entities.filter((e) => !dropped.has(e.id));
    entities.length = 0;
    for (const e of kept) entities.push(e);
    for (const ev of events) ev.entities = ev.entities.filter((id) => !dropped.has(id));
    skips.counts.set(`${SOURCES.currentEvents.id}: story header over a single bullet (kept as the event's thread, no entity)`, dropped.size);
  }
  entities.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  events.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  boostCapitals(entities);
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

const MIN_OUTLET_CITATIONS = 3;

/**
 * A national capital is what a bare mention of its name means far more often than a namesake region
 * ("Washington" the city, not the state): the news writes capitals for their governments. Its prior is raised
 * above the sources' and the news counts' estimate, which the namesakes share.
 */
export function boostCapitals(entities: PackEntity[]): void {
  // "Washington, DC" and "Washington, D.C." are one name
  const squash = (s: string): string => nameKey(s).replace(/ /g, '');
  const capitals = new Set<string>();
  for (const e of entities) {
    if (e.type !== 'country' || !e.country) continue;
    for (const f of e.facts) {
      if (f.label !== 'Capital') continue;
      // world-countries joins several capitals with commas; the Factbook writes one name ("Washington, DC")
      for (const v of f.source === SOURCES.worldCountries.id ? f.value.split(/,\s*/) : [f.value]) capitals.add(`${e.country}|${squash(v)}`);
    }
  }
  for (const e of entities) {
    if (e.type !== 'place' || !e.country) continue;
    if (![e.name, ...e.aliases].some((n) => capitals.has(`${e.country}|${squash(n)}`))) continue;
    e.prior = Math.round(Math.min(1, e.prior + 0.15) * 1000) / 1000;
  }
}

export function draftsFromOutlets(
  events: readonly { outlets: string[] }[],
  known: ReadonlySet<string>,
  wl: ReturnType<typeof parseWikilinker> | undefined,
  /** one-word keys that are words or demonyms ("Australian" for The Australian): never an outlet's name alone */
  notAlone?: ReadonlySet<string>,
): Draft[] {
  const counts = new Map<string, number>();
  // "AP via The Wall Street Journal" cites two outlets
  for (const ev of events) for (const o of new Set(ev.outlets.flatMap((x) => x.split(/\s+via\s+/)))) counts.set(o, (counts.get(o) ?? 0) + 1);
  const out: Draft[] = [];
  for (const [name, n] of [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    if (n < MIN_OUTLET_CITATIONS || name.length > 60 || !/^\p{Lu}/u.test(name) || /\d{3,}|https?:|subscription|registration/i.test(name)) continue;
    const key = nameKey(name);
    if (!key || known.has(key) || (notAlone?.has(key) ?? false)) continue;
    const d: Draft = {
      type: 'organisation',
      name,
      aliases: [],
      facts: [{ label: 'News outlet cited by Wikipedia’s Current events', value: `${n} events`, source: SOURCES.currentEvents.id }],
      links: [],
      sources: [SOURCES.currentEvents.id],
      weight: Math.min(0.5, n / 2000),
      citations: n,
    };
    const qid = wl ? wikilinkerQid(wl, name, 'organisation') : undefined;
    if (qid) {
      d.wikidata = qid;
      d.sources.push(SOURCES.wikilinker.id);
    }
    out.push(d);
  }
  return out;
}

/**
 * NSI labels that are ordinary words or place names ("Prime", "Chinese", "Europe") would be linked inside
 * "Prime Minister" or "Chinese officials". They stay only when wikilinker gives the same QID for that label,
 * i.e. the brand is the label's dominant Wikidata sense.
 */
function filterNsi(
  drafts: readonly Draft[],
  common: ReadonlySet<string>,
  demonyms: ReadonlyMap<string, string>,
  merger: Merger,
  wl: ReturnType<typeof parseWikilinker> | undefined,
  skips: SkipLog,
): Draft[] {
  const places = new Set(merger.clusters.filter((c) => c.type === 'country').flatMap((c) => c.drafts.flatMap((d) => [d.name, ...d.aliases].map(nameKey))));
  return drafts.filter((d) => {
    const single = !/\s/.test(d.name);
    const wordy = single && (common.has(d.name.toLowerCase()) || demonyms.has(d.name));
    const placeNamed = places.has(nameKey(d.name)) || /^(Europe|Africa|Asia|America|Oceania|Antarctica)$/.test(d.name);
    if (!wordy && !placeNamed) return true;
    if (wl && wikilinkerQid(wl, d.name, 'organisation') === d.wikidata) return true;
    skips.add(SOURCES.nsi.id, 'label is an ordinary word, demonym or place name (would mislink)', d.name);
    return false;
  });
}

function knownNameKeys(merger: Merger, ignoreOnly: ReadonlySet<string> = new Set()): Set<string> {
  const out = new Set<string>();
  for (const c of merger.clusters) {
    if (c.drafts.every((d) => d.sources.every((s) => ignoreOnly.has(s)))) continue;
    for (const d of c.drafts) for (const n of [d.name, ...d.aliases]) out.add(nameKey(n));
  }
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
