// Mines recurring proper names from the event bullets: the news names its own entities. Each candidate is
// typed from cues in the text ("President X", "X-based", "in X", "X says"), from the words of the name itself
// ("... Party", "Operation ...", "USS ..."), and only then from wikilinker's coarse type; untyped names are
// dropped. Names other sources already know are left to them.
import type { EntityType } from '../../lib/core/pack';
import { SOURCES } from './sources';
import { draft, type Draft } from './draft';
import { nameKey } from './text';
import { isCapitalised, tokenize } from './tokens';
import { wikilinkerQid, type WikilinkerEntry } from './adapters/wikilinker';
import { hasNationalForm, isGenericInstitutionName } from './generic-names';

export interface MinerContext {
  /** nameKey of every name and alias other sources give. */
  knownNames: ReadonlySet<string>;
  /** Lower-case words of the language (WordNet lemmas). */
  commonWords: ReadonlySet<string>;
  /** Lower-case nouns for people ("spy", "politician"). */
  personNouns: ReadonlySet<string>;
  /** Demonym -> ISO alpha-2 ("Russian" -> "RU"). */
  demonyms: ReadonlyMap<string, string>;
  /** First names of known people. */
  givenNames: ReadonlySet<string>;
  /** nameKey of country names and aliases -> ISO alpha-2. */
  countryNames?: ReadonlyMap<string, string>;
  /** nameKey of known places and countries. */
  knownPlaces: ReadonlySet<string>;
  /** Surnames of known people: a bare surname is a later mention, not a new entity. */
  surnames: ReadonlySet<string>;
  /** nameKey of one-word names of organisations with a QID ("Merrill", "Kodak"). */
  knownOrganisations?: ReadonlySet<string>;
  wikilinker?: ReadonlyMap<string, WikilinkerEntry[]>;
  /** nameKey of every name any source gives, the Name Suggestion Index and WordNet too: such a name is no fragment. */
  sourceNames?: ReadonlySet<string>;
}

export interface MinedEvent {
  text: string;
  named?: { people: string[]; organisations: string[]; places: string[] };
}

interface Candidate {
  name: string;
  events: number;
  lastEvent: number;
  initialOnly: boolean;
  person: number;
  place: number;
  thing: number;
  org: number;
  countries: Map<string, number>;
  /** "U.S. Securities and Exchange Commission": the national prefix the news put before an institution. */
  prefixed: Map<string, number>;
  /** Mentions cut from the end of a longer capitalised name ("Moody's Investors Service", "Safety and Health Administration"). */
  cut: number;
}

export interface MinedName {
  name: string;
  type: EntityType;
  events: number;
  country?: string;
  wikidata?: string;
  why: string;
  aliases?: string[];
}

const TITLES = new Set(
  ('President Vice Prime Minister Ministers Secretary Chancellor Premier King Queen Prince Princess Pope Cardinal Archbishop Bishop ' +
    'Senator Sen. Rep. Representative Governor Gov. Mayor Judge Justice General Gen. Colonel Col. Lieutenant Lt. Major Maj. Captain Capt. ' +
    'Admiral Adm. Sergeant Sgt. Commander Chief Director Ambassador Speaker Chairman Chairwoman Leader Sheikh Ayatollah Imam Emir Amir ' +
    'Sultan Crown Mr. Mrs. Ms. Dr. Sir Dame Lord Lady Professor Prof. Rabbi Father Reverend Rev. Foreign Defense Defence Interior CEO Founder Inspector Coach Manager ' +
    'Finance Justice Health Deputy Former Acting Interim Opposition Supreme Attorney Police Army Military Spokesman Spokeswoman President-elect Adviser Advisor Envoy Commissioner').split(' '),
);
const PERSON_TITLES = new Set(
  ('President Prime Minister Secretary Chancellor Premier King Queen Prince Princess Pope Cardinal Archbishop Bishop Senator Sen. Rep. ' +
    'Representative Governor Gov. Mayor Judge Justice General Gen. Colonel Col. Lieutenant Lt. Major Maj. Captain Capt. Admiral Adm. ' +
    'Sergeant Sgt. Commander Ambassador Speaker Chairman Chairwoman Leader Sheikh Ayatollah Imam Emir Amir Sultan Mr. Mrs. Ms. Dr. Sir ' +
    'Dame Lord Lady Professor Prof. Rabbi Reverend Rev. Spokesman Spokeswoman President-elect CEO Founder Coach Manager Adviser Advisor Envoy Commissioner').split(' '),
);
const LEADING_NOISE = new Set(
  ('The A An In On At After Before During Following Since Amid As For From With Without By Under Over Some Many Several Two Three Four ' +
    'Five Six Seven Eight Nine Ten Hundreds Thousands Dozens Officials Authorities Police Protesters Gunmen Militants Rebels Troops ' +
    'Soldiers Residents Scientists Researchers Voters Lawmakers Members This That These Those Both Former Ex Then Also Meanwhile However ' +
    'Here There It He She They We His Her Their Its Our Another Other Most Saudi-led US-led U.S.-led').split(' '),
);
const MONTHS_DAYS = new Set(
  ('January February March April May June July August September October November December Monday Tuesday Wednesday Thursday Friday ' +
    'Saturday Sunday Christmas Easter Ramadan Eid').split(' '),
);
const CONNECTORS = new Set(['of', 'the', 'de', 'del', 'da', 'do', 'dos', 'du', 'la', 'le', 'van', 'von', 'der', 'bin', 'al', 'el', 'for', 'and']);

const INSTITUTION_END = /^(Commission|Administration|Agency|Department|Ministry|Bureau|Office|Service|Authority|Board|Institute|Council|Committee|Organization|Organisation|Corporation|Fund|Association|Union|Court|Tribunal)$/;
const VESSEL = /^(USS|HMS|INS|MV|MS|RV|HMAS|HMCS|USNS|SS|RMS)$/;
const TREATY = /\b(Treaty|Agreement|Accord|Accords|Convention|Protocol|Pact|Memorandum)\b/;
const LAW = /\b(Act|Law|Bill|Amendment|Directive|Resolution)$/;
const EVENT = /\b(War|Wars|Election|Elections|Referendum|Olympics|Olympic Games|Paralympics|Games|Cup|Championship|Championships|Summit|Earthquake|Hurricane|Typhoon|Cyclone|Storm|Attack|Attacks|Bombing|Bombings|Massacre|Crisis|Protests|Revolution|Uprising|Offensive|Festival|Conference|Scandal|Affair|Trial|Spring|Prize|Awards|Grand Prix|Open|Marathon|Expo)$|^(Operation|Hurricane|Typhoon|Cyclone|Tropical Storm|Storm)\b/;
const ORG = /\b(Party|Council|Ministry|Department|Agency|Committee|Commission|Army|Forces|Front|Bank|Company|Corporation|Corp\.?|Inc\.?|Ltd\.?|Group|University|College|Court|Parliament|Assembly|Congress|Senate|Union|Organization|Organisation|Association|Federation|Movement|Brigade|Brigades|Battalion|Police|Service|Services|Institute|Authority|Board|Office|Guard|Navy|Airlines|Airways|Air Force|Network|Alliance|League|Coalition|Church|Cabinet|Government|Administration|Directorate|Bureau|Militia|Corps|Foundation|Fund|Club|Trust|Society|Centre|Center|Clinic|Television|Radio|News|Agency|Times|Post|Journal|Herald|Holdings|Industries|Motors|Systems|Technologies|Group|Watch|International|Mission|Tribunal|Exchange|Reserve|Commission|Cartel|Gang|Duma|Knesset|Bundestag|Bundesrat|Rada|Majlis|Sejm|Storting|Riksdag|Diet|Cortes|Sabha|Shura|Jirga|Politburo|Kremlin|Pentagon)\b/;
const PLACE = /\b(City|Province|Governorate|State|District|Region|County|Island|Islands|River|Mountains|Mountain|Mount|Sea|Gulf|Strait|Airport|Square|Street|Valley|Desert|Lake|Bay|Peninsula|Port|Prison|Camp|Stadium|Bridge|Canal|Dam|Base|Coast|Oblast|Krai|Prefecture|Territory|Reef|Plant|Palace|Mosque|Cathedral|Temple|Hospital|Refinery|Field|Park)$/;

function stripPossessive(w: string): string {
  return w.replace(/['’]s$/, '').replace(/['’]$/, '');
}

/** Capitalised runs in one text, with their context cues. */
function* capitalisedRuns(text: string, ctx: MinerContext): Generator<{ name: string; words: string[]; initial: boolean; before?: string; earlier: string[]; countryAfter?: string; prefix: string[]; after?: string; after2?: string; based: boolean; cut: boolean }> {
  const toks = tokenize(text);
  let i = 0;
  while (i < toks.length) {
    if (!isCapitalised(toks[i]!.text) || /^\d/.test(toks[i]!.text)) {
      i++;
      continue;
    }
    const startIdx = i;
    let j = i + 1;
    while (j < toks.length) {
      const gap = text.slice(toks[j - 1]!.end, toks[j]!.start);
      // "NATO–Russia Council" is one name across its dash.
      if (gap !== ' ' && gap !== '–') break;
      const w = toks[j]!.text;
      // "Muqtada al-Sadr": a lower-case particle glued to a capitalised surname continues the name.
      if (isCapitalised(w) || (gap === ' ' && /^(al|el|bin|ibn|ben|de|van|von|da|di)-\p{Lu}/u.test(w))) {
        j++;
        continue;
      }
      // "Securities and Exchange Commission", "Food and Drug Administration": "and" inside an institution's name,
      // when the words after it end in an institution word and the words before it name no place or known thing
      // ("Russia and China Investment Fund" are two names and a fund).
      if (gap === ' ' && w === 'and' && j + 1 < toks.length && isCapitalised(toks[j + 1]!.text) && text.slice(toks[j]!.end, toks[j + 1]!.start) === ' ') {
        let k = j + 1;
        while (k + 1 < toks.length && isCapitalised(toks[k + 1]!.text) && text.slice(toks[k]!.end, toks[k + 1]!.start) === ' ') k++;
        const head = nameKey(text.slice(toks[i]!.start, toks[j - 1]!.end));
        if (k > j + 1 && INSTITUTION_END.test(toks[k]!.text) && !ctx.knownPlaces.has(head) && !ctx.knownNames.has(head) && !ctx.demonyms.has(toks[j - 1]!.text) && !toks.slice(i, j).some((t) => PERSON_TITLES.has(t.text))) {
          j += 2;
          continue;
        }
      }
      // A connector only inside a name: "Bank of England".
      if (gap === ' ' && CONNECTORS.has(w) && w !== 'and' && j + 1 < toks.length && isCapitalised(toks[j + 1]!.text) && text.slice(toks[j]!.end, toks[j + 1]!.start) === ' ') {
        j += 2;
        continue;
      }
      break;
    }
    const prevTok = startIdx > 0 ? toks[startIdx - 1] : undefined;
    const gapBefore = prevTok ? text.slice(prevTok.end, toks[startIdx]!.start) : '';
    const initial = !prevTok || /[.!?:;"“]\s*$/.test(gapBefore) || /["“(]\s*$/.test(gapBefore);
    let a = startIdx;
    let b = j; // exclusive
    const prefix: string[] = [];
    // Peel titles and noise off the front: "Russian President Vladimir Putin" -> prefix + name.
    const whole = text.slice(toks[a]!.start, toks[b - 1]!.end);
    // "Supreme Court of Venezuela", "Prime Minister's Office": the title word belongs to the name.
    const institutional = ORG.test(whole) || PLACE.test(whole) || EVENT.test(whole) || TREATY.test(whole);
    while (b - a > 1) {
      const w = toks[a]!.text;
      // Mid-sentence "The" is part of the name ("in The Hague").
      if (w === 'The' && !initial) break;
      if (institutional && TITLES.has(w) && !LEADING_NOISE.has(w)) break;
      // "Russian President X" peels "Russian", but "Iraqi Army" and "Mahdi Army" are names.
      const isDemonymTitle = !institutional && ctx.demonyms.has(w) && TITLES.has(toks[a + 1]!.text);
      // "President of Argentina Néstor Kirchner": the "of" after a peeled title goes with it.
      if (prefix.length > 0 && CONNECTORS.has(w)) {
        a++;
        continue;
      }
      if (TITLES.has(w) || LEADING_NOISE.has(w) || /^(U\.S\.|U\.K\.|UN|U\.N\.|EU)$/.test(w) || isDemonymTitle) {
        prefix.push(w);
        a++;
      } else break;
    }
    // "Iran's Revolutionary Guard", "Saudi Arabia-led coalition": the name starts after the possessive or "-led".
    let cut = false;
    for (let k = b - 2; k >= a; k--) {
      if (/['’]s$|-(led|backed|aligned|based|linked|affiliated|allied|controlled|held|owned|funded|run|era|style|born|made)$/.test(toks[k]!.text)) {
        a = k + 1;
        // "Moody's Investors Service": a possessive that is no place or known name may be part of the name
        cut = /['’]s$/.test(toks[k]!.text) && !ctx.knownPlaces.has(nameKey(stripPossessive(toks[k]!.text)));
        break;
      }
    }
    // "Occupational Safety and Health Administration": the run stops at "and", so this one may be the tail of a
    // name that began before it
    if (a === startIdx && prevTok?.text === 'and' && startIdx >= 2 && gapBefore === ' ' && isCapitalised(toks[startIdx - 2]!.text) && text.slice(toks[startIdx - 2]!.end, prevTok.start) === ' ') cut = true;
    // "Munich Reinhard Marx", "New York David Paterson": a known place before a person's name is context.
    for (let n = Math.min(3, b - a - 2); n >= 1; n--) {
      const head = text.slice(toks[a]!.start, toks[a + n - 1]!.end);
      const rest = toks.slice(a + n, b).map((t) => t.text);
      const plain = rest.length <= 3 && rest.every((w) => /^\p{Lu}[\p{Ll}\p{M}'’-]+$/u.test(w));
      const personish = ctx.givenNames.has(rest[0]!) || prefix.length > 0 || (prevTok !== undefined && ctx.personNouns.has(prevTok.text));
      // "San Francisco International Airport" is a place's name, not a place before a person's
      if (plain && personish && !institutional && ctx.knownPlaces.has(nameKey(head))) {
        a += n;
        break;
      }
    }
    // "Egyptian Sinai Peninsula" -> "Sinai Peninsula", but "Syrian Democratic Forces" stays whole.
    if (b - a >= 3 && ctx.demonyms.has(toks[a]!.text) && !toks.slice(a + 1, b).every((t) => ctx.commonWords.has(t.text.toLowerCase()) || CONNECTORS.has(t.text))) {
      prefix.push(toks[a]!.text);
      a++;
    }
    while (b > a && CONNECTORS.has(toks[b - 1]!.text)) b--;
    while (a < b && CONNECTORS.has(toks[a]!.text)) a++;
    i = j;
    if (a >= b) continue;
    if (/-(led|backed|aligned|linked|affiliated|allied|controlled|held|owned|funded|run|born|made)$/.test(toks[b - 1]!.text)) continue;
    // "Palestinian Authority President Mahmoud Abbas", "Secretary of State Colin Powell": a person's name at the
    // end of a title or an institution is the person.
    for (const n of [3, 2]) {
      if (b - a < n + 2) continue;
      const tail = toks.slice(b - n, b).map((t) => t.text);
      const head = toks.slice(a, b - n).map((t) => t.text);
      const headIsTitle = head.some((w) => TITLES.has(w)) || ORG.test(head.join(' '));
      if (headIsTitle && ctx.givenNames.has(tail[0]!) && tail.every((w) => /^\p{Lu}[\p{Ll}\p{M}'’-]+$/u.test(w))) {
        prefix.push(...head);
        a = b - n;
        break;
      }
    }
    let name = text.slice(toks[a]!.start, toks[b - 1]!.end);
    const based = /-based$/.test(name);
    name = stripPossessive(name.replace(/-based$/, ''));
    const next = toks[j];
    const next2 = toks[j + 1];
    yield {
      name,
      words: name.split(/[ –]/).filter(Boolean),
      initial: initial && prefix.length === 0,
      before: prevTok && gapBefore === ' ' ? prevTok.text : undefined,
      earlier: toks.slice(Math.max(0, startIdx - 4), Math.max(0, startIdx - 1)).map((t) => t.text),
      // "Salisbury, United Kingdom": the country after the comma.
      countryAfter: ctx.countryNames ? countryAfterComma(text, toks[j - 1]!.end, ctx.countryNames) : undefined,
      prefix,
      after: next && text.slice(toks[j - 1]!.end, next.start) === ' ' ? next.text : undefined,
      after2: next2?.text,
      based,
      cut,
    };
  }
}

function countryAfterComma(text: string, end: number, countries: ReadonlyMap<string, string>): string | undefined {
  const m = /^, ((?:the )?\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*){0,3})/u.exec(text.slice(end, end + 60));
  if (!m) return undefined;
  const words = m[1]!.split(' ');
  for (let n = words.length; n >= 1; n--) {
    const cc = countries.get(nameKey(words.slice(0, n).join(' ')));
    if (cc) return cc;
  }
  return undefined;
}

const THING_NEXT = /^(agent|agents|nerve|vaccine|vaccines|missile|missiles|drone|drones|virus|variant|gas|rifle|aircraft|jet|jets|fighter|helicopter|helicopters|tank|tanks|app|software|chip|chips|satellite|satellites|rocket|rockets|spacecraft|telescope|probe|submarine|warship|tanker|vessel|ship|pipeline|spyware|malware|ransomware|smartphone|phone|console)$/;

export function mineNames(
  events: readonly MinedEvent[],
  ctx: MinerContext,
): { mined: MinedName[]; considered: number; untyped: number; acronymCandidates: string[]; fragments: string[] } {
  const cands = new Map<string, Candidate>();
  // How often each word appears in lower case: "Security" in "security forces" is a word, not a name.
  const lowerFreq = new Map<string, number>();
  const touch = (name: string, idx: number, initial: boolean): Candidate => {
    let c = cands.get(name);
    if (!c) {
      c = { name, events: 0, lastEvent: -1, initialOnly: true, person: 0, place: 0, thing: 0, org: 0, countries: new Map(), prefixed: new Map(), cut: 0 };
      cands.set(name, c);
    }
    if (c.lastEvent !== idx) {
      c.events++;
      c.lastEvent = idx;
    }
    if (!initial) c.initialOnly = false;
    return c;
  };
  events.forEach((ev, idx) => {
    for (const t of tokenize(ev.text)) if (/^\p{Ll}/u.test(t.text)) lowerFreq.set(t.text, (lowerFreq.get(t.text) ?? 0) + 1);
    for (const run of capitalisedRuns(ev.text, ctx)) {
      if (run.words.length === 0 || run.words.length > 7) continue;
      const c = touch(run.name, idx, run.initial);
      if (run.cut) c.cut++;
      if (run.prefix.some((p) => PERSON_TITLES.has(p))) c.person++;
      if (run.before && ctx.personNouns.has(run.before)) {
        c.person++;
        // "Russian delegate Leonid Slutsky": the demonym of the role is the person's country.
        for (const w of run.earlier) {
          const cc = ctx.demonyms.get(w);
          if (cc) c.countries.set(cc, (c.countries.get(cc) ?? 0) + 1);
        }
      }
      if (run.after && /^(says|said|tells|told|announces|announced|resigns|dies|died)$/.test(run.after) && run.words.length >= 2) c.person += 0.5;
      if (run.after && THING_NEXT.test(run.after)) c.thing++;
      if (run.after && /^(Inc\.?|Corp\.?|Ltd\.?|plc|shares|stock|CEO|subsidiary|executives|shareholders)$/.test(run.after)) c.org++;
      if (run.based || (run.before && /^(in|near|outside|across|into|toward|towards)$/.test(run.before))) c.place++;
      const lastPrefix = run.prefix[run.prefix.length - 1];
      if (lastPrefix && (/^(U\.S\.|U\.K\.|UN|U\.N\.|EU)$/.test(lastPrefix) || ctx.demonyms.has(lastPrefix)) && ORG.test(run.name)) {
        const form = `${lastPrefix} ${run.name}`;
        c.prefixed.set(form, (c.prefixed.get(form) ?? 0) + 1);
      }
      if (run.countryAfter) c.countries.set(run.countryAfter, (c.countries.get(run.countryAfter) ?? 0) + 1);
      for (const p of run.prefix) {
        const cc = ctx.demonyms.get(p);
        if (cc) c.countries.set(cc, (c.countries.get(cc) ?? 0) + 1);
      }
    }
    // The 2026 records list their names by kind: strong cues.
    for (const p of ev.named?.people ?? []) touch(p, idx, false).person += 3;
    for (const o of ev.named?.organisations ?? []) touch(o, idx, false).org += 3;
    for (const p of ev.named?.places ?? []) touch(p, idx, false).place += 3;
  });

  const mined: MinedName[] = [];
  const acronymCandidates: string[] = [];
  const fragments: string[] = [];
  let untyped = 0;
  // "U.S. Bureau of Land Management" and "British Foreign and Commonwealth Office" are the national forms of a
  // body's own name: a country in front makes no fragment
  const nationalHeads = new Set(['u s', 'u k', 'us', 'uk', 'un', 'u n', 'eu', ...(ctx.countryNames?.keys() ?? []), ...[...ctx.demonyms.keys()].map(nameKey)]);
  const wikilinkerLabels = [...(ctx.wikilinker?.values() ?? [])].flatMap((hits) => hits.map((h) => h.label));
  // built once here, not for every candidate
  const demonymWords = new Set(ctx.demonyms.keys());
  const tails = tailKeys([...ctx.knownNames, ...cands.keys(), ...wikilinkerLabels], nationalHeads);
  for (const c of cands.values()) {
    const words = c.name.split(/[ –]/).filter(Boolean);
    const key = nameKey(c.name);
    if (!key || key.length < 2 || ctx.knownNames.has(key) || c.initialOnly) continue;
    // Acronym names ("INF Treaty") are offered to the acronym matcher whatever their count.
    if (/^[A-Z][A-Z0-9&]{1,8}( (Treaty|Agreement|Accord|Council|Convention|Party|Army|Front|Movement|Forces))?$/.test(c.name)) acronymCandidates.push(c.name);
    if (key.length < 3) continue;
    if (words.some((w) => MONTHS_DAYS.has(w) || /^(Year|Day|Eve|Week|Month)$/.test(w)) || /^\d/.test(c.name) || /\d{3,}/.test(c.name)) continue;
    if (words.every((w) => w === w.toUpperCase()) && c.name.length > 6) continue;
    if (words.length === 1) {
      const w = words[0]!;
      // A word the news also writes in lower case is a word, unless that is rare next to its capitalised use.
      if ((ctx.surnames.has(w) && c.place < 2) || ctx.demonyms.has(w) || ctx.commonWords.has(w.toLowerCase()) || (lowerFreq.get(w.toLowerCase()) ?? 0) * 10 > c.events) continue;
    } else if (words.every((w) => ctx.commonWords.has(w.toLowerCase()) || CONNECTORS.has(w))) {
      // A phrase of ordinary words is a name only with more evidence: a name-shaped institution or place
      // ("National Cancer Institute", "Myrtle Beach") twice, anything else five times.
      const shaped = ORG.test(c.name) || PLACE.test(c.name) || EVENT.test(c.name) || TREATY.test(c.name) || c.place >= 2;
      if (c.events < (shaped ? 2 : 5)) continue;
    }
    const typed = typeOf(c, words, ctx, lowerFreq);
    if (!typed) {
      untyped++;
      continue;
    }
    if (isJunkName(words, typed.type)) continue;
    // A body named after two known parties ("NATO–Russia Council") is evidence enough once.
    const relationBody = typed.strong && c.name.includes('–') && c.name.split(/[–\s]/).filter((w) => ctx.knownNames.has(nameKey(w))).length >= 2;
    // A known first name and exactly one Wikidata person of that label agree with the news: one mention will do.
    const confirmedPerson = typed.type === 'person' && !!ctx.wikilinker && !!wikilinkerQid(ctx.wikilinker, c.name, 'person');
    // A multi-word name that is exactly one Wikidata label of that type: the news and Wikidata agree.
    const confirmedLabel = typed.why.startsWith('wikilinker') && words.length >= 2 && !!ctx.wikilinker && !!wikilinkerQid(ctx.wikilinker, c.name, typed.type);
    const minEvents = typed.strong || confirmedPerson ? ((typed.type === 'person' && words.length >= 2) || relationBody ? 1 : 2) : confirmedLabel ? 1 : typed.why.startsWith('wikilinker') ? 2 : 3;
    if (c.events < minEvents) continue;
    let country: string | undefined;
    let best = 0;
    for (const [cc, n] of [...c.countries].sort()) {
      if (n > best) {
        best = n;
        country = cc;
      }
    }
    const aliases = [...c.prefixed].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).slice(0, 2).map(([f]) => f);
    let wikidata: string | undefined;
    const generic =
      typed.type === 'organisation' &&
      isGenericInstitutionName(c.name, ctx.commonWords, new Set([...demonymWords, ...words.filter((w) => ctx.countryNames?.has(nameKey(w)) ?? false)])) &&
      hasNationalForm(c.name, aliases, demonymWords);
    // a generic name takes a QID only by its national form ("U.S. X"), if Wikidata knows that label
    if (ctx.wikilinker && (words.length >= 2 || (c.events >= 5 && typed.type !== 'person'))) {
      for (const n of generic ? aliases : [c.name, ...aliases]) if (!wikidata) wikidata = wikilinkerQid(ctx.wikilinker, n, typed.type);
    }
    if (!wikidata && typed.type !== 'person' && !(ctx.sourceNames?.has(key) ?? false) && isFragment(words, c, ctx.commonWords, tails, nationalHeads)) {
      fragments.push(c.name);
      continue;
    }
    mined.push({ name: c.name, type: typed.type, events: c.events, country, wikidata, why: typed.why, ...(aliases.length ? { aliases } : {}) });
  }
  mined.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  acronymCandidates.sort();
  fragments.sort();
  return { mined, considered: cands.size, untyped, acronymCandidates, fragments };
}

/**
 * nameKeys that are the end of a longer name, after at least one word that is not an article ("international
 * airport" from "dubai international airport"; not "hague" from "the hague").
 */
export function tailKeys(names: Iterable<string>, nationalHeads: ReadonlySet<string> = new Set(), minNames = 3): Set<string> {
  const counts = new Map<string, number>();
  for (const n of new Set([...names].map((x) => nameKey(x.split(/[,(]/)[0]!)))) {
    // "Barnsley, South Yorkshire" is a place and its county, not one name (cut at the comma above)
    const w = n.split(' ');
    for (let i = 1; i < w.length - 1; i++) {
      // "Siege of Eastern Ghouta", "the Northern Territory": the tail stands after a connector, as its own name
      if (/^(the|a|an|of|and|in|on|at|for|to|de|del|la|le|du|des)$/.test(w[i - 1]!)) continue;
      if (nationalHeads.has(w.slice(0, i).join(' '))) continue;
      // "2008 Republican National Convention", "Fourth Geneva Convention": a number or an ordinal before a name
      // is its edition
      if (w.slice(0, i).every((x) => ORDINAL.test(x))) continue;
      const t = w.slice(i).join(' ');
      counts.set(t, (counts.get(t) ?? 0) + 1);
    }
  }
  // a piece shared by several names ("International Airport", "State University", "Choice Awards"), not the
  // end of one longer name ("Midway International Airport" of Chicago's)
  return new Set([...counts].filter(([, c]) => c >= minNames).map(([t]) => t));
}

const ORDINAL = /^(\d+(st|nd|rd|th)?|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|annual|inaugural|summer|winter)$/;

/**
 * A name of several words that opens with an everyday word ("International Airport", "Stock Exchange",
 * "Investors Service") is a piece cut from longer names when a longer known or mined name ends with it, or
 * when the news mostly writes it right after a possessive or an "X and" that began the longer name ("Moody's
 * Investors Service", "Occupational Safety and Health Administration"). Such a piece with no QID names no one
 * thing: it only links the ends of other names.
 */
export function isFragment(words: readonly string[], seen: { events: number; cut: number }, everyday: ReadonlySet<string>, tails: ReadonlySet<string>, national: ReadonlySet<string> = new Set()): boolean {
  if (words.length < 2 || !everyday.has(words[0]!.toLowerCase()) || national.has(nameKey(words[0]!))) return false;
  // "Typhoon Yutu", "Operation Barbarossa": a kind word that opens a name is no piece of a longer one; nor does a
  // name that opens with a country's people ("Ukrainian Army"), which says whose it is
  if (/^(Operation|Hurricane|Typhoon|Cyclone|Storm|Tropical|Super|Mount|Lake|Cape|Fort)$/.test(words[0]!)) return false;
  return tails.has(nameKey(words.join(' '))) || seen.cut * 2 >= seen.events;
}

function typeOf(c: Candidate, words: string[], ctx: MinerContext, lowerFreq: ReadonlyMap<string, number>): { type: EntityType; strong: boolean; why: string } | undefined {
  const name = c.name;
  if (VESSEL.test(words[0]!) && words.length >= 2) return { type: 'thing', strong: true, why: 'vessel prefix' };
  if (TREATY.test(name)) return { type: 'treaty', strong: true, why: 'treaty word' };
  if (LAW.test(name) && words.length >= 2) return { type: 'thing', strong: true, why: 'law word' };
  if (EVENT.test(name) && words.length >= 2) return { type: 'event', strong: true, why: 'event word' };
  if (PLACE.test(name) && words.length >= 2) return { type: 'place', strong: true, why: 'place word' };
  if (ORG.test(name)) return { type: 'organisation', strong: words.length >= 2, why: 'organisation word' };
  const plainName = words.length >= 2 && words.length <= 4 && !words.some((w) => TITLES.has(w)) && words.every((w) => /^\p{Lu}[\p{Ll}\p{M}'’-]+\.?$|^\p{Lu}\.$/u.test(w) || /^(al|bin|de|van|von|da|el)$/.test(w) || /^(al|el|bin|ibn|ben)-\p{Lu}/u.test(w));
  if (c.thing >= 2 && c.thing >= c.events * 0.3 && c.person === 0) return { type: 'thing', strong: false, why: 'thing cue (X agent, X missile)' };
  if (c.org >= 3) return { type: 'organisation', strong: true, why: 'listed as organisation' };
  // Wikidata knows this exact name only as something other than a person ("Lehman Brothers" the bank): the
  // news cues for a person ("X said") fit a company as well, so its type wins.
  if (words.length >= 2 && ctx.wikilinker) {
    const hits = (ctx.wikilinker.get(nameKey(name)) ?? []).filter((h) => h.label === name);
    const types = new Set(hits.map((h) => (h.type === 'country' ? 'place' : h.type)));
    if (types.size === 1 && !types.has('person')) return { type: [...types][0]!, strong: false, why: 'wikilinker type (not a person)' };
  }
  // A name that opens with a place or a company rather than a first name is a team or a firm, whatever the
  // person cues say ("Miami Heat, the defending champion", "Merrill Lynch said"): for a place, when its last
  // word is an everyday word (people's surnames seldom are); for a company, whenever the first word is no
  // first name. It only turns a would-be person into an organisation.
  let notPerson: { type: EntityType; strong: boolean; why: string } | undefined;
  if (words.length >= 2 && words.length <= 3 && !ctx.givenNames.has(words[0]!)) {
    const head = nameKey(words[0]!);
    const team = ctx.knownPlaces.has(head) && ctx.commonWords.has(words[words.length - 1]!.toLowerCase());
    const firm = ctx.knownOrganisations?.has(head) ?? false;
    if (team || firm) notPerson = { type: 'organisation', strong: false, why: team ? 'place name + word (team, firm)' : 'opens with a company name' };
  }
  // A first name that is also a frequent lower-case word ("New", "Mark") is no evidence of a person.
  const givenFirst = ctx.givenNames.has(words[0]!) && (lowerFreq.get(words[0]!.toLowerCase()) ?? 0) < 30;
  if (c.person >= 1 && plainName && c.person >= c.place) {
    if (notPerson) return notPerson;
    const given = givenFirst;
    return { type: 'person', strong: given || c.person >= 2, why: given ? 'title/role cue + known first name' : 'title/role cue' };
  }
  if (c.place >= 2 && c.place >= c.events * 0.4 && c.person === 0) return { type: 'place', strong: c.place >= 3, why: 'place cue (in X, X-based)' };
  if (c.place >= 3 && c.place >= c.events * 0.2 && c.person <= c.place * 0.2) return { type: 'place', strong: false, why: 'place cue (in X, X-based)' };
  if (plainName && givenFirst && words.length <= 3 && c.place === 0) return notPerson ?? { type: 'person', strong: false, why: 'known first name' };
  if (c.org >= 2 && c.person === 0) return { type: 'organisation', strong: false, why: 'organisation cue (X Inc., X shares, X CEO)' };
  // A single word needs more news evidence before wikilinker may type it ("Nasdaq").
  if (ctx.wikilinker && ((c.events >= 1 && words.length >= 2) || (c.events >= 3 && c.person <= c.events * 0.1))) {
    // Exactly the label, spelled the same: the news and Wikidata agree on the name (and on one coarse type).
    const hits = (ctx.wikilinker.get(nameKey(name)) ?? []).filter((h) => h.label === name);
    const types = new Set(hits.map((h) => (h.type === 'country' ? 'place' : h.type)));
    if (hits.length >= 1 && types.size === 1) {
      return { type: [...types][0]!, strong: false, why: 'wikilinker type (with news evidence)' };
    }
  }
  return undefined;
}

/**
 * Names the cues mistype: a company suffix or a portfolio alone ("Ltd", "Foreign Affairs", "Depot" cut from
 * "Home Depot"), and "people" whose name holds an office word ("Minister of Foreign Affairs X").
 */
const NOT_ALONE = /^(Ltd|Inc|Corp|Co|Plc|PLC|LLC|LLP|AG|GmbH|SA|NV|BV|SpA|Group|Holdings|Depot|Affairs|Foreign Affairs|Home Affairs|Internal Affairs|Interior|Defence|Defense|Finance|Justice|Health|Trade|Commerce|Treasury|Ministry|Department|Office)$/;
const OFFICE_WORD = /^(Affairs|Ministry|Minister|Department|Office|Secretary|Committee|Council|Agency|Party|Ltd|Inc|Corp|Group|Depot|Airport|University)$/;

// "CEO of Apple Inc": a role in a company, cut from a sentence, is no organisation
const ROLE_OF = /^(CEO|Chairman|Chairwoman|Chair|Founder|Co-founder|Head|Spokesman|Spokeswoman|Spokesperson|Owner|Boss)$/;

export function isJunkName(words: readonly string[], type: EntityType): boolean {
  if (NOT_ALONE.test(words.join(' '))) return true;
  if (words.length >= 3 && ROLE_OF.test(words[0]!) && words[1] === 'of') return true;
  if (type === 'person' && words.some((w) => OFFICE_WORD.test(w) || TITLES.has(w))) return true;
  return false;
}

export function minedDrafts(mined: readonly MinedName[]): Draft[] {
  return mined.map((m) =>
    draft(m.type, m.name, SOURCES.newsMined.id, { country: m.country, wikidata: m.wikidata, aliases: m.aliases ?? [], weight: Math.min(0.5, m.events / 200) }),
  );
}
