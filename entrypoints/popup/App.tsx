import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { SiteToggle } from '../../components/SiteToggle';
import { TYPE_LABELS, todayIso } from '../../lib/core/format';
import type { EntityType, PackSource } from '../../lib/core/pack';
import type { DatasetStatus, EntitySummary } from '../../lib/core/protocol';
import { searchKey } from '../../lib/core/search';
import { isSiteEnabled, siteOf, withSite } from '../../lib/core/sites';
import { watchDatasetStatus } from '../../lib/platform/dataset-status';
import { sendToTab } from '../../lib/platform/messaging';
import { updateSettings, watchSettings } from '../../lib/platform/settings';
import { watchTabResults } from '../../lib/platform/tab-results';
import { requestedEntity, type PopupData } from './data';
import { EntityPanel } from './EntityPanel';
import { SearchTab } from './SearchTab';
import { StoryTab } from './StoryTab';

type Tab = 'page' | 'story' | 'search';
const TABS: readonly Tab[] = ['page', 'story', 'search'];

/** Groups entities by type, the group of the most salient entity first; order within a group is kept. */
function groupByType(entities: readonly EntitySummary[]): { type: EntityType; entities: EntitySummary[] }[] {
  const groups = new Map<EntityType, EntitySummary[]>();
  for (const e of entities) {
    const list = groups.get(e.type) ?? [];
    list.push(e);
    groups.set(e.type, list);
  }
  // A Map keeps insertion order: the group whose first entity is most salient comes first.
  return [...groups].map(([type, list]) => ({ type, entities: list }));
}

function openOptions(e: Event) {
  e.preventDefault();
  void browser.runtime.openOptionsPage().then(() => window.close());
}

export interface AppProps {
  /** The tab's results and the settings, being read since the popup's script started. */
  pending: Promise<PopupData>;
  /** The same, when they were read before the first render. */
  initial: PopupData | null;
}

export function App({ pending, initial }: AppProps) {
  const [data, setData] = useState<PopupData | null>(initial);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<DatasetStatus | null>(null);
  const [tab, setTab] = useState<Tab>('page');
  const [filter, setFilter] = useState('');
  // popup.html?entity=ID (the hover card's "More in Backstory") opens that card once, on the first list shown.
  const [requested, setRequested] = useState<string | null>(requestedEntity);

  useEffect(() => {
    if (initial === null) pending.then(setData, (e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, []);
  // Asking the background may wake its service worker: only once the list is on screen, so it does not compete.
  const loaded = data !== null;
  useEffect(() => (loaded ? watchDatasetStatus(setStatus) : undefined), [loaded]);
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
  const sources = useMemo(() => new Map<string, PackSource>((status?.pack?.sources ?? []).map((s) => [s.id, s])), [status?.pack]);

  if (error) return <main class="bs-popup"><p class="bs-error">Backstory could not load: {error}</p></main>;
  if (!data) return <main class="bs-popup"><p class="bs-muted">Loading…</p></main>;

  const { results, settings } = data;
  const site = results ? siteOf(results.url) : null;
  const enabled = site !== null && isSiteEnabled(settings.mode, settings.sites, site);
  const asOf = results?.published ?? todayIso();
  const asOfFromPage = Boolean(results?.published);
  const entities = results?.entities ?? [];
  const q = searchKey(filter);
  const shown = q ? entities.filter((e) => searchKey(e.name).includes(q)) : entities;
  const installing = status?.state === 'installing';
  const showOnPage = (id: string) => {
    if (tabId !== null) void sendToTab(tabId, { type: 'show-entity', id }).then(() => window.close());
  };
  const choose = (t: Tab, focus = false) => {
    setTab(t);
    setRequested(null);
    if (focus) document.getElementById(`bs-tab-${t}`)?.focus();
  };
  // Arrow keys, Home and End move between the tabs (the WAI-ARIA tabs pattern); Tab goes on into the panel.
  const onTabKey = (e: KeyboardEvent) => {
    const i = TABS.indexOf(tab);
    const next = e.key === 'ArrowRight' ? TABS[(i + 1) % TABS.length] : e.key === 'ArrowLeft' ? TABS[(i + TABS.length - 1) % TABS.length] : e.key === 'Home' ? TABS[0] : e.key === 'End' ? TABS[TABS.length - 1] : undefined;
    if (!next) return;
    e.preventDefault();
    choose(next, true);
  };
  const label = (t: Tab) => (t === 'page' ? `On this page${entities.length ? ` (${entities.length})` : ''}` : t === 'story' ? 'Story so far' : 'Search');

  return (
    <main class="bs-popup">
      <header class="bs-popup-head">
        <h1>Backstory</h1>
        <a href={browser.runtime.getURL('/options.html')} onClick={openOptions} data-testid="open-options">
          Options
        </a>
      </header>
      {site && (
        <SiteToggle site={site} enabled={enabled} onChange={(on) => void updateSettings((s) => ({ ...s, sites: withSite(s.mode, s.sites, site, on) }))} />
      )}
      {installing && (
        <p class="bs-status" data-state="installing" role="status">
          <span>Installing the dataset… {Math.round((status?.progress ?? 0) * 100)}%</span>
          <progress max={1} value={status?.progress ?? 0} aria-label="Dataset install progress" />
          {entities.length === 0 && <span class="bs-muted">Names are marked once it is ready.</span>}
        </p>
      )}
      {status?.state === 'error' && status.message && (
        <p class="bs-error" data-state="dataset-error" role="alert">
          {status.message}
        </p>
      )}

      <div class="bs-tabs" role="tablist" aria-label="Views" onKeyDown={onTabKey}>
        {TABS.map((t) => (
          <button
            key={t}
            id={`bs-tab-${t}`}
            type="button"
            role="tab"
            aria-selected={tab === t}
            aria-controls={`bs-panel-${t}`}
            tabIndex={tab === t ? 0 : -1}
            class={tab === t ? 'bs-tab bs-tab-on' : 'bs-tab'}
            onClick={() => choose(t)}
            data-testid={`tab-${t}`}
          >
            {label(t)}
          </button>
        ))}
      </div>

      <section id={`bs-panel-${tab}`} role="tabpanel" aria-labelledby={`bs-tab-${tab}`} class="bs-panel">
        {tab === 'search' && <SearchTab asOf={asOf} asOfFromPage={asOfFromPage} sources={sources} />}
        {tab !== 'search' && !results && <p class="bs-muted" data-state="unread">Backstory has not read this page. It reads news articles on http(s) pages.</p>}
        {tab !== 'search' && results && !enabled && <p class="bs-muted" data-state="off">Backstory is off for this site. Switch it on above to mark the names on this page.</p>}
        {tab !== 'search' && results && enabled && !results.isArticle && entities.length === 0 && (
          <p class="bs-muted" data-state="not-article">
            This page does not look like a news article.{' '}
            <button type="button" class="bs-link" onClick={() => tabId !== null && void sendToTab(tabId, { type: 'mark-anyway' })} data-testid="mark-anyway">
              Mark it anyway
            </button>
          </p>
        )}
        {tab !== 'search' && results && enabled && results.isArticle && entities.length === 0 && !installing && (
          <p class="bs-muted" data-state="empty">No names from the dataset were found on this page.</p>
        )}

        {tab === 'page' && enabled && entities.length > 0 && (
          <>
            <input class="bs-filter" type="search" value={filter} onInput={(e) => setFilter(e.currentTarget.value)} placeholder="Filter the names on this page" aria-label="Filter the names on this page" data-testid="filter" />
            {groupByType(shown).map((g) => (
              <section key={g.type} class="bs-group" aria-label={TYPE_LABELS[g.type]} data-group={g.type}>
                <h2 class="bs-group-head">
                  {TYPE_LABELS[g.type]} <span class="bs-group-count">{g.entities.length}</span>
                </h2>
                <EntityPanel entities={g.entities} asOf={asOf} asOfFromPage={asOfFromPage} sources={sources} onShow={showOnPage} initialOpenId={requested} showType={false} />
              </section>
            ))}
            {shown.length === 0 && <p class="bs-muted">No name on this page matches “{filter}”.</p>}
          </>
        )}
        {tab === 'story' && enabled && entities.length > 0 && tabId !== null && <StoryTab tabId={tabId} entities={entities} version={results} sources={sources} />}
      </section>
    </main>
  );
}
