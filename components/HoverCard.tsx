import type { EntityCardData } from '../lib/core/protocol';
import type { Placement } from '../lib/core/placement';
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
}

/** The floating frame around the card: fixed on screen, 320 px wide, announced politely to screen readers. */
export function HoverCard({ state, placement, asOf, asOfFromPage, onClose }: Props) {
  const id = state.kind === 'card' ? state.card.id : state.entityId;
  return (
    <div
      class={`bs-hover bs-hover-${placement.side}`}
      role="dialog"
      aria-live="polite"
      aria-label="Backstory"
      data-entity-id={id}
      style={{ left: `${placement.left}px`, top: `${placement.top}px`, maxHeight: `${placement.maxHeight}px` }}
      onKeyDown={(e) => e.key === 'Escape' && onClose()}
    >
      {state.kind === 'loading' && <p class="bs-muted">Looking up {state.name}…</p>}
      {state.kind === 'error' && <p class="bs-muted">Backstory could not load this card: {state.message}</p>}
      {state.kind === 'card' && (
        <EntityCard card={state.card} asOf={asOf} asOfFromPage={asOfFromPage} />
      )}
    </div>
  );
}
