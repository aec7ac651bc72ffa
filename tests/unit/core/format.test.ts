import { describe, expect, it } from 'vitest';
import { formatDate, safeHttpUrl, todayIso } from '../../../lib/core/format';

describe('formatDate', () => {
  it.each([
    ['2018-03-05', '5 Mar 2018'],
    ['2018-03', 'Mar 2018'],
    ['2018', '2018'],
    ['2018-13-01', '2018'],
    ['soon', 'soon'],
  ])('%s → %s', (iso, out) => expect(formatDate(iso)).toBe(out));
});

describe('safeHttpUrl', () => {
  it.each([
    ['https://www.wikidata.org/wiki/Q7184', 'https://www.wikidata.org/wiki/Q7184'],
    ['http://example.com', 'http://example.com/'],
    ['javascript:alert(1)', null],
    ['JaVaScRiPt:alert(1)', null],
    ['data:text/html,<script>alert(1)</script>', null],
    ['//example.com', null],
    ['', null],
  ])('%s → %s', (url, out) => expect(safeHttpUrl(url)).toBe(out));
});

it('todayIso pads month and day', () => {
  expect(todayIso(new Date(2021, 0, 5))).toBe('2021-01-05');
});
