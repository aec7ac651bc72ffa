import { useEffect, useState } from 'preact/hooks';
import type { PackSource } from '../../lib/core/pack';
import type { EntitySummary } from '../../lib/core/protocol';
import { send } from '../../lib/platform/messaging';
import { EntityPanel } from './EntityPanel';

interface Props {
  asOf: string;
  asOfFromPage: boolean;
  sources: ReadonlyMap<string, PackSource>;
}

/** A name the page did not mark: search the whole dataset. */
export function SearchTab({ asOf, asOfFromPage, sources }: Props) {
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<EntitySummary[] | null>(null);
  useEffect(() => {
    if (query.trim().length < 2) {
      setHits(null);
      return;
    }
    let current = true;
    const timer = setTimeout(() => {
      send({ type: 'search', query }).then((r) => current && setHits(r), () => current && setHits([]));
    }, 150);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [query]);

  return (
    <div class="bs-search">
      <label class="bs-field">
        <span>Search the dataset</span>
        <input type="search" value={query} onInput={(e) => setQuery(e.currentTarget.value)} placeholder="A name, e.g. Skripal" data-testid="search" autoFocus />
      </label>
      {hits && hits.length === 0 && <p class="bs-muted">Nothing in the dataset matches “{query}”.</p>}
      {hits && hits.length > 0 && <EntityPanel entities={hits} asOf={asOf} asOfFromPage={asOfFromPage} sources={sources} />}
    </div>
  );
}
