// The one place that calls runtime.sendMessage / onMessage. Replies travel in an Envelope so errors arrive as
// messages; a background that was stopped between two messages is retried, since Chrome restarts it on demand.
import { browser, type Browser } from 'wxt/browser';
import type { Envelope, ReplyFor, Request } from '../core/protocol';
import type { SenderInfo } from '../core/router';

const RETRIES = 3;

function isTransient(err: unknown): boolean {
  const text = err instanceof Error ? err.message : String(err);
  // Chrome says this while the service worker is (re)starting or was stopped mid-reply.
  return /Receiving end does not exist|Could not establish connection|message port closed|message channel closed/i.test(text);
}

export async function send<R extends Request>(request: R): Promise<ReplyFor<R>> {
  let lastError: unknown;
  for (let attempt = 0; attempt < RETRIES; attempt++) {
    try {
      const env = (await browser.runtime.sendMessage(request)) as Envelope<ReplyFor<R>> | undefined;
      if (!env) throw new Error('The Backstory background did not answer.');
      if (!env.ok) throw new Error(env.error);
      return env.value;
    } catch (err) {
      lastError = err;
      if (!isTransient(err)) break;
      await new Promise((r) => setTimeout(r, 100 * (attempt + 1)));
    }
  }
  throw lastError instanceof Error ? lastError : new Error(String(lastError));
}

export function senderInfo(sender: Browser.runtime.MessageSender): SenderInfo {
  return { id: sender.id, tabId: sender.tab?.id, url: sender.url };
}

/** Serves requests with `route`; the router decides what to trust. */
export function serve(route: (message: unknown, sender: SenderInfo) => Promise<Envelope<unknown>>): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: Browser.runtime.MessageSender) => route(message, senderInfo(sender)));
}

/** Messages from the popup to the content script of one tab ("show on page"). */
export type TabCommand = { type: 'show-entity'; id: string };

export async function sendToTab(tabId: number, command: TabCommand): Promise<void> {
  await browser.tabs.sendMessage(tabId, command);
}

export function onTabCommand(handler: (command: TabCommand) => void): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: Browser.runtime.MessageSender) => {
    if (sender.id !== browser.runtime.id) return undefined;
    if (typeof message === 'object' && message !== null && (message as { type?: unknown }).type === 'show-entity' && typeof (message as { id?: unknown }).id === 'string') {
      handler({ type: 'show-entity', id: (message as { id: string }).id });
    }
    return undefined;
  });
}
