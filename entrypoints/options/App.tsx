import { useEffect, useState } from 'preact/hooks';
import { formatDate, safeHttpUrl } from '../../lib/core/format';
import type { DatasetStatus } from '../../lib/core/protocol';
import type { Settings } from '../../lib/core/settings';
import { withSite } from '../../lib/core/sites';
import { watchDatasetStatus } from '../../lib/platform/dataset-status';
import { loadSettings, updateSettings, watchSettings } from '../../lib/platform/settings';

export function App() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [status, setStatus] = useState<DatasetStatus | null>(null);

  useEffect(() => {
    void loadSettings().then(setSettings);
    const stopStatus = watchDatasetStatus(setStatus);
    const stopSettings = watchSettings(setSettings);
    return () => {
      stopStatus();
      stopSettings();
    };
  }, []);

  if (!settings) return <main class="bs-options">Loading…</main>;
  const off = settings.mode === 'all-except';

  return (
    <main class="bs-options">
      <h1>Backstory</h1>
      <section aria-labelledby="sites-h">
        <h2 id="sites-h">Sites</h2>
        <p>{off ? 'Backstory runs on every site except these:' : 'Backstory runs only on these sites:'}</p>
        {settings.sites.length === 0 ? (
          <p class="bs-muted">None.</p>
        ) : (
          <ul class="bs-sites">
            {settings.sites.map((site) => (
              <li key={site} data-site={site}>
                {site}{' '}
                <button type="button" onClick={() => void updateSettings((s) => ({ ...s, sites: withSite(s.mode, s.sites, site, off) }))}>
                  Remove
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="data-h">
        <h2 id="data-h">Dataset</h2>
        {!status && <p class="bs-muted">Loading…</p>}
        {status?.state === 'installing' && (
          <p>
            Installing… <progress max={1} value={status.progress} />
          </p>
        )}
        {status?.message && <p class="bs-error">{status.message}</p>}
        {status?.pack && (
          <div data-pack-id={status.pack.id}>
            <p>
              <strong>{status.pack.id}</strong> version {status.pack.version}, built {formatDate(status.pack.builtAt)}: {status.pack.entities.toLocaleString()} entities,{' '}
              {status.pack.events.toLocaleString()} events.
            </p>
            <h3>Sources and licences</h3>
            <ul class="bs-sources-list">
              {status.pack.sources.map((s) => {
                const href = safeHttpUrl(s.url);
                return (
                  <li key={s.id} data-source={s.id}>
                    {href ? <a href={href} target="_blank" rel="noopener noreferrer">{s.name}</a> : s.name} — {s.licence}. <span class="bs-muted">{s.attribution}</span>
                  </li>
                );
              })}
            </ul>
          </div>
        )}
      </section>
    </main>
  );
}
