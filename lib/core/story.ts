// "The story so far": the prior events of all the article's entities merged into one timeline, ranked by how
// many of those entities each event involves, so the events that tie the article's names together come first.
// Ranking works on dated references (event id and date), so the store reads only the events that make the cut.
import type { DatedRef } from './buckets';
import type { PackEvent } from './pack';

export interface StoryItem {
  event: PackEvent;
  /** The article's entities this event involves. */
  involves: string[];
}

export interface StoryPick {
  eventId: string;
  date: string;
  involves: string[];
}

/** The `limit` events named by the most of the entities' reference lists, then newest, then by id. */
export function pickStory(perEntity: ReadonlyMap<string, readonly DatedRef[]>, limit: number): StoryPick[] {
  const byId = new Map<string, StoryPick>();
  for (const [entity, refs] of perEntity) {
    for (const [date, eventId] of refs) {
      let pick = byId.get(eventId);
      if (!pick) byId.set(eventId, (pick = { eventId, date, involves: [] }));
      if (!pick.involves.includes(entity)) pick.involves.push(entity);
    }
  }
  return [...byId.values()]
    .sort((a, b) => b.involves.length - a.involves.length || (a.date < b.date ? 1 : a.date > b.date ? -1 : 0) || (a.eventId < b.eventId ? -1 : 1))
    .slice(0, limit);
}
