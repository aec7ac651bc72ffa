import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createRouter } from '../lib/core/router';
import { createHandlers } from '../lib/platform/background-handlers';
import { DatasetService } from '../lib/platform/dataset';
import { sendToTab, serve } from '../lib/platform/messaging';
import { forgetClosedTabs } from '../lib/platform/tab-results';

export default defineBackground(() => {
  const dataset = new DatasetService();
  serve(createRouter({ id: browser.runtime.id, origin: browser.runtime.getURL('/') }, createHandlers(dataset)));
  forgetClosedTabs();
  // The keyboard shortcut moves through the marks of the page it was pressed on.
  browser.commands.onCommand.addListener((command: string, tab?: { id?: number }) => {
    if (command === 'next-mark' && tab?.id !== undefined) void sendToTab(tab.id, { type: 'next-mark' }).catch(() => undefined);
  });
  // Install the starter pack on first run, and make sure one is there on every start.
  browser.runtime.onInstalled.addListener(() => void dataset.ensureReady());
  void dataset.ensureReady();
});
