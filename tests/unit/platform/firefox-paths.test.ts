// The code paths where Firefox differs from Chrome: its extension pages live at moz-extension://<uuid>/ while
// runtime.id is the add-on id; its background is an event page whose suspension shows up as different messaging
// errors; and hit-testing uses caretPositionFromPoint where older Chromium only has caretRangeFromPoint.
import { describe, expect, it } from 'vitest';
import { createRouter, type Handlers, type SenderInfo } from '../../../lib/core/router';
import { isTransient } from '../../../lib/platform/messaging';
import { caretAt } from '../../../lib/page/hit-test';

const ADDON_ID = 'backstory@backstory.invalid';
const ORIGIN = 'moz-extension://6b7f2a1c-3d4e-4f50-9a8b-1c2d3e4f5a6b/';
const handlers = {
  'dataset-status': async () => ({ state: 'ready', progress: 1, message: null, pack: null }),
  'tab-results': async () => null,
  scan: async () => ({ mentions: [], entities: [] }),
} as unknown as Handlers;
const route = createRouter({ id: ADDON_ID, origin: ORIGIN }, handlers);
const scan = { type: 'scan', url: 'https://news.example/', title: '', published: null, isArticle: true, siteEnabled: true, blocks: [] };

describe('router with Firefox senders', () => {
  it.each<[string, unknown, SenderInfo, boolean]>([
    ['the popup at moz-extension://', { type: 'tab-results', tabId: 3 }, { id: ADDON_ID, tabId: undefined, url: `${ORIGIN}popup.html?tabId=3` }, true],
    ['a content script', scan, { id: ADDON_ID, tabId: 3, url: 'https://news.example/' }, true],
    ['another add-on', { type: 'dataset-status' }, { id: 'other@example.org', tabId: undefined, url: 'moz-extension://0000/popup.html' }, false],
    ['a page of another add-on claiming our id', { type: 'tab-results', tabId: 3 }, { id: ADDON_ID, tabId: undefined, url: 'moz-extension://0000/popup.html' }, false],
  ])('%s → ok=%s', async (_name, msg, sender, ok) => {
    expect((await route(msg, sender)).ok).toBe(ok);
  });
});

describe('messaging errors that mean "retry"', () => {
  it.each([
    ['Chrome, worker not started', 'Could not establish connection. Receiving end does not exist.', true],
    ['Chrome, worker stopped mid-reply', 'A listener indicated an asynchronous response by returning true, but the message channel closed before a response was received', true],
    ['Firefox, event page unloaded mid-reply', 'Promised response from onMessage listener went out of scope', true],
    ['Firefox, event page gone', 'Message manager disconnected', true],
    ['a real error from the background', 'entity: bad id', false],
    ['a quota error', 'QuotaExceededError', false],
  ])('%s → %s', (_name, message, transient) => {
    expect(isTransient(new Error(message))).toBe(transient);
  });
});

describe('caret hit-testing in either engine', () => {
  const text = { nodeType: 3 } as unknown as Node;
  it.each([
    ['Firefox and Chrome 128+: caretPositionFromPoint', { caretPositionFromPoint: () => ({ offsetNode: text, offset: 4 }) }, 4],
    ['older Chromium: caretRangeFromPoint', { caretRangeFromPoint: () => ({ startContainer: text, startOffset: 2 }) }, 2],
    ['both: the standard one wins', { caretPositionFromPoint: () => ({ offsetNode: text, offset: 7 }), caretRangeFromPoint: () => ({ startContainer: text, startOffset: 1 }) }, 7],
  ])('%s', (_name, doc, offset) => {
    expect(caretAt(doc as unknown as Document, 10, 10)).toEqual({ node: text, offset });
  });

  it.each([
    ['nothing under the point', { caretPositionFromPoint: () => null }],
    ['neither API', {}],
  ])('%s → null', (_name, doc) => {
    expect(caretAt(doc as unknown as Document, 10, 10)).toBeNull();
  });
});
