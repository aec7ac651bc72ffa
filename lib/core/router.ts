// Routes validated requests to their handlers. Pure: the platform layer supplies who sent the message.
import { parseRequest, type Envelope, type ReplyMap, type Request } from './protocol';

/** What the router needs to know about a sender; filled in from runtime.MessageSender by the platform layer. */
export interface SenderInfo {
  /** The extension id of the sender, if any. */
  id: string | undefined;
  /** The tab the message came from (content scripts), if any. */
  tabId: number | undefined;
  /** The sender's document URL, if known. */
  url: string | undefined;
}

export type Handlers = {
  [K in Request['type']]: (request: Extract<Request, { type: K }>, sender: SenderInfo) => Promise<ReplyMap[K]>;
};

/** Messages that only a content script in a tab may send. */
const FROM_TAB_ONLY: ReadonlySet<Request['type']> = new Set(['scan']);

export function createRouter(ownId: string, handlers: Handlers) {
  return async function route(message: unknown, sender: SenderInfo): Promise<Envelope<unknown>> {
    // Only this extension's own pages and content scripts may talk to the background.
    if (sender.id !== ownId) return { ok: false, error: 'sender is not this extension' };
    const parsed = parseRequest(message);
    if (!parsed.ok) return { ok: false, error: parsed.error };
    const request = parsed.request;
    if (FROM_TAB_ONLY.has(request.type) && sender.tabId === undefined) {
      return { ok: false, error: `${request.type} must come from a tab` };
    }
    try {
      const handler = handlers[request.type] as (r: Request, s: SenderInfo) => Promise<unknown>;
      return { ok: true, value: await handler(request, sender) };
    } catch (err) {
      return { ok: false, error: err instanceof Error ? err.message : String(err) };
    }
  };
}
