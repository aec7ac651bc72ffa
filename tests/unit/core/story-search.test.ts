import { describe, expect, it } from 'vitest';
import { pickStory } from '../../../lib/core/story';
import type { DatedRef } from '../../../lib/core/buckets';
import { searchEntities, searchEntry } from '../../../lib/core/search';

const ev = (id: string, date: string): DatedRef => [date, id];

describe('pickStory', () => {
  const poison = ev('poison', '2018-03-04');
  const expel = ev('expel', '2018-03-27');
  const inf = ev('inf', '2019-08-02');
  const duma = ev('duma', '2016-09-18');
  const per = new Map([
    ['skripal', [expel, poison]],
    ['nato', [inf, expel]],
    ['russia', [inf, expel, poison, duma]],
  ]);

  it('ranks by how many of the article entities an event involves, then newest first', () => {
    expect(pickStory(per, 10).map((i) => [i.eventId, i.involves.length])).toEqual([
      ['expel', 3],
      ['inf', 2],
      ['poison', 2],
      ['duma', 1],
    ]);
  });

  it('keeps each event once and honours the limit', () => {
    expect(pickStory(per, 2).map((i) => i.eventId)).toEqual(['expel', 'inf']);
    expect(pickStory(new Map(), 5)).toEqual([]);
  });
});

describe('searchEntities', () => {
  const entries = [
    searchEntry({ id: 'slutsky', type: 'person', name: 'Leonid Slutsky', aliases: ['Leonid Sluzki'], prior: 0.3 }),
    searchEntry({ id: 'sergei', type: 'person', name: 'Sergei Skripal', aliases: [], prior: 0.5 }),
    searchEntry({ id: 'yulia', type: 'person', name: 'Yulia Skripal', aliases: [], prior: 0.4 }),
    searchEntry({ id: 'sanchez', type: 'person', name: 'Pedro Sánchez', aliases: [], prior: 0.6 }),
    searchEntry({ id: 'nato', type: 'organisation', name: 'NATO', aliases: ['North Atlantic Treaty Organization'], prior: 0.9 }),
    searchEntry({ id: 'nrc', type: 'organisation', name: 'NATO–Russia Council', aliases: [], prior: 0.4 }),
  ];

  it.each([
    ['skripal', ['sergei', 'yulia']],
    ['Sluzki', ['slutsky']],
    ['sanchez', ['sanchez']],
    ['nato', ['nato', 'nrc']],
    ['nato-russia', ['nrc']],
    ['north atl', ['nato']],
    ['x', []],
    ['zzzz', []],
  ])('%s → %j', (q, ids) => expect(searchEntities(entries, q, 10).map((e) => e.id)).toEqual(ids));
});
