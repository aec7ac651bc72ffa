import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { DatasetStatus } from '../../lib/core/protocol';
import type { Settings } from '../../lib/core/settings';
import { watchDatasetStatus } from '../../lib/platform/dataset-status';
import { loadSettings, updateSettings, watchSettings } from '../../lib/platform/settings';
import { DatasetSection } from './DatasetSection';
import { MarkingSection } from './MarkingSection';
import { SitesSection } from './SitesSection';

export function App() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [status, setStatus] = useState<DatasetStatus | null>(null);
  const [statusRound, setStatusRound] = useState(0);
  const [shortcut, setShortcut] = useState<string | null>(null);

  useEffect(() => {
    void loadSettings().then(setSettings);
    void browser.commands
      ?.getAll()
      .then((all) => setShortcut(all.find((c) => c.name === 'next-mark')?.shortcut || null))
      .catch(() => undefined);
    return watchSettings(setSettings);
  }, []);
  // Follow the dataset's state; start again after this page installed or reset a pack.
  useEffect(() => watchDatasetStatus(setStatus), [statusRound]);

  if (!settings) return <main class="bs-options">Loading…</main>;
  const update = (change: (s: Settings) => Settings) => void updateSettings(change);

  return (
    <main class="bs-options">
      <h1>Backstory</h1>
      <p class="bs-muted">Everything Backstory does happens in your browser: no page you read, and nothing you hover, is sent anywhere.</p>
      <SitesSection settings={settings} update={update} />
      <MarkingSection settings={settings} update={update} shortcut={shortcut} />
      <DatasetSection status={status} onChanged={() => setStatusRound((n) => n + 1)} />
    </main>
  );
}
