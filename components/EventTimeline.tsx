import type { PackEvent } from '../lib/core/pack';
import { formatDate } from '../lib/core/format';

interface Props {
  events: readonly PackEvent[];
  /** Show the story threads each event belongs to. */
  threads?: boolean;
}

/** Prior events, newest first; each item carries its ISO date in data-date. */
export function EventTimeline({ events, threads = false }: Props) {
  if (events.length === 0) return <p class="bs-muted">No earlier events in the dataset.</p>;
  return (
    <ol class="bs-timeline">
      {events.map((ev) => (
        <li key={ev.id} class="bs-event" data-date={ev.date}>
          <time dateTime={ev.date}>{formatDate(ev.date)}</time>
          <span class="bs-event-text">{ev.text}</span>
          {threads && ev.threads.length > 0 && <span class="bs-threads">{ev.threads.join(' · ')}</span>}
        </li>
      ))}
    </ol>
  );
}
