// Names that modify something else: a body's name before a word for a security ("Treasury bills") names the
// security; a place with a number glued on by a hyphen ("Karbala-8") is a code name.
import { describe, expect, it } from 'vitest';
import { compileLinker, type LinkerEntity } from '../../../lib/core/linker';
import { links } from './fixture';

const ENTITIES: LinkerEntity[] = [
  { id: 'org:treasury', type: 'organisation', name: 'Department of the Treasury', aliases: ['Treasury'], prior: 0.6, country: 'US' },
  { id: 'org:carters', type: 'organisation', name: "Carter's", aliases: ['Carter'], prior: 0.4, country: 'US' },
  { id: 'org:usgov', type: 'organisation', name: 'United States government', aliases: ['U.S. Government'], prior: 0.6, country: 'US' },
  { id: 'org:senate', type: 'organisation', name: 'United States Senate', aliases: ['Senate'], prior: 0.7, country: 'US' },
  { id: 'org:goldman', type: 'organisation', name: 'Goldman Sachs', aliases: [], prior: 0.7, country: 'US' },
  { id: 'person:reagan', type: 'person', name: 'Ronald Reagan', aliases: [], prior: 0.9, country: 'US' },
  { id: 'place:karbala', type: 'place', name: 'Karbala', aliases: [], prior: 0.5, country: 'IQ', description: 'city in Iraq' },
  { id: 'country:IR', type: 'country', name: 'Iran', aliases: [], prior: 1, country: 'IR' },
];
const linker = compileLinker(ENTITIES);
const run = (text: string): string[] => links(text, undefined, linker);

describe('a name before a word for a security names the security', () => {
  it.each([
    'The yield on the benchmark 10-year Treasury note slipped to 3.33 percent.',
    'It will sell 9.5 billion francs of Treasury bills at its next tender.',
    'The Fed offered to buy all maturities of Treasury notes and bonds.',
    'The notes yield 52 basis points over comparable Treasury securities.',
    'The Fed entered the U.S. Government securities market.',
    'The government sold Carter bonds denominated in marks.',
    'A three-month Treasury bill yields less.',
  ])('%j links no body', (text) => {
    expect(run(text).filter((l) => l.includes('org:'))).toEqual([]);
  });

  it.each([
    ['The Treasury said it would sell more debt.', ['Treasury=org:treasury']],
    // the singular after no maturity: a bill of the Senate, a note by the bank
    ['The Senate bill passed on Tuesday.', ['Senate=org:senate']],
    ['A Goldman Sachs note to clients said so.', ['Goldman Sachs=org:goldman']],
    // a possessive: the body's own bonds are the body's
    ["The Treasury's bills sold well.", ['Treasury=org:treasury']],
    // the person a security is named after is still someone to look up
    ['The deficit was financed by what became known as Ronald Reagan bonds.', ['Ronald Reagan=person:reagan']],
  ])('%j', (text, expected) => {
    expect(run(text)).toEqual(expected);
  });
});

describe('a place with a number glued on by a hyphen is a code name', () => {
  it.each([
    ['Iran continued its Karbala-8 operation launched early yesterday.', ['Iran=country:IR']],
  ])('%j', (text, expected) => {
    expect(run(text)).toEqual(expected);
  });

  it.each([
    ['Pilgrims gathered in Karbala on Friday.', ['Karbala=place:karbala']],
    // a spaced dash and a figure are no code name
    ['Casualties: Karbala - 8, Najaf - 3.', ['Karbala=place:karbala']],
    ['Pilgrims flocked to Karbala, 8 km away.', ['Karbala=place:karbala']],
  ])('%j', (text, expected) => {
    expect(run(text)).toEqual(expected);
  });
});
