// Every string Backstory shows comes from a pack or a page, so none may ever be parsed as markup or code: no
// source file of the extension may use an API that does. (Preact renders text nodes; the e2e hostile-pack test
// checks the result in the browser.)
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../..');
const FORBIDDEN: [string, RegExp][] = [
  ['dangerouslySetInnerHTML', /dangerouslySetInnerHTML/],
  ['innerHTML / outerHTML assignment', /\.(inner|outer)HTML\s*\+?=/],
  ['insertAdjacentHTML', /insertAdjacentHTML/],
  ['document.write', /document\.write(ln)?\s*\(/],
  ['eval', /(^|[^.\w])eval\s*\(/],
  ['new Function', /new\s+Function\s*\(/],
  ['string timers', /set(Timeout|Interval)\s*\(\s*['"`]/],
  ['createContextualFragment', /createContextualFragment/],
  ['DOMParser', /DOMParser/],
];

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

const FILES = ['entrypoints', 'components', 'lib'].flatMap((d) => sources(join(ROOT, d)));

describe('no string is ever parsed as markup or code', () => {
  it('finds the extension sources', () => expect(FILES.length).toBeGreaterThan(30));
  it.each(FORBIDDEN)('no %s in the extension', (_name, pattern) => {
    const hits = FILES.filter((f) => pattern.test(readFileSync(f, 'utf8'))).map((f) => relative(ROOT, f));
    expect(hits).toEqual([]);
  });
});

describe('nothing the page posts is listened to', () => {
  // The page shares the DOM with the content script: window messages and DOM events from it could be forged, so
  // the extension talks only through runtime messaging, which the page cannot reach.
  const pageSide = FILES.filter((f) => /entrypoints\/content|lib\/page/.test(f));
  it('finds the content-script sources', () => expect(pageSide.length).toBeGreaterThan(5));
  it.each([
    ['window message listeners', /addEventListener\(\s*['"]message['"]|onmessage\s*=/],
    ['custom DOM events', /new\s+CustomEvent|addEventListener\(\s*['"]backstory/],
  ])('no %s in the content script', (_name, pattern) => {
    expect(pageSide.filter((f) => pattern.test(readFileSync(f, 'utf8'))).map((f) => relative(ROOT, f))).toEqual([]);
  });
});
