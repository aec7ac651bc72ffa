import type { EntityCardData } from '../lib/core/protocol';
import type { Placement } from '../lib/core/placement';
import { TYPE_LABELS } from '../lib/core/format';
import { EntityCard } from './EntityCard';

export type HoverCardState =
  | { kind: 'loading'; entityId: string; name: string }
  | { kind: 'card'; card: EntityCardData }
  | { kind: 'error'; entityId: string; message: string };

interface Props {
  state: HoverCardState;
  placement: Placement;
  asOf: string;
  asOfFromPage: boolean;
  onClose: () => void;
  /** "More in Backstory": the popup at this entity. */
  onMore: (entityId: string) => void;
}

/** What a screen reader hears when the card's content arrives: the name, its type and the one-line description. */
export function announcement(state: HoverCardState | null): string {
  if (state === null) return '';
  if (state.kind === 'loading') return '';
  if (state.kind === 'error') return `Backstory could not load this card: ${state.message}`;
  const { card } = state;
  const blurb = card.description ?? card.descriptor;
  return `Backstory: ${card.name}, ${TYPE_LABELS[card.type]}${blurb ? `. ${blurb}` : ''}. Press Escape to close.`;
}

/**
 * The floating frame around the card: fixed on screen, 320 px wide. A polite live region beside it (kept in the
 * shadow root between cards, so assistive technology notices its changes) announces each card.
 */
export function HoverCard({ state, placement, asOf, asOfFromPage, onClose, onMore }: Props) {
  const id = state.kind === 'card' ? state.card.id : state.entityId;
  const name = state.kind === 'card' ? state.card.name : state.kind === 'loading' ? state.name : 'Backstory';
  return (
    <div
      class={`bs-hover bs-hover-${placement.side}`}
      role="dialog"
      aria-modal="false"
      aria-label={`Backstory: ${name}`}
      aria-busy={state.kind === 'loading' ? 'true' : 'false'}
      data-entity-id={id}
      data-side={placement.side}
      tabIndex={-1}
      style={{ left: `${placement.left}px`, top: `${placement.top}px`, maxHeight: `${placement.maxHeight}px` }}
      onKeyDown={(e) => e.key === 'Escape' && onClose()}
    >
      {!asOfFromPage && (
        <p class="bs-asof" data-testid="no-date">
          No publication date found — as of today
        </p>
      )}
      {state.kind === 'loading' && <p class="bs-muted">Looking up {state.name}…</p>}
      {state.kind === 'error' && <p class="bs-muted">Backstory could not load this card: {state.message}</p>}
      {state.kind === 'card' && (
        <>
          <EntityCard card={state.card} asOf={asOf} asOfFromPage={asOfFromPage} maxFacts={4} dateNote={false} />
          <div class="bs-hover-foot">
            <button type="button" class="bs-more" data-testid="more-in-backstory" onClick={() => onMore(state.card.id)}>
              More in Backstory
            </button>
          </div>
        </>
      )}
    </div>
  );
}

/** The live region: rendered once with the host and updated with each card's announcement. */
export function HoverAnnouncer({ text }: { text: string }) {
  return (
    <div class="bs-sr-only" role="status" aria-live="polite" aria-atomic="true">
      {text}
    </div>
  );
}
