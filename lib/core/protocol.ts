// Every message between the content script, the popup, the options page and the background, typed in one place.
// The background validates each incoming message with parseRequest before acting on it.
import type { EntityType, Fact, Link, PackEvent, PackSource } from './pack';
import type { StoryItem } from './story';

export type BlockRole = 'headline' | 'lead' | 'body' | 'caption';

export interface ScanBlock {
  text: string;
  role: BlockRole;
}

/** A linked name in the page: block index, UTF-16 offsets into that block's text. */
export interface PageMention {
  block: number;
  start: number;
  end: number;
  entity: string;
  confidence: number;
}

/** What a list row or a highlight needs to know about an entity. */
export interface EntitySummary {
  id: string;
  type: EntityType;
  name: string;
  wikidata: string | null;
  /** Description, or the news descriptor when there is none. */
  blurb: string | null;
  mentions: number;
  salience: number;
}

export interface ScanRequest {
  type: 'scan';
  url: string;
  title: string;
  /** The article's publication date (YYYY-MM-DD), null when the page gives none. */
  published: string | null;
  isArticle: boolean;
  /** False when the reader switched Backstory off for this site: the page is recorded, nothing is linked. */
  siteEnabled: boolean;
  blocks: ScanBlock[];
  /**
   * True for new or changed text on a page already scanned (a live blog, an infinite scroll): only these blocks
   * are linked, and their entities are added to the tab's results instead of replacing them.
   */
  update?: boolean;
}
export interface ScanReply {
  mentions: PageMention[];
  entities: EntitySummary[];
}

export interface EntityRequest {
  type: 'entity';
  id: string;
  /** Prior events are those strictly before this date (YYYY-MM-DD). */
  asOf: string;
  limit?: number;
}
export interface EntityCardData {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  wikidata: string | null;
  description: string | null;
  descriptor: string | null;
  facts: Fact[];
  links: Link[];
  sources: PackSource[];
  priorEvents: PackEvent[];
}
export type EntityReply = EntityCardData | null;

export interface TabResultsRequest {
  type: 'tab-results';
  tabId: number;
}
export interface TabResults {
  url: string;
  title: string;
  published: string | null;
  isArticle: boolean;
  siteEnabled: boolean;
  entities: EntitySummary[];
}
export type TabResultsReply = TabResults | null;

export interface DatasetStatusRequest {
  type: 'dataset-status';
}
export interface DatasetStatus {
  state: 'empty' | 'installing' | 'ready' | 'error';
  /** 0..1 while installing. */
  progress: number;
  message: string | null;
  pack: { id: string; version: string; builtAt: string; entities: number; events: number; sources: PackSource[] } | null;
}

/** The story so far of a tab's article: its entities' prior events merged and ranked. */
export interface StoryRequest {
  type: 'story';
  tabId: number;
  limit?: number;
}
export type StoryReply = StoryItem[];

/** Entities of the whole dataset whose name or alias starts with the query (or has a word that does). */
export interface SearchRequest {
  type: 'search';
  query: string;
  limit?: number;
}
export type SearchReply = EntitySummary[];

/** Sent by the options page after it installed a pack, so the background reloads its linker and status. */
export interface DatasetChangedRequest {
  type: 'dataset-changed';
}

/** "More in Backstory" on a hover card: open the popup at this entity for the sender's tab. */
export interface OpenEntityRequest {
  type: 'open-entity';
  id: string;
}
export interface OpenEntityReply {
  /** Where it opened: the toolbar popup, or a popup window when the browser would not open the toolbar one. */
  opened: 'popup' | 'window';
}

export type Request = ScanRequest | EntityRequest | TabResultsRequest | StoryRequest | SearchRequest | DatasetStatusRequest | DatasetChangedRequest | OpenEntityRequest;

/** Reply type for each request type. */
export interface ReplyMap {
  scan: ScanReply;
  entity: EntityReply;
  'tab-results': TabResultsReply;
  story: StoryReply;
  search: SearchReply;
  'dataset-status': DatasetStatus;
  'dataset-changed': DatasetStatus;
  'open-entity': OpenEntityReply;
}
export type ReplyFor<R extends Request> = ReplyMap[R['type']];

/** Every reply travels wrapped, so a failure reaches the caller as a message, not as a dropped promise. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: string };

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const BLOCK_ROLES: readonly string[] = ['headline', 'lead', 'body', 'caption'];
/** Bounds on what a page may send: a giant page is scanned in part rather than stalling the background. */
// 600,000 characters is about 100,000 words, five times the longest feature a newspaper prints; carrying more only
// makes the one message that holds the page slower to copy (2 MB took 20 ms of the page's main thread).
export const SCAN_LIMITS = { maxBlocks: 5000, maxChars: 600_000, maxUrl: 4096, maxTitle: 1000 } as const;

/**
 * The blocks, from the first, that one scan may carry. Reading stops there: a page longer than that (a 5 MB
 * "article") is linked as far as the limits go, in reading order, instead of being refused whole.
 */
export function* withinScanLimits<B extends { text: string }>(blocks: Iterable<B>): Generator<B, void, undefined> {
  let chars = 0;
  let count = 0;
  for (const b of blocks) {
    chars += b.text.length;
    if (++count > SCAN_LIMITS.maxBlocks || chars > SCAN_LIMITS.maxChars) return;
    yield b;
  }
}

type Parsed = { ok: true; request: Request } | { ok: false; error: string };

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function parseBlocks(raw: unknown): ScanBlock[] | string {
  if (!Array.isArray(raw)) return 'blocks must be an array';
  if (raw.length > SCAN_LIMITS.maxBlocks) return `too many blocks (${raw.length} > ${SCAN_LIMITS.maxBlocks})`;
  const blocks: ScanBlock[] = [];
  let chars = 0;
  for (const b of raw) {
    if (!isRecord(b) || typeof b.text !== 'string' || typeof b.role !== 'string' || !BLOCK_ROLES.includes(b.role)) {
      return 'each block needs text and a known role';
    }
    chars += b.text.length;
    if (chars > SCAN_LIMITS.maxChars) return `page text over ${SCAN_LIMITS.maxChars} characters`;
    blocks.push({ text: b.text, role: b.role as BlockRole });
  }
  return blocks;
}

/** Checks an untrusted message against the protocol; anything unknown or malformed is refused. */
export function parseRequest(msg: unknown): Parsed {
  if (!isRecord(msg) || typeof msg.type !== 'string') return { ok: false, error: 'not a Backstory message' };
  switch (msg.type) {
    case 'scan': {
      const { url, title, published, isArticle } = msg;
      if (typeof url !== 'string' || url.length > SCAN_LIMITS.maxUrl) return { ok: false, error: 'scan: bad url' };
      if (typeof title !== 'string') return { ok: false, error: 'scan: bad title' };
      if (published !== null && (typeof published !== 'string' || !ISO_DATE.test(published))) {
        return { ok: false, error: 'scan: published must be YYYY-MM-DD or null' };
      }
      if (typeof isArticle !== 'boolean') return { ok: false, error: 'scan: isArticle must be a boolean' };
      if (typeof msg.siteEnabled !== 'boolean') return { ok: false, error: 'scan: siteEnabled must be a boolean' };
      if (msg.update !== undefined && typeof msg.update !== 'boolean') return { ok: false, error: 'scan: update must be a boolean' };
      const blocks = parseBlocks(msg.blocks);
      if (typeof blocks === 'string') return { ok: false, error: `scan: ${blocks}` };
      const request: ScanRequest = { type: 'scan', url, title: title.slice(0, SCAN_LIMITS.maxTitle), published, isArticle, siteEnabled: msg.siteEnabled, blocks };
      if (msg.update === true) request.update = true;
      return { ok: true, request };
    }
    case 'entity': {
      const { id, asOf, limit } = msg;
      if (typeof id !== 'string' || id.length === 0 || id.length > 512) return { ok: false, error: 'entity: bad id' };
      if (typeof asOf !== 'string' || !ISO_DATE.test(asOf)) return { ok: false, error: 'entity: asOf must be YYYY-MM-DD' };
      if (limit !== undefined && (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 0 || limit > 500)) {
        return { ok: false, error: 'entity: bad limit' };
      }
      return { ok: true, request: limit === undefined ? { type: 'entity', id, asOf } : { type: 'entity', id, asOf, limit } };
    }
    case 'tab-results': {
      const { tabId } = msg;
      if (typeof tabId !== 'number' || !Number.isInteger(tabId) || tabId < 0) return { ok: false, error: 'tab-results: bad tabId' };
      return { ok: true, request: { type: 'tab-results', tabId } };
    }
    case 'story': {
      const { tabId, limit } = msg;
      if (typeof tabId !== 'number' || !Number.isInteger(tabId) || tabId < 0) return { ok: false, error: 'story: bad tabId' };
      if (limit !== undefined && (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 1 || limit > 200)) return { ok: false, error: 'story: bad limit' };
      return { ok: true, request: limit === undefined ? { type: 'story', tabId } : { type: 'story', tabId, limit } };
    }
    case 'search': {
      const { query, limit } = msg;
      if (typeof query !== 'string' || query.length > 200) return { ok: false, error: 'search: bad query' };
      if (limit !== undefined && (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 1 || limit > 100)) return { ok: false, error: 'search: bad limit' };
      return { ok: true, request: limit === undefined ? { type: 'search', query } : { type: 'search', query, limit } };
    }
    case 'open-entity': {
      const { id } = msg;
      if (typeof id !== 'string' || id.length === 0 || id.length > 512) return { ok: false, error: 'open-entity: bad id' };
      return { ok: true, request: { type: 'open-entity', id } };
    }
    case 'dataset-status':
    case 'dataset-changed':
      return { ok: true, request: { type: msg.type } };
    default:
      return { ok: false, error: `unknown message type "${msg.type.slice(0, 40)}"` };
  }
}
