import { useEffect, useState } from 'preact/hooks';
import type { DatasetStatus } from '../../lib/core/protocol';
import type { Settings } from '../../lib/core/settings';
import { withSite } from '../../lib/core/sites';
import { watchDatasetStatus } from '../../lib/platform/dataset-status';
import { DatasetSection } from './DatasetSection';
import { loadSettings, updateSettings, watchSettings } from '../../lib/platform/settings';

export function App() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [status, setStatus] = useState<DatasetStatus | null>(null);
  const [statusRound, setStatusRound] = useState(0);

  useEffect(() => {
    void loadSettings().then(setSettings);
    return watchSettings(setSettings);
  }, []);
  // Follow the dataset's state; start again after this page installed or reset a pack.
  useEffect(() => watchDatasetStatus(setStatus), [statusRound]);

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
      <DatasetSection status={status} onChanged={() => setStatusRound((n) => n + 1)} />
    </main>
  );
}
