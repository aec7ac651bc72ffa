import { describe, expect, it } from 'vitest';
import { createRouter, type Handlers, type SenderInfo } from '../../../lib/core/router';

const OWN = 'own-extension-id';
const handlers: Handlers = {
  scan: async () => ({ mentions: [], entities: [] }),
  entity: async (r) => (r.id === 'boom' ? Promise.reject(new Error('store failed')) : null),
  'tab-results': async () => null,
  story: async () => [],
  search: async () => [],
  'dataset-status': async () => ({ state: 'ready', progress: 1, message: null, pack: null }),
  'dataset-changed': async () => ({ state: 'ready', progress: 1, message: null, pack: null }),
  'open-entity': async () => ({ opened: 'window' }),
};
const route = createRouter({ id: OWN, origin: `chrome-extension://${OWN}/` }, handlers);
const fromTab: SenderInfo = { id: OWN, tabId: 3, url: 'https://news.example/' };
const fromPopup: SenderInfo = { id: OWN, tabId: undefined, url: `chrome-extension://${OWN}/popup.html` };
const scan = { type: 'scan', url: 'https://news.example/', title: '', published: null, isArticle: true, siteEnabled: true, blocks: [] };

describe('router', () => {
  it.each([
    ['a scan from a content script', scan, fromTab, true],
    ['a status request from the popup', { type: 'dataset-status' }, fromPopup, true],
    ['a scan from the popup (not a tab)', scan, fromPopup, false],
    ['a scan from the options page opened in a tab', scan, { ...fromPopup, tabId: 9 }, false],
    ['tab results asked by the popup', { type: 'tab-results', tabId: 3 }, fromPopup, true],
    ['tab results asked by a content script', { type: 'tab-results', tabId: 4 }, fromTab, false],
    ['dataset-changed from the options page', { type: 'dataset-changed' }, { ...fromPopup, tabId: 9 }, true],
    ['dataset-changed from a content script', { type: 'dataset-changed' }, fromTab, false],
    ['open-entity from a content script', { type: 'open-entity', id: 'Q1' }, fromTab, true],
    ['open-entity from the popup (no tab to open it for)', { type: 'open-entity', id: 'Q1' }, fromPopup, false],
    ['open-entity without an id', { type: 'open-entity' }, fromTab, false],
    ['a message from another extension', { type: 'dataset-status' }, { ...fromPopup, id: 'someone-else' }, false],
    ['a message from a web page (no extension id)', { type: 'dataset-status' }, { id: undefined, tabId: 3, url: 'https://evil.example/' }, false],
    ['an unknown message', { type: 'drop-database' }, fromPopup, false],
  ])('%s → ok=%s', async (_name, msg, sender, ok) => {
    expect((await route(msg, sender)).ok).toBe(ok);
  });

  it('turns a failing handler into an error reply', async () => {
    expect(await route({ type: 'entity', id: 'boom', asOf: '2020-01-01' }, fromPopup)).toEqual({ ok: false, error: 'store failed' });
  });
});
