// Scoring linker output against annotated articles (the ELEVANT-style JSONL of ../shared/eval): precision,
// recall and F1 of mentions and of entities per article, overall and for the entities the pack knows, by
// type, plus how much of the gold the pack covers at all. Pure: the eval command does the file work.

export interface GoldLabel {
  span: [number, number];
  /** Wikidata QID, "<NIL>" or "<NO_MAPPING>" */
  entity_id: string;
  name?: string;
  type?: string;
  coref?: boolean;
}

export interface GoldArticle {
  id: string | number;
  text: string;
  evaluation_span?: [number, number];
  labels: GoldLabel[];
}

export interface PredictedMention {
  span: [number, number];
  wikidata: string | null;
  /** the pack's type of the predicted entity */
  type: string;
  /** folded name and aliases of the predicted entity: how an entity without a QID is matched to gold */
  names?: readonly string[];
}

/** What the pack knows: QIDs of its entities, and folded names/aliases of its entities without a QID. */
export interface PackKnowledge {
  qids: ReadonlySet<string>;
  namesWithoutQid: ReadonlySet<string>;
}

export type CoarseType = 'person' | 'place' | 'organisation' | 'other';
export const COARSE_TYPES: readonly CoarseType[] = ['person', 'place', 'organisation', 'other'];

export interface Counts {
  tp: number;
  /** predictions counted */
  predicted: number;
  /** gold items counted */
  gold: number;
}

/** Per type: recall by the gold type, precision by the predicted entity's type. */
export interface TypeCounts {
  tpGold: number;
  gold: number;
  tpPredicted: number;
  predicted: number;
}

export interface Scores extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

export interface ArticleCounts {
  mentions: Counts;
  mentionsKnown: Counts;
  entities: Counts;
  entitiesKnown: Counts;
  byType: Record<CoarseType, TypeCounts>;
  /** gold mentions (linkable ones) and how many of them the pack knows */
  goldMentions: number;
  goldMentionsKnown: number;
  goldEntities: Set<string>;
  goldEntitiesKnown: Set<string>;
}

const PRONOUNS = new Set(
  'he him his she her hers it its they them their theirs we us our i me my you your who whom which that this these those himself herself itself themselves'.split(' '),
);

/** Gold types are Wikidata class QIDs joined by "|": person, geographic entity, organisation, ... */
export function coarseGoldType(type: string | undefined): CoarseType {
  const t = (type ?? '').split('|');
  if (t.includes('Q215627')) return 'person';
  if (t.includes('Q27096213')) return 'place';
  if (t.includes('Q43229')) return 'organisation';
  return 'other';
}

export function coarsePackType(type: string): CoarseType {
  if (type === 'person') return 'person';
  if (type === 'place' || type === 'country') return 'place';
  if (type === 'organisation') return 'organisation';
  return 'other';
}

export function foldName(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\u2010-\u2015-]/g, ' ')
    .replace(/['’.]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export function isLinkable(label: GoldLabel, text: string): boolean {
  if (!/^Q\d+$/.test(label.entity_id)) return false; // <NIL>, <NO_MAPPING>
  if (label.coref) {
    // coreference labels that are pronouns or common nouns ("the alliance") are out of scope
    const surface = text.slice(label.span[0], label.span[1]).trim();
    if (PRONOUNS.has(surface.toLowerCase()) || !/^\p{Lu}/u.test(surface)) return false;
  }
  return true;
}

function inside(span: [number, number], window: [number, number] | undefined): boolean {
  return !window || (span[0] >= window[0] && span[1] <= window[1]);
}

function overlaps(a: [number, number], b: [number, number]): boolean {
  return a[0] < b[1] && b[0] < a[1];
}

/** A prediction names the gold entity: same QID, or (without QID) the gold's label among its names. */
export function sameEntity(p: PredictedMention, l: GoldLabel): boolean {
  if (p.wikidata !== null) return p.wikidata === l.entity_id;
  return l.name !== undefined && (p.names?.includes(foldName(l.name)) ?? false);
}

export function isKnown(label: GoldLabel, knowledge: PackKnowledge): boolean {
  if (knowledge.qids.has(label.entity_id)) return true;
  return label.name !== undefined && knowledge.namesWithoutQid.has(foldName(label.name));
}

function zero(): Counts {
  return { tp: 0, predicted: 0, gold: 0 };
}

function zeroType(): TypeCounts {
  return { tpGold: 0, gold: 0, tpPredicted: 0, predicted: 0 };
}

function emptyByType(): Record<CoarseType, TypeCounts> {
  return { person: zeroType(), place: zeroType(), organisation: zeroType(), other: zeroType() };
}

/** Count one article. Each gold mention matches at most one prediction (overlapping span, same QID). */
export function countArticle(article: GoldArticle, predictions: readonly PredictedMention[], knowledge: PackKnowledge): ArticleCounts {
  const window = article.evaluation_span;
  const labels = article.labels.filter((l) => inside(l.span, window));
  const preds = predictions.filter((p) => inside(p.span, window));
  const gold = labels.filter((l) => isLinkable(l, article.text));
  const known = gold.map((l) => isKnown(l, knowledge));
  // gold labels of things the pack cannot know (unknown QIDs, NIL, unmapped): predictions over them are
  // left out of the "known" precision, since no pack entity could be right there
  const unknownSpans = labels.filter((l) => !gold.includes(l) || !known[gold.indexOf(l)]).map((l) => l.span);

  const out: ArticleCounts = {
    mentions: zero(),
    mentionsKnown: zero(),
    entities: zero(),
    entitiesKnown: zero(),
    byType: emptyByType(),
    goldMentions: gold.length,
    goldMentionsKnown: known.filter(Boolean).length,
    goldEntities: new Set(gold.map((l) => l.entity_id)),
    goldEntitiesKnown: new Set(gold.filter((_, i) => known[i]).map((l) => l.entity_id)),
  };

  const goldKey = (l: GoldLabel): string => l.entity_id;
  const predKey = sameEntity;
  const used = new Array<boolean>(gold.length).fill(false);
  const predHit = new Array<boolean>(preds.length).fill(false);
  preds.forEach((p, pi) => {
    for (let gi = 0; gi < gold.length; gi++) {
      if (used[gi] || !predKey(p, gold[gi]!) || !overlaps(gold[gi]!.span, p.span)) continue;
      used[gi] = true;
      predHit[pi] = true;
      return;
    }
  });

  const predKnownScope = preds.map((p, pi) => predHit[pi] || !unknownSpans.some((s) => overlaps(s, p.span)));
  out.mentions = { tp: predHit.filter(Boolean).length, predicted: preds.length, gold: gold.length };
  out.mentionsKnown = {
    tp: gold.filter((_, gi) => used[gi] && known[gi]).length,
    predicted: predKnownScope.filter(Boolean).length,
    gold: out.goldMentionsKnown,
  };

  preds.forEach((p, pi) => {
    const t = out.byType[coarsePackType(p.type)];
    if (!predKnownScope[pi]) return;
    t.predicted++;
    if (predHit[pi]) t.tpPredicted++;
  });
  gold.forEach((l, gi) => {
    if (!known[gi]) return;
    const t = out.byType[coarseGoldType(l.type)];
    t.gold++;
    if (used[gi]) t.tpGold++;
  });

  // entities per article: a prediction without a QID stands for the gold entity whose name it carries
  const entityOf = (p: PredictedMention): string => {
    if (p.wikidata !== null) return p.wikidata;
    const g = gold.find((l) => predKey(p, l));
    return g ? goldKey(g) : `name:${p.names?.[0] ?? '?'}`;
  };
  const predEntities = new Set(preds.map(entityOf));
  const predEntitiesKnown = new Set(preds.filter((_, pi) => predKnownScope[pi]).map(entityOf));
  out.entities = {
    tp: [...predEntities].filter((q) => out.goldEntities.has(q)).length,
    predicted: predEntities.size,
    gold: out.goldEntities.size,
  };
  out.entitiesKnown = {
    tp: [...predEntitiesKnown].filter((q) => out.goldEntitiesKnown.has(q)).length,
    predicted: predEntitiesKnown.size,
    gold: out.goldEntitiesKnown.size,
  };
  return out;
}

export function scores(c: Counts): Scores {
  const precision = c.predicted === 0 ? 1 : c.tp / c.predicted;
  const recall = c.gold === 0 ? 1 : c.tp / c.gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...c, precision, recall, f1 };
}

export function typeScores(c: TypeCounts): Scores {
  const precision = c.predicted === 0 ? 1 : c.tpPredicted / c.predicted;
  const recall = c.gold === 0 ? 1 : c.tpGold / c.gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp: c.tpGold, predicted: c.predicted, gold: c.gold, precision, recall, f1 };
}

function add(a: Counts, b: Counts): Counts {
  return { tp: a.tp + b.tp, predicted: a.predicted + b.predicted, gold: a.gold + b.gold };
}

export interface Report {
  articles: number;
  mentions: Scores;
  mentionsKnown: Scores;
  entities: Scores;
  entitiesKnown: Scores;
  byType: Record<CoarseType, Scores>;
  coverage: {
    goldMentions: number;
    goldMentionsKnown: number;
    mentionShare: number;
    goldEntities: number;
    goldEntitiesKnown: number;
    entityShare: number;
  };
}

/** Micro-averaged report over articles. */
export function summarise(counts: readonly ArticleCounts[]): Report {
  let mentions = zero();
  let mentionsKnown = zero();
  let entities = zero();
  let entitiesKnown = zero();
  const byType = emptyByType();
  let goldMentions = 0;
  let goldMentionsKnown = 0;
  let goldEntities = 0;
  let goldEntitiesKnown = 0;
  for (const c of counts) {
    mentions = add(mentions, c.mentions);
    mentionsKnown = add(mentionsKnown, c.mentionsKnown);
    entities = add(entities, c.entities);
    entitiesKnown = add(entitiesKnown, c.entitiesKnown);
    for (const t of COARSE_TYPES) {
      const a = byType[t];
      const b = c.byType[t];
      byType[t] = { tpGold: a.tpGold + b.tpGold, gold: a.gold + b.gold, tpPredicted: a.tpPredicted + b.tpPredicted, predicted: a.predicted + b.predicted };
    }
    goldMentions += c.goldMentions;
    goldMentionsKnown += c.goldMentionsKnown;
    goldEntities += c.goldEntities.size;
    goldEntitiesKnown += c.goldEntitiesKnown.size;
  }
  return {
    articles: counts.length,
    mentions: scores(mentions),
    mentionsKnown: scores(mentionsKnown),
    entities: scores(entities),
    entitiesKnown: scores(entitiesKnown),
    byType: {
      person: typeScores(byType.person),
      place: typeScores(byType.place),
      organisation: typeScores(byType.organisation),
      other: typeScores(byType.other),
    },
    coverage: {
      goldMentions,
      goldMentionsKnown,
      mentionShare: goldMentions === 0 ? 0 : goldMentionsKnown / goldMentions,
      goldEntities,
      goldEntitiesKnown,
      entityShare: goldEntities === 0 ? 0 : goldEntitiesKnown / goldEntities,
    },
  };
}
