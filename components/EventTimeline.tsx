import type { PackEvent } from '../lib/core/pack';
import { formatDate } from '../lib/core/format';
import type { ComponentChildren } from 'preact';

interface Props {
  events: readonly PackEvent[];
  /** Show year headings, the story threads and the outlets of each event (the popup); the hover card is terser. */
  detailed?: boolean;
  /** Extra content under an event (the story so far names the article's entities it involves). */
  extra?: (event: PackEvent) => ComponentChildren;
}

/** Prior events, newest first; each item carries its ISO date in data-date. */
export function EventTimeline({ events, detailed = false, extra }: Props) {
  if (events.length === 0) return <p class="bs-muted">No earlier events in the dataset.</p>;
  // The detailed timeline has a heading per year; the terse one is a single group.
  const years: { year: string; events: PackEvent[] }[] = [];
  for (const ev of events) {
    const year = detailed ? ev.date.slice(0, 4) : '';
    const last = years.at(-1);
    if (last?.year === year) last.events.push(ev);
    else years.push({ year, events: [ev] });
  }
  return (
    <div class="bs-timeline-wrap">
      {years.map((group) => (
        <div key={group.year || 'all'} class="bs-year">
          {detailed && <h4 class="bs-year-head">{group.year}</h4>}
          <ol class="bs-timeline">
            {group.events.map((ev) => (
              <li key={ev.id} class="bs-event" data-date={ev.date}>
                <time dateTime={ev.date}>{formatDate(ev.date)}</time>
                <span class="bs-event-text">{ev.text}</span>
                {detailed && (ev.threads.length > 0 || (ev.outlets?.length ?? 0) > 0) && (
                  <span class="bs-threads">
                    {ev.threads.join(' · ')}
                    {ev.threads.length > 0 && (ev.outlets?.length ?? 0) > 0 && ' — '}
                    {ev.outlets?.join(', ')}
                  </span>
                )}
                {extra?.(ev)}
              </li>
            ))}
          </ol>
        </div>
      ))}
    </div>
  );
}
