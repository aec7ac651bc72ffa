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

export interface Self {
  /** runtime.id */
  id: string;
  /** The origin of the extension's own pages, e.g. "chrome-extension://<id>/" (Firefox uses another UUID here). */
  origin: string;
}

/** Who may send what: content scripts report pages; only the extension's own pages read tab results or swap data. */
const CONTENT_SCRIPT_ONLY: ReadonlySet<Request['type']> = new Set(['scan', 'open-entity']);
const EXTENSION_PAGE_ONLY: ReadonlySet<Request['type']> = new Set(['tab-results', 'story', 'search', 'dataset-changed']);

export function createRouter(self: Self, handlers: Handlers) {
  return async function route(message: unknown, sender: SenderInfo): Promise<Envelope<unknown>> {
    // Only this extension's own pages and content scripts may talk to the background.
    if (sender.id !== self.id) return { ok: false, error: 'sender is not this extension' };
    const parsed = parseRequest(message);
    if (!parsed.ok) return { ok: false, error: parsed.error };
    const request = parsed.request;
    const fromOwnPage = sender.url !== undefined && sender.url.startsWith(self.origin);
    if (CONTENT_SCRIPT_ONLY.has(request.type) && (fromOwnPage || sender.tabId === undefined)) {
      return { ok: false, error: `${request.type} must come from a content script` };
    }
    if (EXTENSION_PAGE_ONLY.has(request.type) && !fromOwnPage) {
      return { ok: false, error: `${request.type} must come from an extension page` };
    }
    try {
      const handler = handlers[request.type] as (r: Request, s: SenderInfo) => Promise<unknown>;
      return { ok: true, value: await handler(request, sender) };
    } catch (err) {
      return { ok: false, error: err instanceof Error ? err.message : String(err) };
    }
  };
}
