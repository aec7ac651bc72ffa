// "The story so far": the prior events of all the article's entities merged into one timeline, ranked by how
// many of those entities each event involves, so the events that tie the article's names together come first.
import type { PackEvent } from './pack';

export interface StoryItem {
  event: PackEvent;
  /** The article's entities this event involves. */
  involves: string[];
}

export function mergeStory(perEntity: ReadonlyMap<string, readonly PackEvent[]>, limit: number): StoryItem[] {
  const byId = new Map<string, StoryItem>();
  for (const [entity, events] of perEntity) {
    for (const event of events) {
      let item = byId.get(event.id);
      if (!item) byId.set(event.id, (item = { event, involves: [] }));
      if (!item.involves.includes(entity)) item.involves.push(entity);
    }
  }
  return [...byId.values()]
    .sort((a, b) => b.involves.length - a.involves.length || (a.event.date < b.event.date ? 1 : a.event.date > b.event.date ? -1 : 0) || (a.event.id < b.event.id ? -1 : 1))
    .slice(0, limit);
}
