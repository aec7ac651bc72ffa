import { useState } from 'preact/hooks';
import type { Settings } from '../../lib/core/settings';
import { formatSiteList, parseSiteList, withSite } from '../../lib/core/sites';

interface Props {
  settings: Settings;
  update: (change: (s: Settings) => Settings) => void;
}

export function SitesSection({ settings, update }: Props) {
  const [draft, setDraft] = useState('');
  const [io, setIo] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const off = settings.mode === 'all-except';

  const add = (text: string) => {
    const { sites, refused } = parseSiteList(text);
    update((s) => ({ ...s, sites: [...new Set([...s.sites, ...sites])].sort() }));
    setMessage(refused.length ? `Not a site name: ${refused.join(', ')}` : sites.length ? `Added ${sites.length} site${sites.length > 1 ? 's' : ''}.` : null);
  };

  return (
    <section aria-labelledby="sites-h">
      <h2 id="sites-h">Sites</h2>
      <fieldset class="bs-mode">
        <legend>Where Backstory runs</legend>
        <label>
          <input type="radio" name="mode" checked={off} onChange={() => update((s) => ({ ...s, mode: 'all-except' }))} data-testid="mode-all" /> On every site except those listed
        </label>
        <label>
          <input type="radio" name="mode" checked={!off} onChange={() => update((s) => ({ ...s, mode: 'only-listed' }))} data-testid="mode-listed" /> Only on the sites listed
        </label>
      </fieldset>
      {settings.sites.length === 0 ? (
        <p class="bs-muted">No sites listed.</p>
      ) : (
        <ul class="bs-sites">
          {settings.sites.map((site) => (
            <li key={site} data-site={site}>
              {site}{' '}
              <button type="button" aria-label={`Remove ${site}`} onClick={() => update((s) => ({ ...s, sites: withSite(s.mode, s.sites, site, s.mode === 'all-except') }))}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        class="bs-inline"
        onSubmit={(e) => {
          e.preventDefault();
          add(draft);
          setDraft('');
        }}
      >
        <label>
          Add a site <input type="text" value={draft} onInput={(e) => setDraft(e.currentTarget.value)} placeholder="news.example.com" data-testid="site-add" />
        </label>
        <button type="submit">Add</button>
      </form>
      <details>
        <summary>Import or export the list as text</summary>
        <textarea rows={6} value={io} onInput={(e) => setIo(e.currentTarget.value)} aria-label="Sites, one per line" data-testid="sites-text" />
        <p>
          <button type="button" onClick={() => setIo(formatSiteList(settings.sites))} data-testid="sites-export">
            Export
          </button>{' '}
          <button type="button" onClick={() => add(io)} data-testid="sites-import">
            Import
          </button>
        </p>
      </details>
      {message && <p role="status">{message}</p>}
    </section>
  );
}
