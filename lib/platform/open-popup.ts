// Opens the popup at one entity for one tab ("More in Backstory" on a hover card). The toolbar popup is tried
// first, pointed at the entity for this tab only; browsers that refuse action.openPopup() without a click on
// the toolbar get the same page in a small popup window instead.
import { browser } from 'wxt/browser';

const POPUP = 'popup.html';

export async function openPopupAt(tabId: number, entityId: string): Promise<'popup' | 'window'> {
  const page = `${POPUP}?tabId=${tabId}&entity=${encodeURIComponent(entityId)}`;
  const action = browser.action as typeof browser.action & { openPopup?: (options?: { windowId?: number }) => Promise<void> };
  if (typeof action.openPopup === 'function') {
    try {
      await action.setPopup({ tabId, popup: page });
      const tab = await browser.tabs.get(tabId);
      await action.openPopup({ windowId: tab.windowId });
      return 'popup';
    } catch {
      // Not allowed here (no focused window, older browser): fall through to a window.
    } finally {
      // The toolbar button opens the ordinary popup again afterwards.
      await action.setPopup({ tabId, popup: POPUP }).catch(() => undefined);
    }
  }
  await browser.windows.create({ url: browser.runtime.getURL(`/popup.html?tabId=${tabId}&entity=${encodeURIComponent(entityId)}`), type: 'popup', width: 400, height: 640 });
  return 'window';
}
