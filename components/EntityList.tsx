import type { EntitySummary } from '../lib/core/protocol';
import { TYPE_LABELS } from '../lib/core/format';
import type { ComponentChildren } from 'preact';

interface Props {
  entities: readonly EntitySummary[];
  openId: string | null;
  onToggle: (id: string) => void;
  /** What to show under the open row (its card). */
  renderOpen: (entity: EntitySummary) => ComponentChildren;
  /** Name the type in each row (lists not already grouped by type). */
  showType?: boolean;
}

/** One row per entity, carrying the contract attributes data-entity-id, data-entity-type and data-wikidata. */
export function EntityList({ entities, openId, onToggle, renderOpen, showType = true }: Props) {
  return (
    <ul class="bs-list">
      {entities.map((e) => {
        const open = e.id === openId;
        return (
          <li key={e.id} class={`bs-row${open ? ' bs-row-open' : ''}`} data-entity-id={e.id} data-entity-type={e.type} data-wikidata={e.wikidata ?? undefined}>
            <button type="button" class="bs-row-head" aria-expanded={open} aria-controls={open ? `bs-body-${e.id}` : undefined} onClick={() => onToggle(e.id)}>
              <span class={`bs-dot bs-dot-${e.type}`} aria-hidden="true" />
              <span class="bs-row-name">{e.name}</span>
              <span class="bs-row-meta">
                {showType && TYPE_LABELS[e.type]}
                {showType && e.mentions > 0 && ' · '}
                {e.mentions > 0 && (
                  <span class="bs-count" data-mentions={e.mentions} title={`${e.mentions} mention${e.mentions > 1 ? 's' : ''} on this page`}>
                    {e.mentions}×
                  </span>
                )}
              </span>
              {e.blurb && <span class="bs-row-blurb">{e.blurb}</span>}
            </button>
            {open && (
              <div class="bs-row-body" id={`bs-body-${e.id}`}>
                {renderOpen(e)}
              </div>
            )}
          </li>
        );
      })}
    </ul>
  );
}
