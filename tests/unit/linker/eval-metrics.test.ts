// The evaluation arithmetic, on hand-made articles.
import { describe, expect, it } from 'vitest';
import {
  coarseGoldType,
  countArticle,
  type GoldArticle,
  type PackKnowledge,
  type PredictedMention,
  scores,
  summarise,
} from '../../../lib/core/eval-metrics';

//            0         1         2         3         4         5
//            0123456789012345678901234567890123456789012345678901234
const TEXT = 'Angela Merkel met Joe Biden in Paris. He said Acme Corp grew.';
const ARTICLE: GoldArticle = {
  id: 1,
  text: TEXT,
  labels: [
    { span: [0, 13], entity_id: 'Q567', name: 'Angela Merkel', type: 'Q215627' },
    { span: [18, 27], entity_id: 'Q6279', name: 'Joe Biden', type: 'Q215627' },
    { span: [31, 36], entity_id: 'Q90', name: 'Paris', type: 'Q27096213' },
    { span: [38, 40], entity_id: 'Q6279', name: 'Joe Biden', type: 'Q215627', coref: true },
    { span: [46, 55], entity_id: '<NIL>', name: 'Unknown', type: 'OTHER' },
  ],
};
const KNOW: PackKnowledge = { qids: new Set(['Q567', 'Q90']), namesWithoutQid: new Set(['joe biden']) };
const p = (s: number, e: number, q: string | null, type = 'person'): PredictedMention => ({ span: [s, e], wikidata: q, type });

describe('countArticle', () => {
  it.each<[string, PredictedMention[], { tp: number; predicted: number; gold: number }, { tp: number; predicted: number; gold: number }]>([
    ['perfect on what the pack knows', [p(0, 13, 'Q567'), p(18, 27, 'Q6279'), p(31, 36, 'Q90', 'place')], { tp: 3, predicted: 3, gold: 3 }, { tp: 3, predicted: 3, gold: 3 }],
    ['partial overlap counts, wrong QID does not', [p(7, 13, 'Q567'), p(31, 36, 'Q91', 'place')], { tp: 1, predicted: 2, gold: 3 }, { tp: 1, predicted: 2, gold: 3 }],
    ['a link over a NIL mention is a false link, outside the known scope', [p(46, 55, 'Q1', 'organisation')], { tp: 0, predicted: 1, gold: 3 }, { tp: 0, predicted: 0, gold: 3 }],
    ['a link where gold has nothing is a false link', [p(41, 45, 'Q5')], { tp: 0, predicted: 1, gold: 3 }, { tp: 0, predicted: 1, gold: 3 }],
    ['one gold mention matches one prediction', [p(0, 6, 'Q567'), p(7, 13, 'Q567')], { tp: 1, predicted: 2, gold: 3 }, { tp: 1, predicted: 2, gold: 3 }],
  ])('%s', (_, preds, all, known) => {
    const c = countArticle(ARTICLE, preds, KNOW);
    expect(c.mentions).toEqual(all);
    expect(c.mentionsKnown).toEqual(known);
  });

  it('leaves pronoun coreference and NIL out of the gold, and knows names without QID', () => {
    const c = countArticle(ARTICLE, [], KNOW);
    expect(c.goldMentions).toBe(3);
    expect(c.goldMentionsKnown).toBe(3);
    expect([...c.goldEntities].sort()).toEqual(['Q567', 'Q6279', 'Q90']);
  });

  it('respects evaluation_span', () => {
    const c = countArticle({ ...ARTICLE, evaluation_span: [0, 17] }, [p(0, 13, 'Q567'), p(31, 36, 'Q90')], KNOW);
    expect(c.mentions).toEqual({ tp: 1, predicted: 1, gold: 1 });
  });

  it('counts entities per article and by type', () => {
    const c = countArticle(ARTICLE, [p(0, 13, 'Q567'), p(14, 17, 'Q567'), p(31, 36, 'Q90', 'place'), p(41, 45, 'Q5', 'organisation')], KNOW);
    expect(c.entities).toEqual({ tp: 2, predicted: 3, gold: 3 });
    expect(c.byType.person).toEqual({ tpGold: 1, gold: 2, tpPredicted: 1, predicted: 2 });
    expect(c.byType.place).toEqual({ tpGold: 1, gold: 1, tpPredicted: 1, predicted: 1 });
  });
});

describe('scores and summaries', () => {
  it.each([
    [{ tp: 0, predicted: 0, gold: 0 }, 1, 1, 1],
    [{ tp: 1, predicted: 2, gold: 4 }, 0.5, 0.25, 1 / 3],
    [{ tp: 0, predicted: 3, gold: 3 }, 0, 0, 0],
  ])('%j', (c, precision, recall, f1) => {
    const s = scores(c);
    expect(s.precision).toBeCloseTo(precision);
    expect(s.recall).toBeCloseTo(recall);
    expect(s.f1).toBeCloseTo(f1);
  });

  it('micro-averages over articles and reports coverage', () => {
    const a = countArticle(ARTICLE, [p(0, 13, 'Q567')], KNOW);
    const b = countArticle(ARTICLE, [p(0, 13, 'Q567'), p(31, 36, 'Q90', 'place')], { qids: new Set(['Q567']), namesWithoutQid: new Set() });
    const r = summarise([a, b]);
    expect(r.mentions.tp).toBe(3);
    expect(r.mentions.gold).toBe(6);
    expect(r.coverage.goldMentionsKnown).toBe(4);
    expect(r.coverage.mentionShare).toBeCloseTo(4 / 6);
  });

  it.each([
    ['Q215627', 'person'],
    ['Q27096213|Q43229', 'place'],
    ['Q2424752|Q43229', 'organisation'],
    ['OTHER', 'other'],
    [undefined, 'other'],
  ])('gold type %s is %s', (t, coarse) => {
    expect(coarseGoldType(t)).toBe(coarse);
  });
});

describe('entities without a QID', () => {
  it.each<[string, readonly string[], number]>([
    ['matched by the gold label among its names', ['joe biden', 'biden'], 1],
    ['not matched when the name differs', ['jill biden'], 0],
  ])('%s', (_, names, tp) => {
    const c = countArticle(ARTICLE, [{ span: [18, 27], wikidata: null, type: 'person', names }], KNOW);
    expect(c.mentions.tp).toBe(tp);
    expect(c.entities.tp).toBe(tp);
  });
});
