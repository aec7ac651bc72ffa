// What the background does for each request. Wiring of the store, the linker, the settings and the tab results.
import type { EntityCardData, EntitySummary } from '../core/protocol';
import type { PackEntity } from '../core/pack';
import { searchEntities } from '../core/search';
import { todayIso } from '../core/format';
import type { Handlers } from '../core/router';
import { mergeEntities } from '../core/merge-entities';
import { entityWithPriorEvents, getEntities, storySoFar } from './db';
import type { DatasetService } from './dataset';
import { currentSettings } from './settings';
import { openPopupAt } from './open-popup';
import { loadTabResults, saveTabResults } from './tab-results';

const CARD_EVENTS = 3;
/** The story so far draws on this many of the article's most salient entities, and this many events of each. */
const STORY_ENTITIES = 30;
const STORY_EVENTS_EACH = 40;

function blurb(e: PackEntity): string | null {
  return e.description ?? e.descriptor ?? null;
}

export function createHandlers(dataset: DatasetService, settings = currentSettings()): Handlers {
  return {
    async scan(req, sender) {
      const linker = req.siteEnabled ? await dataset.linker() : null;
      if (!linker) {
        if (sender.tabId !== undefined && !req.update) {
          await saveTabResults(sender.tabId, { url: req.url, title: req.title, published: req.published, isArticle: req.isArticle, siteEnabled: req.siteEnabled, entities: [] });
        }
        return { mentions: [], entities: [] };
      }
      const result = linker.link(req.blocks, { minConfidence: (await settings()).minConfidence });
      const records = await getEntities(await dataset.db(), result.entities.map((h) => h.id));
      const byId = new Map(records.map((e) => [e.id, e]));
      const entities: EntitySummary[] = [];
      for (const hit of result.entities) {
        const e = byId.get(hit.id);
        if (!e) continue;
        entities.push({ id: e.id, type: e.type, name: e.name, wikidata: e.wikidata ?? null, blurb: blurb(e), mentions: hit.mentions, salience: hit.salience });
      }
      const known = new Set(entities.map((e) => e.id));
      const mentions = result.mentions.filter((m) => known.has(m.entity));
      if (sender.tabId !== undefined) {
        // New text on a page already scanned adds to what the popup lists for it.
        const before = req.update ? await loadTabResults(sender.tabId) : null;
        const all = before && before.url === req.url ? mergeEntities(before.entities, entities) : entities;
        await saveTabResults(sender.tabId, { url: req.url, title: req.title, published: req.published, isArticle: req.isArticle, siteEnabled: true, entities: all });
      }
      return { mentions, entities };
    },

    async entity(req) {
      await dataset.ensureReady();
      const db = await dataset.db();
      const found = await entityWithPriorEvents(db, req.id, req.asOf, req.limit ?? CARD_EVENTS);
      if (!found) return null;
      const { entity: e, priorEvents: events, pack } = found;
      const card: EntityCardData = {
        id: e.id,
        type: e.type,
        name: e.name,
        aliases: e.aliases,
        wikidata: e.wikidata ?? null,
        description: e.description ?? null,
        descriptor: e.descriptor ?? null,
        facts: e.facts,
        links: e.links,
        sources: pack.sources.filter((s) => e.sources.includes(s.id)),
        priorEvents: events,
      };
      return card;
    },

    async 'tab-results'(req) {
      return loadTabResults(req.tabId);
    },

    async story(req) {
      const results = await loadTabResults(req.tabId);
      if (!results || results.entities.length === 0) return [];
      const db = await dataset.db();
      const asOf = results.published ?? todayIso();
      const top = results.entities.slice(0, STORY_ENTITIES).map((e) => e.id);
      return storySoFar(db, top, asOf, STORY_EVENTS_EACH, req.limit ?? 40);
    },

    async search(req) {
      const found = searchEntities(await dataset.searchIndex(), req.query, req.limit ?? 20);
      const records = await getEntities(await dataset.db(), found.map((f) => f.id));
      return records.map((e) => ({ id: e.id, type: e.type, name: e.name, wikidata: e.wikidata ?? null, blurb: blurb(e), mentions: 0, salience: 0 }));
    },

    async 'dataset-status'() {
      void dataset.ensureReady();
      return dataset.getStatus();
    },

    async 'open-entity'(req, sender) {
      if (sender.tabId === undefined) throw new Error('open-entity needs the tab it came from');
      return { opened: await openPopupAt(sender.tabId, req.id) };
    },

    async 'dataset-changed'() {
      await dataset.reload();
      return dataset.getStatus();
    },
  };
}
