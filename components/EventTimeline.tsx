import type { PackEvent, PackSource } from '../lib/core/pack';
import { formatDate, safeHttpUrl } from '../lib/core/format';
import type { ComponentChildren } from 'preact';

interface Props {
  events: readonly PackEvent[];
  /** Show year headings, the story threads and the source of each event (the popup); the hover card is terser. */
  detailed?: boolean;
  /** The pack's sources by id, to name each event's source; an unknown id is shown as it is. */
  sources?: ReadonlyMap<string, PackSource>;
  /** Extra content under an event (the story so far names the article's entities it involves). */
  extra?: (event: PackEvent) => ComponentChildren;
}

function SourceName({ id, sources }: { id: string; sources: ReadonlyMap<string, PackSource> | undefined }) {
  const s = sources?.get(id);
  if (!s) return <>{id}</>;
  const href = safeHttpUrl(s.url);
  return href ? (
    <a href={href} target="_blank" rel="noopener noreferrer" title={s.licence}>
      {s.name}
    </a>
  ) : (
    <>{s.name}</>
  );
}

/** Prior events in the order given (newest first from the store); each item carries its ISO date in data-date. */
export function EventTimeline({ events, detailed = false, sources, extra }: Props) {
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
      {years.map((group, gi) => (
        <div key={`${gi}:${group.year}`} class="bs-year" data-year={group.year || undefined}>
          {detailed && <h4 class="bs-year-head">{group.year}</h4>}
          <ol class="bs-timeline">
            {group.events.map((ev) => (
              <li key={ev.id} class="bs-event" data-date={ev.date}>
                <time dateTime={ev.date}>{formatDate(ev.date)}</time>
                <span class="bs-event-text">{ev.text}</span>
                {detailed && ev.threads.length > 0 && (
                  <span class="bs-threads" data-threads>
                    {ev.threads.map((t, i) => (
                      <span key={i} class="bs-thread">
                        {i > 0 && ' · '}
                        {t}
                      </span>
                    ))}
                  </span>
                )}
                {detailed && (
                  <span class="bs-event-source" data-source={ev.source}>
                    {(ev.outlets?.length ?? 0) > 0 ? `${ev.outlets?.join(', ')} via ` : 'Source: '}
                    <SourceName id={ev.source} sources={sources} />
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
