import { useState } from 'preact/hooks';
import { EntityCard } from '../../components/EntityCard';
import { EntityList } from '../../components/EntityList';
import type { EntityCardData, EntitySummary } from '../../lib/core/protocol';
import { send } from '../../lib/platform/messaging';

interface Props {
  entities: readonly EntitySummary[];
  asOf: string;
  asOfFromPage: boolean;
  /** Set for entities marked on the page: their cards get "Show on page". */
  onShow?: (id: string) => void;
}

/** A list of entities whose rows open into their full card, fetched once per entity. */
export function EntityPanel({ entities, asOf, asOfFromPage, onShow }: Props) {
  const [openId, setOpenId] = useState<string | null>(null);
  const [cards, setCards] = useState<Record<string, EntityCardData | null | string>>({});

  const toggle = (id: string) => {
    setOpenId(openId === id ? null : id);
    if (id in cards) return;
    send({ type: 'entity', id, asOf, limit: 60 }).then(
      (card) => setCards((c) => ({ ...c, [id]: card })),
      (err: unknown) => setCards((c) => ({ ...c, [id]: err instanceof Error ? err.message : String(err) })),
    );
  };

  return (
    <EntityList
      entities={entities}
      openId={openId}
      onToggle={toggle}
      renderOpen={(e) => {
        const card = cards[e.id];
        if (card === undefined) return <p class="bs-muted">Loading…</p>;
        if (card === null) return <p class="bs-muted">Not in the dataset any more.</p>;
        if (typeof card === 'string') return <p class="bs-error">{card}</p>;
        return <EntityCard card={card} asOf={asOf} asOfFromPage={asOfFromPage} maxFacts={12} detailed onShow={onShow ? () => onShow(e.id) : undefined} />;
      }}
    />
  );
}
