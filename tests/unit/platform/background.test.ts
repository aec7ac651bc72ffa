// The background's request handling in Node: a real store (fake-indexeddb), the real linker, WXT's fake browser.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { IDBFactory } from 'fake-indexeddb';
import { PACK_FORMAT, type Pack } from '../../../lib/core/pack';
import { createRouter } from '../../../lib/core/router';
import { createHandlers } from '../../../lib/platform/background-handlers';
import { DatasetService } from '../../../lib/platform/dataset';
import { currentSettings, saveSettings, loadSettings, watchSettings } from '../../../lib/platform/settings';
import { DEFAULT_SETTINGS } from '../../../lib/core/settings';

const PACK: Pack = {
  format: PACK_FORMAT,
  id: 'unit',
  version: '1',
  builtAt: '2026-01-01T00:00:00Z',
  sources: [
    { id: 'src', name: 'Unit source', licence: 'CC0', attribution: 'the tests', url: 'https://example.org' },
    { id: 'other', name: 'Unused source', licence: 'MIT', attribution: 'nobody', url: 'https://example.com' },
  ],
  entities: [
    { id: 'org:nato', type: 'organisation', name: 'NATO', aliases: ['North Atlantic Treaty Organization'], wikidata: 'Q7184', description: 'military alliance', facts: [], links: [], prior: 0.9, sources: ['src'] },
    { id: 'country:rus', type: 'country', name: 'Russia', aliases: [], wikidata: 'Q159', description: 'country in Eastern Europe and Asia', facts: [], links: [], prior: 0.9, sources: ['src'] },
  ],
  events: [
    { id: 'e1', date: '2018-03-27', text: 'NATO expels seven Russian diplomats.', entities: ['org:nato', 'country:rus'], threads: ['Poisoning of Sergei and Yulia Skripal'], source: 'src' },
    { id: 'e2', date: '2022-02-24', text: 'Russia invades Ukraine.', entities: ['country:rus'], threads: [], source: 'src' },
  ],
};

const OWN = fakeBrowser.runtime.id;
const tab = { id: OWN, tabId: 7, url: 'https://news.example/a' };
const popup = { id: OWN, tabId: undefined, url: `chrome-extension://${OWN}/popup.html` };

let route: ReturnType<typeof createRouter>;
beforeEach(async () => {
  fakeBrowser.reset();
  globalThis.indexedDB = new IDBFactory();
  const dataset = new DatasetService();
  await dataset.install(PACK, { origin: 'file' });
  route = createRouter({ id: OWN, origin: `chrome-extension://${OWN}/` }, createHandlers(dataset));
});

const scan = (text: string, siteEnabled = true) => ({ type: 'scan', url: tab.url, title: 'A', published: '2021-10-06', isArticle: true, siteEnabled, blocks: [{ text, role: 'body' }] });

describe('background handlers', () => {
  it('links a page, records the tab results, and serves them to the popup', async () => {
    const reply = await route(scan('NATO said that Russia had not answered.'), tab);
    expect(reply.ok).toBe(true);
    if (!reply.ok) return;
    const value = reply.value as { mentions: { entity: string; start: number; end: number }[]; entities: { id: string; wikidata: string | null }[] };
    expect(value.mentions.map((m) => [m.entity, m.start, m.end])).toEqual([
      ['org:nato', 0, 4],
      ['country:rus', 15, 21],
    ]);
    const results = await route({ type: 'tab-results', tabId: 7 }, popup);
    expect(results).toMatchObject({ ok: true, value: { url: tab.url, siteEnabled: true, entities: [{ id: 'org:nato', wikidata: 'Q7184' }, { id: 'country:rus' }] } });
  });

  it('records a switched-off site without linking anything', async () => {
    const reply = await route(scan('NATO and Russia', false), tab);
    expect(reply).toEqual({ ok: true, value: { mentions: [], entities: [] } });
    expect(await route({ type: 'tab-results', tabId: 7 }, popup)).toMatchObject({ ok: true, value: { siteEnabled: false, entities: [] } });
  });

  it('answers a card with prior events strictly before the article date and only the sources the entity uses', async () => {
    const reply = await route({ type: 'entity', id: 'country:rus', asOf: '2021-10-06' }, tab);
    expect(reply.ok).toBe(true);
    if (!reply.ok) return;
    const card = reply.value as { priorEvents: { date: string }[]; sources: { id: string }[] };
    expect(card.priorEvents.map((e) => e.date)).toEqual(['2018-03-27']);
    expect(card.sources.map((s) => s.id)).toEqual(['src']);
  });

  it('merges the story so far of a tab and searches the whole dataset', async () => {
    await route(scan('NATO said that Russia had not answered.'), tab);
    const story = await route({ type: 'story', tabId: 7 }, popup);
    expect(story).toMatchObject({ ok: true, value: [{ event: { id: 'e1' }, involves: ['org:nato', 'country:rus'] }] });
    const search = await route({ type: 'search', query: 'north atlantic' }, popup);
    expect(search).toMatchObject({ ok: true, value: [{ id: 'org:nato', name: 'NATO' }] });
  });

  it('reports the installed dataset', async () => {
    expect(await route({ type: 'dataset-status' }, popup)).toMatchObject({ ok: true, value: { state: 'ready', pack: { id: 'unit', entities: 2, events: 2 } } });
  });
});

describe('settings storage', () => {
  it('round-trips, validates what it reads, and tells watchers', async () => {
    fakeBrowser.reset();
    const seen: string[][] = [];
    const stop = watchSettings((s) => seen.push(s.sites));
    await saveSettings({ ...DEFAULT_SETTINGS, sites: ['WWW.Example.com'] });
    expect((await loadSettings()).sites).toEqual(['example.com']);
    expect(seen).toEqual([['example.com']]);
    stop();
    await fakeBrowser.storage.local.set({ settings: { mode: 42, sites: 'nope' } });
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('currentSettings keeps up with changes made anywhere', async () => {
    fakeBrowser.reset();
    await saveSettings({ ...DEFAULT_SETTINGS, minConfidence: 0.6 });
    const settings = currentSettings();
    expect((await settings()).minConfidence).toBe(0.6);
    await saveSettings({ ...DEFAULT_SETTINGS, minConfidence: 0.8 });
    expect((await settings()).minConfidence).toBe(0.8);
  });
});
