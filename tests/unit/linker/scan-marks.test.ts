// The scan tests a mark in the trie slot instead of reading the payload when the word is plainly
// capitalised: the mark must say exactly what reading the payload would (strict acronyms need capitals).
import { describe, expect, it } from 'vitest';
import { type CompiledLinker, compileLinker, countCandidates, type LinkerEntity, loadLinker } from '../../../lib/core/linker';

const who: LinkerEntity = { id: 'org:who', type: 'organisation', name: 'World Health Organization', aliases: ['WHO'], prior: 0.9 };
const band: LinkerEntity = { id: 'org:the-who', type: 'organisation', name: 'The Who', aliases: ['Who'], prior: 0.5 };
const nato: LinkerEntity = { id: 'org:nato', type: 'organisation', name: 'North Atlantic Treaty Organization', aliases: ['NATO'], prior: 0.9 };
const msf: LinkerEntity = { id: 'org:msf', type: 'organisation', name: 'Doctors Without Borders', aliases: ['MSF'], prior: 0.5 };

function counts(entities: LinkerEntity[], texts: string[]): number[] {
  const compiled = compileLinker(entities);
  const loaded = loadLinker(JSON.parse(JSON.stringify(compiled.toJSON())) as CompiledLinker);
  const a = texts.map((t) => countCandidates(compiled, t));
  expect(texts.map((t) => countCandidates(loaded, t))).toEqual(a);
  return a;
}

describe('payload marks', () => {
  it.each([
    ['a strict acronym alone: capitals only', [who], ['Who said it.', 'They said the WHO did.', 'The W.H.O. did.'], [0, 1, 1]],
    ['a strict acronym beside an ordinary alias of the same word', [who, band], ['Who said it.', 'They said the WHO did.'], [1, 1]],
    ['a short acronym', [msf], ['Msf said it.', 'MSF said it.'], [0, 1]],
    ['a longer acronym that is no word: any capital', [nato], ['Nato said it.', 'NATO said it.'], [1, 1]],
    ['names of several words', [who, band], ['World Health Organization staff', 'The Who played'], [1, 1]],
  ] as [string, LinkerEntity[], string[], number[]][])('%s', (_label, entities, texts, expected) => {
    expect(counts(entities, texts)).toEqual(expected);
  });
});
