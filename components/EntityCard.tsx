import type { PackSource } from '../lib/core/pack';
import type { EntityCardData } from '../lib/core/protocol';
import { TYPE_LABELS, formatDate, safeHttpUrl } from '../lib/core/format';
import { EventTimeline } from './EventTimeline';

interface Props {
  card: EntityCardData;
  /** The article's date, or today's when the page gives none. */
  asOf: string;
  asOfFromPage: boolean;
  /** How many facts to show (the hover card shows a few, the popup all). */
  maxFacts?: number;
  /** The popup shows the whole timeline with years, threads and outlets. */
  detailed?: boolean;
  /** "Show on page": scroll to the entity's first mark and open its card there. */
  onShow?: () => void;
  /** Every source of the pack by id, so each event can name its own (the card's sources are the entity's). */
  eventSources?: ReadonlyMap<string, PackSource>;
  /** The "(no date on the page)" note under the timeline heading; the hover card says it at its top instead. */
  dateNote?: boolean;
}

/** All strings come from packs: Preact renders them as text, and only http(s) URLs become links. */
export function EntityCard({ card, asOf, asOfFromPage, maxFacts = 4, detailed = false, onShow, eventSources, dateNote = true }: Props) {
  const blurb = card.description ?? card.descriptor;
  return (
    <section class="bs-card" data-entity-id={card.id} data-entity-type={card.type} data-wikidata={card.wikidata ?? undefined} aria-label={`${card.name}: background`}>
      <header class="bs-card-head">
        <h2 class="bs-card-name">{card.name}</h2>
        <span class={`bs-type bs-type-${card.type}`}>{TYPE_LABELS[card.type]}</span>
      </header>
      {blurb ? <p class="bs-blurb">{blurb}</p> : <p class="bs-muted">No description in the dataset.</p>}
      {card.facts.length > 0 && (
        <dl class="bs-facts">
          {card.facts.slice(0, maxFacts).map((f, i) => (
            <div key={i} class="bs-fact">
              <dt>{f.label}</dt>
              <dd>
                {f.value}
                {f.date && <span class="bs-muted"> (since {formatDate(f.date)})</span>}
              </dd>
            </div>
          ))}
        </dl>
      )}
      <h3 class="bs-sub">
        Before {formatDate(asOf)}
        {!asOfFromPage && dateNote && <span class="bs-muted"> (no date on the page: as of today)</span>}
      </h3>
      <EventTimeline events={card.priorEvents} detailed={detailed} sources={eventSources?.size ? eventSources : new Map(card.sources.map((s) => [s.id, s]))} />
      <footer class="bs-card-foot">
        <span class="bs-sources">
          {card.sources.length > 0 ? 'Sources: ' : ''}
          {card.sources.map((s, i) => {
            const href = safeHttpUrl(s.url);
            return (
              <span key={s.id}>
                {i > 0 && ', '}
                {href ? (
                  <a href={href} target="_blank" rel="noopener noreferrer" title={`${s.licence}. ${s.attribution}`}>
                    {s.name}
                  </a>
                ) : (
                  s.name
                )}
              </span>
            );
          })}
        </span>
        {onShow && (
          <button type="button" class="bs-more" onClick={onShow} data-testid="show-on-page">
            Show on page
          </button>
        )}
      </footer>
    </section>
  );
}
