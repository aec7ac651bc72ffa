// Choosing between entities that share a name: context, the article's country, type cues, the prior.
import { describe, expect, it } from 'vitest';
import { links, linkBlocks } from './fixture';

describe('disambiguates by context', () => {
  it.each([
    ['Protesters gathered in Atlanta and across Georgia on Monday.', undefined, ['Atlanta=place:atlanta', 'Georgia=place:georgia-us']],
    ['Russian troops crossed into Georgia and approached Tbilisi.', undefined, ['Georgia=country:GE', 'Tbilisi=place:tbilisi']],
    ['Storms hit Georgia overnight.', 'US', ['Georgia=place:georgia-us']],
    ['Storms hit Georgia overnight.', 'GE', ['Georgia=country:GE']],
    ['The poisoning in Salisbury shocked the UK.', undefined, ['Salisbury=place:salisbury', 'UK=country:GB']],
  ])('%j (country %s)', (text, country, expected) => {
    expect(links(text, country ? { country } : undefined)).toEqual(expected);
  });

  it.each([
    // the sportswear firm has the name, but a person is the one who accuses
    ['More: Macron accuses the EU of naivety', ['Macron=person:emmanuel-macron', 'EU=org:eu']],
    ['President Macron visited Moscow.', ['Macron=person:emmanuel-macron', 'Moscow=place:moscow']],
  ])('type cues and priors: %j', (text, expected) => {
    expect(links(text)).toEqual(expected);
  });

  it('leaves out what stays ambiguous rather than guess', () => {
    // two John Smiths with equal priors and no context
    expect(links('Yesterday John Smith resigned.')).toEqual([]);
  });

  it('gives every link a confidence in (0, 1] and honours minConfidence', () => {
    const blocks = [{ text: 'Storms hit Georgia overnight, officials in Atlanta said.' }];
    const all = linkBlocks(blocks, { minConfidence: 0 });
    const strict = linkBlocks(blocks, { minConfidence: 0.99 });
    expect(all.length).toBeGreaterThan(strict.length);
    expect(strict).toEqual([]);
  });
});
