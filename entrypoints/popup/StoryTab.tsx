import { useEffect, useState } from 'preact/hooks';
import { EventTimeline } from '../../components/EventTimeline';
import type { PackSource } from '../../lib/core/pack';
import type { EntitySummary } from '../../lib/core/protocol';
import type { StoryItem } from '../../lib/core/story';
import { send } from '../../lib/platform/messaging';

interface Props {
  tabId: number;
  entities: readonly EntitySummary[];
  /** Changes whenever the tab's results change, so the story is read again. */
  version: unknown;
  sources: ReadonlyMap<string, PackSource>;
}

/** The article's background in one timeline: its entities' prior events, those that tie most of them first. */
export function StoryTab({ tabId, entities, version, sources }: Props) {
  const [items, setItems] = useState<StoryItem[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    send({ type: 'story', tabId }).then(setItems, (e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, [tabId, version]);

  if (error) return <p class="bs-error">{error}</p>;
  if (!items) return <p class="bs-muted" data-state="loading">Loading…</p>;
  if (items.length === 0) return <p class="bs-muted" data-state="no-story">The dataset has no earlier events for the names on this page.</p>;
  const names = new Map(entities.map((e) => [e.id, e.name]));
  // Ranked by how many of the article's names each event involves: one group per count, newest first within it.
  const groups: { count: number; items: StoryItem[] }[] = [];
  for (const item of items) {
    const last = groups.at(-1);
    if (last?.count === item.involves.length) last.items.push(item);
    else groups.push({ count: item.involves.length, items: [item] });
  }
  const involves = new Map(items.map((i) => [i.event.id, i.involves]));
  return (
    <div class="bs-story" data-testid="story">
      {groups.map((g) => (
        <section key={g.count} class="bs-story-group" data-involves-count={g.count}>
          <h3 class="bs-story-head">{g.count > 1 ? `Involving ${g.count} of the names on this page` : 'Involving one of the names on this page'}</h3>
          <EventTimeline
            events={g.items.map((i) => i.event)}
            detailed
            sources={sources}
            extra={(ev) => (
              <span class="bs-involves" data-involves={(involves.get(ev.id) ?? []).length}>
                {(involves.get(ev.id) ?? []).map((id) => names.get(id) ?? id).join(' · ')}
              </span>
            )}
          />
        </section>
      ))}
    </div>
  );
}
