// Ranking entities: mentions, headline and lead, first position.
import { describe, expect, it } from 'vitest';
import { rankBySalience, type SalienceMention } from '../../../lib/core/salience';
import { fixtureLinker } from './fixture';

describe('rankBySalience', () => {
  it.each<[string, SalienceMention[], string[]]>([
    ['more mentions first', [
      { entity: 'a', role: 'body', position: 0.5 },
      { entity: 'b', role: 'body', position: 0.5 },
      { entity: 'b', role: 'body', position: 0.6 },
    ], ['b', 'a']],
    ['headline beats a body mention', [
      { entity: 'a', role: 'body', position: 0.5 },
      { entity: 'b', role: 'headline', position: 0.5 },
    ], ['b', 'a']],
    ['earlier beats later', [
      { entity: 'a', role: 'body', position: 0.9 },
      { entity: 'b', role: 'body', position: 0.1 },
    ], ['b', 'a']],
    ['lead beats caption', [
      { entity: 'a', role: 'caption', position: 0.2 },
      { entity: 'b', role: 'lead', position: 0.2 },
    ], ['b', 'a']],
  ])('%s', (_, mentions, order) => {
    expect(rankBySalience(mentions).map((e) => e.id)).toEqual(order);
  });

  it('scales to 1 for the top entity and counts mentions', () => {
    const r = rankBySalience([
      { entity: 'a', role: 'body', position: 0 },
      { entity: 'a', role: 'body', position: 0.3 },
      { entity: 'b', role: 'body', position: 0.5 },
    ]);
    expect(r[0]).toEqual({ id: 'a', mentions: 2, salience: 1 });
    expect(r[1]!.salience).toBeLessThan(1);
  });

  it('ranks the linker output', () => {
    const r = fixtureLinker().link([
      { text: 'Ukraine talks', role: 'headline' },
      { text: 'NATO met in Brussels. NATO said Ukraine must decide.', role: 'body' },
    ]);
    expect(r.entities.map((e) => e.id).slice(0, 2)).toEqual(['country:UA', 'org:nato']);
  });
});
