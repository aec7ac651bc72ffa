// Reading, writing and watching the reader's settings in browser.storage.local (synced across restarts).
import { browser } from 'wxt/browser';
import { parseSettings, type Settings } from '../core/settings';

const KEY = 'settings';

export async function loadSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(KEY);
  return parseSettings(stored[KEY]);
}

export async function saveSettings(settings: Settings): Promise<void> {
  await browser.storage.local.set({ [KEY]: parseSettings(settings) });
}

export async function updateSettings(change: (current: Settings) => Settings): Promise<Settings> {
  const next = parseSettings(change(await loadSettings()));
  await browser.storage.local.set({ [KEY]: next });
  return next;
}

/** Calls `listener` with the new settings whenever they change anywhere; returns the unsubscribe function. */
export function watchSettings(listener: (settings: Settings) => void): () => void {
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && KEY in changes) listener(parseSettings(changes[KEY]?.newValue));
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}

/**
 * The settings read once and then kept current by change events: for the background, which needs them for every
 * scan, including the small update scans a live page sends several times a second.
 */
export function currentSettings(): () => Promise<Settings> {
  let current: Promise<Settings> | null = null;
  watchSettings((settings) => {
    current = Promise.resolve(settings);
  });
  return () => (current ??= loadSettings());
}
