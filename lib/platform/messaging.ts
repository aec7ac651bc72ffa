// The one place that calls runtime.sendMessage / onMessage. Replies travel in an Envelope so errors arrive as
// messages; a background that was stopped between two messages is retried, since Chrome restarts it on demand.
import { browser, type Browser } from 'wxt/browser';
import type { Envelope, ReplyFor, Request } from '../core/protocol';
import type { SenderInfo } from '../core/router';

const RETRIES = 3;

/** Whether a messaging error means the background was (re)starting or stopped mid-reply, so a retry will do. */
export function isTransient(err: unknown): boolean {
  const text = err instanceof Error ? err.message : String(err);
  // Chrome's words for a service worker starting or stopped mid-reply, then Firefox's for an event page that
  // was suspended or unloaded while answering.
  return /Receiving end does not exist|Could not establish connection|message port closed|message channel closed|went out of scope|Message manager disconnected|Actor '[^']*' destroyed/i.test(
    text,
  );
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

/** Commands from the popup to the content script of one tab. */
export type TabCommand = { type: 'show-entity'; id: string } | { type: 'mark-anyway' } | { type: 'next-mark' };

export async function sendToTab(tabId: number, command: TabCommand): Promise<void> {
  await browser.tabs.sendMessage(tabId, command);
}

function parseTabCommand(message: unknown): TabCommand | null {
  if (typeof message !== 'object' || message === null) return null;
  const m = message as { type?: unknown; id?: unknown };
  if (m.type === 'show-entity' && typeof m.id === 'string' && m.id.length < 512) return { type: 'show-entity', id: m.id };
  if (m.type === 'mark-anyway' || m.type === 'next-mark') return { type: m.type };
  return null;
}

/** Listens in a content script; only this extension's own pages are obeyed. */
export function onTabCommand(handler: (command: TabCommand) => void): () => void {
  const listener = (message: unknown, sender: Browser.runtime.MessageSender) => {
    if (sender.id !== browser.runtime.id || sender.tab !== undefined) return undefined;
    const command = parseTabCommand(message);
    if (command) handler(command);
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
