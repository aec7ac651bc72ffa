// What was found on each open tab, kept in storage.session: it survives the service worker being stopped,
// never touches the disk, and is forgotten when the tab closes or the browser quits.
import { browser } from 'wxt/browser';
import type { TabResults } from '../core/protocol';

const key = (tabId: number) => `tab:${tabId}`;

export async function saveTabResults(tabId: number, results: TabResults): Promise<void> {
  await browser.storage.session.set({ [key(tabId)]: results });
}

export async function loadTabResults(tabId: number): Promise<TabResults | null> {
  const stored = await browser.storage.session.get(key(tabId));
  return (stored[key(tabId)] as TabResults | undefined) ?? null;
}

export async function forgetTab(tabId: number): Promise<void> {
  await browser.storage.session.remove(key(tabId));
}

export function forgetClosedTabs(): void {
  browser.tabs.onRemoved.addListener((tabId: number) => void forgetTab(tabId));
}

/** Calls `listener` whenever the results of `tabId` change (a rescan after a settings change, new content). */
export function watchTabResults(tabId: number, listener: (results: TabResults | null) => void): () => void {
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'session' && key(tabId) in changes) listener((changes[key(tabId)]?.newValue as TabResults | undefined) ?? null);
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}
