// "Caldwell said": a small town does not speak; a capital may stand for its government.
import { describe, expect, it } from 'vitest';
import { compileLinker, type LinkerEntity } from '../../../lib/core/linker';
import { links } from './fixture';

const ENTITIES: LinkerEntity[] = [
  { id: 'place:caldwell', wikidata: 'Q849592', type: 'place', name: 'Caldwell', aliases: [], prior: 0.24, country: 'US', description: 'city in Idaho' },
  { id: 'place:moscow', wikidata: 'Q649', type: 'place', name: 'Moscow', aliases: [], prior: 0.88, country: 'RU', description: 'capital of Russia' },
];
const linker = compileLinker(ENTITIES);

describe('a place named as the one who speaks', () => {
  it.each([
    ['"It is the government\'s decision," Caldwell said.', []],
    ['Caldwell said the squad had done its job.', []],
  ])('a small town is not linked: %j', (text, expected) => {
    expect(links(text, undefined, linker)).toEqual(expected);
  });

  it.each([
    ['Moscow said the talks had failed.', ['Moscow=place:moscow']],
    ['He grew up in Caldwell and moved away.', ['Caldwell=place:caldwell']],
  ])('a capital, or a town not speaking, is: %j', (text, expected) => {
    expect(links(text, undefined, linker)).toEqual(expected);
  });
});
