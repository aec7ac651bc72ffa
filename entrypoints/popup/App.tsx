import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { EntityCard } from '../../components/EntityCard';
import { EntityList } from '../../components/EntityList';
import { SiteToggle } from '../../components/SiteToggle';
import { todayIso } from '../../lib/core/format';
import type { DatasetStatus, EntityCardData } from '../../lib/core/protocol';
import { isSiteEnabled, siteOf, withSite } from '../../lib/core/sites';
import { watchDatasetStatus } from '../../lib/platform/dataset-status';
import { send } from '../../lib/platform/messaging';
import { updateSettings, watchSettings } from '../../lib/platform/settings';
import { watchTabResults } from '../../lib/platform/tab-results';
import { loadPopupData, type PopupData } from './data';

export function App() {
  const [data, setData] = useState<PopupData | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [openId, setOpenId] = useState<string | null>(null);
  const [cards, setCards] = useState<Record<string, EntityCardData | null>>({});
  const [status, setStatus] = useState<DatasetStatus | null>(null);

  const reload = () => loadPopupData().then(setData, (e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  useEffect(() => {
    void reload();
    return watchDatasetStatus(setStatus);
  }, []);
  const tabId = data?.tabId ?? null;
  useEffect(() => {
    if (tabId === null) return;
    // The content script rescans after a settings change or new content: follow its results and the settings.
    const stopResults = watchTabResults(tabId, (results) => setData((d) => (d ? { ...d, results } : d)));
    const stopSettings = watchSettings((settings) => setData((d) => (d ? { ...d, settings } : d)));
    return () => {
      stopResults();
      stopSettings();
    };
  }, [tabId]);

  if (error) return <main class="bs-popup"><p class="bs-error">Backstory could not load: {error}</p></main>;
  if (!data) return <main class="bs-popup"><p class="bs-muted">Loading…</p></main>;

  const { results, settings } = data;
  const site = results ? siteOf(results.url) : null;
  const enabled = site !== null && isSiteEnabled(settings.mode, settings.sites, site);
  const asOf = results?.published ?? todayIso();

  const toggle = async (id: string) => {
    setOpenId(openId === id ? null : id);
    if (!(id in cards)) {
      const card = await send({ type: 'entity', id, asOf, limit: 50 });
      setCards((c) => ({ ...c, [id]: card }));
    }
  };

  return (
    <main class="bs-popup">
      <header class="bs-popup-head">
        <h1>Backstory</h1>
        <a href={browser.runtime.getURL('/options.html')} target="_blank" rel="noopener">Options</a>
      </header>
      {site && (
        <SiteToggle
          site={site}
          enabled={enabled}
          onChange={(on) => void updateSettings((s) => ({ ...s, sites: withSite(s.mode, s.sites, site, on) }))}
        />
      )}
      {status?.state === 'installing' && (
        <p class="bs-status">
          Installing the dataset… <progress max={1} value={status.progress} />
        </p>
      )}
      {status?.state === 'error' && <p class="bs-error">{status.message}</p>}
      {!results && <p class="bs-muted">Backstory has not read this page. It reads news articles on http(s) pages.</p>}
      {results && !enabled && <p class="bs-muted">Backstory is off for this site.</p>}
      {results && enabled && !results.isArticle && <p class="bs-muted">This page does not look like a news article.</p>}
      {results && enabled && results.isArticle && results.entities.length === 0 && <p class="bs-muted">No names from the dataset were found on this page.</p>}
      {results && enabled && results.entities.length > 0 && (
        <EntityList
          entities={results.entities}
          openId={openId}
          onToggle={(id) => void toggle(id)}
          renderOpen={(e) => {
            const card = cards[e.id];
            if (card === undefined) return <p class="bs-muted">Loading…</p>;
            if (card === null) return <p class="bs-muted">Not in the dataset any more.</p>;
            return <EntityCard card={card} asOf={asOf} asOfFromPage={results.published !== null} maxFacts={12} />;
          }}
        />
      )}
    </main>
  );
}
