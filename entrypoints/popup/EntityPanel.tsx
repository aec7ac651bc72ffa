import { useEffect, useState } from 'preact/hooks';
import { EntityCard } from '../../components/EntityCard';
import { EntityList } from '../../components/EntityList';
import type { PackSource } from '../../lib/core/pack';
import type { EntityCardData, EntitySummary } from '../../lib/core/protocol';
import { send } from '../../lib/platform/messaging';

interface Props {
  entities: readonly EntitySummary[];
  asOf: string;
  asOfFromPage: boolean;
  /** Every source of the pack by id, so each timeline event names its own. */
  sources: ReadonlyMap<string, PackSource>;
  /** Set for entities marked on the page: their cards get "Show on page". */
  onShow?: (id: string) => void;
  /** Open this entity's card on first render and scroll to it (popup.html?entity=ID). */
  initialOpenId?: string | null;
  showType?: boolean;
}

/** A list of entities whose rows open into their full card, fetched once per entity. */
export function EntityPanel({ entities, asOf, asOfFromPage, sources, onShow, initialOpenId = null, showType }: Props) {
  const [openId, setOpenId] = useState<string | null>(null);
  const [cards, setCards] = useState<Record<string, EntityCardData | null | string>>({});
  const [scrollTo, setScrollTo] = useState<string | null>(null);

  const fetchCard = (id: string) => {
    if (id in cards) return;
    send({ type: 'entity', id, asOf, limit: 60 }).then(
      (card) => setCards((c) => ({ ...c, [id]: card })),
      (err: unknown) => setCards((c) => ({ ...c, [id]: err instanceof Error ? err.message : String(err) })),
    );
  };
  const toggle = (id: string) => {
    setOpenId(openId === id ? null : id);
    fetchCard(id);
  };

  useEffect(() => {
    if (!initialOpenId || !entities.some((e) => e.id === initialOpenId)) return;
    setOpenId(initialOpenId);
    setScrollTo(initialOpenId);
    fetchCard(initialOpenId);
    // Only on the first render: later list updates must not reopen a card the reader closed.
  }, []);
  // Scroll once the card is there, so the row lands at the top with its card below it.
  useEffect(() => {
    if (!scrollTo || cards[scrollTo] === undefined) return;
    const row = document.querySelector<HTMLElement>(`li[data-entity-id="${CSS.escape(scrollTo)}"]`);
    row?.scrollIntoView({ block: 'start' });
    row?.querySelector<HTMLElement>('.bs-row-head')?.focus({ preventScroll: true });
    setScrollTo(null);
  }, [cards, scrollTo]);

  return (
    <EntityList
      entities={entities}
      openId={openId}
      onToggle={toggle}
      showType={showType}
      renderOpen={(e) => {
        const card = cards[e.id];
        if (card === undefined) return <p class="bs-muted">Loading…</p>;
        if (card === null) return <p class="bs-muted">Not in the dataset any more.</p>;
        if (typeof card === 'string') return <p class="bs-error">{card}</p>;
        return <EntityCard card={card} asOf={asOf} asOfFromPage={asOfFromPage} maxFacts={12} detailed eventSources={sources} onShow={onShow ? () => onShow(e.id) : undefined} />;
      }}
    />
  );
}
