import { useEffect, useState } from 'preact/hooks';
import { EventTimeline } from '../../components/EventTimeline';
import type { EntitySummary } from '../../lib/core/protocol';
import type { StoryItem } from '../../lib/core/story';
import { send } from '../../lib/platform/messaging';

interface Props {
  tabId: number;
  entities: readonly EntitySummary[];
  /** Changes whenever the tab's results change, so the story is read again. */
  version: unknown;
}

/** The article's background in one timeline: its entities' prior events, those that tie most of them first. */
export function StoryTab({ tabId, entities, version }: Props) {
  const [items, setItems] = useState<StoryItem[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    send({ type: 'story', tabId }).then(setItems, (e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, [tabId, version]);

  if (error) return <p class="bs-error">{error}</p>;
  if (!items) return <p class="bs-muted">Loading…</p>;
  if (items.length === 0) return <p class="bs-muted">The dataset has no earlier events for the names on this page.</p>;
  const names = new Map(entities.map((e) => [e.id, e.name]));
  const involves = new Map(items.map((i) => [i.event.id, i.involves]));
  // Ranked by how many of the article's names each event involves; shown as a timeline within that ranking.
  return (
    <div class="bs-story" data-testid="story">
      <EventTimeline
        events={items.map((i) => i.event)}
        detailed
        extra={(ev) => <span class="bs-involves">{(involves.get(ev.id) ?? []).map((id) => names.get(id) ?? id).join(' · ')}</span>}
      />
    </div>
  );
}
