import { useState } from 'preact/hooks';
import { formatDate, safeHttpUrl } from '../../lib/core/format';
import type { DatasetStatus } from '../../lib/core/protocol';
import { reportPageInstall } from '../../lib/platform/dataset-status';
import { checkForUpdate, installFromFile, installFromUrl, resetToStarter, type InstallPhase } from '../../lib/platform/pack-install';

const PHASES: Record<InstallPhase, string> = {
  downloading: 'Downloading',
  checking: 'Checking the pack',
  installing: 'Installing',
  done: 'Done',
};

/** One fraction for the whole job, for the popup's progress bar: the download is the first 40 %. */
function overall(phase: InstallPhase, fraction: number): number {
  if (phase === 'downloading') return 0.4 * fraction;
  if (phase === 'checking') return 0.4;
  if (phase === 'installing') return 0.4 + 0.6 * fraction;
  return 1;
}

interface Props {
  status: DatasetStatus | null;
  /** Called after a pack was installed, so the page reads the dataset's state again. */
  onChanged: () => void;
}

/** The installed pack with its sources and licences, and loading, updating and resetting packs. */
export function DatasetSection({ status, onChanged }: Props) {
  const [url, setUrl] = useState('');
  const [sha, setSha] = useState('');
  const [busy, setBusy] = useState<{ phase: InstallPhase; fraction: number } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  // The background's last error (its own starter install), until the reader dismisses it.
  const [dismissed, setDismissed] = useState<string | null>(null);

  const run = async (label: string, job: (progress: (p: InstallPhase, f: number) => void) => Promise<string>) => {
    setError(null);
    setNotice(null);
    setBusy({ phase: 'downloading', fraction: 0 });
    // Other pages of the extension (the popup) show the install too; reports are throttled to whole percents.
    let reported = -1;
    const progress = (phase: InstallPhase, fraction: number) => {
      setBusy({ phase, fraction });
      const percent = Math.floor(overall(phase, fraction) * 100);
      if (percent !== reported) void reportPageInstall((reported = percent) / 100).catch(() => undefined);
    };
    try {
      setNotice(await job(progress));
      onChanged();
    } catch (err) {
      setError(`${label} failed: ${err instanceof Error ? err.message : String(err)}`);
    } finally {
      setBusy(null);
      await reportPageInstall(null).catch(() => undefined);
    }
  };

  const pack = status?.pack ?? null;
  return (
    <section aria-labelledby="data-h">
      <h2 id="data-h">Dataset</h2>
      {!status && <p class="bs-muted">Loading…</p>}
      {status?.state === 'installing' && !busy && (
        <p data-state="installing">
          Installing a pack… <progress max={1} value={status.progress} aria-label="Install progress" />
        </p>
      )}
      {status?.message && status.message !== dismissed && (
        <p role="alert" class="bs-error" data-testid="dataset-error">
          {status.message}{' '}
          <button type="button" onClick={() => setDismissed(status.message)}>
            Dismiss
          </button>
        </p>
      )}
      {pack && (
        <div data-pack-id={pack.id} class="bs-pack">
          <p>
            <strong>{pack.id}</strong> version {pack.version}, built {formatDate(pack.builtAt.slice(0, 10))}: <span data-count="entities">{pack.entities.toLocaleString('en')}</span> entities,{' '}
            <span data-count="events">{pack.events.toLocaleString('en')}</span> events.
          </p>
          <h3>Sources and licences</h3>
          <ul class="bs-sources-list">
            {pack.sources.map((s) => {
              const href = safeHttpUrl(s.url);
              return (
                <li key={s.id} data-source={s.id}>
                  {href ? (
                    <a href={href} target="_blank" rel="noopener noreferrer">
                      {s.name}
                    </a>
                  ) : (
                    s.name
                  )}{' '}
                  — {s.licence}. <span class="bs-muted">{s.attribution}</span>
                </li>
              );
            })}
          </ul>
        </div>
      )}

      <h3>Load a pack</h3>
      <form
        class="bs-load"
        onSubmit={(e) => {
          e.preventDefault();
          void run('Loading the pack', async (progress) => {
            const p = await installFromUrl(url.trim(), { sha256: sha.trim() || undefined, onProgress: progress });
            return `Installed ${p.id} ${p.version}: ${p.entities.toLocaleString('en')} entities, ${p.events.toLocaleString('en')} events.`;
          });
        }}
      >
        <label>
          From a URL <input type="url" required value={url} onInput={(e) => setUrl(e.currentTarget.value)} placeholder="https://example.org/backstory-pack.json.gz" data-testid="pack-url" />
        </label>
        <label>
          sha256 (optional) <input type="text" value={sha} onInput={(e) => setSha(e.currentTarget.value)} pattern="[0-9a-fA-F]{64}" data-testid="pack-sha" />
        </label>
        <button type="submit" disabled={busy !== null} data-testid="load-url">
          Load
        </button>
      </form>
      <label class="bs-file">
        From a file{' '}
        <input
          type="file"
          accept=".gz,.json,application/gzip,application/json"
          disabled={busy !== null}
          data-testid="pack-file"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            if (!file) return;
            void run('Loading the file', async (progress) => {
              const p = await installFromFile(file, progress);
              return `Installed ${p.id} ${p.version} from ${file.name}.`;
            });
            e.currentTarget.value = '';
          }}
        />
      </label>
      <p class="bs-actions">
        <button
          type="button"
          disabled={busy !== null || !pack}
          data-testid="check-update"
          onClick={() =>
            void run('Checking for an update', async (progress) => {
              const r = await checkForUpdate(progress);
              return r.state === 'up-to-date' ? 'The pack is up to date.' : r.state === 'updated' ? `Updated to ${r.pack.version}.` : 'This pack was not loaded from a URL, so there is nothing to check.';
            })
          }
        >
          Check for update
        </button>{' '}
        <button
          type="button"
          disabled={busy !== null}
          data-testid="reset-starter"
          onClick={() => void run('Resetting', async (progress) => `Back to the starter pack (${(await resetToStarter(progress)).entities.toLocaleString('en')} entities).`)}
        >
          Remove this pack (back to the starter pack)
        </button>
      </p>
      {busy && (
        <p role="status" data-testid="install-progress">
          {PHASES[busy.phase]}… <progress max={1} value={busy.fraction} aria-label={PHASES[busy.phase]} />
        </p>
      )}
      {notice && (
        <p role="status" class="bs-notice" data-testid="install-notice">
          {notice}
        </p>
      )}
      {error && (
        <p role="alert" class="bs-error" data-testid="install-error">
          {error} The dataset you had is still in use.{' '}
          <button type="button" onClick={() => setError(null)}>
            Dismiss
          </button>
        </p>
      )}
    </section>
  );
}
