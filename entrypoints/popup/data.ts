// Where the popup's data comes from: the tab it is about, that tab's results, the dataset's state, the settings.
import { browser } from 'wxt/browser';
import type { TabResults } from '../../lib/core/protocol';
import type { Settings } from '../../lib/core/settings';
import { loadSettings } from '../../lib/platform/settings';
import { loadTabResults } from '../../lib/platform/tab-results';

/** popup.html?tabId=N shows tab N (tests and tools rely on it); otherwise the active tab of this window. */
export async function targetTabId(search: string = location.search): Promise<number | null> {
  const fromUrl = new URLSearchParams(search).get('tabId');
  if (fromUrl !== null && /^\d+$/.test(fromUrl)) return Number(fromUrl);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

/** popup.html?entity=ID: the entity whose card to open (the hover card's "More in Backstory" link). */
export function requestedEntity(search: string = location.search): string | null {
  const id = new URLSearchParams(search).get('entity');
  return id && id.length <= 200 ? id : null;
}

export interface PopupData {
  tabId: number | null;
  results: TabResults | null;
  settings: Settings;
}

/**
 * Reads the tab's results straight from storage.session (an extension page may) rather than asking the service
 * worker: no wake-up, no round trip, and the list shows sooner.
 */
export async function loadPopupData(): Promise<PopupData> {
  const tab = targetTabId().then(async (tabId) => ({ tabId, results: tabId === null ? null : await loadTabResults(tabId) }));
  const [{ tabId, results }, settings] = await Promise.all([tab, loadSettings()]);
  return { tabId, results, settings };
}
