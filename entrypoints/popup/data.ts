// Where the popup's data comes from: the tab it is about, that tab's results, the dataset's state, the settings.
import { browser } from 'wxt/browser';
import type { TabResults } from '../../lib/core/protocol';
import type { Settings } from '../../lib/core/settings';
import { send } from '../../lib/platform/messaging';
import { loadSettings } from '../../lib/platform/settings';

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

export async function loadPopupData(): Promise<PopupData> {
  const tabId = await targetTabId();
  const [results, settings] = await Promise.all([tabId === null ? Promise.resolve(null) : send({ type: 'tab-results', tabId }), loadSettings()]);
  return { tabId, results, settings };
}
